import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, logIn, watchedPage } from "../support/browser";
import { Client } from "../support/client";

// A new coalition goes from its playbook to a campaign with targets and planned asks without typing an ask, on a
// phone, once with JavaScript and once without.

const coalitions = { js: "lever-js", plain: "lever-plain" } as const;
const districtIds: Record<string, string> = {};

const suite = browserSuite({}, async (server) => {
  for (const [mode, slug] of Object.entries(coalitions)) {
    const organizer = new Client(server.url);
    await organizer.signUp("Pia Organizer", `pia-${mode}@example.org`, "pia's long password");
    await organizer.createCoalition(slug, `Levers ${mode}`);
    const districtId = await organizer.createDistrict(slug, "Brookside Unified");
    await organizer.createSchool(slug, districtId, "Brookside Middle", "middle");
    await organizer.declare(slug, districtId, "managerial");
    await organizer.createTarget(slug, districtId, "Dr. Ode, chief academic officer", "central-office", ["use"]);
    districtIds[slug] = districtId;
  }
});
const { run } = suite;

const onPhone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

async function playbookToCampaign(mode: keyof typeof coalitions) {
  const slug = coalitions[mode];
  const { page, errors } = await watchedPage(suite.browser, { ...onPhone, javaScriptEnabled: mode === "js" });
  const base = suite.server.url;
  const playbook = `${base}/o/${slug}/districts/${districtIds[slug]}/playbook`;
  await logIn(page, base, `pia-${mode}@example.org`, "pia's long password");
  // axe runs as a script in the page, so it checks the pages in the run with JavaScript: they are the same pages.
  const checkAccessible = mode === "js" ? expectAccessible : async () => {};

  // Start a campaign: the target at a main lever and one of its asks come ticked.
  await page.goto(playbook);
  await page.getByRole("link", { name: "Start a campaign from this playbook" }).click();
  await page.waitForURL(/\/start-campaign/);
  expect(await page.getByRole("checkbox", { name: /Dr\. Ode/ }).isChecked()).toBe(true);
  await page.getByLabel("What does winning look like?").fill("Every new teacher gets a coach in their first year.");
  if (mode === "plain") {
    await page.getByRole("button", { name: "Review the summary" }).click();
    await page.waitForLoadState("load");
  }
  const summary = page.locator(".start-campaign__summary");
  await expect.poll(() => summary.textContent()).toMatch(/1 target as decision-makers: Dr\. Ode/);
  await expect.poll(() => summary.textContent()).toMatch(/1 planned ask:/);
  await checkAccessible(page);
  await page.getByRole("button", { name: "Start the campaign" }).click();
  await page.waitForURL(/\/campaigns\/[A-Za-z0-9_-]+$/);
  const campaignUrl = page.url();

  // Add a target at a gap: the form comes filled in, and saving returns to the playbook.
  await page.goto(playbook);
  await page.locator("#gap-use-school").getByRole("link", { name: "Add a target here" }).click();
  await page.waitForURL(/\/targets\/new\?/);
  expect(await page.getByRole("radio", { name: "A school" }).isChecked()).toBe(true);
  expect(await page.locator(`input[name="domains"][value="use"]`).isChecked()).toBe(true);
  await page.getByLabel("Name").fill("Mr. Reyes");
  await page.getByLabel("Which school? (for school targets)").selectOption({ label: "Brookside Middle" });
  await checkAccessible(page);
  await page.getByRole("button", { name: "Add target" }).click();
  await page.waitForURL(/\/playbook#gap-use-school$/);
  await expect.poll(() => page.locator("#point-use-school").textContent()).toContain("Mr. Reyes");

  // Plan one of that point's suggested asks: text, target and campaign come chosen.
  await page
    .locator("#point-use-school")
    .getByRole("link", { name: /^Plan this ask/ })
    .first()
    .click();
  await page.waitForURL(/\/plan-ask\?/);
  const askText = await page.getByLabel("The ask").inputValue();
  expect(askText.length).toBeGreaterThan(10);
  expect(await page.getByRole("radio", { name: "Mr. Reyes" }).isChecked()).toBe(true);
  await checkAccessible(page);
  await page.getByRole("button", { name: "Plan the ask" }).click();
  await page.waitForURL(/\/playbook#point-use-school$/);

  // The campaign page has both targets' asks as planned, and its targets.
  await page.goto(campaignUrl);
  await expect.poll(() => page.getByText("(decision-maker)").count()).toBe(1);
  await expect.poll(() => page.getByRole("link", { name: "Planned: 2" }).count()).toBe(1);
  await expect.poll(() => page.getByRole("link", { name: askText }).count()).toBe(1);
  await checkAccessible(page);
  expect(errors).toEqual([]);
}

describe.runIf(run)("from the playbook to a campaign, on a phone", () => {
  it("with JavaScript: the summary follows the ticks as they change", { timeout: 120_000 }, async () => {
    await playbookToCampaign("js");
  });
  it("without JavaScript: the summary comes from the Review button", { timeout: 120_000 }, async () => {
    await playbookToCampaign("plain");
  });
});
