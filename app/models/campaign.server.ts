import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";

import { db, newId, preparedQuery, schema } from "~/lib/db.server";
import type { CampaignStatus } from "~/lib/domain";
import { fixedTranslator } from "~/lib/i18n-catalogs.server";
import { labelKeys } from "~/lib/labels";

import { recordActivity, type Actor } from "./activity.server";

export type CampaignInput = {
  title: string;
  win: string;
  status: CampaignStatus;
  startsOn: string | null;
  endsOn: string | null;
  leadUserId: string | null;
  chart: Record<string, string>;
  primaryTargetIds: string[];
  secondaryTargetIds: string[];
};

export type Campaign = typeof schema.campaigns.$inferSelect & {
  districtName: string;
  leadName: string | null;
  targets: Array<{ id: string; role: "primary" | "secondary" }>;
};

// Activity lines are stored as English sentences (see README, Languages), so a status is named in English here.
const statusWord = (status: CampaignStatus) =>
  fixedTranslator("en", "labels")(labelKeys.campaignStatus[status]).toLowerCase();

export function listCampaigns(organizationId: string, status?: CampaignStatus) {
  const query = preparedQuery(`campaigns of an organization${status ? " with a status" : ""}`, () =>
    db
      .select({
        id: schema.campaigns.id,
        title: schema.campaigns.title,
        win: schema.campaigns.win,
        status: schema.campaigns.status,
        startsOn: schema.campaigns.startsOn,
        endsOn: schema.campaigns.endsOn,
        districtName: schema.districts.name,
        leadName: schema.users.name,
      })
      .from(schema.campaigns)
      .innerJoin(schema.districts, eq(schema.districts.id, schema.campaigns.districtId))
      .leftJoin(schema.users, eq(schema.users.id, schema.campaigns.leadUserId))
      .where(
        and(
          eq(schema.campaigns.organizationId, sql.placeholder("organizationId")),
          status ? eq(schema.campaigns.status, sql.placeholder("status")) : undefined,
        ),
      )
      .orderBy(desc(schema.campaigns.updatedAt))
      .prepare(),
  );
  return query.all({ organizationId, status });
}

const campaignOfOrganization = db
  .select({ campaign: schema.campaigns, districtName: schema.districts.name, leadName: schema.users.name })
  .from(schema.campaigns)
  .innerJoin(schema.districts, eq(schema.districts.id, schema.campaigns.districtId))
  .leftJoin(schema.users, eq(schema.users.id, schema.campaigns.leadUserId))
  .where(
    and(
      eq(schema.campaigns.id, sql.placeholder("campaignId")),
      eq(schema.campaigns.organizationId, sql.placeholder("organizationId")),
    ),
  )
  .prepare();

const targetsOfCampaign = db
  .select({ id: schema.campaignTargets.targetId, role: schema.campaignTargets.role })
  .from(schema.campaignTargets)
  .where(eq(schema.campaignTargets.campaignId, sql.placeholder("campaignId")))
  .prepare();

/** The campaign when it belongs to this organization; another organization's campaign is as absent as a missing one. */
export function getCampaign(organizationId: string, campaignId: string): Campaign | undefined {
  const row = campaignOfOrganization.get({ organizationId, campaignId });
  if (!row) return undefined;
  const targets = targetsOfCampaign.all({ campaignId });
  return { ...row.campaign, districtName: row.districtName, leadName: row.leadName, targets };
}

