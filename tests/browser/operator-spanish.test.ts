import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, logIn, settled, watchedPage } from "../support/browser";
import { Client } from "../support/client";
import { operatorAccount, operatorServer, setUpOperatorWorld } from "../support/operator-fixture";

let opsSecret: string | undefined;

// An operator who reads Spanish: an Ohio agency's guidance was reported by the demo coalition, and the
// operator's account is in Spanish. Each operator page is Spanish, axe-clean and fits a phone.
const suite = browserSuite(operatorServer, async (server) => {
  const world = await setUpOperatorWorld(server);
  opsSecret = world.opsSecret;
  const organizer = new Client(server.url);
  await organizer.logIn("organizer@example.org", "fulcrum-demo-organizer");
  const reported = await organizer.post(`/o/maple-hollow-families/inbox/${world.guidanceId}`, {
    intent: "report",
    subject: "guidance",
    reason: "The sign-up closes on Thursday.",
  });
  expect(reported.status).toBe(302);
  await world.ops.chooseLanguage("es");
});
const { run } = suite;

async function expectSpanishPhonePage(page: Page) {
  await settled(page);
  expect(await page.getAttribute("html", "lang"), page.url()).toBe("es");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

describe.runIf(run)("the operator pages in Spanish", () => {
  it("are Spanish on a phone, and a refusal is Spanish without a reload", async () => {
    const operator = await watchedPage(suite.browser);
    await logIn(operator.page, suite.server.url, operatorAccount.email, operatorAccount.password, opsSecret);
    await operator.page.goto(`${suite.server.url}/operator`);
    expect(await operator.page.locator("h1").textContent()).toBe("Agencias estatales");
    await expectSpanishPhonePage(operator.page);

    await operator.page.getByRole("navigation", { name: "Páginas de administración" }).getByText("Reportes").click();
    await operator.page.waitForURL(/\/operator\/reports$/);
    await expect.poll(() => operator.page.title()).toBe("Reportes · Administración de Fulcrum");
    await expectSpanishPhonePage(operator.page);

    await operator.page.getByRole("link", { name: "Esta orientación: Sign up by Friday" }).click();
    await operator.page.waitForURL(/operator\/reports\/[A-Za-z0-9_-]{16}$/);
    expect(await operator.page.locator("dl").textContent()).toContain("The sign-up closes on Thursday.");
    await expectSpanishPhonePage(operator.page);

    await operator.page.getByRole("button", { name: "Suspender a la agencia" }).click();
    await expect
      .poll(() => operator.page.locator("#suspend-organization-note-error").textContent())
      .toContain("Escriba el motivo. Las personas suspendidas lo ven.");
    await operator.page.getByLabel(/Suspender a Ohio Department of Education/).fill("Las fechas estaban mal.");
    await operator.page.getByRole("button", { name: "Suspender a la agencia" }).click();
    await expect.poll(() => operator.page.locator("ol").first().textContent()).toContain("Suspendió a la agencia");
    // The suspension's reason stays on the record, not typed into the form that lifts it.
    expect(await operator.page.locator("#lift-organization-note").inputValue()).toBe("");
    await expectSpanishPhonePage(operator.page);
    expect(operator.errors).toEqual([]);
  });
});
