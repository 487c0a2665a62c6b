import { Secret, TOTP } from "otpauth";

import { decode, html, type Client } from "./client";

/** The code an authenticator app shows for this secret, `steps` periods of 30 s from now. */
export function codeFor(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

export function secretOn(page: string): string | null {
  const match = /id="two-factor-secret">([^<]+)</.exec(page);
  return match ? match[1]!.replace(/\s/g, "") : null;
}

export function recoveryCodesOn(page: string): string[] {
  const list = /<ul class="copy-field" id="recovery-codes">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? "";
  return [...list.matchAll(/<li>([^<]+)<\/li>/g)].map((match) => decode(match[1]!));
}

/**
 * Sets up two-step sign-in for a signed-in client through the setup page, as a person with an authenticator
 * app would (staff of a verified agency and operators must before they reach any other page).
 */
export async function enrolTwoFactor(client: Client): Promise<{ secret: string; recoveryCodes: string[] }> {
  const page = await html(await client.get("/account/two-factor"));
  const secret = secretOn(page);
  if (!secret || !/^[A-Z2-7]{32}$/.test(secret)) throw new Error("the setup page showed no key");
  const confirmed = await client.post("/account/two-factor", {
    intent: "confirm",
    code: codeFor(secret),
    password: "",
    redirectTo: "",
  });
  if (confirmed.status !== 200) throw new Error(`confirming two-step sign-in failed with ${confirmed.status}`);
  const recoveryCodes = recoveryCodesOn(await html(confirmed));
  if (recoveryCodes.length !== 10) throw new Error(`expected 10 recovery codes, got ${recoveryCodes.length}`);
  return { secret, recoveryCodes };
}

/**
 * Logs in through both steps. The code is the next period's (accepted one step either side): the current one may
 * already have been used, at setup, and a code is never accepted twice.
 */
export async function logInWithCode(client: Client, email: string, password: string, secret: string) {
  const first = await client.logIn(email, password);
  if (first.headers.get("location") !== "/login/two-factor") return first;
  return client.post("/login/two-factor", { intent: "code", code: codeFor(secret, 1) });
}
