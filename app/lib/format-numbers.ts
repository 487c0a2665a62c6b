import type { Locale } from "./format-dates";

const groups = /\B(?=(\d{3})+(?!\d))/g;

/**
 * A count as people read it in the locale ("1,234" in en-US and es-US alike).
 *
 * Whole numbers are grouped here rather than by Intl because a page's first use of Intl in the browser costs
 * about 50 ms of CPU on this machine and several times that on a slow phone, paid while the page hydrates; both
 * of Fulcrum's locales group whole numbers by threes with a comma (a test holds this to Intl's own answer).
 */
export function formatCount(value: number, locale: Locale): string {
  if (!Number.isSafeInteger(value)) return new Intl.NumberFormat(locale).format(value);
  const digits = String(Math.abs(value)).replace(groups, ",");
  return value < 0 ? `-${digits}` : digits;
}
