// The state overview's rules, one at a time, on a real SQLite file: what is counted, what is hidden, and that a
// month once recorded stays as it was.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db, schema } from "~/lib/db.server";
import type { SystemType } from "~/lib/typology";
import { recordMonthEndSnapshots, stateOverview } from "~/models/state-overview.server";

import { buildWorld, worldAgency, type CoalitionSpec } from "../support/overview-world";

const endOfMay = new Date("2026-06-01T00:00:00Z");
const justAfter = (end: Date) => new Date(end.getTime() + 60_000);
const endOfJune = new Date("2026-07-01T00:00:00Z");

const sharing = (type: SystemType, extra: Partial<CoalitionSpec> = {}): CoalitionSpec => ({
  shares: true,
  agencyMember: false,
  createdDaysBefore: 90,
  districts: [[{ type, daysBefore: 10 }]],
  reads: [],
  ...extra,
});
const world = (...specs: CoalitionSpec[]) =>
  buildWorld(
    specs.map((spec, i) => ({ key: `C${i}`, spec })),
    endOfMay,
  );
const counts = (month: ReturnType<typeof stateOverview>["months"][number] | null | undefined) =>
  Object.fromEntries((month?.counts ?? []).map(({ type, count }) => [type, count]));
const five = (type: SystemType) => Array.from({ length: 5 }, () => sharing(type));