function writeTargets(tx: Pick<typeof db, "insert" | "delete">, campaignId: string, input: CampaignInput) {
  tx.delete(schema.campaignTargets).where(eq(schema.campaignTargets.campaignId, campaignId)).run();
  const rows = [
    ...input.primaryTargetIds.map((targetId) => ({ campaignId, targetId, role: "primary" as const })),
    ...input.secondaryTargetIds.map((targetId) => ({ campaignId, targetId, role: "secondary" as const })),
  ];
  if (rows.length) tx.insert(schema.campaignTargets).values(rows).run();
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Writes a new campaign with its targets inside the caller's transaction. */
export function insertCampaign(
  tx: Tx,
  organizationId: string,
  districtId: string,
  input: CampaignInput,
  actor: Actor,
): string {
  const id = newId();
  const { primaryTargetIds: _p, secondaryTargetIds: _s, ...fields } = input;
  tx.insert(schema.campaigns)
    .values({ id, organizationId, districtId, ...fields, updatedAt: new Date() })
    .run();
  writeTargets(tx, id, input);
  recordActivity(tx, { organizationId, campaignId: id, actor, summary: `Started the campaign "${input.title}".` });
  return id;
}

export function createCampaign(organizationId: string, districtId: string, input: CampaignInput, actor: Actor): string {
  return db.transaction((tx) => insertCampaign(tx, organizationId, districtId, input, actor));
}

export function updateCampaign(organizationId: string, campaign: Campaign, input: CampaignInput, actor: Actor): void {
  const { primaryTargetIds: _p, secondaryTargetIds: _s, ...fields } = input;
  db.transaction((tx) => {
    tx.update(schema.campaigns)
      .set({ ...fields, updatedAt: new Date() })
      .where(and(eq(schema.campaigns.id, campaign.id), eq(schema.campaigns.organizationId, organizationId)))
      .run();
    writeTargets(tx, campaign.id, input);
    const summary =
      campaign.status !== input.status
        ? `Changed the status from ${statusWord(campaign.status)} to ${statusWord(input.status)}.`
        : "Edited the campaign and its strategy chart.";
    recordActivity(tx, { organizationId, campaignId: campaign.id, actor, summary });
  });
}

/** The ids among these that are targets of this district: anything else in a form is refused. */
export function targetsOfDistrict(districtId: string, targetIds: string[]): Set<string> {
  if (targetIds.length === 0) return new Set();
  return new Set(
    db
      .select({ id: schema.targets.id })
      .from(schema.targets)
      .where(and(eq(schema.targets.districtId, districtId), inArray(schema.targets.id, targetIds)))
      .all()
      .map((row) => row.id),
  );
}

/** Members who can lead a campaign: anyone in the coalition. */
export function campaignLeads(organizationId: string) {
  return db
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(eq(schema.memberships.organizationId, organizationId))
    .orderBy(asc(schema.users.name))
    .all();
}

export function countCampaignsInDistrict(districtId: string): number {
  return (
    db
      .select({ count: sql<number>`count(*)` })
      .from(schema.campaigns)
      .where(eq(schema.campaigns.districtId, districtId))
      .get()?.count ?? 0
  );
}

export function campaignsWithTarget(targetId: string) {
  return db
    .select({ id: schema.campaigns.id, title: schema.campaigns.title })
    .from(schema.campaignTargets)
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.campaignTargets.campaignId))
    .where(eq(schema.campaignTargets.targetId, targetId))
    .all();
}

/** A form field whose ids do not belong to this coalition and district, with the message to show, or null. */
export function foreignReference(
  organizationId: string,
  districtId: string,
  input: CampaignInput,
): { field: string; message: string } | null {
  const known = targetsOfDistrict(districtId, [...input.primaryTargetIds, ...input.secondaryTargetIds]);
  if (input.primaryTargetIds.some((id) => !known.has(id)))
    return { field: "primaryTargetIds", message: "campaigns:form.targets.notInDistrict" };
  if (input.secondaryTargetIds.some((id) => !known.has(id)))
    return { field: "secondaryTargetIds", message: "campaigns:form.targets.notInDistrict" };
  if (input.leadUserId && !campaignLeads(organizationId).some((lead) => lead.id === input.leadUserId)) {
    return { field: "leadUserId", message: "campaigns:form.lead.notMember" };
  }
  return null;
}

/** Targets of a district as campaign form options; the page words where each works (app/components/target-place). */
export function targetOptions(districtId: string) {
  return db
    .select({
      id: schema.targets.id,
      name: schema.targets.name,
      title: schema.targets.title,
      locus: schema.targets.locus,
      schoolName: schema.schools.name,
    })
    .from(schema.targets)
    .leftJoin(schema.schools, eq(schema.schools.id, schema.targets.schoolId))
    .where(eq(schema.targets.districtId, districtId))
    .orderBy(asc(schema.targets.name))
    .all()
    .map((t) => ({ ...t, schoolName: t.locus === "school" ? t.schoolName : null }));
}

/** A field naming a target or member outside this campaign's district and coalition, or null. */
export function foreignPeople(
  organizationId: string,
  districtId: string,
  input: { targetIds: string[]; attendeeIds: string[] },
): { field: string; message: string } | null {
  const known = targetsOfDistrict(districtId, input.targetIds);
  if (input.targetIds.some((id) => !known.has(id)))
    return { field: "form", message: "meetings:form.targets.notInDistrict" };
  const members = new Set(campaignLeads(organizationId).map((m) => m.id));
  if (input.attendeeIds.some((id) => !members.has(id)))
    return { field: "form", message: "meetings:form.attendees.notMember" };
  return null;
}

/** The coalition's active campaigns in a district, the ones an ask from its playbook can join. */
export function activeCampaignsInDistrict(organizationId: string, districtId: string) {
  return db
    .select({ id: schema.campaigns.id, title: schema.campaigns.title })
    .from(schema.campaigns)
    .where(
      and(
        eq(schema.campaigns.organizationId, organizationId),
        eq(schema.campaigns.districtId, districtId),
        eq(schema.campaigns.status, "active"),
      ),
    )
    .orderBy(desc(schema.campaigns.updatedAt))
    .all();
}
