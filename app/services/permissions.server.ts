import type { SessionUser } from "~/lib/auth.server";
import type { Role } from "~/lib/domain";
import { env } from "~/lib/env.server";
import { forbidden, notFound } from "~/lib/http.server";
import { isOperator } from "~/lib/operator.server";
import { blockedWhileSuspended, can, kindHas, type Permission } from "~/lib/permissions";
import { idParam, slugField } from "~/lib/schemas.server";
import { getAsk } from "~/models/ask.server";
import { getCampaign } from "~/models/campaign.server";
import { getDistrict, getSchool } from "~/models/district.server";
import { getGuidance, inboxGuidance } from "~/models/guidance.server";
import { getMeeting } from "~/models/meeting.server";
import { listOrganizationsOf, type Organization } from "~/models/organization.server";
import { getReport } from "~/models/report.server";
import { getTarget } from "~/models/target.server";
import { getTask } from "~/models/task.server";
import { getDiagnostic } from "~/models/typology.server";
import { requestLanguage } from "~/services/i18n.server";
import { requireUser } from "~/services/session.server";

// Decided below the session (which needs them), and part of this module's rules all the same.
export { isOperator, twoFactorRequired } from "~/lib/operator.server";

export type MembershipContext = { user: SessionUser; organization: Organization; role: Role };

// The root layout lists the user's organizations on every page anyway: the gate finds the one asked for there.
function membershipOf(slug: string, userId: string): { organization?: Organization; membership?: { role: Role } } {
  const organization = listOrganizationsOf(userId).find((candidate) => candidate.slug === slug);
  return { organization, membership: organization && { role: organization.role } };
}

/**
 * The gate every organization page goes through. An organization the user does not belong to answers
 * exactly like one that does not exist (404), so ids and slugs reveal nothing. A member whose role lacks
 * the permission gets 403 with a reason.
 */
export async function requireMembership(
  request: Request,
  slug: string | undefined,
  permission: Permission,
): Promise<MembershipContext> {
  const user = await requireUser(request);
  const parsedSlug = slugField.safeParse(slug);
  if (!parsedSlug.success) notFound();
  const { organization, membership } = membershipOf(parsedSlug.data, user.id);
  if (!organization || !membership || !kindHas(organization.kind, permission)) notFound();
  if (!can(organization.kind, membership.role, permission)) {
    forbidden("common:access.roleForbids", { name: organization.name });
  }
  if (organization.suspendedAt && !isRead(request) && blockedWhileSuspended.includes(permission)) {
    forbidden(...suspendedOrganizationMessage(organization));
  }
  return { user, organization, role: membership.role };
}

/** A district of the organization, or 404 (a malformed id, another organization's district, or none). */
export async function requireDistrict(
  request: Request,
  params: { slug?: string; districtId?: string },
  permission:
    | Extract<Permission, `districts.${string}` | `typology.${string}` | `targets.${string}`>
    // Pages started from a district's playbook: a campaign, or an ask, made from what it suggests.
    | Extract<Permission, "campaigns.edit" | "asks.edit">,
) {
  const context = await requireMembership(request, params.slug, permission);
  const id = idParam.safeParse(params.districtId);
  const district = id.success ? getDistrict(context.organization.id, id.data) : undefined;
  if (!district) notFound("common:access.notFound.district");
  return { ...context, district };
}

/** A school of a district of the organization, or 404. */
export async function requireSchool(
  request: Request,
  params: { slug?: string; districtId?: string; schoolId?: string },
  permission: Extract<Permission, `districts.${string}` | `typology.${string}` | `targets.${string}`>,
) {
  const context = await requireDistrict(request, params, permission);
  const id = idParam.safeParse(params.schoolId);
  const school = id.success ? getSchool(context.district.id, id.data) : undefined;
  if (!school) notFound("common:access.notFound.school");
  return { ...context, school };
}

