// A meeting's wall-clock times on the days clocks change: shared by the form (which asks "which 1:30?") and the
// action (which refuses a time that does not happen). No zod here: the form's component imports it. The words come
// from the meetings namespace through `t` (the component's useTranslation, the action's requestTranslator).
import { formatClock, formatDay, formatZoneName, type Locale } from "~/lib/format-dates";
import { readWallTime } from "~/lib/zoned-time";

export const occurrences = ["first", "second"] as const;
export type Occurrence = (typeof occurrences)[number];

type Translate = (key: string, values?: Record<string, string>) => string;

const isDate = (value: string | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: string | undefined): value is string => !!value && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** The two readings of a repeated time, as radio choices: "The first 1:30 AM (EDT)", "The second 1:30 AM (EST)". */
export function repeatedTimeChoices(
  date: string | undefined,
  time: string | undefined,
  timeZone: string,
  t: Translate,
  locale: Locale,
) {
  if (!isDate(date) || !isTime(time)) return null;
  const wall = readWallTime(date, time, timeZone);
  if (wall.kind !== "twice") return null;
  const clock = formatClock(time, locale);
  const zone = (instant: Date) => formatZoneName(instant, timeZone, locale);
  return {
    legend: t("meetings:times.twice", { time: clock, day: formatDay(date, "full", locale) }),
    hint: t("meetings:times.twiceHint"),
    options: [
      { value: "first", label: t("meetings:times.first", { time: clock, zone: zone(wall.first) }) },
      { value: "second", label: t("meetings:times.second", { time: clock, zone: zone(wall.second) }) },
    ],
    wall,
  };
}

/** Why a time that clocks skip cannot be used, in words: null when the time happens. */
export function skippedTimeMessage(
  date: string,
  time: string,
  timeZone: string,
  t: Translate,
  locale: Locale,
): string | null {
  const wall = readWallTime(date, time, timeZone);
  if (wall.kind !== "skipped") return null;
  return t("meetings:times.skipped", {
    time: formatClock(time, locale),
    day: formatDay(date, "full", locale),
    from: formatClock(wall.from, locale),
    to: formatClock(wall.to, locale),
  });
}

/** Which reading of a repeated time a stored instant is, so the edit form starts on it. */
export function occurrenceOf(date: string, time: string, timeZone: string, instant: Date): Occurrence | undefined {
  const wall = readWallTime(date, time, timeZone);
  if (wall.kind !== "twice") return undefined;
  return wall.second.getTime() === instant.getTime() ? "second" : "first";
}
