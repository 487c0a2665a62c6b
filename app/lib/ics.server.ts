import { createEvents, type EventAttributes } from "ics";

import { fallbackLanguage, type Language } from "./i18n";
import { createTranslator } from "./i18n-catalogs.server";

export type CalendarMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoUrl: string;
  agenda: string;
  status: "scheduled" | "held" | "cancelled";
  sequence: number;
  url: string;
};

export type CalendarTask = { id: string; title: string; dueOn: string; url: string };

// Every text that goes into a calendar passes through here, whatever the forms allowed when it was saved. The
// `ics` package escapes backslashes, commas, semicolons and LF, but lets a bare CR, NEL, U+2028/9 and other
// control characters through, and some parsers start a new line (a new property) at them. Line breaks in any
// spelling become one LF (which the package writes as \n) or, for one-line properties, a space; the control
// characters RFC 5545 does not allow in text, and unpaired surrogates (not writable as UTF-8), become U+FFFD.
const lineBreak = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
const notText =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for DESCRIPTION: its line breaks kept as line breaks. */
export function calendarText(value: string): string {
  return value.replace(lineBreak, "\n").replace(notText, "\ufffd");
}

/** Text for a one-line property (SUMMARY, LOCATION, the calendar's name): line breaks read as spaces. */
export function calendarLine(value: string): string {
  return value.replace(lineBreak, " ").replace(notText, "\ufffd");
}

/** The calendar's name, escaped here: the package writes X-WR-CALNAME without escaping commas or semicolons. */
const calendarName = (name: string) => calendarLine(name).replace(/[\\;,]/g, (char) => `\\${char}`);

// Years a calendar file can carry as four digits. Dates outside (only in data saved before the forms
// limited years) are left out of calendars rather than written as a broken or wrong date.
const writableYear = (year: number) => year >= 1000 && year <= 9999;

const utcParts = (date: Date): [number, number, number, number, number] => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
  date.getUTCHours(),
  date.getUTCMinutes(),
];

/** The calendar's own words ("Video:", "In Fulcrum:"), in the language of whoever reads it. */
type CalendarWords = ReturnType<typeof makeCalendarWords>;
const makeCalendarWords = (language: Language) => {
  const t = createTranslator(language, ["emails"]).getFixedT(language, "emails");
  return {
    meeting: t("calendar.meeting"),
    video: (url: string) => t("calendar.video", { url }),
    inFulcrum: (url: string) => t("calendar.inFulcrum", { url }),
    due: (title: string) => t("calendar.due", { title }),
  };
};
// Feeds are fetched often by calendar apps: one translator per language and process.
const wordsByLanguage = new Map<Language, CalendarWords>();
function calendarWords(language: Language): CalendarWords {
  let words = wordsByLanguage.get(language);
  if (!words) {
    words = makeCalendarWords(language);
    wordsByLanguage.set(language, words);
  }
  return words;
}

function meetingEvent(meeting: CalendarMeeting, words: CalendarWords): EventAttributes {
  return {
    uid: `meeting-${meeting.id}@fulcrum`,
    sequence: meeting.sequence,
    title: calendarLine(meeting.title) || words.meeting,
    start: utcParts(meeting.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(meeting.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: calendarLine(meeting.location || meeting.videoUrl) || undefined,
    description: [
      calendarText(meeting.agenda),
      meeting.videoUrl ? words.video(calendarLine(meeting.videoUrl)) : "",
      words.inFulcrum(meeting.url),
    ]
      .filter(Boolean)
      .join("\n\n"),
    url: meeting.url,
    status: meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    productId: "fulcrum/meetings",
  };
}

function taskEvent(task: CalendarTask, words: CalendarWords): EventAttributes {
  const [y, m, d] = task.dueOn.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return {
    uid: `task-${task.id}@fulcrum`,
    title: calendarLine(words.due(task.title)),
    start: [y, m, d],
    end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
    description: words.inFulcrum(task.url),
    url: task.url,
    productId: "fulcrum/tasks",
  };
}

/** An RFC 5545 calendar with the given meetings and task due dates, its own words in `language`. */
export function calendar(
  name: string,
  meetings: CalendarMeeting[],
  tasks: CalendarTask[] = [],
  { method, language = fallbackLanguage }: { method?: "PUBLISH"; language?: Language } = {},
): string {
  const words = calendarWords(language);
  const writable = (dates: Date[]) => dates.every((date) => writableYear(date.getUTCFullYear()));
  const events = [
    ...meetings
      .filter((meeting) => writable([meeting.startsAt, meeting.endsAt]))
      .map((meeting) => meetingEvent(meeting, words)),
    // The day after is the event's end, so the last writable day is one before the end of year 9999.
    ...tasks
      .filter((task) => writable([new Date(`${task.dueOn}T00:00:00Z`)]) && task.dueOn < "9999-12-31")
      .map((task) => taskEvent(task, words)),
  ];
  const calName = calendarName(name) || "Fulcrum";
  if (events.length === 0) {
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:fulcrum",
      "CALSCALE:GREGORIAN",
      `X-WR-CALNAME:${calName}`,
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(events, { calName, method });
  if (error || !value) throw error ?? new Error("The calendar could not be built.");
  return value;
}
