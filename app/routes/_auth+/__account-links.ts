// What a person reads when an emailed account link no longer works, and what to do about it.
export type ClosedLinkState = "expired" | "used" | "not-found";

export const closedLinkStatus: Record<ClosedLinkState, number> = { expired: 410, used: 410, "not-found": 404 };

export const closedResetLink: Record<ClosedLinkState, string> = {
  expired: "This password reset link has expired: links work for one hour. Ask for a new one below.",
  used: "This password reset link was already used: each link works once. If you still need to, ask for a new one below.",
  "not-found":
    "This password reset link is not valid. Check that you opened the whole link from the email, or ask for a new one below.",
};

export const closedVerifyLink: Record<ClosedLinkState, string> = {
  expired:
    "This confirmation link has expired: links work for 48 hours. Log in and ask for a new one from your email settings.",
  used: "This confirmation link was already used, so there is nothing more to do.",
  "not-found": "This confirmation link is not valid. Check that you opened the whole link from the email.",
};
