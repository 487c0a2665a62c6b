// Properties of the state overview against a real SQLite file: what a state agency sees cannot depend on a
// coalition that does not share, and never shows a number small enough to point at one coalition.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fewestSharing, smallestShown } from "~/lib/small-counts";
import { systemTypes, type SystemType } from "~/lib/typology";
import { recordMonthEndSnapshots, stateOverview } from "~/models/state-overview.server";

import {
  buildWorld,
  declarationHistory,
  worldAgency,
  worldGuidance,
  type CoalitionSpec,
} from "../support/overview-world";

const endOfApril = new Date("2026-05-01T00:00:00Z");
const endOfMay = new Date("2026-06-01T00:00:00Z");
const day = 86_400_000;
// Each run writes one or two worlds of up to 15 coalitions and records two months (25-40 ms a world): six runs a
// property keep this file near half a second of the unit suite's ten. Each run of the suite draws new worlds.
const runs = { numRuns: 6 };

/** Days before May's end: mostly before April's end too, so both months have something to count. */
const mostlyBefore = (from: number, to: number, earliest: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: from, max: to }), weight: 3 },
    { arbitrary: fc.integer({ min: earliest, max: to }), weight: 1 },
  );
// Networked most of the time, so cells near and above the threshold are common.
const systemType = fc.oneof(
  { arbitrary: fc.constant<SystemType>("networked"), weight: 4 },
  { arbitrary: fc.constantFrom(...systemTypes), weight: 2 },
);
const declaration = fc.record(
  {
    type: systemType,
    daysBefore: mostlyBefore(35, 60, -5),
    context: fc.constantFrom("", "", "", "Special education"),
  },
  { requiredKeys: ["type", "daysBefore"] },
);
const read = fc.record({
  guidance: fc.integer({ min: 0, max: worldGuidance.length - 1 }),
  how: fc.constantFrom("read-first" as const, "read-latest" as const, "acknowledge" as const),
});
const coalition = (shares: fc.Arbitrary<boolean>): fc.Arbitrary<CoalitionSpec> =>
  fc.record({
    shares,
    agencyMember: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    createdDaysBefore: mostlyBefore(40, 70, -3),
    districts: fc.array(fc.array(declaration, { minLength: 1, maxLength: 3, size: "max" }), {
      maxLength: 2,
      size: "max",
    }),
    reads: fc.array(read, { maxLength: 4, size: "max" }),
  });
// Mostly sharing, so the five-coalition floor is crossed in many runs and cells near the threshold are common.
const someCoalitions = (minLength: number) =>
  fc.array(coalition(fc.integer({ min: 0, max: 9 }).map((n) => n < 8)), { minLength, maxLength: 14, size: "max" });
const state = fc.oneof({ arbitrary: someCoalitions(7), weight: 3 }, { arbitrary: someCoalitions(0), weight: 1 });
const keyed = (specs: CoalitionSpec[]) => specs.map((spec, i) => ({ key: `K${String(i).padStart(2, "0")}`, spec }));

/** Builds the world, records April and May as the background pass would just after each ended, and reads the view. */
function agencyView(coalitions: Array<{ key: string; spec: CoalitionSpec }>) {
  buildWorld(coalitions, endOfMay);
  recordMonthEndSnapshots(new Date(endOfApril.getTime() + 5 * 60_000));
  recordMonthEndSnapshots(new Date(endOfMay.getTime() + 5 * 60_000));
  return stateOverview(worldAgency);
}

/** The counts worked out from the description alone, for a month ending at `end` (times count back from May's end). */
function expected(specs: CoalitionSpec[], end: Date) {
  const createdAt = (spec: CoalitionSpec) => endOfMay.getTime() - spec.createdDaysBefore * day - 60_000;
  const counted = specs.filter((spec) => spec.shares && !spec.agencyMember && createdAt(spec) < end.getTime());
  const byType = Object.fromEntries(systemTypes.map((type) => [type, 0])) as Record<SystemType, number>;
  for (const spec of counted) {
    const types = new Set<SystemType>();
    for (const district of spec.districts) {
      const current = declarationHistory(district, endOfMay)
        .filter((d) => d.context === "" && d.createdAt < end)
        .at(-1);
      if (current) types.add(current.type);
    }
    for (const type of types) byType[type]++;
  }
  return { coalitions: counted.length, byType, counted };
}

describe("the state overview an agency sees", () => {
  it("is byte-identical in two worlds that differ only in one coalition that does not share", () => {
    const absentOrNotSharing = fc.option(coalition(fc.constant(false)), { nil: undefined });
    fc.assert(
      fc.property(state, absentOrNotSharing, absentOrNotSharing, (others, first, second) => {
        const world = (extra: CoalitionSpec | undefined) => [
          ...keyed(others),
          ...(extra ? [{ key: "XSTRANGER", spec: extra }] : []),
        ];
        expect(JSON.stringify(agencyView(world(second)))).toBe(JSON.stringify(agencyView(world(first))));
      }),
      runs,
    );
  });

  it("shows only true counts of at least five distinct sharing coalitions, and nothing under five sharing", () => {
    fc.assert(
      fc.property(state, (specs) => {
        const view = agencyView(keyed(specs));
        expect(view.months.map((month) => month.month)).toEqual(["2026-04", "2026-05"]);
        for (const [month, end] of [
          [view.months[0]!, endOfApril],
          [view.months[1]!, endOfMay],
        ] as const) {
          const truth = expected(specs, end);
          expect(month.enough).toBe(truth.coalitions >= fewestSharing);
          for (const { type, count } of month.counts) {
            if (count !== null) expect(count).toBeGreaterThanOrEqual(smallestShown);
            expect(count).toBe(month.enough && truth.byType[type] >= smallestShown ? truth.byType[type] : null);
          }
        }
        const { counted, coalitions } = expected(specs, endOfMay);
        for (const item of view.guidance) {
          const index = worldGuidance.findIndex((piece) => piece.id === item.id);
          const receipts = counted.map((spec) => spec.reads.filter((r) => r.guidance === index));
          const truth = {
            read: receipts.filter((reads) => reads.length > 0).length,
            readLatest: receipts.filter((reads) =>
              reads.some((r) => r.how !== "read-first" || worldGuidance[index]!.versions === 1),
            ).length,
            acknowledged: receipts.filter((reads) => reads.some((r) => r.how === "acknowledge")).length,
          };
          for (const cell of ["read", "readLatest", "acknowledged"] as const) {
            expect(item[cell]).toBe(coalitions >= fewestSharing && truth[cell] >= smallestShown ? truth[cell] : null);
          }
        }
      }),
      runs,
    );
  });
});
