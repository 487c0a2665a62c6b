import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, logIn, phone, settled, watchedPage } from "../support/browser";

const suite = browserSuite({ seed: true });
const { run } = suite;

const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

async function logInWithPassword(page: Page, email: string, password: string) {
  await page.goto(`${suite.server.url}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([page.waitForURL(/\/login\/two-factor$/), page.getByRole("button", { name: "Log in" }).click()]);
  await settled(page);
}

describe.runIf(run)("two-step sign-in in a browser", () => {
  it("sets up from the home page, then asks for the code at login, with and without JavaScript", async () => {
    const { page, errors } = await watchedPage(suite.browser);
    await logIn(page, suite.server.url, "member@example.org", "fulcrum-demo-member");
    await page.getByRole("link", { name: "Set up two-step sign-in" }).click();
    await page.waitForURL(/\/account\/two-factor$/);
    await expect.poll(() => page.locator("svg[role=img]").count()).toBe(1);
    await expectAccessible(page);
    const secret = (await page.locator("#two-factor-secret").textContent())!.replace(/\s/g, "");
    await page.getByLabel("6-digit code").fill(codeFor(secret) === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect.poll(() => page.locator("#code-error").textContent()).toContain("not right");
    await page.getByLabel("6-digit code").fill(codeFor(secret));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect.poll(() => page.locator("#recovery-codes li").count()).toBe(10);
    await expectAccessible(page);
    expect(errors).toEqual([]);

    const js = await watchedPage(suite.browser);
    await logInWithPassword(js.page, "member@example.org", "fulcrum-demo-member");
    await expectAccessible(js.page);
    // One code, worked out once: a code recomputed later may belong to the next 30-second step.
    const usedCode = codeFor(secret, 1);
    await js.page.getByLabel("6-digit code").fill(usedCode);
    await Promise.all([
      js.page.waitForURL(/\/home$/),
      js.page.getByRole("button", { name: "Log in", exact: true }).click(),
    ]);
    expect(js.errors).toEqual([]);

    const noScript = await watchedPage(suite.browser, { ...phone, javaScriptEnabled: false });
    await logInWithPassword(noScript.page, "member@example.org", "fulcrum-demo-member");
    // The code the other browser just used, tried first, while its step is still within the accepted window.
    await noScript.page.getByLabel("6-digit code").fill(usedCode);
    await noScript.page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect.poll(() => noScript.page.locator("#code-error").textContent()).toContain("just used");
    await noScript.page.getByText("Lost your phone? Use a recovery code").click();
    await noScript.page.getByLabel("Recovery code").fill("wrong-codes");
    await noScript.page.getByRole("button", { name: "Log in with a recovery code" }).click();
    await expect.poll(() => noScript.page.locator("#recoveryCode-error").textContent()).toContain("not right");
    expect(await noScript.page.getByLabel("Recovery code").inputValue()).toBe("wrong-codes");
    expect(noScript.errors).toEqual([]);
  });
});
