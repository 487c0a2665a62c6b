// Every date and time Fulcrum shows to people is formatted here, in a named style, in an explicit time zone
// and locale. A formatter that falls back to the runtime's zone gives different text on the server and in the
// browser (a hydration mismatch) and the wrong day for a coalition far from the server.

import type { Language } from "./i18n";

export const locales = ["en-US", "es-US"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en-US";

/** The locale that formats dates and numbers for a language: US English, and Spanish as written in the US. */
export const localeFor = (language: Language): Locale => (language === "es" ? "es-US" : "en-US");

/** Styles for a moment (an instant), shown as clocks in a given zone read it. */
const momentStyles = {
  // "Mon, Mar 9, 6:00 PM": rows of a list, with the zone said once on the page. The weekday is what people
  // plan an evening by; the year is left to the page (lists hold recent and coming things).
  short: { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
  // "Mar 9, 2026": the day a moment fell on in the zone.
  date: { dateStyle: "medium" },
  // "March 9, 2026", in running text.
  longDate: { dateStyle: "long" },
  // "Mar 9, 2026, 6:00 PM EDT": histories and records, where each line stands alone.
  dateTime: {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  },
  // "Monday, March 9, 2026 at 6:00 PM EDT": emails and calendar text, read away from the app.
  full: {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  },
  // "Monday, March 9, 2026 at 6:00 PM": the start of a span whose end names the zone.
  fullNoZone: { dateStyle: "full", timeStyle: "short" },
  // "7:45 PM CST".
  time: { hour: "numeric", minute: "2-digit", timeZoneName: "short" },
  // "Monday".
  weekday: { weekday: "long" },
  // "EDT": the zone's name at that moment (it changes with daylight saving).
  zoneName: { timeZoneName: "short" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type MomentStyle = keyof typeof momentStyles;

/** Styles for a calendar day (YYYY-MM-DD), which belongs to no zone: it is the same day everywhere. */
const dayStyles = {
  // "Mar 10, 2026".
  date: { dateStyle: "medium" },
  // "March 10, 2026".
  long: { dateStyle: "long" },
  // "Tuesday, March 10, 2026".
  full: { weekday: "long", year: "numeric", month: "long", day: "numeric" },
  // "March 2026", for a YYYY-MM month or any day in it.
  month: { month: "long", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DayStyle = keyof typeof dayStyles;

// Making a formatter costs far more than using one, and list pages format every row: one per style, zone and
// locale is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, key: string, timeZone: string, locale: Locale) {
  const cacheKey = `${key} ${timeZone} ${locale}`;
  let found = formatters.get(cacheKey);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(cacheKey, found);
  }
  return found;
}

/** A moment as clocks in `timeZone` (an IANA zone: the organization's) show it, in a named style. */
export function formatMoment(
  instant: Date | string | number,
  style: MomentStyle,
  timeZone: string,
  locale: Locale = defaultLocale,
): string {
  return formatter(momentStyles[style], `moment:${style}`, timeZone, locale).format(new Date(instant));
}

/** The short name of the zone at a moment ("EDT" in summer, "EST" in winter), for telling two 1:30s apart. */
export function formatZoneName(instant: Date | string | number, timeZone: string, locale: Locale = defaultLocale) {
  const parts = formatter(momentStyles.zoneName, "moment:zoneName", timeZone, locale).formatToParts(new Date(instant));
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** A wall-clock time (HH:MM, 24-hour, as forms send it) as people read it: "2:30 AM". No zone, no day. */
export function formatClock(time: string, locale: Locale = defaultLocale): string {
  const [hours, minutes] = time.split(":").map(Number);
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) throw new RangeError(`Not a time of day: ${time}`);
  return formatter({ hour: "numeric", minute: "2-digit" }, "clock", "UTC", locale).format(
    new Date(Date.UTC(2000, 0, 1, hours, minutes)),
  );
}

/** A start and end as one phrase: "Tuesday, November 3, 2026 at 6:30 PM – 7:45 PM CST". */
export function formatMomentSpan(start: Date, end: Date, timeZone: string, locale: Locale = defaultLocale): string {
  const sameDay = formatMoment(start, "date", timeZone, locale) === formatMoment(end, "date", timeZone, locale);
  if (!sameDay)
    return `${formatMoment(start, "full", timeZone, locale)} – ${formatMoment(end, "full", timeZone, locale)}`;
  return `${formatMoment(start, "fullNoZone", timeZone, locale)} – ${formatMoment(end, "time", timeZone, locale)}`;
}

const dayPattern = /^\d{4}-\d{2}(-\d{2})?$/;

// Even a kept formatter takes tens of microseconds a call, and list pages show the same few days row after row
// (ten tasks due this week): each day's text is kept per style and locale, up to a bound the days of a few years
// fit in, then started afresh.
const formattedDays = new Map<string, string>();
const formattedDaysLimit = 5000;

/** A calendar day (YYYY-MM-DD, or YYYY-MM for the `month` style) in a named style. */
export function formatDay(day: string, style: DayStyle, locale: Locale = defaultLocale): string {
  const cacheKey = `${day} ${style} ${locale}`;
  const kept = formattedDays.get(cacheKey);
  if (kept !== undefined) return kept;
  if (!dayPattern.test(day)) throw new RangeError(`Not a calendar day: ${day}`);
  const [year, month, date = "01"] = day.split("-");
  // Noon UTC of that day, formatted in UTC: the day itself, whatever zone the reader is in.
  const text = formatter(dayStyles[style], `day:${style}`, "UTC", locale).format(
    new Date(`${year}-${month}-${date}T12:00:00Z`),
  );
  if (formattedDays.size >= formattedDaysLimit) formattedDays.clear();
  formattedDays.set(cacheKey, text);
  return text;
}
