import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, logIn, phone, settled, watchedPage } from "../support/browser";
import { Client } from "../support/client";
import { isTo, waitForOutboxMail } from "../support/mail";

const slug = "loop-phone-co";
const tall = { ...phone, viewport: { width: 375, height: 812 } };
const taskPaths: Record<string, string> = {};

const suite = browserSuite({}, async (server) => {
  const organizer = new Client(server.url);
  await organizer.signUp("Olga Organizer", "olga-loop@example.org", "olga's long password");
  await organizer.createCoalition(slug, "Loop Phone Coalition");
  const member = new Client(server.url);
  await member.signUp("Manu Member", "manu-loop@example.org", "manu's long password");
  await member.post(new URL(await organizer.invite(slug, "manu-loop@example.org", "member")).pathname, {});
  const memberId = (
    server.database().prepare("select id from users where email = 'manu-loop@example.org'").get() as { id: string }
  ).id;
  const due = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  for (const title of ["Collect the petition sheets", "Phone the PTA chair"]) {
    const response = await organizer.post(`/o/${slug}/tasks/new`, {
      title,
      details: "",
      dueOn: due,
      assigneeId: memberId,
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    taskPaths[title] = response.headers.get("location")!;
  }
});
const { run } = suite;

describe.runIf(run)("the task loop, on a phone", () => {
  it(
    "a member hands a task back; the error summary takes focus and leads to the field; the organizer sees it",
    { timeout: 90_000 },
    async () => {
      const { page, errors } = await watchedPage(suite.browser, tall);
      await logIn(page, suite.server.url, "manu-loop@example.org", "manu's long password");
      await page.goto(`${suite.server.url}${taskPaths["Collect the petition sheets"]}`);
      await expectAccessible(page);

      // Handing back without a reason: the summary gets focus, and its link puts the cursor in the field.
      await page.getByRole("button", { name: "Hand back" }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
      await expectAccessible(page);
      await page.getByRole("link", { name: /Say why you are handing it back/ }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("note");

      await page.getByLabel("Hand it back: why?").fill("I am away for two weeks");
      await page.getByRole("button", { name: "Hand back" }).click();
      const confirmation = page.getByRole("status").filter({ hasText: "Handed back" });
      await expect.poll(() => confirmation.count()).toBe(1);
      expect(await confirmation.textContent()).toContain("The organizers can see it on the dashboard");
      await expectAccessible(page);
      // Gone once read: a reload shows the task, not the confirmation again.
      await page.reload();
      await settled(page);
      expect(await page.getByText("Handed back. The organizers").count()).toBe(0);
      expect(await page.getByText("I am away for two weeks").count()).toBe(1);
      expect(errors).toEqual([]);

      const organizer = await watchedPage(suite.browser, tall);
      await logIn(organizer.page, suite.server.url, "olga-loop@example.org", "olga's long password");
      await organizer.page.goto(`${suite.server.url}/o/${slug}`);
      const list = organizer.page.getByRole("region", { name: /Needs a new owner/ });
      expect(await list.getByRole("link", { name: "Collect the petition sheets", exact: true }).count()).toBe(1);
      expect(await list.getByText("I am away for two weeks").count()).toBe(1);
      await expectAccessible(organizer.page);
      await list.getByRole("link", { name: /Find a new owner/ }).click();
      await organizer.page.waitForURL(/\/tasks\/[A-Za-z0-9_-]+#reassign$/);
      await organizer.page.getByLabel("Reassign to").selectOption({ label: "Olga Organizer" });
      await organizer.page.getByRole("button", { name: "Reassign" }).click();
      await expect
        .poll(() => organizer.page.getByRole("status").filter({ hasText: "Task reassigned." }).count())
        .toBe(1);
      await organizer.page.goto(`${suite.server.url}/o/${slug}`);
      expect(await organizer.page.getByText("Needs a new owner").count()).toBe(0);
      expect(organizer.errors).toEqual([]);

      const mail = await waitForOutboxMail(
        suite.server.outboxDir,
        (m) => isTo("olga-loop@example.org")(m) && /^Handed back/.test(m.subject ?? ""),
      );
      expect(mail.subject).toBe("Handed back by Manu Member: Collect the petition sheets");
      expect(mail.text).toContain("Why: I am away for two weeks");
    },
  );

  it("hands back and confirms without JavaScript", { timeout: 60_000 }, async () => {
    const { page } = await watchedPage(suite.browser, { ...tall, javaScriptEnabled: false });
    await logIn(page, suite.server.url, "manu-loop@example.org", "manu's long password");
    await page.goto(`${suite.server.url}${taskPaths["Phone the PTA chair"]}`);
    await page.getByRole("button", { name: "Hand back" }).click();
    await page.waitForLoadState("load");
    // Without JavaScript the summary is focused as the page loads.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await page.locator(".error-summary a[href='#note']").count()).toBe(1);
    await page.getByLabel("Hand it back: why?").fill("No phone credit this month");
    await page.getByRole("button", { name: "Hand back" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByRole("status").filter({ hasText: "Handed back" }).count()).toBe(1);
    await page.reload();
    expect(await page.getByRole("status").filter({ hasText: "Handed back. The organizers" }).count()).toBe(0);
    expect(await page.getByText("No phone credit this month").count()).toBe(1);
  });
});
