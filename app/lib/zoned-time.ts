// Wall-clock times in a coalition's time zone <-> instants, with the runtime's IANA data (no library needed).

// Making a formatter costs far more than using one, and the reminder pass converts thousands of times per zone:
// one per zone is kept. (Dates and times for people are formatted in format-dates.ts.)
const formatOptions = {
  // Wall-clock fields, for converting between instants and local times.
  fields: {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(purpose: keyof typeof formatOptions, timeZone: string): Intl.DateTimeFormat {
  const key = `${purpose} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { ...formatOptions[purpose], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Date.UTC, except that years 0-99 stay themselves (Date.UTC reads them as 1900-1999). */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = formatterFor("fields", timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = utcMs(get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The wall time as if it were UTC, the offsets in force a day either side (at most one change of offset happens
 * in between), and the instants, earliest first, at which clocks in `timeZone` really show it: none when the
 * clocks skip it, two when they show it twice.
 */
function wallTimeReadings(date: string, time: string, timeZone: string) {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const wall = utcMs(y, m, d, hh, mm);
  const before = offsetMs(wall - 86_400_000, timeZone);
  const after = offsetMs(wall + 86_400_000, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => offsetMs(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  return { wall, before, after, valid };
}

/**
 * The instant at which the clocks in `timeZone` show `date` `time` (YYYY-MM-DD, HH:MM). In the hour skipped
 * when clocks spring forward, the result is the first valid instant after it; in the repeated hour when they
 * fall back, the earlier of the two.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date {
  const { wall, before, valid } = wallTimeReadings(date, time, timeZone);
  // Valid: the earlier of the (at most two) matches. None: the wall time was skipped; keep the old offset,
  // which lands the same distance past the jump.
  return new Date(valid[0] ?? wall - before);
}

/** The date and time (YYYY-MM-DD, HH:MM) that clocks in `timeZone` show at `instant`. */
export function instantToZoned(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new Date(instant.getTime() + offsetMs(instant.getTime(), timeZone));
  const iso = local.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  return instantToZoned(now, timeZone).date;
}

/** The calendar date `days` after (or before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(utcMs(y, m, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** 0 for Sunday to 6 for Saturday, for a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * What clocks in `timeZone` do at `date` `time`: show it once, skip it (the hour lost when clocks spring
 * forward: `from` and `to` are the wall times of the jump, HH:MM) or show it twice (the hour repeated when they
 * fall back: `first` and `second` are the two instants).
 */
export type WallTime =
  | { kind: "once"; instant: Date }
  | { kind: "skipped"; from: string; to: string }
  | { kind: "twice"; first: Date; second: Date };

export function readWallTime(date: string, time: string, timeZone: string): WallTime {
  const { wall, before, after, valid } = wallTimeReadings(date, time, timeZone);
  if (valid.length === 2) return { kind: "twice", first: new Date(valid[0]!), second: new Date(valid[1]!) };
  if (valid.length === 1) return { kind: "once", instant: new Date(valid[0]!) };
  // Skipped: the jump happened between the two readings of the wall time; find its minute.
  let low = wall - after;
  let high = wall - before;
  while (high - low > 60_000) {
    const middle = low + Math.floor((high - low) / 120_000) * 60_000;
    if (offsetMs(middle, timeZone) === after) high = middle;
    else low = middle;
  }
  const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
  return { kind: "skipped", from: clock(high + before), to: clock(high + after) };
}
