import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { catalogNamespaces, readCatalog, type Catalog } from "~/lib/i18n-catalogs.server";

import { browserSuite, expectAccessible, phone, settled, watchedPage } from "../support/browser";

const suite = browserSuite();
const { run } = suite;

// A phone whose browser asks for Spanish (Playwright sends Accept-Language from the locale).
const spanishPhone = { ...phone, viewport: { width: 375, height: 812 }, locale: "es-US" };

function strings(catalog: Catalog): string[] {
  return Object.values(catalog).flatMap((value) => (typeof value === "string" ? [value] : strings(value)));
}

/**
 * Phrases of the English catalogs that a Spanish page must never show: every fixed run of three or more words
 * between placeholders and tags, of messages whose Spanish differs (a product name reads the same in both).
 */
const englishPhrases = [
  ...new Set(
    catalogNamespaces().flatMap((namespace) => {
      const spanish = new Set(strings(readCatalog("es", namespace)));
      return strings(readCatalog("en", namespace))
        .filter((message) => !spanish.has(message))
        .flatMap((message) => message.split(/\{\{[^}]*\}\}|<\/?\w+>/))
        .map((fragment) => fragment.trim())
        .filter((fragment) => fragment.split(/\s+/).length >= 3 && fragment.length >= 14);
    }),
  ),
];

// Short English words that no Spanish sentence uses: text left outside the catalogs shows up by them.
const englishWords = /\b(the|and|your|you|with|this|that|what|which|from|have|will|when|there)\b/i;

/** The page is in Spanish: its language is declared, no English message or stray English text shows. */
async function expectSpanish(page: Page) {
  await settled(page);
  expect(await page.getAttribute("html", "lang"), page.url()).toBe("es");
  // Text marked as English (the brief's title in a citation) is allowed: it says so to screen readers.
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"], script, style, template').forEach((element) => element.remove());
    return copy.innerText;
  });
  expect(
    englishPhrases.filter((phrase) => text.includes(phrase)),
    `English on ${page.url()}`,
  ).toEqual([]);
  expect(text.match(englishWords)?.[0], `an English word on ${page.url()}`).toBeUndefined();
}

async function checkPage(page: Page) {
  await expectSpanish(page);
  await expectAccessible(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

const submit = (page: Page) => page.locator("main form[method=post] button[type=submit]").last().click();

describe.runIf(run)("Fulcrum for a Spanish-speaking family, on a 375 px phone", () => {
  it("signs up, starts a coalition, answers the diagnostic, reads the playbook and finishes a task, all in Spanish", async () => {
    const { page, errors } = await watchedPage(suite.browser, spanishPhone);
    const url = suite.server.url;

    await page.goto(url);
    await checkPage(page);

    await page.goto(`${url}/signup`);
    await checkPage(page);
    // A mistake is explained in Spanish, next to the field, with what was typed kept.
    await page.locator("input[name=name]").fill("Rosa Rivera");
    await page.locator("input[name=email]").fill("rosa@example");
    await page.locator("input[name=password]").fill("una contraseña bastante larga");
    await submit(page);
    await page.locator("#email-error").waitFor();
    await checkPage(page);
    expect(await page.locator("input[name=name]").inputValue()).toBe("Rosa Rivera");
    await page.locator("input[name=email]").fill("rosa@example.org");
    await page.locator("input[name=password]").fill("una contraseña bastante larga");
    await Promise.all([page.waitForURL(/\/orgs\/new/), submit(page)]);
    await checkPage(page);

    await page.locator("input[name=name]").fill("Familias del Lago");
    await page.locator("input[name=slug]").fill("familias-del-lago");
    await page.locator("select[name=state]").selectOption("MN");
    await page.locator("select[name=timeZone]").selectOption("America/Chicago");
    await Promise.all([page.waitForURL(/\/o\/familias-del-lago$/), submit(page)]);
    await page.locator("h1").waitFor();
    await checkPage(page);

    await page.goto(`${url}/o/familias-del-lago/districts/new`);
    await checkPage(page);
    await page.locator("input[name=name]").fill("Distrito Escolar del Lago");
    await Promise.all([page.waitForURL(/\/districts\/(?!new$)[A-Za-z0-9_-]+$/), submit(page)]);
    await checkPage(page);
    const district = page.url();

    await page.goto(`${district}/diagnostics/new`);
    await checkPage(page);
    const questions = page.locator("main fieldset");
    for (let index = 0; index < (await questions.count()); index += 1)
      await questions.nth(index).locator("input[type=radio]").first().check();
    await Promise.all([page.waitForURL(/\/diagnostics\/[A-Za-z0-9_-]+$/), submit(page)]);
    await checkPage(page);

    await page.goto(`${district}/declare`);
    await checkPage(page);
    await page.locator("input[type=radio][value=federated]").first().check();
    await Promise.all([page.waitForURL(/\/playbook/), submit(page)]);
    await page.locator("h1").waitFor();
    await checkPage(page);

    await page.goto(`${url}/o/familias-del-lago/tasks/new`);
    await checkPage(page);
    await page.locator("input[name=title]").fill("Llamar a la escuela");
    await page.locator("input[name=dueOn]").fill("2026-12-15");
    // Rosa gives the task to herself, the one person in her new coalition.
    const people = page.locator("select[name=assigneeId] option:not([value=''])");
    await page.locator("select[name=assigneeId]").selectOption((await people.first().getAttribute("value"))!);
    await Promise.all([page.waitForURL(/\/tasks\/(?!new$)[A-Za-z0-9_-]+$/), submit(page)]);
    await checkPage(page);
    await page.locator("form:has(input[name=intent][value=done]) button[type=submit]").click();
    // Done, with a way back for a week.
    await page.locator("form:has(input[name=intent][value=undo])").waitFor();
    await checkPage(page);
    expect(errors).toEqual([]);
  });

  it("switches an English page to Spanish and back without JavaScript, and remembers the choice", async () => {
    const { page, errors } = await watchedPage(suite.browser, {
      ...phone,
      viewport: { width: 375, height: 812 },
      javaScriptEnabled: false,
    });
    await page.goto(`${suite.server.url}/about`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Español" }).click()]);
    expect(page.url()).toMatch(/\/about$/);
    await expectSpanish(page);
    await page.goto(`${suite.server.url}/signup`);
    await expectSpanish(page);
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "English" }).click()]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(errors).toEqual([]);
  });
});
