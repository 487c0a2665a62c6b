import { z } from "zod";

import { multiLineField, singleLineField } from "~/lib/schemas";
import { allCells, leverageLevels, systemTypes, type CellKey, type Overrides } from "~/lib/typology";
import {
  contextKindGuides,
  contextKinds,
  contextLabel,
  isContextKind,
  type ContextKind,
} from "~/lib/typology/context-kinds";
import {
  cueAnswers,
  cueQuestions,
  diagnosticAnswersSchema,
  whoAnswers,
  type DiagnosticAnswers,
  type SavedAnswers,
} from "~/lib/typology/diagnostic";
import { domains } from "~/lib/typology/vocabulary";

// Flat form field names for the diagnostic and declaration forms, and their zod schemas, so that the
// forms post plain fields (they work without JavaScript) and the actions get typed, nested values back.

export const limitsTypology = { context: 120, note: 1000, overrideNote: 500 } as const;

export const contextField = singleLineField(limitsTypology.context, {
  tooLong: `Keep the context to ${limitsTypology.context} characters or fewer.`,
});

export const whoField = (domain: string) => `who_${domain}`;
export const cueField = (id: string) => `cue_${id}`;
export const overrideLevelField = (key: CellKey) => `override_${key.replace(".", "__")}`;
export const overrideNoteField = (key: CellKey) => `overrideNote_${key.replace(".", "__")}`;

const chooseOne = 'Choose one answer ("Not sure" is fine).';

export const diagnosticFormSchema = z
  .object({
    context: contextField,
    ...Object.fromEntries(
      domains.map((domain) => [whoField(domain), z.enum(whoAnswers, "Choose who does this work.")]),
    ),
    ...Object.fromEntries(cueQuestions.map((cue) => [cueField(cue.id), z.enum(cueAnswers, chooseOne)])),
  })
  .transform((values) => {
    const record: Record<string, string | undefined> = values;
    // The flat fields are checked above; the nested answers are typed by their own schema.
    const answers = diagnosticAnswersSchema.parse({
      who: Object.fromEntries(domains.map((domain) => [domain, record[whoField(domain)]])),
      cues: Object.fromEntries(cueQuestions.map((cue) => [cue.id, record[cueField(cue.id)]])),
    });
    return { context: values.context, answers };
  });

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
const leverageLevel = z.enum(leverageLevels);

/** The select's value for "the whole district": no context, so no kind. */
export const wholeDistrict = "";

export const declarationFormSchema = z
  .object({
    context: contextField,
    contextKind: z.enum([wholeDistrict, ...contextKinds], "Choose a kind of context from the list."),
    systemType: z.enum(systemTypes, "Choose the type that best describes this district or context."),
    note: multiLineField(limitsTypology.note, {
      tooLong: `Keep the note to ${limitsTypology.note} characters or fewer.`,
    }),
    ...Object.fromEntries(
      allCells.map(({ key }) => [
        overrideLevelField(key),
        z.enum([inherit, ...leverageLevels], "Choose a level from the list."),
      ]),
    ),
    ...Object.fromEntries(
      allCells.map(({ key }) => [
        overrideNoteField(key),
        singleLineField(limitsTypology.overrideNote, {
          tooLong: `Keep each note to ${limitsTypology.overrideNote} characters or fewer.`,
        }),
      ]),
    ),
  })
  .superRefine((values, context) => {
    const record: Record<string, string | undefined> = values;
    if (values.contextKind === wholeDistrict && values.context) {
      context.addIssue({
        code: "custom",
        path: ["contextKind"],
        message: "Choose what kind of context this is, or clear its name to declare for the whole district.",
      });
    }
    const nameRequired = isContextKind(values.contextKind) && contextKindGuides[values.contextKind].nameRequired;
    if (nameRequired && !values.context) context.addIssue({ code: "custom", path: ["context"], message: nameRequired });
    for (const { key } of allCells) {
      if (record[overrideLevelField(key)] === inherit && record[overrideNoteField(key)]) {
        context.addIssue({
          code: "custom",
          path: [overrideNoteField(key)],
          message: "Choose the level you observed for this note, or clear the note.",
        });
      }
    }
  })
  .transform((values) => {
    const record: Record<string, string | undefined> = values;
    const overrides: Overrides = {};
    for (const { key } of allCells) {
      const level = leverageLevel.safeParse(record[overrideLevelField(key)]);
      if (level.success) overrides[key] = { level: level.data, note: record[overrideNoteField(key)] ?? "" };
    }
    const contextKind = isContextKind(values.contextKind) ? values.contextKind : null;
    return {
      context: contextKind ? contextLabel(contextKind, values.context) : "",
      contextKind,
      systemType: values.systemType,
      note: values.note,
      overrides,
    };
  });

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
