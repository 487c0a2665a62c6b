import { describe, expect, it } from "vitest";

import { instantToZoned, readWallTime, todayIn, zonedToInstant } from "~/lib/zoned-time";

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

// The days clocks change in 2026: spring forward on Sunday 8 March at 2:00 AM, fall back on Sunday 1 November at
// 2:00 AM (1:00 AM again), in every U.S. zone that keeps daylight saving; never in Arizona.
describe("wall times on the days clocks change", () => {
  const zones = [
    ["America/New_York", -5],
    ["America/Chicago", -6],
    ["America/Los_Angeles", -8],
  ] as const;

  it.each(zones)("finds the skipped hour in %s and says where the jump goes", (zone) => {
    expect(readWallTime("2026-03-08", "02:30", zone)).toEqual({ kind: "skipped", from: "02:00", to: "03:00" });
    expect(readWallTime("2026-03-08", "02:00", zone)).toEqual({ kind: "skipped", from: "02:00", to: "03:00" });
    expect(readWallTime("2026-03-08", "02:59", zone).kind).toBe("skipped");
    expect(readWallTime("2026-03-08", "01:59", zone).kind).toBe("once");
    expect(readWallTime("2026-03-08", "03:00", zone).kind).toBe("once");
    // A day later the same clock time is an ordinary one.
    expect(readWallTime("2026-03-09", "02:30", zone).kind).toBe("once");
  });

  it.each(zones)(
    "finds both readings of the repeated hour in %s, an hour apart, daylight time first",
    (zone, standard) => {
      const wall = readWallTime("2026-11-01", "01:30", zone);
      if (wall.kind !== "twice") throw new Error(`expected 1:30 twice in ${zone}, got ${wall.kind}`);
      // Daylight time is one hour ahead of standard: 1:30 daylight is 1:30 - (standard + 1) hours in UTC.
      expect(wall.first.getTime()).toBe(Date.UTC(2026, 10, 1, 1 - (standard + 1), 30));
      expect(wall.second.getTime() - wall.first.getTime()).toBe(3_600_000);
      expect(instantToZoned(wall.first, zone)).toEqual({ date: "2026-11-01", time: "01:30" });
      expect(instantToZoned(wall.second, zone)).toEqual({ date: "2026-11-01", time: "01:30" });
      expect(readWallTime("2026-11-01", "00:59", zone).kind).toBe("once");
      expect(readWallTime("2026-11-01", "02:00", zone).kind).toBe("once");
    },
  );

  it("never skips or repeats in Arizona, which keeps standard time all year", () => {
    for (const [date, time] of [
      ["2026-03-08", "02:30"],
      ["2026-11-01", "01:30"],
    ] as const) {
      const wall = readWallTime(date, time, "America/Phoenix");
      expect(wall).toEqual({ kind: "once", instant: zonedToInstant(date, time, "America/Phoenix") });
    }
    expect(readWallTime("2026-03-08", "02:30", "America/Phoenix")).toEqual({
      kind: "once",
      instant: new Date("2026-03-08T09:30:00Z"),
    });
  });

  it("agrees with zonedToInstant on every ordinary time", () => {
    for (const zone of ["America/New_York", "America/Chicago", "America/Phoenix", "America/Los_Angeles"])
      for (const time of ["00:00", "06:45", "12:00", "18:30", "23:59"]) {
        const wall = readWallTime("2026-06-15", time, zone);
        expect(wall).toEqual({ kind: "once", instant: zonedToInstant("2026-06-15", time, zone) });
      }
  });
});