/** A saved diagnostic of a district of the organization, or 404. */
export async function requireDiagnostic(
  request: Request,
  params: { slug?: string; districtId?: string; diagnosticId?: string },
  permission: Extract<Permission, `districts.${string}` | `typology.${string}` | `targets.${string}`>,
) {
  const context = await requireDistrict(request, params, permission);
  const id = idParam.safeParse(params.diagnosticId);
  const diagnostic = id.success ? getDiagnostic(context.district.id, id.data) : undefined;
  if (!diagnostic) notFound("common:access.notFound.diagnostic");
  return { ...context, diagnostic };
}

/** A target of a district of the organization, or 404. */
export async function requireTarget(
  request: Request,
  params: { slug?: string; districtId?: string; targetId?: string },
  permission: Extract<Permission, `districts.${string}` | `targets.${string}`>,
) {
  const context = await requireDistrict(request, params, permission);
  const id = idParam.safeParse(params.targetId);
  const target = id.success ? getTarget(context.district.id, id.data) : undefined;
  if (!target) notFound("common:access.notFound.target");
  return { ...context, target };
}

/** A campaign of the organization, or 404. */
export async function requireCampaign(
  request: Request,
  params: { slug?: string; campaignId?: string },
  permission: Extract<Permission, `campaigns.${string}` | `asks.${string}` | `meetings.${string}` | `tasks.${string}`>,
) {
  const context = await requireMembership(request, params.slug, permission);
  const id = idParam.safeParse(params.campaignId);
  const campaign = id.success ? getCampaign(context.organization.id, id.data) : undefined;
  if (!campaign) notFound("common:access.notFound.campaign");
  return { ...context, campaign };
}

/** An ask of a campaign of the organization, or 404. */
export async function requireAsk(
  request: Request,
  params: { slug?: string; campaignId?: string; askId?: string },
  permission: Extract<Permission, `campaigns.${string}` | `asks.${string}`>,
) {
  const context = await requireCampaign(request, params, permission);
  const id = idParam.safeParse(params.askId);
  const ask = id.success ? getAsk(context.campaign.id, id.data) : undefined;
  if (!ask) notFound("common:access.notFound.ask");
  return { ...context, ask };
}

/** A meeting of a campaign of the organization, or 404. */
export async function requireMeeting(
  request: Request,
  params: { slug?: string; campaignId?: string; meetingId?: string },
  permission: Extract<Permission, `campaigns.${string}` | `meetings.${string}`>,
) {
  const context = await requireCampaign(request, params, permission);
  const id = idParam.safeParse(params.meetingId);
  const meeting = id.success ? getMeeting(context.campaign.id, id.data) : undefined;
  if (!meeting) notFound("common:access.notFound.meeting");
  return { ...context, meeting };
}

/** A task of the organization, or 404. Members may open it (they update their own); see `requireTaskChange`. */
export async function requireTask(request: Request, params: { slug?: string; taskId?: string }) {
  const context = await requireMembership(request, params.slug, "tasks.own");
  const id = idParam.safeParse(params.taskId);
  const task = id.success ? getTask(context.organization.id, id.data) : undefined;
  if (!task) notFound("common:access.notFound.task");
  return { ...context, task };
}

/**
 * Who may change a task: organizers reassign it and confirm it is done; only the person it is assigned to marks
 * it done, hands it back or undoes "Mark done". Anyone else gets 403 with the reason.
 */
export function requireTaskChange(
  context: MembershipContext & { task: { assigneeId: string | null } },
  change: "reassign" | "close" | "settle" | "undo",
): void {
  if (change === "reassign" || change === "close") {
    if (!can(context.organization.kind, context.role, "tasks.assign"))
      forbidden(change === "reassign" ? "common:access.task.reassign" : "common:access.task.confirm");
  } else if (context.task.assigneeId !== context.user.id) {
    forbidden(change === "undo" ? "common:access.task.undo" : "common:access.task.assignee");
  }
}

/** How long its assignee can take back "Mark done": long enough to notice a slip, short enough to be settled. */
export const undoDoneWindowMs = 7 * 86_400_000;

