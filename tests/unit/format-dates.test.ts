// The text people read for a date or time depends only on the moment, the zone and the locale asked for: never
// on the zone of the machine formatting it (the server's or the browser's), so the two always agree.
import { describe, expect, it } from "vitest";

import {
  formatClock,
  formatDay,
  formatMoment,
  formatMomentSpan,
  formatZoneName,
  type MomentStyle,
} from "~/lib/format-dates";

// ICU may put a narrow no-break space before AM/PM; people read a space.
const plain = (text: string) => text.replace(/\s/g, " ");
const moment = (iso: string, style: MomentStyle, zone: string, locale?: "en-US" | "es-US") =>
  plain(formatMoment(new Date(iso), style, zone, locale));

// Clocks in New York sprang forward at 2:00 am on Sunday 8 March 2026 (07:00 UTC); Los Angeles three hours later.
const beforeChange = "2026-03-08T06:30:00Z";
const afterChange = "2026-03-08T07:30:00Z";

describe("moments in a named style", () => {
  it("shows the zone's clock on each side of a daylight saving change", () => {
    expect(moment(beforeChange, "dateTime", "America/New_York")).toBe("Mar 8, 2026, 1:30 AM EST");
    expect(moment(afterChange, "dateTime", "America/New_York")).toBe("Mar 8, 2026, 3:30 AM EDT");
    expect(moment(beforeChange, "full", "America/New_York")).toBe("Sunday, March 8, 2026 at 1:30 AM EST");
    expect(moment(afterChange, "full", "America/New_York")).toBe("Sunday, March 8, 2026 at 3:30 AM EDT");
  });

  it("gives another zone its own day and time for the same moment", () => {
    expect(moment(afterChange, "short", "America/New_York")).toBe("Sun, Mar 8, 3:30 AM");
    expect(moment(afterChange, "short", "America/Los_Angeles")).toBe("Sat, Mar 7, 11:30 PM");
    expect(moment(afterChange, "date", "America/Los_Angeles")).toBe("Mar 7, 2026");
    expect(moment(afterChange, "weekday", "America/Los_Angeles")).toBe("Saturday");
    expect(moment(afterChange, "dateTime", "America/Los_Angeles")).toBe("Mar 7, 2026, 11:30 PM PST");
    expect(moment(afterChange, "longDate", "America/New_York")).toBe("March 8, 2026");
  });

  it("speaks Spanish when asked, with the zone still named", () => {
    expect(moment(beforeChange, "short", "America/New_York", "es-US")).toBe("dom, 8 de mar, 1:30 a.m.");
    expect(moment(afterChange, "dateTime", "America/New_York", "es-US")).toBe("8 mar 2026, 3:30 a.m. EDT");
    expect(moment(afterChange, "full", "America/Los_Angeles", "es-US")).toBe(
      "sábado, 7 de marzo de 2026, 11:30 p.m. PST",
    );
    expect(moment(afterChange, "weekday", "America/Los_Angeles", "es-US")).toBe("sábado");
  });

  it("reads the same from a Date, an ISO string (as loaders send) or milliseconds", () => {
    const instant = new Date(afterChange);
    const fromDate = formatMoment(instant, "dateTime", "America/Chicago");
    expect(formatMoment(afterChange, "dateTime", "America/Chicago")).toBe(fromDate);
    expect(formatMoment(instant.getTime(), "dateTime", "America/Chicago")).toBe(fromDate);
  });

  it("says a meeting's span once, with the zone at the end, even after clocks fall back", () => {
    // 3 November 2026 is after the change back to standard time: 6:30 pm CST is 00:30 UTC the next day.
    const start = new Date("2026-11-04T00:30:00Z");
    const end = new Date("2026-11-04T01:45:00Z");
    expect(plain(formatMomentSpan(start, end, "America/Chicago"))).toBe(
      "Tuesday, November 3, 2026 at 6:30 PM – 7:45 PM CST",
    );
    // Past midnight in the zone, both ends say their day.
    expect(plain(formatMomentSpan(start, new Date("2026-11-04T07:00:00Z"), "America/Chicago"))).toBe(
      "Tuesday, November 3, 2026 at 6:30 PM CST – Wednesday, November 4, 2026 at 1:00 AM CST",
    );
  });
});

describe("lists and wall clocks", () => {
  it("write a list's moment as weekday, day and time: the way people plan an evening", () => {
    expect(moment("2026-12-01T23:00:00Z", "short", "America/New_York")).toBe("Tue, Dec 1, 6:00 PM");
    expect(moment("2026-12-01T23:00:00Z", "short", "America/Phoenix")).toBe("Tue, Dec 1, 4:00 PM");
  });

  it("write a form's HH:MM as a clock, and name the zone as it is at that moment", () => {
    expect(plain(formatClock("02:30"))).toBe("2:30 AM");
    expect(plain(formatClock("18:05"))).toBe("6:05 PM");
    expect(plain(formatClock("00:00"))).toBe("12:00 AM");
    expect(() => formatClock("soon")).toThrow(RangeError);
    // The two 1:30s of the night clocks go back in New York (1 November 2026).
    expect(formatZoneName("2026-11-01T05:30:00Z", "America/New_York")).toBe("EDT");
    expect(formatZoneName("2026-11-01T06:30:00Z", "America/New_York")).toBe("EST");
  });
});

describe("calendar days", () => {
  it("are the same day in every zone and in both locales", () => {
    expect(formatDay("2026-03-10", "date")).toBe("Mar 10, 2026");
    expect(formatDay("2026-03-10", "long")).toBe("March 10, 2026");
    expect(formatDay("2026-03-10", "full")).toBe("Tuesday, March 10, 2026");
    expect(formatDay("2026-03", "month")).toBe("March 2026");
    expect(formatDay("2026-03-10", "full", "es-US")).toBe("martes, 10 de marzo de 2026");
    expect(formatDay("2026-03", "month", "es-US")).toBe("marzo de 2026");
    // The first and last day of a year, which an off-by-a-zone conversion moves into the next or last year.
    expect(formatDay("2027-01-01", "date")).toBe("Jan 1, 2027");
    expect(formatDay("2026-12-31", "date")).toBe("Dec 31, 2026");
  });

  it("refuses text that is not a day rather than printing a wrong one", () => {
    expect(() => formatDay("10/03/2026", "date")).toThrow(RangeError);
    expect(() => formatDay("2026-03-10T00:00:00Z", "date")).toThrow(RangeError);
  });

  // Days are kept once formatted (list pages repeat them): a kept text must still be the one for that style and
  // locale, and a refused day must stay refused.
  it("gives each style and language its own text for a day formatted many times", () => {
    for (let i = 0; i < 3; i++) {
      expect(formatDay("2026-10-03", "date", "en-US")).toBe("Oct 3, 2026");
      expect(formatDay("2026-10-03", "date", "es-US")).toBe("3 oct 2026");
      expect(formatDay("2026-10-03", "full", "en-US")).toBe("Saturday, October 3, 2026");
      expect(() => formatDay("2026-10-3", "date")).toThrow(RangeError);
    }
  });
});
