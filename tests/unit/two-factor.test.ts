import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";

import {
  checkTotpCode,
  confirmEnrolment,
  normalizeCode,
  pendingEnrolment,
  verifySecondFactor,
} from "~/models/two-factor.server";
import { createUser } from "~/models/user.server";

const secret = new Secret({ size: 20 }).base32;
const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
const now = new Date("2026-12-01T09:00:10Z");
const codeAt = (steps: number) => totp.generate({ timestamp: now.getTime() + steps * 30_000 });
const step = totp.counter({ timestamp: now.getTime() });

describe("the code checker", () => {
  it("accepts the current code and one step either side, nothing further", () => {
    expect(checkTotpCode(secret, codeAt(0), 0, now)).toEqual({ ok: true, step });
    expect(checkTotpCode(secret, codeAt(-1), 0, now)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotpCode(secret, codeAt(1), 0, now)).toEqual({ ok: true, step: step + 1 });
    for (const far of [-3, -2, 2, 3]) {
      if ([-1, 0, 1].some((near) => codeAt(near) === codeAt(far))) continue;
      expect(checkTotpCode(secret, codeAt(far), 0, now)).toEqual({ ok: false, reason: "wrong" });
    }
  });

  it("refuses a code of a step already used, or of an earlier step (replay)", () => {
    expect(checkTotpCode(secret, codeAt(0), step, now)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotpCode(secret, codeAt(-1), step, now)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotpCode(secret, codeAt(1), step, now)).toEqual({ ok: true, step: step + 1 });
  });

  it("forgives spaces, dashes and capitals in what people type", () => {
    expect(normalizeCode(" 123 456 ")).toBe("123456");
    expect(normalizeCode("ABCDE-fghjk")).toBe("abcdefghjk");
  });
});

describe("the second step", () => {
  it("lets one code and one recovery code through exactly once", async () => {
    const user = await createUser({ name: "T", email: `totp-${Date.now()}@example.org`, password: "test password" });
    const enrolment = pendingEnrolment(user.id, user.email, { create: true })!;
    expect(pendingEnrolment(user.id, user.email, { create: true })!.secret).toBe(enrolment.secret);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Fulcrum:/);
    const app = new TOTP({ secret: Secret.fromBase32(enrolment.secret) });
    const confirmed = confirmEnrolment(user.id, app.generate({ timestamp: now.getTime() }), now);
    if (!("recoveryCodes" in confirmed)) throw new Error("setup refused a right code");
    const next = app.generate({ timestamp: now.getTime() + 30_000 });
    expect(verifySecondFactor(user.id, next, now)).toEqual({ ok: true, usedRecoveryCode: false });
    expect(verifySecondFactor(user.id, next, now)).toEqual({ ok: false, reason: "replayed" });
    const [recovery] = confirmed.recoveryCodes;
    expect(verifySecondFactor(user.id, recovery!, now)).toEqual({ ok: true, usedRecoveryCode: true });
    expect(verifySecondFactor(user.id, recovery!, now)).toEqual({ ok: false, reason: "used-recovery-code" });
    expect(verifySecondFactor(user.id, "zzzzz-zzzzz", now)).toEqual({ ok: false, reason: "wrong" });
  });
});
