import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, logIn, phone, watchedPage } from "../support/browser";
import { isTo, linkIn, unsubscribeLink, waitForOutboxMail } from "../support/mail";

const suite = browserSuite({ seed: true });
const { run } = suite;

const local = (link: string) => new URL(new URL(link).pathname, suite.server.url).toString();

describe.runIf(run)("email pages", () => {
  it("show the demo's first reminders to the organizer, and let people choose their emails", async () => {
    // The demo meeting starts within a day, so its reminder is due as soon as the server starts.
    const reminder = await waitForOutboxMail(
      suite.server.outboxDir,
      (mail) => isTo("member@example.org")(mail) && /meeting/i.test(mail.subject ?? ""),
    );
    expect(reminder.attachments.some((part) => part.contentType === "text/calendar")).toBe(true);

    const { page, errors } = await watchedPage(suite.browser);
    await logIn(page, suite.server.url, "organizer@example.org", "fulcrum-demo-organizer");
    await page.goto(`${suite.server.url}/o/maple-hollow-families/emails`);
    await expect.poll(() => page.locator("table").textContent()).toContain("Meeting reminder");
    await expectAccessible(page);
    await page.goto(`${suite.server.url}/o/maple-hollow-families/settings`);
    await expectAccessible(page);
    await page.goto(`${suite.server.url}/account/emails`);
    await expectAccessible(page);
    await page.getByLabel("Weekly digest").uncheck();
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Saved");
    expect(await page.getByLabel("Weekly digest").isChecked()).toBe(false);
    await expectAccessible(page);
    expect(errors).toEqual([]);

    // The unsubscribe link from the reminder works on a phone without logging in.
    const visitor = await watchedPage(suite.browser);
    const unsubscribe = unsubscribeLink(reminder);
    await visitor.page.goto(local(unsubscribe));
    await expectAccessible(visitor.page);
    await visitor.page.getByRole("button", { name: "Stop meeting reminders" }).click();
    await expect
      .poll(() => visitor.page.locator(".notice--success").textContent())
      .toContain("gets no more meeting reminders");
    await expectAccessible(visitor.page);
    expect(visitor.errors).toEqual([]);
  });

  it("reset a forgotten password on a phone with JavaScript off", async () => {
    const { page, errors } = await watchedPage(suite.browser, { ...phone, javaScriptEnabled: false });
    await page.goto(`${suite.server.url}/login`);
    await Promise.all([
      page.waitForURL(/forgot-password/),
      page.getByRole("link", { name: "Forgot your password?" }).click(),
    ]);
    await page.getByLabel("Email").fill("member@example.org");
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Send me a link" }).click()]);
    expect(await page.locator(".notice--success").textContent()).toContain(
      "If member@example.org belongs to a Fulcrum account",
    );

    const mail = await waitForOutboxMail(
      suite.server.outboxDir,
      (m) => isTo("member@example.org")(m) && /password/i.test(m.subject ?? ""),
    );
    // axe needs JavaScript: the same pages are checked in a second phone that has it (opening the link uses
    // nothing up).
    const checker = await watchedPage(suite.browser);
    for (const path of ["/forgot-password", new URL(linkIn(mail, "/reset-password/")).pathname]) {
      await checker.page.goto(`${suite.server.url}${path}`);
      await expectAccessible(checker.page);
    }
    await page.goto(local(linkIn(mail, "/reset-password/")));
    await page.getByLabel("New password", { exact: true }).fill("short");
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Save new password" }).click()]);
    expect(await page.locator("#password-error").textContent()).toBeTruthy();
    await page.getByLabel("New password", { exact: true }).fill("a new demo passphrase");
    await Promise.all([
      page.waitForURL(/\/home\?password=changed/),
      page.getByRole("button", { name: "Save new password" }).click(),
    ]);
    expect(await page.locator(".notice--success").textContent()).toContain("Your new password is saved");

    await checker.page.goto(local(linkIn(mail, "/reset-password/")));
    expect(await checker.page.getByRole("alert").textContent()).toContain("already used");
    await expectAccessible(checker.page);
    expect(errors).toEqual([]);
    expect(checker.errors).toEqual([]);
  });

  it("confirm a new account's address from the emailed link", async () => {
    const { page, errors } = await watchedPage(suite.browser);
    await page.goto(`${suite.server.url}/signup`);
    await page.getByLabel("Your name").fill("Vic Volunteer");
    await page.getByLabel("Email").fill("vic@example.org");
    await page.getByLabel("Password").fill("vic's long password");
    await Promise.all([page.waitForURL(/\/orgs\/new/), page.getByRole("button", { name: "Create account" }).click()]);
    const mail = await waitForOutboxMail(
      suite.server.outboxDir,
      (m) => isTo("vic@example.org")(m) && /confirm/i.test(m.subject ?? ""),
    );
    await page.goto(local(linkIn(mail, "/verify-email/")));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await page.waitForURL(/\/verify-email\/confirmed$/);
    expect(await page.locator(".notice--success").textContent()).toContain("your address is confirmed");
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
