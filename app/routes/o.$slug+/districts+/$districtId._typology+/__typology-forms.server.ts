import { z } from "zod";

import { multiLineField, singleLineField } from "~/lib/schemas.server";
import { allCells, leverageLevels, systemTypes, type Overrides } from "~/lib/typology";
import { contextKinds, contextLabel, isContextKind, nameRequiredKey } from "~/lib/typology/context-kinds";
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
// without JavaScript) and the actions get typed, nested values back. Their messages are catalog keys of the
// "diagnostic" namespace, translated on the page (which loads it).

export const contextField = singleLineField(limitsTypology.context, {
  tooLong: "diagnostic:validation.context.tooLong",
});

const chooseOne = "diagnostic:validation.chooseOne";

export const diagnosticFormSchema = z
  .object({
    context: contextField,
    ...Object.fromEntries(
      domains.map((domain) => [whoField(domain), z.enum(whoAnswers, "diagnostic:validation.chooseWho")]),
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
    contextKind: z.enum([wholeDistrict, ...contextKinds], "diagnostic:validation.contextKind"),
    systemType: z.enum(systemTypes, "diagnostic:validation.systemType"),
    note: multiLineField(limitsTypology.note, {
      tooLong: "diagnostic:validation.note.tooLong",
    }),
    ...Object.fromEntries(
      allCells.map(({ key }) => [
        overrideLevelField(key),
        z.enum([inherit, ...leverageLevels], "diagnostic:validation.overrideLevel"),
      ]),
    ),
    ...Object.fromEntries(
      allCells.map(({ key }) => [
        overrideNoteField(key),
        singleLineField(limitsTypology.overrideNote, {
          tooLong: "diagnostic:validation.overrideNote.tooLong",
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
        message: "diagnostic:validation.contextKindForName",
      });
    }
    const nameRequired = isContextKind(values.contextKind) ? nameRequiredKey(values.contextKind) : undefined;
    if (nameRequired && !values.context) context.addIssue({ code: "custom", path: ["context"], message: nameRequired });
    for (const { key } of allCells) {
      if (record[overrideLevelField(key)] === inherit && record[overrideNoteField(key)]) {
        context.addIssue({
          code: "custom",
          path: [overrideNoteField(key)],
          message: "diagnostic:validation.overrideNoteWithoutLevel",
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