/** `reason` is a catalog key of the tasks namespace, shown on the task page in the reader's language. */
export type UndoDone = { allowed: true; until: Date } | { allowed: false; reason: string };

/**
 * Whether the assignee may still undo "Mark done": within a week of it, and only until an organizer acts on the
 * task (after that the organizers have moved on, so reopening it is theirs to do).
 */
export function undoDone(
  task: { status: string; assigneeId: string | null; doneAt: Date | null; organizerActedAt: Date | null },
  userId: string,
  now = new Date(),
): UndoDone {
  if (task.status !== "done" || !task.doneAt) return { allowed: false, reason: "tasks:undo.notDone" };
  if (task.assigneeId !== userId) return { allowed: false, reason: "tasks:undo.notYours" };
  if (task.organizerActedAt && task.organizerActedAt.getTime() >= task.doneAt.getTime())
    return {
      allowed: false,
      reason: "tasks:undo.confirmed",
    };
  const until = new Date(task.doneAt.getTime() + undoDoneWindowMs);
  if (now.getTime() >= until.getTime())
    return {
      allowed: false,
      reason: "tasks:undo.tooLate",
    };
  return { allowed: true, until };
}

/** A piece of guidance the agency wrote, or 404. */
export async function requireAgencyGuidance(request: Request, params: { slug?: string; guidanceId?: string }) {
  const context = await requireMembership(request, params.slug, "guidance.write");
  const id = idParam.safeParse(params.guidanceId);
  const guidance = id.success ? getGuidance(context.organization.id, id.data) : undefined;
  if (!guidance) notFound("common:access.notFound.guidance");
  return { ...context, guidance };
}

/** A piece of guidance that reaches this coalition now, or 404 (drafts, withdrawn and other states' included). */
export async function requireInboxGuidance(
  request: Request,
  params: { slug?: string; guidanceId?: string },
  permission: Extract<Permission, `guidance.${string}`>,
) {
  const context = await requireMembership(request, params.slug, permission);
  // Either version of a pair: the reader's language picks what the inbox lists, the other stays one link away.
  const item = inboxGuidance(context.organization, params.guidanceId ?? "", await requestLanguage(request));
  if (!item) notFound("common:access.notFound.guidance");
  return { ...context, item };
}

/** A report, for an operator; anyone else, a malformed id or a missing report get the same 404. */
export async function requireOperatorReport(request: Request, params: { reportId?: string }) {
  const operator = await requireOperator(request);
  const id = idParam.safeParse(params.reportId);
  const report = id.success ? getReport(id.data) : undefined;
  if (!report) notFound("common:access.notFound.report");
  return { operator, report };
}

/** The operator pages: anyone else gets the same 404 as a page that does not exist. */
export async function requireOperator(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isOperator(user)) notFound();
  return user;
}

const isRead = (request: Request) => request.method === "GET" || request.method === "HEAD";

/** The address people write to about a suspension, if the server names one. */
export const operatorAddress = (): string | null => env.OPERATOR_EMAILS[0] ?? null;

// The operators' reason ends as a sentence, whatever they typed, since the message goes on after it.
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * Why a suspended organization cannot do this, and how to reach the operators: a catalog key and its values, for
 * the error page to put into the reader's words. The operators' reason is their own words, shown as they wrote it.
 */
export function suspendedOrganizationMessage(organization: { name: string; suspensionReason: string }) {
  const address = operatorAddress();
  return [
    address ? "common:access.suspended.organizationWrite" : "common:access.suspended.organization",
    { name: organization.name, reason: sentence(organization.suspensionReason), ...(address ? { address } : {}) },
  ] as const;
}

/** The same for a suspended account, said at login. */
export function suspendedAccountMessage(reason: string) {
  const address = operatorAddress();
  return [
    address ? "common:access.suspended.accountWrite" : "common:access.suspended.account",
    { reason: sentence(reason), ...(address ? { address } : {}) },
  ] as const;
}
