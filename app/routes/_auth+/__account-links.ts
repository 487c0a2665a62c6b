// What a person reads when an emailed account link no longer works, and what to do about it.
export type ClosedLinkState = "expired" | "used" | "not-found";

export const closedLinkStatus: Record<ClosedLinkState, number> = { expired: 410, used: 410, "not-found": 404 };

// Catalog keys (app/locales/<language>/auth.json), translated on the page.
export const closedResetLink = {
  expired: "auth:reset.closed.expired",
  used: "auth:reset.closed.used",
  "not-found": "auth:reset.closed.notFound",
} as const satisfies Record<ClosedLinkState, string>;

export const closedVerifyLink = {
  expired: "auth:verify.closed.expired",
  used: "auth:verify.closed.used",
  "not-found": "auth:verify.closed.notFound",
} as const satisfies Record<ClosedLinkState, string>;
