import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, logIn, phone, watchedPage } from "../support/browser";
import { Client } from "../support/client";

const slug = "season-co";

const suite = browserSuite({}, async (server) => {
  // The coalition, its district, a declaration and two targets exist already; the campaign is built in the browser.
  const organizer = new Client(server.url);
  await organizer.signUp("Olga Organizer", "olga@example.org", "olga's long password");
  await organizer.createCoalition(slug, "Season Coalition");
  const districtId = await organizer.createDistrict(slug, "Riverside Unified");
  await organizer.declare(slug, districtId, "managerial");
  await organizer.createTarget(slug, districtId, "Dr. Kim, chief academic officer", "central-office", [
    "infrastructure",
    "use",
  ]);
  await organizer.createTarget(slug, districtId, "Riverside school board", "central-office", [
    "environment",
    "performance",
  ]);
  const member = new Client(server.url);
  await member.signUp("Manu Member", "manu@example.org", "manu's long password");
  await member.post(new URL(await organizer.invite(slug, "manu@example.org", "member")).pathname, {});
});
const { run } = suite;

describe.runIf(run)("a campaign season, on a phone", () => {
  it(
    "organizer starts from the playbook, meets, asks, records a commitment and assigns a task; the member finishes it without JavaScript",
    { timeout: 90_000 },
    async () => {
      const { page, errors } = await watchedPage(suite.browser);
      await logIn(page, suite.server.url, "olga@example.org", "olga's long password");
      await page.goto(`${suite.server.url}/o/${slug}/campaigns/new`);
      await page.getByRole("link", { name: "Start from the district's playbook instead" }).click();
      await page.waitForURL(/\/start-campaign$/);
      // The address changes before React shows the new page (navigations render in a transition): read the ticks
      // only once its heading is there, not the form still on screen, whose targets start unticked.
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("Start a campaign from the playbook");
      expect(
        await page
          .getByRole("checkbox", { name: /Dr\. Kim/ })
          .first()
          .isChecked(),
      ).toBe(true);
      await page.getByLabel("Campaign title").fill("A say in the math adoption");
      await page.getByLabel("What does winning look like?").fill("Parents vote on the new math curriculum.");
      await page.getByRole("button", { name: "Start the campaign" }).click();
      await page.waitForURL(/\/campaigns\/[A-Za-z0-9_-]+$/);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Schedule a meeting" }).click();
      await page.waitForURL(/\/meetings\/new$/);
      await page.getByLabel("Title").fill("Meeting Dr. Kim");
      await page.getByLabel("Date").fill("2027-01-12");
      await page.getByLabel("Starts").fill("17:30");
      await page.getByLabel("Ends").fill("18:15");
      await page.getByRole("checkbox", { name: "Dr. Kim, chief academic officer" }).check();
      await page.getByRole("checkbox", { name: "Manu Member" }).check();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Schedule" }).click();
      await page.waitForURL(/\/meetings\/[A-Za-z0-9_-]+$/);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Log an ask from this meeting" }).click();
      await page.waitForURL(/\/asks\/new\?meeting=/);
      await page.getByLabel("Target").selectOption({ label: "Dr. Kim, chief academic officer (Central office)" });
      await page.getByLabel("The ask").fill("Two voting parent seats on the math adoption committee.");
      await page.getByLabel("Kind of work it touches").selectOption("infrastructure");
      await expectAccessible(page);
      await page.getByRole("button", { name: "Save the ask" }).click();
      await page.waitForURL(/\/asks\/[A-Za-z0-9_-]+$/);
      for (const status of ["made", "committed"]) {
        await page.getByLabel("New status").selectOption(status);
        if (status === "committed")
          await page.getByLabel("Note (optional)").fill("Agreed at the meeting, in writing by Friday.");
        await page.getByRole("button", { name: "Save status" }).click();
        await expect
          .poll(() => page.locator(".status").first().textContent())
          .toBe(status === "made" ? "Made" : "Committed");
      }
      await expectAccessible(page);

      await page.getByRole("link", { name: "A say in the math adoption" }).click();
      await page.getByRole("link", { name: "Assign a task" }).click();
      await page.waitForURL(/\/tasks\/new\?campaign=/);
      await page.getByLabel("What needs doing").fill("Draft the thank-you letter to Dr. Kim");
      await page.getByLabel("Due").fill("2027-01-15");
      await page.getByLabel("Who will do it").selectOption({ label: "Manu Member" });
      await expectAccessible(page);
      await page.getByRole("button", { name: "Assign" }).click();
      await page.waitForURL(/\/tasks\/[A-Za-z0-9_-]+$/);
      await page.goto(`${suite.server.url}/o/${slug}`);
      await expectAccessible(page);
      expect(errors).toEqual([]);

      // The member, on a phone with JavaScript off.
      const member = await watchedPage(suite.browser, { ...phone, javaScriptEnabled: false });
      await logIn(member.page, suite.server.url, "manu@example.org", "manu's long password");
      await member.page.goto(`${suite.server.url}/o/${slug}`);
      await Promise.all([
        member.page.waitForURL(/tasks\?mine=1$/),
        member.page.getByRole("link", { name: "My tasks" }).click(),
      ]);
      await Promise.all([
        member.page.waitForNavigation(),
        member.page.getByRole("link", { name: "Draft the thank-you letter to Dr. Kim" }).click(),
      ]);
      await Promise.all([
        member.page.waitForNavigation(),
        member.page.getByRole("button", { name: "Mark done" }).click(),
      ]);
      expect(await member.page.locator(".facts").textContent()).toContain("StatusDone");
      await member.page.goto(page.url().replace(/\/o\/.*$/, `/o/${slug}/campaigns`));
      await Promise.all([
        member.page.waitForNavigation(),
        member.page.getByRole("link", { name: "A say in the math adoption" }).click(),
      ]);
      const timeline = await member.page.locator(".timeline").textContent();
      expect(timeline).toContain('Finished the task "Draft the thank-you letter to Dr. Kim".');
      expect(timeline).toContain("from made to committed");
    },
  );
});
