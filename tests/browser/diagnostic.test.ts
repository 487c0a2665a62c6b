import { mkdirSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import {
  allUnsure,
  answersForPureType,
  cueAnswerKeys,
  cueQuestions,
  whoAnswerKeys,
  type DiagnosticAnswers,
} from "~/lib/typology/diagnostic";
import { domains } from "~/lib/typology/vocabulary";

import { browserSuite, expectAccessible, logIn, settled, watchedPage } from "../support/browser";
import { messagesIn } from "../support/catalog";
import { Client } from "../support/client";

// Screenshots for people to look at (not compared): tests/.artifacts/ is ignored by git.
const artifacts = join(process.cwd(), "tests", ".artifacts");
const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };

const suite = browserSuite({}, async (server) => {
  const owner = new Client(server.url);
  await owner.signUp("Dee Diagnose", "dee@example.org", "dee's long password");
  await owner.createCoalition("diagnose-co", "Diagnose Coalition");
  await owner.createDistrict("diagnose-co", "Riverbend Unified");
});
const { run } = suite;

const t = messagesIn("en", "diagnostic");

async function answer(page: Page, answers: DiagnosticAnswers) {
  const groups = page.locator("fieldset");
  for (const [index, domain] of domains.entries())
    await groups.nth(index).getByLabel(t(whoAnswerKeys[answers.who[domain]]), { exact: true }).check();
  for (const [index, cue] of cueQuestions.entries())
    await groups
      .nth(domains.length + index)
      .getByLabel(t(cueAnswerKeys[answers.cues[cue.id]]), { exact: true })
      .check();
}

async function shoot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  await settled(page);
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

describe.runIf(run)("the diagnostic on a 375 px phone", () => {
  it("answers, sees the nearest type with the answers that moved it, declares it for a context and reads the playbook", async () => {
    const { page, errors } = await watchedPage(suite.browser, phone);
    await logIn(page, suite.server.url, "dee@example.org", "dee's long password");
    await page.goto(`${suite.server.url}/o/diagnose-co/districts`);
    await page.getByRole("link", { name: "Riverbend Unified" }).click();
    await page.getByRole("link", { name: "Take the diagnostic questionnaire" }).click();
    await page.waitForURL(/\/diagnostics\/new$/);
    await expectAccessible(page);
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.getByLabel("Which part of the district are you describing? (optional)").fill("Inclusion classrooms");
    await answer(page, answersForPureType("federated"));
    await shoot(page, "diagnostic-form-375");
    await page.getByRole("button", { name: "See the results" }).click();
    await page.waitForURL(/\/diagnostics\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => page.locator(".score__title").first().textContent()).toMatch(/^1\. Federated: \d+% match$/);
    await page
      .locator(".score")
      .first()
      .getByText(/answers moved this score/)
      .click();
    await expect.poll(() => page.locator(".score").first().getByText("Toward federated").isVisible()).toBe(true);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shoot(page, "diagnostic-results-375");

    await page.getByRole("link", { name: "Declare federated" }).click();
    await page.waitForURL(/\/declare\?/);
    expect(await page.getByRole("radio", { name: /^Federated/ }).isChecked()).toBe(true);
    expect(await page.getByLabel("What your coalition calls it").inputValue()).toBe("Inclusion classrooms");
    // The name alone is not enough: the page asks which kind of context it is, and keeps what was entered.
    await page.getByRole("button", { name: "Save declaration and see the playbook" }).click();
    await expect
      .poll(() => page.locator("#contextKind-error").textContent())
      .toContain("Choose what kind of context this is");
    expect(await page.getByLabel("What your coalition calls it").inputValue()).toBe("Inclusion classrooms");
    await expectAccessible(page);
    await page.getByLabel("Which part of the district does this cover?").selectOption("special-education");
    await shoot(page, "declaration-375");
    await page.getByRole("button", { name: "Save declaration and see the playbook" }).click();
    await page.waitForURL(/\/playbook\?context=Inclusion\+classrooms$/);
    await expect.poll(() => page.getByRole("heading", { name: "What this context changes" }).isVisible()).toBe(true);
    await expect.poll(() => page.locator(".playbook").textContent()).toContain("IEP team");
    await expectAccessible(page);
    await shoot(page, "playbook-context-375");
    expect(errors).toEqual([]);
  });

  it("shows no match when every answer is 'Not sure', and lists what to find out", async () => {
    const { page, errors } = await watchedPage(suite.browser, phone);
    await logIn(page, suite.server.url, "dee@example.org", "dee's long password");
    await page.goto(`${suite.server.url}/o/diagnose-co/districts`);
    await page.getByRole("link", { name: "Riverbend Unified" }).click();
    await page.getByRole("link", { name: "Take the diagnostic questionnaire" }).click();
    await page.waitForURL(/\/diagnostics\/new$/);
    await answer(page, allUnsure());
    await page.getByRole("button", { name: "See the results" }).click();
    await page.waitForURL(/\/diagnostics\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => page.getByRole("heading", { name: "Not enough to go on yet" }).isVisible()).toBe(true);
    expect(await page.locator(".score").count()).toBe(0);
    await expect.poll(() => page.getByRole("heading", { name: "What to find out" }).isVisible()).toBe(true);
    await expectAccessible(page);
    await shoot(page, "diagnostic-unsure-375");
    expect(errors).toEqual([]);
  });

  it("reads well at 1280 px too", async () => {
    const { page, errors } = await watchedPage(suite.browser, desktop);
    await logIn(page, suite.server.url, "dee@example.org", "dee's long password");
    await page.goto(`${suite.server.url}/o/diagnose-co/districts`);
    await page.getByRole("link", { name: "Riverbend Unified" }).click();
    await page.getByRole("link", { name: "Take the diagnostic questionnaire" }).click();
    await page.waitForURL(/\/diagnostics\/new$/);
    await answer(page, answersForPureType("networked"));
    await shoot(page, "diagnostic-form-1280");
    await page.getByRole("button", { name: "See the results" }).click();
    await page.waitForURL(/\/diagnostics\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => page.locator(".score__title").first().textContent()).toMatch(/^1\. Networked/);
    await page
      .locator(".score")
      .first()
      .getByText(/answers moved this score/)
      .click();
    await expectAccessible(page);
    await shoot(page, "diagnostic-results-1280");
    await page.getByRole("link", { name: "Declare networked" }).click();
    await page.waitForURL(/\/declare\?/);
    await page.getByLabel("Which part of the district does this cover?").selectOption("magnet-schools");
    await page.getByLabel("What your coalition calls it").fill("STEM magnets");
    await expectAccessible(page);
    await shoot(page, "declaration-1280");
    await page.getByRole("button", { name: "Save declaration and see the playbook" }).click();
    await page.waitForURL(/\/playbook\?context=STEM\+magnets$/);
    await expect.poll(() => page.locator(".playbook").textContent()).toContain("This playbook is for STEM magnets");
    await shoot(page, "playbook-context-1280");
    expect(errors).toEqual([]);
  });
});
