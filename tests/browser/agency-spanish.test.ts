import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { browserSuite, expectAccessible, logIn, watchedPage } from "../support/browser";
import { Client } from "../support/client";

// A state agency's staff who read Spanish, on a phone: every agency page in Spanish, axe-clean, within the
// screen, and a page reached by a link (a client-side navigation) loads its own messages rather than showing keys.
const password = "una contraseña larga";
let verifiedSecret: string | undefined;

const suite = browserSuite({}, async (server) => {
  // Signing up from a Spanish browser saves Spanish as the account's language.
  const waiting = new Client(server.url, { "Accept-Language": "es-US,es" });
  await waiting.signUp("Lucía Ramos", "lucia@espera.example.org", password);
  await waiting.createCoalition("oh-espera", "Oficina de Familias de Ohio", "state_agency");
  await waiting.writeGuidance("oh-espera", {
    title: "Antes de su primera reunión con el distrito",
    summary: "Tres cosas que preparar.",
    body: "## Primeros pasos\n\n- Pregunte quién decide.\n\n<script>alert(1)</script>",
    audienceTypes: ["managerial", "networked"],
    language: "es",
  });

  const verified = new Client(server.url, { "Accept-Language": "es-US,es" });
  await verified.signUp("Marta Díaz", "marta@educacion.example.org", password);
  await verified.createCoalition("oh-educacion", "Departamento de Educación de Ohio", "state_agency");
  [verifiedSecret] = await verifyAgency(server.databasePath, "oh-educacion", [verified]);
  await verified.publishGuidance("oh-educacion", {
    title: "Temporada de presupuesto",
    body: "Las fechas de las audiencias.",
    language: "es",
  });
  // The two months before this one, recorded for Ohio as the month-end pass writes them (replacing what the
  // server's own pass may have recorded already, with nobody sharing): the chart, the table and month by month.
  const now = new Date();
  const month = (back: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
  const insert = server
    .database()
    .prepare(
      "insert or replace into state_overview_snapshots (state, month, coalitions, type_counts, taken_at) " +
        "values (?, ?, ?, ?, ?)",
    );
  insert.run("OH", month(2), 9, JSON.stringify({ networked: 6, managerial: 3 }), Date.now());
  insert.run("OH", month(1), 12, JSON.stringify({ networked: 7, managerial: 5 }), Date.now());
});
const { run } = suite;

/** The page is Spanish, axe-clean and no wider than the phone. */
async function check(page: Page, heading: RegExp) {
  await expectAccessible(page);
  expect(await page.locator("html").getAttribute("lang")).toBe("es");
  expect(await page.locator("main h1").textContent()).toMatch(heading);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const text = (await page.locator("main").textContent()) ?? "";
  // A message key shown instead of its words ("guidance-editor:new.title").
  expect(text).not.toMatch(/\b(?:agency|guidance-editor|guidance):[\w.]+/);
}

describe.runIf(run)("an agency's pages in Spanish on a phone", () => {
  it("shows verification, the waiting overview and the guidance editor in Spanish, the refusals too", async () => {
    const { page, errors } = await watchedPage(suite.browser);
    await logIn(page, suite.server.url, "lucia@espera.example.org", password);
    await page.goto(`${suite.server.url}/o/oh-espera/verification`);
    await check(page, /^Verificación$/);
    await page.getByRole("button", { name: "Enviar la solicitud" }).click();
    await expect.poll(() => page.locator(".field__error").count()).toBeGreaterThan(0);
    await check(page, /^Verificación$/);
    expect(await page.locator("#officialName-error").textContent()).toContain("Escriba el nombre oficial");

    await page.goto(`${suite.server.url}/o/oh-espera/overview`);
    await check(page, /^Panorama estatal$/);

    await page.goto(`${suite.server.url}/o/oh-espera/guidance`);
    await check(page, /^Orientación para las coaliciones$/);
    await page.getByRole("link", { name: "Antes de su primera reunión con el distrito" }).click();
    await page.waitForURL(/guidance\/[A-Za-z0-9_-]{16}$/);
    await check(page, /^Antes de su primera reunión/);
    expect(await page.locator("main").textContent()).toContain("Quitamos: un elemento <script>.");
    // Reached by links: the editor's messages and the language field's ("guidance") arrive with the page.
    await page.getByRole("link", { name: "Toda la orientación" }).click();
    await page.waitForURL(/guidance$/);
    await page.getByRole("link", { name: "Escribir una orientación" }).click();
    await page.waitForURL(/guidance\/new$/);
    await check(page, /^Escribir una orientación$/);
    expect(await page.getByLabel("Idioma de esta orientación").inputValue()).toBe("es");
    expect(await page.getByLabel("Orientación", { exact: true }).inputValue()).toContain("## Por qué importa");
    await page.getByLabel("Orientación", { exact: true }).fill("");
    await page.getByRole("button", { name: "Guardar borrador" }).click();
    await expect.poll(() => page.locator("#body-error").textContent()).toContain("Escriba el texto de la orientación");
    await check(page, /^Escribir una orientación$/);
    expect(errors).toEqual([]);
  });

  it("shows the recorded state overview and the published guidance in Spanish", async () => {
    const { page, errors } = await watchedPage(suite.browser);
    await logIn(page, suite.server.url, "marta@educacion.example.org", password, verifiedSecret);
    await page.goto(`${suite.server.url}/o/oh-educacion/overview`);
    await check(page, /^Cómo ven sus distritos las coaliciones de Ohio$/);
    expect(await page.getByRole("img").first().getAttribute("aria-labelledby")).toBeTruthy();
    expect(
      await page
        .getByRole("row", { name: /^En red/ })
        .first()
        .textContent(),
    ).toContain("7");
    expect(
      await page
        .getByRole("row", { name: /^Gerencial/ })
        .first()
        .textContent(),
    ).toContain("5");
    await page.getByRole("link", { name: "Orientación", exact: true }).first().click();
    await page.waitForURL(/guidance$/);
    await check(page, /^Orientación para las coaliciones$/);
    await page.getByRole("link", { name: "Temporada de presupuesto" }).click();
    await page.waitForURL(/guidance\/[A-Za-z0-9_-]{16}$/);
    await check(page, /^Temporada de presupuesto$/);
    expect(await page.locator("main").textContent()).toContain("Publicada, versión 1");
    expect(errors).toEqual([]);
  });
});
