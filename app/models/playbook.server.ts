import type { Language } from "~/lib/i18n";
import { playbookDocument, playbookMarkdown, type PlaybookDocument, type PlaybookInput } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { resolveLeverageMap, type LeverageMap } from "~/lib/typology";

import type { District } from "./district.server";
import { guidanceForPlaybook, stateNotesForPlaybook } from "./guidance.server";
import type { Organization } from "./organization.server";
import { listTargets } from "./target.server";
import { currentDeclaration, type Declaration } from "./typology.server";

export type DistrictPlaybook = {
  markdown: string;
  /** The same playbook as sections, for the app's page (contents, collapsible appendix). */
  document: PlaybookDocument;
  leverageMap: LeverageMap;
  declaration: Declaration;
  fileName: string;
};

function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "district"
  );
}

/**
 * The playbook for a district's current declaration in a context, in the reader's language, or null when nothing is
 * declared there yet.
 */
export function districtPlaybook(
  organization: Organization,
  district: District,
  context: string,
  language: Language,
): DistrictPlaybook | null {
  const declaration = currentDeclaration(district.id, context);
  if (!declaration) return null;
  const input: PlaybookInput = {
    type: declaration.systemType,
    overrides: declaration.overrides,
    context: declaration.context || null,
    contextKind: declaration.contextKind,
    coalition: organization.name,
    district: { name: district.name, state: district.state },
    declared: { at: declaration.createdAt, by: declaration.declaredByName, timeZone: organization.timeZone },
    targets: listTargets(district.id),
    // The guidance comes from the coalition's state, whatever state the district record names.
    guidance: guidanceForPlaybook(organization, declaration.systemType, language),
    stateNotes: stateNotesForPlaybook(organization.state, declaration.systemType),
  };
  const content = playbookContent(language);
  const document = playbookDocument(input, content);
  const markdown = playbookMarkdown(document);
  const leverageMap = resolveLeverageMap(input.type, input.overrides);
  const fileName = `playbook-${slugify(district.name)}-${declaration.context ? slugify(declaration.context) : "district-wide"}-${declaration.systemType}.md`;
  return { markdown, document, leverageMap, declaration, fileName };
}
