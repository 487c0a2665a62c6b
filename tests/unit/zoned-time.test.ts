import { describe, expect, it } from "vitest";

import { instantToZoned, todayIn, zonedToInstant } from "~/lib/zoned-time";

describe("zoned time", () => {
  it("converts wall-clock times to instants on both sides of daylight-saving changes", () => {
    expect(zonedToInstant("2026-01-15", "18:30", "America/New_York").toISOString()).toBe("2026-01-15T23:30:00.000Z");
    expect(zonedToInstant("2026-07-15", "18:30", "America/New_York").toISOString()).toBe("2026-07-15T22:30:00.000Z");
    expect(zonedToInstant("2026-03-08", "01:30", "America/Chicago").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(zonedToInstant("2026-03-08", "03:30", "America/Chicago").toISOString()).toBe("2026-03-08T08:30:00.000Z");
    expect(zonedToInstant("2026-06-01", "09:00", "America/Phoenix").toISOString()).toBe("2026-06-01T16:00:00.000Z");
    expect(zonedToInstant("2026-06-01", "09:00", "Pacific/Honolulu").toISOString()).toBe("2026-06-01T19:00:00.000Z");
  });

  it("resolves the skipped and the repeated hour", () => {
    // 02:30 does not exist on 8 March 2026 in Chicago; 01:30 on 1 November happens twice.
    expect(zonedToInstant("2026-03-08", "02:30", "America/Chicago").toISOString()).toBe("2026-03-08T08:30:00.000Z");
    expect(zonedToInstant("2026-11-01", "01:30", "America/Chicago").toISOString()).toBe("2026-11-01T06:30:00.000Z");
  });

  it("round-trips through the time zone", () => {
    for (const zone of ["America/New_York", "America/Los_Angeles", "America/Anchorage", "Pacific/Guam", "UTC"]) {
      for (const [date, time] of [
        ["2026-03-08", "09:15"],
        ["2026-11-01", "23:45"],
        ["2026-12-31", "00:00"],
      ] as const) {
        expect(instantToZoned(zonedToInstant(date, time, zone), zone), `${zone} ${date} ${time}`).toEqual({
          date,
          time,
        });
      }
    }
    expect(todayIn("Pacific/Honolulu", new Date("2026-05-02T05:00:00Z"))).toBe("2026-05-01");
  });
});
