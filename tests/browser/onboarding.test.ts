import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, settled, watchedPage } from "../support/browser";
import { isTo, linkIn, waitForOutboxMail, type Mail } from "../support/mail";

const suite = browserSuite({ seed: true });
const { run } = suite;

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** Every page the journey visits is checked the same way: axe clean and no sideways scrolling on a phone. */
async function checkPage(page: Page) {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

describe.runIf(run)("a new coalition on a phone, with JavaScript", () => {
  it("signs up, creates a coalition, adds a district and a school, invites a member who accepts", async () => {
    const { page, errors } = await watchedPage(suite.browser);
    await page.goto(suite.server.url);
    await checkPage(page);
    // The footer leads to what Fulcrum is built on, with its sources.
    await page.getByRole("link", { name: "About Fulcrum and its sources" }).click();
    await page.waitForURL(/\/about$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("About Fulcrum");
    expect(await page.getByRole("listitem").filter({ hasText: "Peurach" }).count()).toBeGreaterThan(0);
    await checkPage(page);
    await page.goBack();
    await page.getByRole("link", { name: "Start a coalition" }).click();
    await page.waitForURL(/\/signup/);
    await checkPage(page);

    // A mistake first: the message shows by the field and the entries stay.
    await page.getByLabel("Your name").fill("Rosa Rivera");
    await page.getByLabel("Email").fill("rosa@example");
    await page.getByLabel("Password").fill("rosa's long password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.locator("#email-error").textContent()).toContain("Enter an email address");
    expect(await page.getByLabel("Your name").inputValue()).toBe("Rosa Rivera");
    await checkPage(page);
    await page.getByLabel("Email").fill("rosa@example.org");
    await page.getByLabel("Password").fill("rosa's long password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/orgs\/new/);
    await checkPage(page);

    await page.getByLabel("Name", { exact: true }).fill("Eastside Parents United");
    await page.getByLabel("Web address").fill("eastside-parents");
    await page.getByLabel("State", { exact: true }).selectOption("IL");
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await page.getByRole("button", { name: "Create organization" }).click();
    await page.waitForURL(/\/o\/eastside-parents$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Overview");
    await checkPage(page);

    await page.getByRole("link", { name: "Add your district" }).click();
    await page.waitForURL(/\/districts\/new/);
    // Keyboard and screen-reader users land at the new page's content, not on a link that is gone.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.getByLabel("District name").fill("Eastside Community Unit School District");
    await page.getByLabel("NCES district id (optional)").fill("12345");
    await page.getByRole("button", { name: "Add district" }).click();
    await expect.poll(() => page.locator("#ncesId-error").textContent()).toContain("exactly 7 digits");
    await checkPage(page);
    await page.getByLabel("NCES district id (optional)").fill("1712345");
    await page.getByRole("button", { name: "Add district" }).click();
    await page.waitForURL(/\/districts\/[A-Za-z0-9_-]+$/);
    await checkPage(page);

    await page.getByRole("link", { name: "Add a school" }).click();
    await page.waitForURL(/\/schools\/new/);
    await checkPage(page);
    await page.getByLabel("School name").fill("Lincoln Elementary");
    await page.getByLabel("Level").selectOption("elementary");
    await page.getByRole("button", { name: "Add school" }).click();
    await page.waitForURL(/\/schools\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Lincoln Elementary");
    await checkPage(page);
    await page.getByRole("link", { name: "Eastside Community Unit School District" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Lincoln Elementary" }).count()).toBe(1);

    await page.getByRole("link", { name: "Members", exact: true }).click();
    await page.waitForURL(/\/members$/);
    await checkPage(page);
    await page.getByRole("link", { name: "Invite a member" }).click();
    await page.waitForURL(/\/invite$/);
    // A new account confirms its own address before it may invite anyone: the page says so, and how.
    await expect.poll(() => page.getByRole("heading", { name: "Confirm your email address first" }).count()).toBe(1);
    expect(await page.getByLabel("Their email").count()).toBe(0);
    await checkPage(page);
    const isConfirmation = (m: Mail) => isTo("rosa@example.org")(m) && /confirm/i.test(m.subject ?? "");
    const confirmation = await waitForOutboxMail(suite.server.outboxDir, isConfirmation);
    await page.goto(new URL(new URL(linkIn(confirmation, "/verify-email/")).pathname, suite.server.url).toString());
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await page.waitForURL(/\/verify-email\/confirmed$/);
    await page.goto(`${suite.server.url}/o/eastside-parents/invite`);
    await checkPage(page);
    await page.getByLabel("Their email").fill("jamal@example.org");
    await page.getByLabel("Role").selectOption("organizer");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Invitation sent" }).count()).toBe(1);
    await checkPage(page);
    expect(errors).toEqual([]);

    // The invitee opens the link from the email on their own phone and signs up on the spot.
    const email = await waitForOutboxMail(suite.server.outboxDir, isTo("jamal@example.org"));
    const link = new URL(new URL(linkIn(email, "/invitations/")).pathname, suite.server.url).toString();
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    const invitee = await watchedPage(suite.browser);
    await invitee.page.goto(link);
    await checkPage(invitee.page);
    expect(await invitee.page.getByLabel("Email").inputValue()).toBe("jamal@example.org");
    await invitee.page.getByLabel("Your name").fill("Jamal Carter");
    await invitee.page.getByLabel("Password").fill("jamal's long password");
    await invitee.page.getByRole("button", { name: "Create account and join" }).click();
    await invitee.page.waitForURL(/\/o\/eastside-parents$/);
    await expect.poll(() => invitee.page.locator(".org__kind").textContent()).toContain("you are organizer");
    await invitee.page.getByRole("link", { name: "Members", exact: true }).click();
    await invitee.page.waitForURL(/\/members$/);
    await expect
      .poll(() => invitee.page.locator(".member__name").allTextContents())
      .toEqual(expect.arrayContaining(["Jamal Carter (you)", "Rosa Rivera"]));
    await checkPage(invitee.page);
    expect(invitee.errors).toEqual([]);

    // The used link now explains itself.
    await invitee.page.goto(link);
    await expect.poll(() => invitee.page.getByRole("alert").textContent()).toContain("already been used");
    await checkPage(invitee.page);
  });

  it(
    "shows the demo coalition to its organizer, and friendly, accessible error pages",
    { timeout: 60_000 },
    async () => {
      const { page, errors } = await watchedPage(suite.browser);
      await page.goto(`${suite.server.url}/login`);
      await checkPage(page);
      await page.getByLabel("Email").fill("organizer@example.org");
      await page.getByLabel("Password").fill("fulcrum-demo-organizer");
      await page.getByRole("button", { name: "Log in" }).click();
      await page.waitForURL(/\/home$/);
      await checkPage(page);
      await page.getByRole("link", { name: "Maple Hollow Families for Learning" }).click();
      await page.waitForURL(/\/o\/maple-hollow-families$/);
      await checkPage(page);
      await page.getByRole("link", { name: "Districts", exact: true }).click();
      await page.waitForURL(/\/districts$/);
      await checkPage(page);
      await page.getByRole("link", { name: "Maple Hollow City School District" }).click();
      await expect
        .poll(() =>
          page.getByRole("table", { name: "Schools of Maple Hollow City School District" }).locator("tbody tr").count(),
        )
        .toBe(5);
      await expect.poll(() => page.getByRole("heading", { name: "District-wide: Networked" }).count()).toBe(1);
      await checkPage(page);
      await page.getByRole("link", { name: "Targets and suggested targets" }).click();
      await page.waitForURL(/\/targets$/);
      await expect.poll(() => page.getByRole("link", { name: "Dr. Renée Alvarez" }).count()).toBe(1);
      await checkPage(page);
      await page.getByRole("link", { name: "Add a target", exact: true }).click();
      await page.waitForURL(/\/targets\/new$/);
      await checkPage(page);
      await page.goBack();
      await settled(page);
      await page.getByRole("link", { name: "Marcus Bell" }).click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("Marcus Bell");
      await checkPage(page);
      await page.getByRole("link", { name: "Targets" }).click();
      await page.getByRole("link", { name: "Maple Hollow City School District" }).click();
      await page.waitForURL(/\/districts\/[A-Za-z0-9_-]+$/);
      await page.getByRole("link", { name: /^Delete/ }).click();
      await page.waitForURL(/\/delete$/);
      await checkPage(page);
      await expect
        .poll(() => page.locator("h1").textContent())
        .toBe("Maple Hollow City School District cannot be deleted");
      await page.getByRole("link", { name: "Back to Maple Hollow City School District" }).click();
      await page.getByRole("link", { name: /^Edit/ }).click();
      await page.waitForURL(/\/edit$/);
      await checkPage(page);
      await page.getByRole("link", { name: "Campaigns", exact: true }).click();
      await page.waitForURL(/\/campaigns$/);
      await checkPage(page);
      await page.getByRole("link", { name: "Family voice in the curriculum review" }).click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("Family voice in the curriculum review");
      await checkPage(page);
      await page
        .getByRole("link", { name: "Add two voting parent seats to the English curriculum review committee." })
        .click();
      await expect.poll(() => page.locator(".status").first().textContent()).toBe("Committed");
      await checkPage(page);
      await page.getByRole("link", { name: "Family voice in the curriculum review" }).click();
      await page.getByRole("link", { name: "All asks" }).click();
      await page.waitForURL(/\/asks$/);
      await checkPage(page);
      await page.getByRole("link", { name: "Plan an ask" }).click();
      await page.waitForURL(/\/asks\/new$/);
      await checkPage(page);
      await page.goBack();
      await settled(page);
      await page.goBack();
      await settled(page);
      await page.getByRole("link", { name: /^Edit/ }).click();
      await page.waitForURL(/\/edit$/);
      await checkPage(page);
      await page.goto(`${suite.server.url}/o/maple-hollow-families/campaigns/new`);
      await page.getByRole("link", { name: "Start from the district's playbook instead" }).click();
      await page.waitForURL(/\/start-campaign$/);
      await checkPage(page);
      await page.goto(`${suite.server.url}/o/maple-hollow-families/settings`);
      await checkPage(page);

      const missing = await page.goto(`${suite.server.url}/o/somebody-elses/districts`);
      expect(missing?.status()).toBe(404);
      await expect.poll(() => page.locator("h1").textContent()).toBe("Page not found");
      await checkPage(page);
      expect(errors).toEqual([]);
    },
  );
});

describe.runIf(run)("without JavaScript", () => {
  it("signs up, shows field errors with entries kept, logs out and logs in again, and creates a coalition", async () => {
    const { page } = await watchedPage(suite.browser, {
      viewport: { width: 375, height: 740 },
      javaScriptEnabled: false,
    });
    await page.goto(`${suite.server.url}/signup`);
    await page.getByLabel("Your name").fill("Nora Noscript");
    await page.getByLabel("Email").fill("nora@@example.org");
    await page.getByLabel("Password").fill("nora's long password");
    const failed = await Promise.all([
      page.waitForNavigation(),
      page.getByRole("button", { name: "Create account" }).click(),
    ]);
    expect(failed[0]?.status()).toBe(400);
    expect(await page.locator("#email-error").textContent()).toContain("Enter an email address");
    expect(await page.getByLabel("Your name").inputValue()).toBe("Nora Noscript");
    expect(await page.getByLabel("Email").inputValue()).toBe("nora@@example.org");

    await page.getByLabel("Email").fill("nora@example.org");
    await page.getByLabel("Password").fill("nora's long password");
    await Promise.all([page.waitForURL(/\/orgs\/new/), page.getByRole("button", { name: "Create account" }).click()]);

    await page.getByLabel("Name", { exact: true }).fill("No Script Coalition");
    await page.getByLabel("Web address").fill("no-script");
    await page.getByLabel("State", { exact: true }).selectOption("TX");
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await Promise.all([
      page.waitForURL(/\/o\/no-script$/),
      page.getByRole("button", { name: "Create organization" }).click(),
    ]);

    await page.goto(`${suite.server.url}/o/no-script/districts/new`);
    await page.getByLabel("District name").fill("Lone Star ISD");
    await Promise.all([
      page.waitForURL(/\/districts\/[A-Za-z0-9_-]+$/),
      page.getByRole("button", { name: "Add district" }).click(),
    ]);
    expect(await page.locator("h1").textContent()).toBe("Lone Star ISD");

    await Promise.all([page.waitForURL(`${suite.server.url}/`), page.getByRole("button", { name: /Log out/ }).click()]);
    await page.goto(`${suite.server.url}/home`);
    expect(page.url()).toContain("/login?redirectTo=%2Fhome");
    await page.getByLabel("Email").fill("NORA@example.org");
    await page.getByLabel("Password").fill("wrong password");
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Log in" }).click()]);
    expect(await page.getByRole("alert").textContent()).toContain("do not match");
    expect(await page.getByLabel("Email").inputValue()).toBe("NORA@example.org");
    await page.getByLabel("Password").fill("nora's long password");
    await Promise.all([page.waitForURL(/\/home$/), page.getByRole("button", { name: "Log in" }).click()]);
    expect(await page.locator("h1").textContent()).toContain("Nora Noscript");
  });
});
