import { allCells, type CellKey, type Overrides } from "~/lib/typology";
import type { ContextKind } from "~/lib/typology/context-kinds";
import { cueQuestions, type DiagnosticAnswers, type SavedAnswers } from "~/lib/typology/diagnostic";
import { domains } from "~/lib/typology/vocabulary";

// Flat form field names for the diagnostic and declaration forms, the limits their fields show and the values that
// fill them again: no validator here (the forms' zod schemas are in __typology-forms.server.ts, for the actions).

export const limitsTypology = { context: 120, note: 1000, overrideNote: 500 } as const;

export const whoField = (domain: string) => `who_${domain}`;
export const cueField = (id: string) => `cue_${id}`;
export const overrideLevelField = (key: CellKey) => `override_${key.replace(".", "__")}`;
export const overrideNoteField = (key: CellKey) => `overrideNote_${key.replace(".", "__")}`;

type PartialAnswers = { who?: Partial<DiagnosticAnswers["who"]>; cues?: Partial<DiagnosticAnswers["cues"]> };

/** The answers to put back in the form: what was saved, or for older questions what carries over to these. */
export function savedFormAnswers(saved: SavedAnswers): PartialAnswers {
  if (saved.answers === null) return {};
  return "carried" in saved ? saved.carried : saved.answers;
}

/** The flat form values that show saved answers in the form again. */
export function diagnosticFormValues(context: string, answers: PartialAnswers): Record<string, string> {
  const values: Record<string, string> = { context };
  for (const domain of domains) {
    const answer = answers.who?.[domain];
    if (answer) values[whoField(domain)] = answer;
  }
  for (const cue of cueQuestions) {
    const answer = answers.cues?.[cue.id];
    if (answer) values[cueField(cue.id)] = answer;
  }
  return values;
}

const inherit = "type";

/** The select's value for "the whole district": no context, so no kind. */
export const wholeDistrict = "";

/** Flat form values for a declaration, to start the form from the current one. */
export function declarationFormValues(declaration: {
  context: string;
  contextKind: ContextKind | null;
  systemType: string;
  note: string;
  overrides: Overrides;
}): Record<string, string> {
  const values: Record<string, string> = {
    context: declaration.context,
    contextKind: declaration.contextKind ?? wholeDistrict,
    systemType: declaration.systemType,
    note: declaration.note,
  };
  for (const { key } of allCells) {
    const override = declaration.overrides[key];
    values[overrideLevelField(key)] = override?.level ?? inherit;
    values[overrideNoteField(key)] = override?.note ?? "";
  }
  return values;
}

export const inheritLevel = inherit;
