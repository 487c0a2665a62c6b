import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, phone, watchedPage } from "../support/browser";

const suite = browserSuite();
const { run } = suite;

const phoneSize = { ...phone, viewport: { width: 375, height: 812 } };

async function checkPage(page: Page) {
  await expectAccessible(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

const progress = (page: Page) => page.locator(".getting-started__progress").textContent();
const status = (page: Page, step: string) =>
  page.locator(".task-steps__item", { hasText: step }).locator(".task-status").textContent();

async function signUp(page: Page, name: string, email: string) {
  await page.goto(`${suite.server.url}/signup`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/orgs\/new/);
}

describe.runIf(run)("the first hour of a new coalition, on a phone", () => {
  it("follows the getting-started list from sign-up to a first campaign", async () => {
    const { page, errors } = await watchedPage(suite.browser, phoneSize);
    await signUp(page, "Ines Ibarra", "ines@example.org");
    await checkPage(page);

    // The web address follows the name as it is typed, and stays editable.
    await page.getByLabel("Name", { exact: true }).fill("Northside Families for Schools");
    await expect.poll(() => page.getByLabel("Web address").inputValue()).toBe("northside-families-for-schools");
    await page.getByLabel("Web address").fill("northside-families");
    await page.getByLabel("Name", { exact: true }).fill("Northside Families");
    expect(await page.getByLabel("Web address").inputValue()).toBe("northside-families");
    await page.getByLabel("State", { exact: true }).selectOption("MN");
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await page.getByRole("button", { name: "Create organization" }).click();
    await page.waitForURL(/\/o\/northside-families$/);
    await expect.poll(() => progress(page)).toBe("0 of 6 done");
    expect(await page.getByText(/has a target and an open ask/).count()).toBe(0);
    expect(await status(page, "Add its schools")).toBe("Cannot start yet");
    await checkPage(page);

    await page.getByRole("link", { name: "Add your district" }).click();
    await page.getByLabel("District name").fill("Northside Public Schools");
    await page.getByRole("button", { name: "Add district" }).click();
    await page.waitForURL(/\/districts\/(?!new$)[A-Za-z0-9_-]+$/);
    await page.getByRole("link", { name: "Overview" }).click();
    await expect.poll(() => progress(page)).toBe("1 of 6 done");

    await page.getByRole("link", { name: "Add its schools" }).click();
    await page.waitForURL(/\/schools\/new$/);
    await page.getByRole("link", { name: "Paste all the names at once" }).click();
    await page.waitForURL(/\/schools\/paste$/);
    await page.getByLabel("School names, one a line").fill("Lake Elementary\nHill Elementary\nlake elementary");
    await page.getByLabel("Level of all these schools").selectOption("elementary");
    await page.getByRole("button", { name: "Add these schools" }).click();
    await expect.poll(() => page.locator(".line-problems").textContent()).toContain("Already in this list, on line 1");
    await checkPage(page);
    await page.getByLabel("School names, one a line").fill("Lake Elementary\nHill Elementary\nRiver Middle");
    await page.getByRole("button", { name: "Add these schools" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Added 3 schools.");
    await checkPage(page);

    // Two equal ways to find the type; this coalition knows it.
    expect(await page.getByRole("link", { name: "Take the diagnostic questionnaire" }).count()).toBe(1);
    await page.getByRole("link", { name: "Declare the type" }).click();
    await page.waitForURL(/\/declare/);
    await page.getByRole("radio", { name: /^Managerial/ }).check();
    await page.getByRole("button", { name: "Save declaration and see the playbook" }).click();
    await page.waitForURL(/\/playbook/);
    await page.getByRole("link", { name: "Overview" }).click();
    await expect.poll(() => progress(page)).toBe("4 of 6 done");
    expect(await status(page, "Read your playbook")).toBe("Done");
    await checkPage(page);

    await page.getByRole("link", { name: "Add your first target" }).click();
    await page.waitForURL(/\/targets\/new$/);
    await page.getByLabel("Name", { exact: true }).fill("Dr. Alvarez");
    await page.getByRole("radio", { name: /central office/ }).check();
    await page.getByRole("group", { name: "Which kinds of work do they hold?" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Add target" }).click();
    await page.waitForURL(/\/targets\/[A-Za-z0-9_-]+$/);
    await page.getByRole("link", { name: "Overview" }).click();
    await expect.poll(() => progress(page)).toBe("5 of 6 done");

    await page.getByRole("link", { name: "Start your first campaign" }).click();
    await page.waitForURL(/\/campaigns\/new/);
    await page.getByLabel("Title").fill("A curriculum families can see");
    await page.getByLabel("The win, in one sentence").fill("The board publishes every adopted curriculum online.");
    // The overview lists active campaigns; a new one starts as "planning" unless it is set going at once.
    await page.getByLabel("Status").selectOption("active");
    await page.getByRole("button", { name: "Start campaign" }).click();
    await page.waitForURL(/\/campaigns\/[A-Za-z0-9_-]+$/);
    await page.getByRole("link", { name: "Overview" }).click();
    // The address changes before the new page shows: wait for the overview itself, where the campaign page's
    // lack of a getting-started list would prove nothing.
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    // Every step done: the list is gone and the campaign is what the dashboard shows.
    await expect.poll(() => page.locator(".getting-started").count()).toBe(0);
    await expect.poll(() => page.getByRole("link", { name: "A curriculum families can see" }).count()).toBe(1);
    await checkPage(page);
    expect(errors).toEqual([]);
  });

  it("makes the web address and adds a pasted list without JavaScript", async () => {
    // No script runs at all (axe needs one, so these pages are checked with JavaScript above).
    const { page, errors } = await watchedPage(suite.browser, { ...phoneSize, javaScriptEnabled: false });
    const submit = (button: string, url?: RegExp) =>
      Promise.all([
        url ? page.waitForURL(url) : page.waitForNavigation(),
        page.getByRole("button", { name: button }).click(),
      ]);
    await page.goto(`${suite.server.url}/signup`);
    await page.getByLabel("Your name").fill("Omar Ode");
    await page.getByLabel("Email").fill("omar@example.org");
    await page.getByLabel("Password").fill("a long enough password");
    await submit("Create account", /\/orgs\/new/);
    await page.getByLabel("Name", { exact: true }).fill("Southside Parents");
    expect(await page.getByLabel("Web address").inputValue()).toBe("");
    await page.getByLabel("State", { exact: true }).selectOption("MN");
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await submit("Create organization", /\/o\/southside-parents$/);

    await page.goto(`${suite.server.url}/o/southside-parents/districts/new`);
    await page.getByLabel("District name").fill("Southside Schools");
    await submit("Add district", /\/districts\/(?!new$)[A-Za-z0-9_-]+$/);
    await Promise.all([page.waitForURL(/\/schools\/paste$/), page.getByRole("link", { name: "Paste a list" }).click()]);
    await page.getByLabel("School names, one a line").fill("Bay High\n" + "X".repeat(170));
    await page.getByLabel("Level of all these schools").selectOption("high");
    await submit("Add these schools");
    expect(await page.locator(".line-problems").textContent()).toContain("Line 2");
    expect(await page.getByLabel("School names, one a line").inputValue()).toContain("Bay High");
    await page.getByLabel("School names, one a line").fill("Bay High\nCove High");
    await submit("Add these schools");
    expect(page.url()).toContain("?added=2");
    expect(await page.getByRole("status").first().textContent()).toContain("Added 2 schools.");
    expect(await page.getByRole("link", { name: "Cove High" }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