describe("state overview", () => {
  it("shows nothing until a month is recorded, nor for a month fewer than five coalitions shared in", () => {
    world(...five("networked").slice(1), { ...sharing("networked"), shares: false });
    expect(stateOverview(worldAgency)).toEqual({ months: [], latest: null, guidance: expect.any(Array) });
    recordMonthEndSnapshots(justAfter(endOfMay));
    const { latest } = stateOverview(worldAgency);
    expect(latest).toMatchObject({ month: "2026-05", label: "May 2026", enough: false });
    expect(Object.values(counts(latest))).toEqual([null, null, null, null, null]);
  });

  it("hides every cell below five, zero included, and counts a coalition once per type whatever its districts", () => {
    const twoDistricts = sharing("networked", {
      districts: [[{ type: "networked", daysBefore: 3 }], [{ type: "networked", daysBefore: 3 }]],
    });
    world(...five("networked").slice(1), twoDistricts, sharing("managerial"));
    recordMonthEndSnapshots(justAfter(endOfMay));
    expect(counts(stateOverview(worldAgency).latest)).toEqual({
      managerial: null, // one coalition
      "market-driven": null, // none: an exact 0 would tell that the hidden cells are not empty
      federated: null,
      networked: 5, // five coalitions, six districts
      "american-default": null,
    });
  });

  it("leaves out coalitions with a member in any agency of the state, but not of another state", () => {
    world(...five("networked").slice(1), sharing("networked", { agencyMember: true }));
    recordMonthEndSnapshots(justAfter(endOfMay));
    expect(stateOverview(worldAgency).latest?.enough).toBe(false);

    world(...five("networked"), sharing("networked"));
    // The sixth coalition's owner joins a second Ohio agency; Michigan staff in another coalition are no puppet here.
    db.insert(schema.organizations)
      .values({
        id: "AGENCY-OHIO-0001",
        kind: "state_agency",
        name: "Ohio Board",
        slug: "ohio-board",
        state: "OH",
        timeZone: "America/New_York",
      })
      .run();
    db.insert(schema.organizations)
      .values({
        id: "AGENCY-MICH-0000",
        kind: "state_agency",
        name: "Michigan",
        slug: "michigan",
        state: "MI",
        timeZone: "America/Detroit",
      })
      .run();
    db.insert(schema.memberships)
      .values({ organizationId: "AGENCY-OHIO-0001", userId: "USER-C5", role: "member" })
      .run();
    db.insert(schema.memberships)
      .values({ organizationId: "AGENCY-MICH-0000", userId: "USER-C4", role: "member" })
      .run();
    recordMonthEndSnapshots(justAfter(endOfMay));
    expect(counts(stateOverview(worldAgency).latest).networked).toBe(5);
  });

  it("records a month once, from the declarations of that month, and never rewrites it when sharing changes", () => {
    world(
      ...five("networked"),
      sharing("networked"),
      sharing("managerial", { districts: [[{ type: "managerial", daysBefore: -3 }]] }),
    );
    expect(recordMonthEndSnapshots(justAfter(endOfMay))).toBe(1);
    expect(recordMonthEndSnapshots(new Date(endOfMay.getTime() + 86_400_000))).toBe(0); // later passes: nothing to do
    const may = stateOverview(worldAgency).latest;
    expect(counts(may).networked).toBe(6);
    expect(counts(may).managerial).toBeNull(); // declared after May ended

    // In June two coalitions stop sharing: May stays as recorded, June counts four and shows nothing.
    for (const id of ["CO-C0", "CO-C1"])
      db.update(schema.organizations).set({ shareDeclarations: false }).where(eq(schema.organizations.id, id)).run();
    expect(recordMonthEndSnapshots(justAfter(endOfMay))).toBe(0);
    expect(stateOverview(worldAgency).latest).toEqual(may);
    expect(recordMonthEndSnapshots(justAfter(endOfJune))).toBe(1);
    const { months } = stateOverview(worldAgency);
    expect(months.map((month) => [month.month, month.enough])).toEqual([
      ["2026-05", true],
      ["2026-06", true],
    ]);
    expect(counts(months[0]).networked).toBe(6);
    expect(counts(months[1]).networked).toBe(null); // four networked left: below five
  });

  it("counts reads of the agency's guidance from sharing coalitions only, as recorded at the month's end", () => {
    const reader = (shares: boolean) =>
      sharing("networked", {
        shares,
        reads: [
          { guidance: 0, how: "acknowledge" },
          { guidance: 1, how: "read-first" },
        ],
      });
    world(...Array.from({ length: 5 }, () => reader(true)), reader(false), reader(false));
    recordMonthEndSnapshots(justAfter(endOfMay));
    const byTitle = Object.fromEntries(
      stateOverview(worldAgency).guidance.map(({ title, counted, read, readLatest, acknowledged }) => [
        title,
        { counted, read, readLatest, acknowledged },
      ]),
    );
    expect(byTitle).toEqual({
      "For everyone": { counted: true, read: 5, readLatest: 5, acknowledged: 5 },
      "For networked districts": { counted: true, read: 5, readLatest: null, acknowledged: null },
      Withdrawn: { counted: true, read: null, readLatest: null, acknowledged: null },
    });
  });
  it("counts a Spanish version beside its English original as one piece, each coalition once", () => {
    // Three coalitions read the English, three the Spanish only, and one of the first three read both.
    const readsEnglish = sharing("networked", { reads: [{ guidance: 0, how: "read-first" }] });
    world(readsEnglish, readsEnglish, readsEnglish, sharing("networked"), sharing("networked"), sharing("networked"));
    const original = "GUIDANCE-WHOLE-0";
    const translation = "GUIDANCE-WHOLE-ES";
    const publishedAt = new Date(endOfMay.getTime() - 50 * 86_400_000);
    db.insert(schema.guidance)
      .values({
        id: translation,
        agencyId: worldAgency.id,
        state: "OH",
        status: "published",
        title: "Para todos",
        body: "Texto",
        language: "es",
        audienceTypes: [],
        publishedVersion: 1,
        translationOfId: original,
        updatedAt: publishedAt,
      })
      .run();
    db.insert(schema.guidanceVersions)
      .values({
        guidanceId: translation,
        version: 1,
        title: "Para todos",
        summary: "",
        body: "Texto",
        audienceTypes: [],
        publishedByName: "Staff",
        publishedAt,
      })
      .run();
    db.insert(schema.guidanceReceipts)
      .values(
        ["CO-C0", "CO-C3", "CO-C4", "CO-C5"].map((organizationId) => ({
          guidanceId: translation,
          organizationId,
          readVersion: 1,
          readAt: publishedAt,
          acknowledgedVersion: organizationId === "CO-C0" ? 0 : 1,
        })),
      )
      .run();
    recordMonthEndSnapshots(justAfter(endOfMay));
    const { guidance } = stateOverview(worldAgency);
    expect(guidance.map((piece) => piece.title)).not.toContain("Para todos");
    expect(guidance.find((piece) => piece.id === original)).toMatchObject({
      counted: true,
      read: 6, // not seven: the coalition that read both counts once
      readLatest: 6,
      acknowledged: null, // three, below five
    });
  });

  it("counts a piece of guidance from the first month that ends after it was published", () => {
    world(...five("networked")); // the guidance goes out 99 days before May ends, in February
    recordMonthEndSnapshots(justAfter(new Date("2026-02-01T00:00:00Z")));
    expect(stateOverview(worldAgency).guidance.map((g) => g.counted)).toEqual([false, false, false]);
    recordMonthEndSnapshots(justAfter(new Date("2026-03-01T00:00:00Z")));
    expect(stateOverview(worldAgency).guidance.map((g) => g.counted)).toEqual([true, true, true]);
  });
});
