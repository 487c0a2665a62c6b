import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";

import { db, newId, schema } from "~/lib/db.server";
import { decideVerification } from "~/models/agency-verification.server";
import {
  acknowledgeGuidance,
  coalitionInbox,
  createGuidance,
  guidanceForPlaybook,
  guidanceVersions,
  markGuidanceRead,
  publishGuidance,
  updateGuidance,
  withdrawGuidance,
} from "~/models/guidance.server";
import { recordMonthEndSnapshots, stateOverview } from "~/models/state-overview.server";

import { emptyDatabase, insertCoalition, insertUser } from "../support/fixtures";

beforeEach(() => emptyDatabase());

/** A state agency, verified by an operator unless asked otherwise (only verified agencies reach coalitions). */
function agencyIn(state: string, options: { verified?: boolean } = {}) {
  const id = newId();
  const slug = `agency-${id.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
  db.insert(schema.organizations)
    .values({
      id,
      kind: "state_agency",
      name: `${state} Department of Education`,
      slug,
      state,
      timeZone: "America/New_York",
    })
    .run();
  if (options.verified !== false) expect(decideVerification(slug, "verify", "Test operator", "Checked").ok).toBe(true);
  return { id, state, slug };
}

function declare(coalition: { id: string }, systemType: "managerial" | "networked" | "federated", context = "") {
  const district = db.select().from(schema.districts).where(eqOrg(coalition.id)).get()!;
  const sequence =
    db
      .select()
      .from(schema.declarations)
      .all()
      .filter((d) => d.districtId === district.id).length + 1;
  db.insert(schema.declarations)
    .values({
      id: newId(),
      districtId: district.id,
      context,
      systemType,
      overrides: {},
      declaredByName: "Olive",
      sequence,
    })
    .run();
}
const eqOrg = (organizationId: string) => eq(schema.districts.organizationId, organizationId);
function share<T extends { id: string }>(coalition: T): T {
  const where = eq(schema.organizations.id, coalition.id);
  db.update(schema.organizations).set({ shareDeclarations: true }).where(where).run();
  return coalition;
}

const draft = {
  title: "First steps with your district",
  summary: "Where to start",
  body: "## First steps\n\n- Map who decides.",
  audienceTypes: [],
};
const by = { name: "Agency staff" };

describe("guidance audience", () => {
  it("reaches every coalition in the agency's state, and none elsewhere", () => {
    const ohio = agencyIn("OH");
    const owner = insertUser();
    const inOhio = insertCoalition(owner.id); // fixtures put coalitions in OH
    const elsewhere = insertCoalition(owner.id);
    db.update(schema.organizations).set({ state: "MI" }).where(eq(schema.organizations.id, elsewhere.id)).run();
    const id = createGuidance(ohio, draft);
    expect(coalitionInbox({ id: inOhio.id, state: "OH" }, "en")).toEqual([]); // a draft reaches nobody
    publishGuidance(ohio.id, id, "", by);
    expect(coalitionInbox({ id: inOhio.id, state: "OH" }, "en").map((item) => item.id)).toEqual([id]);
    expect(coalitionInbox({ id: elsewhere.id, state: "MI" }, "en")).toEqual([]);
  });

  it("reaches only sharing coalitions whose district is currently declared one of the chosen types", () => {
    const ohio = agencyIn("OH");
    const owner = insertUser();
    const networked = insertCoalition(owner.id);
    const managerial = insertCoalition(owner.id);
    const undeclared = insertCoalition(owner.id);
    const notSharing = insertCoalition(owner.id);
    for (const co of [networked, managerial, undeclared]) share(co);
    declare(networked, "networked");
    declare(managerial, "networked");
    declare(managerial, "managerial"); // the newer declaration is the current one
    declare(notSharing, "networked");
    const id = createGuidance(ohio, { ...draft, audienceTypes: ["networked", "federated"] });
    publishGuidance(ohio.id, id, "", by);
    const reached = (co: { id: string }) => coalitionInbox({ id: co.id, state: "OH" }, "en").length;
    expect([reached(networked), reached(managerial), reached(undeclared), reached(notSharing)]).toEqual([1, 0, 0, 0]);
    declare(undeclared, "federated", "Special education");
    expect(reached(undeclared)).toBe(1);
    // A coalition that does not share gets guidance for the whole state only, in its inbox and in its playbooks.
    publishGuidance(ohio.id, createGuidance(ohio, { ...draft, title: "For everyone" }), "", by);
    expect(reached(notSharing)).toBe(1);
    const playbook = (shareDeclarations: boolean) =>
      guidanceForPlaybook({ state: "OH", shareDeclarations }, "networked", "en")
        .map((g) => g.title)
        .sort();
    expect(playbook(false)).toEqual(["For everyone"]);
    expect(playbook(true)).toEqual(["First steps with your district", "For everyone"]);
  });
});

describe("guidance versions", () => {
  it("keeps every published version, shows coalitions the published one, and marks it updated after a revision", () => {
    const ohio = agencyIn("OH");
    const co = insertCoalition(insertUser().id);
    const id = createGuidance(ohio, draft);
    expect(publishGuidance(ohio.id, id, "", by)).toBe(1);
    const inbox = () => coalitionInbox({ id: co.id, state: "OH" }, "en")[0]!;
    expect(inbox().state).toBe("new");
    markGuidanceRead(id, co.id, 1);
    expect(inbox().state).toBe("read");

    updateGuidance(ohio.id, id, { ...draft, title: "First steps, revised" });
    expect(inbox().version.title).toBe(draft.title); // unpublished edits stay with the agency
    expect(publishGuidance(ohio.id, id, "Added a pitfall", by)).toBe(2);
    expect(inbox()).toMatchObject({
      state: "updated",
      version: { version: 2, title: "First steps, revised", changeNote: "Added a pitfall" },
    });
    acknowledgeGuidance(id, co.id, 2);
    expect(inbox().state).toBe("acknowledged");
    expect(guidanceVersions(id).map((v) => [v.version, v.title])).toEqual([
      [2, "First steps, revised"],
      [1, draft.title],
    ]);

    expect(withdrawGuidance(ohio.id, id)).toBe(true);
    expect(coalitionInbox({ id: co.id, state: "OH" }, "en")).toEqual([]);
    expect(guidanceVersions(id)).toHaveLength(2);
  });

  it("lets an agency change only its own guidance", () => {
    const ohio = agencyIn("OH");
    const other = agencyIn("OH");
    const id = createGuidance(ohio, draft);
    expect(() => publishGuidance(other.id, id, "", by)).toThrow();
    publishGuidance(ohio.id, id, "", by);
    expect(withdrawGuidance(other.id, id)).toBe(false);
  });
});

describe("how the agency's guidance was received (state overview)", () => {
  it("counts sharing coalitions that read, read the latest and acknowledged, once the month is recorded", () => {
    const ohio = agencyIn("OH");
    const owner = insertUser();
    const sharing = Array.from({ length: 6 }, () => share(insertCoalition(owner.id)));
    const notSharing = insertCoalition(owner.id);
    const revised = createGuidance(ohio, draft);
    publishGuidance(ohio.id, revised, "", by);
    for (const co of [...sharing.slice(0, 2), notSharing]) markGuidanceRead(revised, co.id, 1);
    for (const co of sharing.slice(2, 4)) acknowledgeGuidance(revised, co.id, 1);
    publishGuidance(ohio.id, revised, "A second version", by);
    for (const co of [...sharing.slice(4), notSharing]) markGuidanceRead(revised, co.id, 2);
    const withdrawn = createGuidance(ohio, { ...draft, title: "Withdrawn advice" });
    publishGuidance(ohio.id, withdrawn, "", by);
    for (const co of sharing) acknowledgeGuidance(withdrawn, co.id, 1);
    withdrawGuidance(ohio.id, withdrawn);
    createGuidance(ohio, { ...draft, title: "Still a draft" });
    const other = agencyIn("OH");
    publishGuidance(other.id, createGuidance(other, { ...draft, title: "Another agency's" }), "", by);

    const byTitle = () =>
      Object.fromEntries(
        stateOverview(ohio).guidance.map((g) => {
          const { counted, read, readLatest, acknowledged } = g;
          return [g.title, { counted, read, readLatest, acknowledged }];
        }),
      );
    // Nothing is live: reads show once the month they happened in is over and recorded.
    expect(byTitle()).toEqual({
      [draft.title]: { counted: false, read: null, readLatest: null, acknowledged: null },
      "Withdrawn advice": { counted: false, read: null, readLatest: null, acknowledged: null },
    });
    const nextMonth = new Date();
    nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1, 1);
    recordMonthEndSnapshots(nextMonth);
    expect(byTitle()).toEqual({
      // Six sharing coalitions read it (the one that does not share is not counted); four read only the first
      // version and two acknowledged: both below five, so hidden.
      [draft.title]: { counted: true, read: 6, readLatest: null, acknowledged: null },
      "Withdrawn advice": { counted: true, read: 6, readLatest: 6, acknowledged: 6 },
    });
  });
});
