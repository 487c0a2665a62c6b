import type { TFunction } from "i18next";

/** How long to wait before trying again, in words ("5 minutes", "about 2 hours"), from a Retry-After in seconds. */
export function waitText(t: TFunction, seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return t("common:forms.wait.minutes", { count: minutes });
  return t("common:forms.wait.hours", { count: Math.round(minutes / 60) });
}
