import { z } from "zod";

import type { Language } from "~/lib/i18n";
import type { LeveragePoint, PlaybookModel } from "~/lib/playbook";
import { safeRedirect } from "~/lib/schemas.server";
import { domains, loci, type Domain, type Locus } from "~/lib/typology/vocabulary";
import { listTargets } from "~/models/target.server";
import { currentDeclaration, type Declaration } from "~/models/typology.server";

import { playbookModelFor } from "./target-leverage.server";

// What a page started from a playbook point needs: which playbook (district, context, declaration), which point,
// and where to come back to. Each is checked here so every such page refuses the same things the same way.

export const contextParam = z.string().trim().max(200).catch("");

export const pointParams = z.object({ domain: z.enum(domains), locus: z.enum(loci) });

/**
 * A path of this coalition's own pages to come back to, or null: anything leading off the site or outside the
 * coalition is dropped, so a crafted link cannot send someone elsewhere after they save.
 */
export function returnToIn(slug: string, raw: FormDataEntryValue | string | null | undefined): string | null {
  if (typeof raw !== "string" || raw.length > 500) return null;
  const path = safeRedirect(raw, "");
  return path.startsWith(`/o/${encodeURIComponent(slug)}/`) ? path : null;
}

export type CurrentPlaybook = { declaration: Declaration; model: PlaybookModel };

/** The playbook as it reads now, in `language`, for this district and context (its current declaration), or null. */
export function currentPlaybook(districtId: string, context: string, language: Language): CurrentPlaybook | null {
  const declaration = currentDeclaration(districtId, context);
  if (!declaration) return null;
  return { declaration, model: playbookModelFor(declaration, listTargets(districtId), language) };
}

export type PointLevel = "primary" | "secondary";

/** The main or second lever at this cell of the playbook, or undefined when the map has none there (any more). */
export function pointOf(
  model: PlaybookModel,
  cell: { domain: Domain; locus: Locus },
): (LeveragePoint & { level: PointLevel }) | undefined {
  const match = (point: LeveragePoint) => point.domain === cell.domain && point.locus === cell.locus;
  const primary = model.primary.find(match);
  if (primary) return { ...primary, level: "primary" };
  const secondary = model.secondary.find(match);
  return secondary ? { ...secondary, level: "secondary" } : undefined;
}

/** Said when a form was filled in from a playbook that has been declared again since. */
export const stalePlaybookMessage =
  "The playbook changed while you had this page open (someone updated the declaration). Check the choices " +
  "below against the new playbook and send again.";

export const missingPointMessage =
  "That kind of work is no longer a main or second lever in this playbook, so it has no suggestions. " +
  "Choose from what the playbook says now.";
