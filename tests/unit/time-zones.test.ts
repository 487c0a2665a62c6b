// The time-zone menu puts the zones U.S. coalitions use first, by the names people say.
import { describe, expect, it } from "vitest";

import { isValidTimeZone, moreUsTimeZones, otherTimeZones, timeZoneLabel, usTimeZones } from "~/lib/time-zones";

describe("the time-zone menu", () => {
  it("offers the U.S. zones first, east to west, by their everyday names, then Puerto Rico", () => {
    expect(usTimeZones.map(([, label]) => label.split(" (")[0])).toEqual([
      "Eastern time",
      "Central time",
      "Mountain time",
      "Arizona",
      "Pacific time",
      "Alaska time",
      "Hawaii-Aleutian time",
      "Puerto Rico and U.S. Virgin Islands",
    ]);
    expect(usTimeZones.map(([zone]) => zone)).toEqual([
      "America/New_York",
      "America/Chicago",
      "America/Denver",
      "America/Phoenix",
      "America/Los_Angeles",
      "America/Anchorage",
      "Pacific/Honolulu",
      "America/Puerto_Rico",
    ]);
  });

  it("lists every other zone once, after the named ones, and only real zones", () => {
    const named: string[] = [...usTimeZones, ...moreUsTimeZones].map(([zone]) => zone);
    const others = otherTimeZones();
    expect(others.filter((zone) => named.includes(zone))).toEqual([]);
    expect(new Set(others).size).toBe(others.length);
    expect(others).toContain("Europe/Paris");
    for (const zone of [...named, ...others.slice(0, 50)]) expect(isValidTimeZone(zone), zone).toBe(true);
  });

  it("says a zone as a person would", () => {
    expect(timeZoneLabel("America/Chicago")).toBe("Central time");
    expect(timeZoneLabel("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos Aires");
  });
});
