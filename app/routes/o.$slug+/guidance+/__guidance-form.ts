import { z } from "zod";

import { multiLineField, singleLineField } from "~/lib/schemas";
import { systemTypes } from "~/lib/typology";

export const guidanceLimits = { title: 160, summary: 400, body: 20_000, changeNote: 400 } as const;

export const guidanceSchema = z.object({
  title: singleLineField(guidanceLimits.title, {
    required: "Give the guidance a title.",
    tooLong: `Keep the title to ${guidanceLimits.title} characters or fewer.`,
  }),
  summary: singleLineField(guidanceLimits.summary, {
    tooLong: `Keep the summary to ${guidanceLimits.summary} characters or fewer.`,
  }),
  body: multiLineField(guidanceLimits.body, {
    required: "Write the guidance itself.",
    tooLong: `Keep the guidance to ${guidanceLimits.body.toLocaleString("en-US")} characters or fewer.`,
  }),
  audienceTypes: z.array(z.enum(systemTypes, "Choose among the system types listed.")).max(systemTypes.length),
});

export const publishSchema = z.object({
  intent: z.literal("publish"),
  changeNote: singleLineField(guidanceLimits.changeNote, {
    tooLong: `Keep the note to ${guidanceLimits.changeNote} characters or fewer.`,
  }),
});

/** The shape engagement guidance usually takes: first steps, pitfalls, questions to ask. Written for Fulcrum. */
export const guidanceTemplate = {
  title: "",
  summary: "",
  body: `## Why this matters

Say in two or three sentences what families and community groups can change here, and why the state cares.

## First steps

- Find out who in your district decides this, and whether it is decided at the central office or in each school.
- Gather what is already public: board minutes, improvement plans, the state's report card for your district.
- Ask for a first meeting with one clear request, and bring families who are affected.

## Pitfalls to avoid

- Pressing a school leader on something the central office decides (or the other way round).
- Arriving with many requests and no priority among them.
- Letting a commitment go without a date and a name attached to it.

## Questions to ask your district

1. Who approves this, and when is the next decision due?
2. What information will families see before the decision is made?
3. How will the district tell whether it worked, and when will it report back?

## State contacts and requirements

Name the office to contact, what state rules apply, and where to find them.
`,
};
