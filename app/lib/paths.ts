// Links by name: every URL the app builds comes from one of these patterns, so a typo or a missing id fails the
// typecheck instead of sending someone to a 404. The list mirrors the route manifest (`npx remix routes`); a test
// checks the two agree. Modelled on React Router 7's `href`, so a later upgrade can swap it in.

export const routePatterns = [
  "/",
  "/about",
  "/favicon.svg",
  "/healthz",
  "/language",
  "/locales/:lng/:ns",
  "/account/calendar",
  "/account/emails",
  "/account/two-factor",
  "/calendar/:file",
  "/unsubscribe/:token",
  "/forgot-password",
  "/login",
  "/login/two-factor",
  "/logout",
  "/reset-password/:token",
  "/signup",
  "/verify-email/:token",
  "/verify-email/confirmed",
  "/home",
  "/invitations/:token",
  "/join/:token",
  "/join-requests/:requestId",
  "/orgs/new",
  "/operator",
  "/operator/reports",
  "/operator/reports/:reportId",
  "/o/:slug",
  "/o/:slug/invite",
  "/o/:slug/members",
  "/o/:slug/join-link",
  "/o/:slug/campaigns",
  "/o/:slug/campaigns/new",
  "/o/:slug/campaigns/:campaignId",
  "/o/:slug/campaigns/:campaignId/edit",
  "/o/:slug/campaigns/:campaignId/export/:file",
  "/o/:slug/campaigns/:campaignId/asks",
  "/o/:slug/campaigns/:campaignId/asks/new",
  "/o/:slug/campaigns/:campaignId/asks/:askId",
  "/o/:slug/campaigns/:campaignId/asks/:askId/edit",
  "/o/:slug/campaigns/:campaignId/meetings",
  "/o/:slug/campaigns/:campaignId/meetings/new",
  "/o/:slug/campaigns/:campaignId/meetings/:meetingId",
  "/o/:slug/campaigns/:campaignId/meetings/:meetingId/edit",
  "/o/:slug/campaigns/:campaignId/meetings/:meetingId.ics",
  "/o/:slug/districts",
  "/o/:slug/districts/new",
  "/o/:slug/districts/:districtId",
  "/o/:slug/districts/:districtId/edit",
  "/o/:slug/districts/:districtId/delete",
  "/o/:slug/districts/:districtId/declare",
  "/o/:slug/districts/:districtId/history",
  "/o/:slug/districts/:districtId/playbook",
  "/o/:slug/districts/:districtId/playbook.md",
  "/o/:slug/districts/:districtId/start-campaign",
  "/o/:slug/districts/:districtId/plan-ask",
  "/o/:slug/districts/:districtId/diagnostics/new",
  "/o/:slug/districts/:districtId/diagnostics/:diagnosticId",
  "/o/:slug/districts/:districtId/diagnostics/:diagnosticId/edit",
  "/o/:slug/districts/:districtId/schools/new",
  "/o/:slug/districts/:districtId/schools/paste",
  "/o/:slug/districts/:districtId/schools/:schoolId",
  "/o/:slug/districts/:districtId/schools/:schoolId/edit",
  "/o/:slug/districts/:districtId/schools/:schoolId/delete",
  "/o/:slug/districts/:districtId/targets",
  "/o/:slug/districts/:districtId/targets/new",
  "/o/:slug/districts/:districtId/targets/:targetId",
  "/o/:slug/districts/:districtId/targets/:targetId/edit",
  "/o/:slug/districts/:districtId/targets/:targetId/delete",
  "/o/:slug/emails",
  "/o/:slug/guidance",
  "/o/:slug/guidance/new",
  "/o/:slug/guidance/:guidanceId",
  "/o/:slug/guidance/:guidanceId/edit",
  "/o/:slug/guidance/:guidanceId/translation",
  "/o/:slug/inbox",
  "/o/:slug/inbox/:guidanceId",
  "/o/:slug/overview",
  "/o/:slug/playbook-notes",
  "/o/:slug/settings",
  "/o/:slug/tasks",
  "/o/:slug/tasks/new",
  "/o/:slug/tasks/:taskId",
  "/o/:slug/verification",
] as const;

export type RoutePattern = (typeof routePatterns)[number];

const knownPatterns: ReadonlySet<string> = new Set(routePatterns);

/** A segment's parameter name without a file suffix: ":meetingId.ics" names "meetingId". */
type ParamName<Segment extends string> = Segment extends `${infer Name}.${string}` ? Name : Segment;

/** The `:names` of a pattern, as a union ("/o/:slug/tasks/:taskId" is "slug" | "taskId"). */
export type PatternParams<Pattern extends string> = Pattern extends `${string}:${infer Rest}`
  ? Rest extends `${infer Segment}/${infer Tail}`
    ? ParamName<Segment> | PatternParams<`/${Tail}`>
    : ParamName<Rest>
  : never;

type ParamValue = string | number;

export type Query = Record<string, string | number | boolean | undefined | null> | URLSearchParams;

/** A pattern with parameters needs exactly its names; one without takes none (or `{}` before a query). */
type HrefArgs<Pattern extends string> = [PatternParams<Pattern>] extends [never]
  ? [params?: Record<string, never>, query?: Query]
  : [params: { [Name in PatternParams<Pattern>]: ParamValue }, query?: Query];

/**
 * The URL of a page: each `:name` replaced by its percent-encoded value (so an id holding "/" or "?" stays inside
 * its segment), then the query. Query entries that are undefined, null, "" or false are left out, which lets a
 * caller pass optional filters as they are; true is written "1", the flag value the app's loaders read.
 */
export function href<Pattern extends RoutePattern>(pattern: Pattern, ...[params, query]: HrefArgs<Pattern>): string {
  // The types already refuse an unknown pattern; this catches a caller that got round them.
  if (!knownPatterns.has(pattern)) throw new Error(`href: ${pattern} is not a route of the app`);
  const values: Record<string, ParamValue | undefined> = params ?? {};
  const path = pattern.replace(/:(\w+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`href: no value for :${name} in ${pattern}`);
    return encodeURIComponent(String(value));
  });
  const search = searchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

function searchParams(query: Query | undefined): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    search.append(name, value === true ? "1" : String(value));
  }
  return search;
}
