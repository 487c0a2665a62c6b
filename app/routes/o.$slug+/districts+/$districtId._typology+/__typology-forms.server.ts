import { z } from "zod";

import { multiLineField, singleLineField } from "~/lib/schemas.server";
import { allCells, leverageLevels, systemTypes, type Overrides } from "~/lib/typology";
import { contextKindGuides, contextKinds, contextLabel, isContextKind } from "~/lib/typology/context-kinds";
import { cueAnswers, cueQuestions, whoAnswers } from "~/lib/typology/diagnostic";
import { diagnosticAnswersSchema } from "~/lib/typology/saved-answers.server";
import { domains } from "~/lib/typology/vocabulary";

import {
  cueField,
  inheritLevel as inherit,
  limitsTypology,
  overrideLevelField,
  overrideNoteField,
  wholeDistrict,
  whoField,
} from "./__typology-fields";

// The diagnostic and declaration forms' zod schemas, for the actions only: the forms post plain fields (they work
// without JavaScript) and the actions get typed, nested values back.

export const contextField = singleLineField(limitsTypology.context, {
  tooLong: `Keep the context to ${limitsTypology.context} characters or fewer.`,
});

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

const leverageLevel = z.enum(leverageLevels);

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
