import { createHmac, timingSafeEqual } from "node:crypto";

import { isOptionalEmailKind, type OptionalEmailKind } from "~/lib/email-kinds";
import { appSecret } from "~/models/app-secret.server";

// Unsubscribe links work without logging in and never expire (old emails keep working), so they are signed:
// a link names one person and one kind of email, and nobody can make one for someone else.
const sign = (payload: string) =>
  createHmac("sha256", appSecret("unsubscribe")).update(payload).digest().subarray(0, 20);

export function unsubscribeToken(userId: string, kind: OptionalEmailKind): string {
  const payload = `${userId}.${kind}`;
  return `${Buffer.from(payload).toString("base64url")}.${sign(payload).toString("base64url")}`;
}

export function readUnsubscribeToken(token: string): { userId: string; kind: OptionalEmailKind } | null {
  const [encoded, signature, extra] = token.split(".");
  if (!encoded || !signature || extra !== undefined) return null;
  const payload = Buffer.from(encoded, "base64url").toString();
  const expected = sign(payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const separator = payload.lastIndexOf(".");
  const userId = payload.slice(0, separator);
  const kind = payload.slice(separator + 1);
  if (separator < 1 || !isOptionalEmailKind(kind)) return null;
  return { userId, kind };
}
