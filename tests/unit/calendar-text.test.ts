// Whatever text a meeting or task holds (saved today or by an older version of Fulcrum), its calendar file keeps
// one property per line in any parser and reads back, in an independent parser (ical.js), as the same text,
// apart from the characters replaced on purpose: line breaks in one-line properties read as spaces, and
// control characters RFC 5545 does not allow in text (and unpaired surrogates) read as U+FFFD.
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { calendar, type CalendarMeeting } from "~/lib/ics.server";

import { unicodeText } from "../support/unicode-text";

// Every spelling of a line end some parser honours, and the characters RFC 5545 gives a meaning inside text.
const tricky = [
  "\r",
  "\n",
  "\r\n",
  "\u000b",
  "\u000c",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u0000",
  "\u001b",
  "\u007f",
  "\u009b",
];
const syntax = [
  ",",
  ";",
  ":",
  "\\",
  "\\n",
  "\\,",
  "\t",
  " ",
  '"',
  "=",
  "BEGIN:VEVENT",
  "END:VCALENDAR",
  "DTSTART:20300101T000000Z",
];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...tricky, ...syntax), weight: 3 },
      { arbitrary: unicodeText({ maxLength: 8 }), weight: 3 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
      { arbitrary: loneSurrogate, weight: 1 },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

// The replacements, written independently of the code under test.
const lineEnd = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
const notText =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const asLine = (text: string) => text.replace(lineEnd, " ").replace(notText, "\ufffd");
const asText = (text: string) => text.replace(lineEnd, "\n").replace(notText, "\ufffd");

const url = "https://fulcrum.example/o/co/campaigns/c1/meetings/m1";
const meetingWith = (title: string, location: string, agenda: string): CalendarMeeting => ({
  id: "m1",
  title,
  startsAt: new Date("2027-03-01T15:00:00Z"),
  endsAt: new Date("2027-03-01T16:00:00Z"),
  location,
  videoUrl: "https://video.example/room",
  agenda,
  status: "scheduled",
  sequence: 0,
  url,
});

/** The file's lines, after unfolding, cut at anything any parser could take for a line end. */
function linesOf(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/)
    .filter((line) => line !== "");
}

const notAProperty = (lines: string[]) => lines.filter((line) => !/^[A-Z][A-Z-]*[;:]/.test(line));

function expectOnePropertyPerLine(lines: string[], once: string[]) {
  expect(notAProperty(lines)).toEqual([]);
  for (const name of once)
    expect(
      lines.filter((line) => line.startsWith(`${name}:`)),
      name,
    ).toHaveLength(1);
}

// Run counts: making a calendar file takes the ics library about 10 ms (it validates every event), so these two
// properties get 20 and 12 runs (four and two texts each, 100 texts in all, each up to 40 tricky pieces), about a
// quarter of a second of the unit suite's ten.
describe("calendar files", () => {
  it("keep one SUMMARY, LOCATION and DESCRIPTION line for a meeting with any text, and read back the same text", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, location, agenda, name) => {
        const ics = calendar(name, [meetingWith(title, location, agenda)]);
        expect(ics).not.toMatch(/[\u0000\u0085\u2028\u2029]/);
        expectOnePropertyPerLine(linesOf(ics), [
          "SUMMARY",
          "LOCATION",
          "DESCRIPTION",
          "DTSTART",
          "DTEND",
          "UID",
          "X-WR-CALNAME",
        ]);
        const root = new ICAL.Component(ICAL.parse(ics));
        // ical.js does not unescape this extension property; calendar apps read it as TEXT (RFC 5545 3.3.11).
        const escaped = (asLine(name) || "Fulcrum").replace(/[\\;,]/g, (char) => `\\${char}`);
        expect(linesOf(ics)).toContain(`X-WR-CALNAME:${escaped}`);
        const [event] = root.getAllSubcomponents("vevent");
        expect(event).toBeDefined();
        expect(event!.getFirstPropertyValue("summary")).toBe(asLine(title) || "Meeting");
        expect(event!.getFirstPropertyValue("location")).toBe(asLine(location || "https://video.example/room"));
        const parts = [asText(agenda), "Video: https://video.example/room", `In Fulcrum: ${url}`];
        expect(event!.getFirstPropertyValue("description")).toBe((agenda ? parts : parts.slice(1)).join("\n\n"));
        expect(new ICAL.Event(event!).startDate.toJSDate().toISOString()).toBe("2027-03-01T15:00:00.000Z");
      }),
      { numRuns: 20 },
    );
  });

  it("keep one SUMMARY line for a task due date with any title, in a feed with a meeting", () => {
    fc.assert(
      fc.property(anyText, anyText, (title, meetingTitle) => {
        const ics = calendar(
          "Fulcrum: Ana",
          [meetingWith(meetingTitle, "", "")],
          [{ id: "t1", title, dueOn: "2027-03-02", url }],
        );
        const lines = linesOf(ics);
        expect(notAProperty(lines)).toEqual([]);
        expect(lines.filter((line) => line.startsWith("SUMMARY:"))).toHaveLength(2);
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
        expect(events.map((event) => event.getFirstPropertyValue("summary"))).toEqual([
          asLine(meetingTitle) || "Meeting",
          asLine(`Due: ${title}`),
        ]);
      }),
      { numRuns: 12 },
    );
  });

  it("leave out events with years no calendar file can carry (saved before dates were limited), keeping the rest", () => {
    const meeting = (id: string, startsAt: string) => ({
      ...meetingWith(id, "", ""),
      id,
      startsAt: new Date(startsAt),
      endsAt: new Date(startsAt),
    });
    const year0 = new Date(0);
    year0.setUTCFullYear(0, 5, 15);
    const ics = calendar(
      "Feed",
      [
        meeting("ok", "2027-03-01T15:00:00Z"),
        { ...meeting("zero", "2027-03-01T15:00:00Z"), startsAt: year0, endsAt: year0 },
      ],
      [
        { id: "fine", title: "Fine", dueOn: "2027-03-02", url },
        { id: "far", title: "Far", dueOn: "9999-12-31", url },
        { id: "nil", title: "Nil", dueOn: "0000-06-15", url },
      ],
    );
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(events.map((event) => event.getFirstPropertyValue("uid"))).toEqual([
      "meeting-ok@fulcrum",
      "task-fine@fulcrum",
    ]);
    for (const line of linesOf(ics).filter((line) => line.startsWith("DT"))) expect(line).toMatch(/:\d{8}(T\d{6}Z)?$/);
  });
});
