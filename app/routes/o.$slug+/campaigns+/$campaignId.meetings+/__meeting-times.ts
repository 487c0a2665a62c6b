// A meeting's wall-clock times on the days clocks change: shared by the form (which asks "which 1:30?") and the
// action (which refuses a time that does not happen). No zod here: the form's component imports it.
import { formatClock, formatDay, formatZoneName } from "~/lib/format-dates";
import { readWallTime } from "~/lib/zoned-time";

export const occurrences = ["first", "second"] as const;
export type Occurrence = (typeof occurrences)[number];

const isDate = (value: string | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: string | undefined): value is string => !!value && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** The two readings of a repeated time, as radio choices: "The first 1:30 AM (EDT)", "The second 1:30 AM (EST)". */
export function repeatedTimeChoices(date: string | undefined, time: string | undefined, timeZone: string) {
  if (!isDate(date) || !isTime(time)) return null;
  const wall = readWallTime(date, time, timeZone);
  if (wall.kind !== "twice") return null;
  const clock = formatClock(time);
  return {
    legend: `${clock} happens twice on ${formatDay(date, "full")}: which one?`,
    hint: "Clocks go back an hour that night, so this time comes round twice.",
    options: [
      { value: "first", label: `The first ${clock} (${formatZoneName(wall.first, timeZone)})` },
      { value: "second", label: `The second ${clock} (${formatZoneName(wall.second, timeZone)})` },
    ],
    wall,
  };
}

/** Why a time that clocks skip cannot be used, in words: null when the time happens. */
export function skippedTimeMessage(date: string, time: string, timeZone: string): string | null {
  const wall = readWallTime(date, time, timeZone);
  if (wall.kind !== "skipped") return null;
  const from = formatClock(wall.from);
  const to = formatClock(wall.to);
  return (
    `${formatClock(time)} does not happen on ${formatDay(date, "full")}: clocks jump from ${from} to ${to} ` +
    `for daylight saving time. Choose a time before ${from} or from ${to} on.`
  );
}

/** Which reading of a repeated time a stored instant is, so the edit form starts on it. */
export function occurrenceOf(date: string, time: string, timeZone: string, instant: Date): Occurrence | undefined {
  const wall = readWallTime(date, time, timeZone);
  if (wall.kind !== "twice") return undefined;
  return wall.second.getTime() === instant.getTime() ? "second" : "first";
}
