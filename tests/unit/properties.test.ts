// Property-based tests (fast-check) for the three places where arbitrary input meets Fulcrum's rules: the form
// schemas, the diagnostic scoring and the playbook generator. Each property states something a coalition relies
// on; fast-check looks for an input that breaks it and shrinks it to a small counterexample.
import fc from "fast-check";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { parseForm, readForm } from "~/lib/forms.server";
import { chartFields } from "~/lib/labels";
import { renderMarkdown } from "~/lib/markdown.server";
import { levelHeadings, renderPlaybook, type PlaybookInput, type PlaybookTarget } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import {
  districtSchema,
  emailField,
  isCalendarDate,
  loginSchema,
  organizationSchema,
  schoolSchema,
  signupSchema,
} from "~/lib/schemas";
import {
  allCells,
  domainGlossary,
  domainLabels,
  gradeGlossary,
  domains,
  levelGlossary,
  leverageLevels,
  locusLabels,
  loci,
  responsibilityMatrix,
  systemMoves,
  systemTypeLabels,
  systemTypes,
  type CellKey,
  type Domain,
  type LeverageLevel,
  type Locus,
  type Overrides,
  type SystemType,
} from "~/lib/typology";
import { contextKindGuides, contextKinds } from "~/lib/typology/context-kinds";
import {
  answersForPureType,
  cueAnswers,
  cueQuestions,
  diagnose,
  diagnosticQuestionCount,
  scoreDiagnostic,
  whoAnswers,
  type DiagnosticAnswers,
} from "~/lib/typology/diagnostic";
import { usStateCodes, stateName } from "~/lib/us-states";
import { askFormSchema, askStatusFormSchema } from "~/routes/o.$slug+/campaigns+/$campaignId.asks+/__ask-form";
import {
  meetingFormSchema,
  meetingListFields,
  meetingNotesSchema,
} from "~/routes/o.$slug+/campaigns+/$campaignId.meetings+/__meeting-form";
import { campaignFormSchema, campaignListFields } from "~/routes/o.$slug+/campaigns+/__campaign-form";
import {
  declarationFormSchema,
  declarationFormValues,
  diagnosticFormSchema,
  diagnosticFormValues,
  inheritLevel,
  overrideLevelField,
  overrideNoteField,
} from "~/routes/o.$slug+/districts+/$districtId._typology+/__typology-forms";
import { targetFormSchema } from "~/routes/o.$slug+/districts+/$districtId.targets+/__target-form";
import { guidanceLimits, guidanceSchema, publishSchema } from "~/routes/o.$slug+/guidance+/__guidance-form";
import { settleTaskSchema, taskFormSchema } from "~/routes/o.$slug+/tasks+/__task-form";

import { parseMarkdown, textOf } from "../support/markdown";

// ---------------------------------------------------------------------------------------------------------------
// Shared arbitraries: text people type, including markup, SQL, quotes and any Unicode.

const hostile = [
  "<script>alert(1)</script>",
  '"',
  "'",
  "'; DROP TABLE asks; --",
  "Robert'); DROP TABLE students;--",
  "**bold**",
  "_em_",
  "[link](javascript:alert(1))",
  "![img](x.png)",
  "[ref]: https://evil.example",
  "[^1]",
  '<img src=x onerror="alert(1)">',
  "<a href='https://evil.example'>click</a>",
  "<!--",
  "-->",
  "# heading",
  "## h2",
  "\n# heading\n",
  "Title\n===",
  "Title\n---",
  "| a | b |\n| --- | --- |",
  "---",
  "***",
  "1. ",
  "2) ",
  "- ",
  "+ ",
  "> quote",
  "`code`",
  "```",
  "~~strike~~",
  "&amp;",
  "&lt;b&gt;",
  "&#x3C;",
  "\\",
  "\\*",
  "{{x}}",
  "${x}",
  "%s%n",
  "www.example.org",
  "https://evil.example/x?y=1&z=2",
  "mailto:someone@example.org",
  "ana@example.org",
  "\u202eevil", // right-to-left override
  "\u200bzero\u200dwidth",
  "e\u0301", // e + combining acute
  "é",
  "👩‍👩‍👧",
  "日本語",
  "Ünïcødé",
  "Ελληνικά",
  "עברית",
];
const whitespace = [" ", "\n", "\t", "\r\n", "\r", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028"];

const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...hostile), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 6 }), weight: 1 },
  { arbitrary: fc.constantFrom(...whitespace), weight: 1 },
);
const padding = fc.array(fc.constantFrom(...whitespace), { maxLength: 3 }).map((parts) => parts.join(""));

/** Cuts whole code points off the end until the text fits (never leaving half of a surrogate pair). */
function fit(text: string, max: number): string {
  let result = text.trim();
  while (result.length > max) result = Array.from(result).slice(0, -1).join("").trim();
  return result;
}

// What the two kinds of text field refuse inside the text (app/lib/schemas.ts): a one-line field (names,
// titles, places) any line break, control character or bidi override; a long text (notes, agendas) any control
// character other than tab and line breaks.
type TextKind = "line" | "text";
const refusedIn: Record<TextKind, RegExp> = {
  line: /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
  text: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/,
};
/** The text with what a field of that kind refuses taken out (replaced by spaces), when a kind is given. */
const allowedIn = (kind: TextKind | undefined, text: string) =>
  kind ? text.replace(new RegExp(refusedIn[kind], "g"), " ") : text;

/**
 * What a person might type into a field of `max` characters: any text, with whitespace around it. With a kind,
 * only text such a field accepts (whitespace around it, line breaks included, is trimmed away by every field).
 */
const typedText = (max: number, required: boolean, kind?: TextKind) =>
  fc.tuple(padding, fc.array(fragment, { maxLength: 8 }), padding).map(([before, parts, after]) => {
    let core = fit(allowedIn(kind, parts.join("")), max);
    if (required && core === "") core = "x";
    return before + core + after;
  });

/** A link as someone pastes it: no whitespace inside. */
const typedUrl = (max: number) =>
  fc
    .tuple(padding, fc.constantFrom("http://", "https://", "HTTPS://"), fc.array(fragment, { maxLength: 6 }), padding)
    .map(([before, scheme, parts, after]) => {
      const rest = allowedIn("line", parts.join("")).replace(/\s/g, "");
      return before + fit(scheme + "example.org/" + rest, max) + after;
    });

/**
 * Text of exactly `length` characters that starts and ends with a letter, with anything in between. Characters
 * outside the Basic Multilingual Plane are left out here: they are one code point but two UTF-16 units, and
 * which of the two a limit counts is the validation library's business (the other properties include them).
 */
const textOfLength = (length: number, kind: TextKind, noSpaces = false) =>
  fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => {
    let seed = Array.from(parts.join("") || "ü").filter((char) => char.length === 1 && !refusedIn[kind].test(char));
    if (noSpaces) seed = seed.filter((char) => !/\s/.test(char));
    if (seed.length === 0) seed = ["ü"];
    let middle = "";
    for (let i = 0; middle.length < length - 2; i++) {
      const char = seed[i % seed.length]!;
      middle += middle.length + char.length <= length - 2 ? char : "x";
    }
    return `a${middle}z`;
  });

// ---------------------------------------------------------------------------------------------------------------
// 1. Forms

type Values = Record<string, string | string[]>;

function toFormData(values: Values): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}

/** The form as the server reads it from a real urlencoded POST body. */
async function postedForm(values: Values): Promise<FormData> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return readForm(new Request("http://localhost/form", { method: "POST", body }));
}

const get = (record: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
    record,
  );

type FormSpec = { name: string; schema: z.ZodType; lists?: readonly string[]; base: Values; fields: string[] };

const chartBase = Object.fromEntries(chartFields.map(([name]) => [name, ""]));
const overriddenCell: CellKey = "use.school";

const forms = {
  signup: {
    name: "signup",
    schema: signupSchema,
    base: { name: "Ana Díaz", email: "ana@example.org", password: "correct horse battery" },
    fields: ["name", "email", "password"],
  },
  login: {
    name: "login",
    schema: loginSchema,
    base: { email: "ana@example.org", password: "secret-secret" },
    fields: ["email", "password"],
  },
  organization: {
    name: "organization",
    schema: organizationSchema,
    base: {
      kind: "coalition",
      name: "River City Parents",
      slug: "river-city",
      state: "OH",
      timeZone: "America/New_York",
    },
    fields: ["kind", "name", "slug", "state", "timeZone"],
  },
  district: {
    name: "district",
    schema: districtSchema,
    base: { name: "Maple Hollow City", state: "OH", ncesId: "" },
    fields: ["name", "state", "ncesId"],
  },
  school: {
    name: "school",
    schema: schoolSchema,
    base: { name: "Lincoln High", level: "high", ncesId: "" },
    fields: ["name", "level", "ncesId"],
  },
  ask: {
    name: "ask",
    schema: askFormSchema,
    base: {
      targetId: "t1",
      text: "Fund two math coaches",
      domain: "use",
      venue: "meeting",
      followUpOn: "",
      meetingId: "",
    },
    fields: ["targetId", "text", "domain", "venue", "followUpOn", "meetingId"],
  },
  askStatus: {
    name: "ask status",
    schema: askStatusFormSchema,
    base: { to: "made", note: "", evidenceUrl: "", version: "1" },
    fields: ["to", "note", "evidenceUrl", "version"],
  },
  task: {
    name: "task",
    schema: taskFormSchema,
    base: {
      title: "Call Dr. Lee",
      details: "",
      dueOn: "2026-10-14",
      assigneeId: "u1",
      campaignId: "",
      meetingId: "",
      askId: "",
    },
    fields: ["title", "details", "dueOn", "assigneeId", "campaignId", "meetingId", "askId"],
  },
  settleTask: {
    name: "hand back a task",
    schema: settleTaskSchema,
    base: { intent: "hand-back", note: "Away that week" },
    fields: ["intent", "note", "assigneeId"],
  },
  meeting: {
    name: "meeting",
    schema: meetingFormSchema,
    lists: meetingListFields,
    base: {
      title: "Board prep",
      date: "2026-10-14",
      startTime: "18:00",
      endTime: "19:00",
      location: "",
      videoUrl: "",
      agenda: "",
      status: "scheduled",
      targetIds: [],
      attendeeIds: [],
    },
    fields: [
      "title",
      "date",
      "startTime",
      "endTime",
      "location",
      "videoUrl",
      "agenda",
      "status",
      "targetIds",
      "attendeeIds",
    ],
  },
  meetingNotes: {
    name: "meeting notes",
    schema: meetingNotesSchema,
    base: { notes: "", outcome: "" },
    fields: ["notes", "outcome"],
  },
  campaign: {
    name: "campaign",
    schema: campaignFormSchema,
    lists: campaignListFields,
    base: {
      title: "Coaches for every school",
      win: "The board funds coaches.",
      status: "active",
      startsOn: "",
      endsOn: "",
      leadUserId: "",
      primaryTargetIds: [],
      secondaryTargetIds: [],
      ...chartBase,
    },
    fields: [
      "title",
      "win",
      "status",
      "startsOn",
      "endsOn",
      "leadUserId",
      "primaryTargetIds",
      "secondaryTargetIds",
      ...chartFields.map(([name]) => name),
    ],
  },
  target: {
    name: "target",
    schema: targetFormSchema,
    lists: ["domains"],
    base: {
      name: "Dr. Lee",
      title: "",
      locus: "central-office",
      schoolId: "",
      domains: ["use"],
      email: "",
      phone: "",
      notes: "",
    },
    fields: ["name", "title", "locus", "schoolId", "domains", "email", "phone", "notes"],
  },
  guidance: {
    name: "guidance",
    schema: guidanceSchema,
    lists: ["audienceTypes"],
    base: { title: "Family engagement", summary: "", body: "## Why this matters", audienceTypes: [] },
    fields: ["title", "summary", "body", "audienceTypes"],
  },
  publish: {
    name: "publish guidance",
    schema: publishSchema,
    base: { intent: "publish", changeNote: "" },
    fields: ["intent", "changeNote"],
  },
  declaration: {
    name: "declaration",
    schema: declarationFormSchema,
    // A context of kind "other", which needs the coalition's own name for it (the other kinds are checked below).
    base: declarationFormValues({
      context: "Career and technical education",
      contextKind: "other",
      systemType: "networked",
      note: "",
      overrides: { [overriddenCell]: { level: "primary", note: "" } },
    }),
    fields: [
      "context",
      "systemType",
      "note",
      ...allCells.flatMap(({ key }) => [overrideLevelField(key), overrideNoteField(key)]),
    ],
  },
  diagnostic: {
    name: "diagnostic",
    schema: diagnosticFormSchema,
    base: diagnosticFormValues("", answersForPureType("federated")),
    fields: Object.keys(diagnosticFormValues("", answersForPureType("federated"))),
  },
} satisfies Record<string, FormSpec>;

/** Every free-text field people type into: its form, its limit, and where its value lands in the parsed data. */
type TextField = {
  form: FormSpec;
  field: string;
  max: number;
  required: boolean;
  kind: TextKind;
  url?: boolean;
  read: (data: unknown) => unknown;
};
const text = (
  form: FormSpec,
  field: string,
  max: number,
  required: boolean,
  extra: Partial<TextField> = {},
): TextField => ({
  form,
  field,
  max,
  required,
  kind: "line",
  read: (data) => get(data, field),
  ...extra,
});
const textFields: TextField[] = [
  text(forms.signup, "name", 100, true),
  text(forms.organization, "name", 120, true),
  text(forms.district, "name", 160, true),
  text(forms.school, "name", 160, true),
  text(forms.ask, "text", 500, true, { kind: "text" }),
  text(forms.askStatus, "note", 1000, false, { kind: "text" }),
  text(forms.askStatus, "evidenceUrl", 500, false, { url: true }),
  text(forms.task, "title", 160, true),
  text(forms.task, "details", 4000, false, { kind: "text" }),
  text(forms.settleTask, "note", 1000, true, { kind: "text" }),
  text(forms.meeting, "title", 160, true),
  text(forms.meeting, "location", 300, false),
  text(forms.meeting, "videoUrl", 500, false, { url: true }),
  text(forms.meeting, "agenda", 4000, false, { kind: "text" }),
  text(forms.meetingNotes, "notes", 8000, false, { kind: "text" }),
  text(forms.meetingNotes, "outcome", 2000, false, { kind: "text" }),
  text(forms.campaign, "title", 160, true),
  text(forms.campaign, "win", 300, true),
  ...chartFields.map(([name]) =>
    text(forms.campaign, name, 4000, false, { kind: "text", read: (data) => get(data, "chart", name) }),
  ),
  text(forms.target, "name", 120, true),
  text(forms.target, "title", 120, false),
  text(forms.target, "notes", 2000, false, { kind: "text" }),
  text(forms.guidance, "title", guidanceLimits.title, true),
  text(forms.guidance, "summary", guidanceLimits.summary, false),
  text(forms.guidance, "body", guidanceLimits.body, true, { kind: "text" }),
  text(forms.publish, "changeNote", guidanceLimits.changeNote, false),
  text(forms.declaration, "context", 120, true),
  text(forms.declaration, "note", 1000, false, { kind: "text" }),
  text(forms.declaration, overrideNoteField(overriddenCell), 500, false, {
    read: (data) => get(data, "overrides", overriddenCell, "note"),
  }),
  text(forms.diagnostic, "context", 120, false),
];

const describeField = (spec: TextField) => `${spec.form.name}.${spec.field}`;

describe("form schemas", () => {
  it("every base form used below is valid as it stands (so a refusal below is due to the one field changed)", () => {
    for (const form of Object.values(forms) as FormSpec[]) {
      const parsed = parseForm(toFormData(form.base), form.schema, form.lists);
      expect(parsed.ok ? null : parsed.failure.errors, form.name).toBeNull();
    }
  });

  it("never throws on any form data; a refusal names real fields with a sentence, and keeps the entries but not the password", () => {
    const formArb = fc.constantFrom(...(Object.values(forms) as FormSpec[]));
    fc.assert(
      fc.property(
        formArb.chain((form) =>
          fc.tuple(
            fc.constant(form),
            // For each field the form expects: absent, or one or more values that are anything at all.
            fc.tuple(
              ...form.fields.map(() =>
                fc.option(
                  fc.array(fc.oneof(typedText(300, false), fc.string({ unit: "binary" })), {
                    minLength: 1,
                    maxLength: 3,
                  }),
                  { nil: undefined },
                ),
              ),
            ),
            fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 })), { maxLength: 4 }),
          ),
        ),
        ([form, fieldValues, extras]) => {
          const formData = new FormData();
          form.fields.forEach((field, index) => fieldValues[index]?.forEach((value) => formData.append(field, value)));
          for (const [key, value] of extras) formData.append(key, value);
          const parsed = parseForm(formData, form.schema, form.lists);
          if (parsed.ok) return;
          const errors = Object.entries(parsed.failure.errors);
          expect(errors.length).toBeGreaterThan(0);
          for (const [field, message] of errors) {
            expect(form.fields).toContain(field);
            expect(typeof message).toBe("string");
            expect(message.trim().length).toBeGreaterThan(3);
          }
          // What the person typed comes back so the form can be filled in again, except a password.
          for (const field of form.fields) {
            const sent = formData.getAll(field) as string[];
            if (field === "password") expect(parsed.failure.values).not.toHaveProperty("password");
            else if (form.lists?.includes(field)) expect(parsed.failure.values[field]).toBe(sent.join(","));
            else if (sent.length) expect(parsed.failure.values[field]).toBe(sent.at(-1));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("answers a body that is not a readable form with a 400, never another error", async () => {
    const bodies = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom(
        '{"text":"x"}',
        '--boundary\r\nContent-Disposition: form-data; name="x"\r\n\r\nunterminated',
        "a=%E0%A4%A&b=%",
        "=&=&&==",
        "%00=%FF",
      ),
    );
    const types = fc.constantFrom(
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=boundary",
      "multipart/form-data",
      "application/json",
      "text/plain",
      "",
    );
    await fc.assert(
      fc.asyncProperty(bodies, types, async (body, type) => {
        const request = new Request("http://localhost/form", {
          method: "POST",
          body,
          headers: type ? { "content-type": type } : {},
        });
        let form: FormData;
        try {
          form = await readForm(request);
        } catch (error) {
          expect(get(error, "init", "status")).toBe(400);
          expect(String(get(error, "data", "message"))).toMatch(/expected a form/);
          return;
        }
        // Whatever was read, every form parses it without throwing.
        for (const spec of Object.values(forms) as FormSpec[])
          expect(typeof parseForm(form, spec.schema, spec.lists).ok).toBe("boolean");
      }),
      { numRuns: 100 },
    );
  });

  it("accepts any text within the limit, posted as a real form, and keeps it verbatim apart from the whitespace around it", async () => {
    const cases = fc
      .constantFrom(...textFields)
      .chain((spec) =>
        fc.tuple(
          fc.constant(spec),
          spec.url ? typedUrl(spec.max) : typedText(spec.max, spec.required, spec.kind),
          fc.boolean(),
        ),
      );
    await fc.assert(
      fc.asyncProperty(cases, async ([spec, typed, overHttp]) => {
        const values = { ...spec.form.base, [spec.field]: typed };
        const formData = overHttp ? await postedForm(values) : toFormData(values);
        const parsed = parseForm(formData, spec.form.schema, spec.form.lists);
        expect(parsed.ok ? null : parsed.failure.errors, describeField(spec)).toBeNull();
        if (!parsed.ok) return;
        const expected = typed.trim();
        // Optional text left empty reads as an empty string (or null where the schema says so), never as junk.
        if (expected === "") expect([null, ""]).toContain(spec.read(parsed.data));
        else expect(spec.read(parsed.data)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a line break or control character in a one-line field, a control character in long text", async () => {
    const breaking: Record<TextKind, string[]> = {
      line: [
        ...["\r", "\n", "\r\n", "\t", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b"],
        ...["\u2028", "\u2029", "\u202e", "\u2066"],
      ],
      text: ["\u0000", "\u0007", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009b"],
    };
    const cases = fc
      .constantFrom(...textFields)
      .chain((spec) =>
        fc.tuple(
          fc.constant(spec),
          fc.constantFrom(...breaking[spec.kind]),
          typedText(20, true, spec.kind),
          fc.boolean(),
        ),
      );
    await fc.assert(
      fc.asyncProperty(cases, async ([spec, char, typed, overHttp]) => {
        const value = `${spec.url ? "https://example.org/" : ""}${typed.trim()}${char}end`;
        const values = { ...spec.form.base, [spec.field]: value };
        const form = overHttp ? await postedForm(values) : toFormData(values);
        const parsed = parseForm(form, spec.form.schema, spec.form.lists);
        expect(parsed.ok, `${describeField(spec)} ${JSON.stringify(value)}`).toBe(false);
        if (parsed.ok) return;
        expect(Object.keys(parsed.failure.errors)).toEqual([spec.field]);
        const message = spec.kind === "line" ? /one line, without line breaks/ : /control characters/;
        expect(parsed.failure.errors[spec.field]).toMatch(message);
        // The entry comes back as typed (a real form body carries CR, LF and NUL unchanged), to be corrected.
        expect(parsed.failure.values[spec.field]).toBe(value);
      }),
      { numRuns: 150 },
    );
  });

  it("accepts text of exactly the limit and refuses anything longer with a message that states the limit", () => {
    // A link's host must be one a browser can open; what follows it can be anything without spaces.
    const linkStart = "https://example.org/";
    const cases = fc
      .constantFrom(...textFields)
      .chain((spec) =>
        fc
          .integer({ min: spec.max - 2, max: spec.max + 30 })
          .chain((length) =>
            fc.tuple(
              fc.constant(spec),
              fc.constant(length),
              textOfLength(spec.url ? length - linkStart.length : length, spec.kind, spec.url),
              padding,
              padding,
            ),
          ),
      );
    fc.assert(
      fc.property(cases, ([spec, length, body, before, after]) => {
        const typed = spec.url ? `${linkStart}${body}` : body;
        expect(typed.length).toBe(length);
        const parsed = parseForm(
          toFormData({ ...spec.form.base, [spec.field]: before + typed + after }),
          spec.form.schema,
          spec.form.lists,
        );
        if (length <= spec.max) {
          expect(parsed.ok ? null : parsed.failure.errors, describeField(spec)).toBeNull();
          if (parsed.ok) expect(spec.read(parsed.data)).toBe(typed);
        } else {
          expect(parsed.ok, describeField(spec)).toBe(false);
          if (parsed.ok) return;
          expect(Object.keys(parsed.failure.errors)).toEqual([spec.field]);
          const message = parsed.failure.errors[spec.field]!;
          expect(message, describeField(spec)).toMatch(/characters or fewer/);
          expect(
            [String(spec.max), spec.max.toLocaleString("en-US")].some((limit) => message.includes(limit)),
            `${describeField(spec)}: ${message}`,
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a required text field left empty or blank with a message on that field", () => {
    const required = textFields.filter((spec) => spec.required);
    fc.assert(
      fc.property(fc.constantFrom(...required), padding, (spec, blank) => {
        const parsed = parseForm(
          toFormData({ ...spec.form.base, [spec.field]: blank }),
          spec.form.schema,
          spec.form.lists,
        );
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.failure.errors[spec.field], describeField(spec)).toMatch(/\w{3}/);
      }),
    );
  });

  // An independent calendar: leap years by the Gregorian rule, month lengths by table.
  const daysInMonth = (year: number, month: number) =>
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : [4, 6, 9, 11].includes(month)
        ? 30
        : 31;
  const isRealDay = (text: string) => {
    const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const dateLike = fc.oneof(
    // Well-formed YYYY-MM-DD, real or not (2026-02-29, 2026-04-31, month 13, day 00 ...).
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
    // The same around the years Fulcrum keeps (2000-2099), where most dates people type fall.
    fc
      .tuple(fc.integer({ min: 1995, max: 2105 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
    // Near misses people and browsers produce.
    fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .chain(([y, m, d]) =>
        fc.constantFrom(
          `${y}-${m}-${d}`,
          `${y}/${pad(m, 2)}/${pad(d, 2)}`,
          `${pad(m, 2)}/${pad(d, 2)}/${y}`,
          `${y}-${pad(m, 2)}-${pad(d, 2)}T00:00`,
          `${y}-${pad(m, 2)}-${pad(d, 2)}Z`,
          `+0${y}-${pad(m, 2)}-${pad(d, 2)}`,
          `${y}${pad(m, 2)}${pad(d, 2)}`,
          `${y}-${pad(m, 2)}-${pad(d, 2)}`.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit))), // full-width digits
          `${y}-${pad(m, 2)}-${pad(d, 2)}`.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit))), // Arabic-Indic digits
          ` ${y}-${pad(m, 2)}-${pad(d, 2)}\n`,
        ),
      ),
    fc.string({ maxLength: 12 }),
  );

  it("accepts a date exactly when it is a real day written YYYY-MM-DD in 2000-2099, in every date field", () => {
    fc.assert(
      fc.property(dateLike, (typed) => {
        const day = typed.trim();
        expect(isCalendarDate(day)).toBe(isRealDay(day));
        const real = isRealDay(day) && day >= "2000-01-01" && day <= "2099-12-31";
        const task = parseForm(toFormData({ ...forms.task.base, dueOn: typed }), taskFormSchema);
        expect(task.ok).toBe(real);
        if (!task.ok) expect(Object.keys(task.failure.errors)).toEqual(["dueOn"]);
        // A real day outside the range is told the range, not that it is not a date.
        if (!task.ok && isRealDay(day)) expect(task.failure.errors.dueOn).toMatch(/between the years 2000 and 2099/);
        if (task.ok) expect(task.data.dueOn).toBe(typed.trim());
        const meeting = parseForm(
          toFormData({ ...forms.meeting.base, date: typed }),
          meetingFormSchema,
          meetingListFields,
        );
        expect(meeting.ok).toBe(real);
        if (!meeting.ok) expect(meeting.failure.errors.date).toMatch(/date/);
        // Optional dates: empty is fine, anything else must be a real day.
        const ask = parseForm(toFormData({ ...forms.ask.base, followUpOn: typed }), askFormSchema);
        expect(ask.ok).toBe(real || typed.trim() === "");
        if (!ask.ok) expect(ask.failure.errors.followUpOn).toMatch(/date/);
      }),
      { numRuns: 200 },
    );
  });

  it("accepts a meeting time exactly when it is HH:MM on a 24-hour clock, and refuses an end that is not after the start", () => {
    const timeLike = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.constantFrom("padded", "short", "seconds", "dot", "ampm"),
        )
        .map(([h, m, style]) =>
          style === "padded"
            ? `${pad(h, 2)}:${pad(m, 2)}`
            : style === "short"
              ? `${h}:${pad(m, 2)}`
              : style === "seconds"
                ? `${pad(h, 2)}:${pad(m, 2)}:00`
                : style === "dot"
                  ? `${pad(h, 2)}.${pad(m, 2)}`
                  : `${h}:${pad(m, 2)} PM`,
        ),
      fc.string({ maxLength: 6 }),
    );
    const isClockTime = (text: string) => {
      const match = /^([0-9]{2}):([0-9]{2})$/.exec(text);
      return !!match && Number(match[1]) < 24 && Number(match[2]) < 60;
    };
    const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
    fc.assert(
      fc.property(timeLike, timeLike, (start, end) => {
        const parsed = parseForm(
          toFormData({ ...forms.meeting.base, startTime: start, endTime: end }),
          meetingFormSchema,
          meetingListFields,
        );
        const [startOk, endOk] = [isClockTime(start.trim()), isClockTime(end.trim())];
        const ordered = startOk && endOk && minutes(end.trim()) > minutes(start.trim());
        expect(parsed.ok).toBe(startOk && endOk && ordered);
        if (parsed.ok) return;
        const errors = parsed.failure.errors;
        expect(!!errors.startTime).toBe(!startOk);
        // The end is faulted when it is not a time, or when it is not after a valid start (with an invalid start,
        // a second message on the end is allowed but not required).
        if (!endOk || (startOk && !ordered)) expect(errors.endTime).toMatch(/time|ends before/);
        if (endOk && startOk) expect(!!errors.endTime).toBe(!ordered);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a campaign that ends before it starts, and accepts any other pair of dates", () => {
    const day = fc
      .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.option(day, { nil: "" }), fc.option(day, { nil: "" }), (startsOn, endsOn) => {
        const parsed = parseForm(
          toFormData({ ...forms.campaign.base, startsOn, endsOn }),
          campaignFormSchema,
          campaignListFields,
        );
        const backwards = startsOn !== "" && endsOn !== "" && Date.parse(endsOn) < Date.parse(startsOn);
        expect(parsed.ok).toBe(!backwards);
        if (!parsed.ok) expect(Object.keys(parsed.failure.errors)).toEqual(["endsOn"]);
        if (parsed.ok) expect([parsed.data.startsOn, parsed.data.endsOn]).toEqual([startsOn || null, endsOn || null]);
      }),
    );
  });

  it("refuses a target that is both primary and secondary for a campaign, and otherwise keeps each list once", () => {
    const ids = fc.array(fc.constantFrom("t1", "t2", "t3", "t4", "t5"), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, (primaryTargetIds, secondaryTargetIds) => {
        const parsed = parseForm(
          toFormData({ ...forms.campaign.base, primaryTargetIds, secondaryTargetIds }),
          campaignFormSchema,
          campaignListFields,
        );
        const overlap = primaryTargetIds.some((id) => secondaryTargetIds.includes(id));
        expect(parsed.ok).toBe(!overlap);
        if (!parsed.ok) expect(parsed.failure.errors.secondaryTargetIds).toMatch(/not both/);
        if (parsed.ok) {
          expect(parsed.data.primaryTargetIds).toEqual([...new Set(primaryTargetIds)]);
          expect(parsed.data.secondaryTargetIds).toEqual([...new Set(secondaryTargetIds)]);
        }
      }),
    );
  });

  it("keeps a target's school only when they work at a school, and requires one then", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...loci),
        fc.constantFrom("", "s1", " s2 "),
        fc.array(fc.constantFrom(...domains), { minLength: 1, maxLength: domains.length }),
        (locus, schoolId, picked) => {
          const parsed = parseForm(
            toFormData({ ...forms.target.base, locus, schoolId, domains: picked }),
            targetFormSchema,
            ["domains"],
          );
          const needsSchool = locus === "school" && schoolId.trim() === "";
          expect(parsed.ok).toBe(!needsSchool);
          if (!parsed.ok) expect(Object.keys(parsed.failure.errors)).toEqual(["schoolId"]);
          if (!parsed.ok) return;
          expect(parsed.data.schoolId).toBe(locus === "school" ? schoolId.trim() : null);
          expect(parsed.data.domains).toEqual([...new Set(picked)]);
        },
      ),
    );
  });

  it("reads an email address the same however it is capitalized or padded, so signing up and logging in agree", () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    const address = fc
      .tuple(
        fc.stringMatching(/^[a-z0-9]+([._+-][a-z0-9]+){0,3}$/),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("org", "com", "edu", "us"),
      )
      .map(([local, hosts, tld]) => `${local}@${[...hosts, tld].join(".")}`);
    fc.assert(
      fc.property(
        address,
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        padding,
        padding,
        (canonical, upper, before, after) => {
          fc.pre(canonical.length <= 254);
          const typed =
            before +
            Array.from(canonical, (char, i) => (upper[i % upper.length] ? char.toUpperCase() : char)).join("") +
            after;
          const signup = signupSchema.safeParse({ ...forms.signup.base, email: typed });
          const login = loginSchema.safeParse({ email: canonical, password: "secret-secret" });
          expect(signup.success).toBe(true);
          expect(login.success).toBe(true);
          if (signup.success && login.success) expect(signup.data.email).toBe(login.data.email);
          expect(emailField.parse(emailField.parse(typed))).toBe(canonical);
        },
      ),
    );
  });

  it("round-trips any declaration through its form, and refuses a note on a cell left to the type", () => {
    const overridesArb = fc
      .subarray(allCells)
      .chain((cells) =>
        fc.tuple(
          ...cells.map((cell) =>
            fc.tuple(
              fc.constant(cell.key),
              fc.constantFrom(...leverageLevels),
              fc.oneof(fc.constant(""), typedText(500, true, "line")),
            ),
          ),
        ),
      )
      .map((entries) => Object.fromEntries(entries.map(([key, level, note]) => [key, { level, note }])) as Overrides);
    fc.assert(
      fc.property(
        fc.constantFrom(...systemTypes),
        typedText(120, false, "line"),
        fc.constantFrom(null, ...contextKinds),
        typedText(1000, false, "text"),
        overridesArb,
        (systemType, typedContext, contextKind, note, overrides) => {
          // The whole district has no name; a kind that is no name on its own needs one.
          const context = contextKind ? typedContext : "";
          fc.pre(!(contextKind && contextKindGuides[contextKind].nameRequired && !context.trim()));
          const parsed = parseForm(
            toFormData(declarationFormValues({ context, contextKind, systemType, note, overrides })),
            declarationFormSchema,
          );
          expect(parsed.ok ? null : parsed.failure.errors).toBeNull();
          if (!parsed.ok) return;
          expect(parsed.data).toEqual({
            context: contextKind ? context.trim() || contextKindGuides[contextKind].label : "",
            contextKind,
            systemType,
            note: note.trim(),
            overrides: Object.fromEntries(
              Object.entries(overrides).map(([key, value]) => [key, { level: value!.level, note: value!.note.trim() }]),
            ),
          });
          // A note typed for a cell left at the type's level is refused on that note, not silently dropped.
          const inherited = allCells.find(({ key }) => !overrides[key]);
          if (!inherited) return;
          const values = {
            ...declarationFormValues({ context, contextKind, systemType, note, overrides }),
            [overrideNoteField(inherited.key)]: "We saw this",
          };
          expect(values[overrideLevelField(inherited.key)]).toBe(inheritLevel);
          const refused = parseForm(toFormData(values), declarationFormSchema);
          expect(refused.ok).toBe(false);
          if (!refused.ok) expect(Object.keys(refused.failure.errors)).toEqual([overrideNoteField(inherited.key)]);
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Diagnostic scoring

const answersArb: fc.Arbitrary<DiagnosticAnswers> = fc.record({
  who: fc.record(
    Object.fromEntries(domains.map((domain) => [domain, fc.constantFrom(...whoAnswers)])) as Record<
      Domain,
      fc.Arbitrary<(typeof whoAnswers)[number]>
    >,
  ),
  cues: fc.record(
    Object.fromEntries(cueQuestions.map((cue) => [cue.id, fc.constantFrom(...cueAnswers)])) as Record<
      (typeof cueQuestions)[number]["id"],
      fc.Arbitrary<(typeof cueAnswers)[number]>
    >,
  ),
});
const closenessOf = (answers: DiagnosticAnswers, type: SystemType) =>
  scoreDiagnostic(answers).find((score) => score.type === type)!.closeness;
const expects = (cue: (typeof cueQuestions)[number], type: SystemType) =>
  (cue.expects as Partial<Record<SystemType, "yes" | "no">>)[type];

describe("diagnostic scoring", () => {
  it("ranks every type exactly once, nearest first, with a whole-number closeness from 0 to 100", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const scores = scoreDiagnostic(answers);
        expect(scores.map((score) => score.type).sort()).toEqual([...systemTypes].sort());
        for (const score of scores) {
          expect(Number.isInteger(score.closeness)).toBe(true);
          expect(score.closeness).toBeGreaterThanOrEqual(0);
          expect(score.closeness).toBeLessThanOrEqual(100);
        }
        for (let i = 1; i < scores.length; i++) {
          const [before, after] = [scores[i - 1]!, scores[i]!];
          expect(before.closeness).toBeGreaterThanOrEqual(after.closeness);
          // Ties keep the typology's own order, so the same answers always list the same way.
          if (before.closeness === after.closeness)
            expect(systemTypes.indexOf(before.type)).toBeLessThan(systemTypes.indexOf(after.type));
        }
      }),
    );
  });

  it("ranks a type first, by a clear margin, for the answers a district of exactly that type would give", () => {
    fc.assert(
      fc.property(fc.constantFrom(...systemTypes), (type) => {
        const [first, second] = scoreDiagnostic(answersForPureType(type));
        expect(first!.type).toBe(type);
        expect(first!.closeness - second!.closeness).toBeGreaterThanOrEqual(10);
      }),
      { numRuns: 20 },
    );
  });

  it("still ranks the right type first when a volunteer answering for a pure type gets one answer wrong or unsure", () => {
    const mistake = fc.oneof(
      fc.tuple(fc.constant("who" as const), fc.constantFrom(...domains), fc.constantFrom(...whoAnswers)),
      fc.tuple(
        fc.constant("cues" as const),
        fc.constantFrom(...cueQuestions.map((cue) => cue.id)),
        fc.constantFrom(...cueAnswers),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...systemTypes), mistake, (type, [part, question, answer]) => {
        const answers = answersForPureType(type);
        (answers[part] as Record<string, string>)[question] = answer;
        expect(scoreDiagnostic(answers)[0]!.type).toBe(type);
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order the answers were given in, and does not change the answers", () => {
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.nat()), (answers, randomness) => {
        const shuffle = <T>(items: T[]) =>
          items
            .map((item) => [randomness.next().value as number, item] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, item]) => item);
        const reordered = {
          cues: Object.fromEntries(shuffle(Object.entries(answers.cues))),
          who: Object.fromEntries(shuffle(Object.entries(answers.who))),
        } as DiagnosticAnswers;
        const copy = structuredClone(answers);
        const scores = scoreDiagnostic(answers);
        expect(scoreDiagnostic(reordered)).toEqual(scores);
        expect(answers).toEqual(copy);
      }),
    );
  });

  it("moves a type's closeness the right way when one cue answer agrees or disagrees with it, and not at all for cues it says nothing about", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...cueQuestions),
        fc.constantFrom(...systemTypes),
        (answers, cue, type) => {
          const withAnswer = (answer: (typeof cueAnswers)[number]) =>
            closenessOf({ ...answers, cues: { ...answers.cues, [cue.id]: answer } }, type);
          const expected = expects(cue, type);
          if (!expected) {
            expect(new Set(cueAnswers.map(withAnswer)).size).toBe(1);
            return;
          }
          const opposite = expected === "yes" ? "no" : "yes";
          expect(withAnswer(expected)).toBeGreaterThanOrEqual(withAnswer("unsure"));
          expect(withAnswer("unsure")).toBeGreaterThanOrEqual(withAnswer(opposite));
          expect(withAnswer(expected)).toBeGreaterThan(withAnswer(opposite));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("moves every type's closeness by at most 10 points when one 'who does this work' answer changes, and never down when it moves toward the type", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...domains),
        fc.constantFrom(...whoAnswers),
        fc.constantFrom(...systemTypes),
        (answers, domain, answer, type) => {
          const changed: DiagnosticAnswers = { ...answers, who: { ...answers.who, [domain]: answer } };
          expect(Math.abs(closenessOf(changed, type) - closenessOf(answers, type))).toBeLessThanOrEqual(10);
          const toward: DiagnosticAnswers = {
            ...answers,
            who: { ...answers.who, [domain]: answersForPureType(type).who[domain] },
          };
          expect(closenessOf(toward, type)).toBeGreaterThanOrEqual(closenessOf(answers, type));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("explains a type's score with exactly the signs it expects an answer to: agreeing ones toward, others away", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const score of scoreDiagnostic(answers)) {
          const moved = (effect: "for" | "against") =>
            cueQuestions
              .filter((cue) => score.evidence.some((item) => item.effect === effect && item.question === cue.question))
              .map((cue) => cue.id);
          const answered = cueQuestions.filter(
            (cue) => answers.cues[cue.id] !== "unsure" && expects(cue, score.type) !== undefined,
          );
          expect(moved("for")).toEqual(
            answered.filter((cue) => answers.cues[cue.id] === expects(cue, score.type)).map((cue) => cue.id),
          );
          expect(moved("against")).toEqual(
            answered.filter((cue) => answers.cues[cue.id] !== expects(cue, score.type)).map((cue) => cue.id),
          );
        }
      }),
    );
  });

  it("shows a match only when at least half the questions have an answer other than 'Not sure'", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = diagnose(answers);
        const answered =
          Object.values(answers.who).filter((answer) => answer !== "unsure").length +
          Object.values(answers.cues).filter((answer) => answer !== "unsure").length;
        expect(result.answered).toBe(answered);
        expect(result.enough).toBe(answered * 2 >= diagnosticQuestionCount);
        // Every "Not sure" gets something to find out, and nothing else does.
        expect(result.toFindOut).toHaveLength(diagnosticQuestionCount - answered);
      }),
    );
  });

  it("round-trips any answers and context through the diagnostic form, and names the field of a missing answer", () => {
    fc.assert(
      fc.property(answersArb, typedText(120, false, "line"), fc.nat(), (answers, context, drop) => {
        const values = diagnosticFormValues(context, answers);
        const parsed = parseForm(toFormData(values), diagnosticFormSchema);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.data).toEqual({ context: context.trim(), answers });
        const fields = Object.keys(values).filter((key) => key !== "context");
        const missing = fields[drop % fields.length]!;
        const { [missing]: _dropped, ...rest } = values;
        const refused = parseForm(toFormData(rest), diagnosticFormSchema);
        expect(refused.ok).toBe(false);
        if (!refused.ok) expect(Object.keys(refused.failure.errors)).toEqual([missing]);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Playbook generator

const content = playbookContent();

/** How text typed by a person must read in the rendered playbook: literally, with runs of whitespace as one space. */
const literal = (typed: string) => typed.replace(/\s+/g, " ").trim();
/** CommonMark parsers must read U+0000 as U+FFFD (marked, which the app uses, keeps it as it is). */
const asCommonMark = (text: string) => text.replace(/\0/g, "\uFFFD");
const nonBlank = (max: number) => typedText(max, true);
const cellTitle = (domain: Domain, locus: Locus) => `${domainLabels[domain]} — ${locusLabels[locus]}`;
const typeLevel = (type: SystemType, domain: Domain, locus: Locus) => responsibilityMatrix[type][locus][domain].level;
const levelIn =
  (input: PlaybookInput) =>
  (domain: Domain, locus: Locus): LeverageLevel =>
    input.overrides?.[`${domain}.${locus}`]?.level ?? typeLevel(input.type, domain, locus);
const expectedTargetsLine = (input: PlaybookInput, domain: Domain, locus: Locus) => {
  const names = (input.targets ?? [])
    .filter((target) => target.locus === locus && target.domains.includes(domain))
    .map((target) => literal(target.title ? `${target.name} (${target.title})` : target.name));
  return `Your targets here: ${names.length ? names.join(", ") : "none yet"}.`;
};

const targetArb: fc.Arbitrary<PlaybookTarget> = fc.record({
  name: nonBlank(120),
  title: fc.oneof(fc.constant(null), fc.constant(""), nonBlank(120)),
  locus: fc.constantFrom(...loci),
  domains: fc.subarray([...domains], { minLength: 1 }),
});
const overridesArb: fc.Arbitrary<Overrides> = fc
  .subarray(allCells)
  .chain((cells) =>
    fc.tuple(
      ...cells.map((cell) =>
        fc.tuple(fc.constant(cell.key), fc.constantFrom(...leverageLevels), fc.oneof(fc.constant(""), nonBlank(200))),
      ),
    ),
  )
  .map((entries) => Object.fromEntries(entries.map(([key, level, note]) => [key, { level, note }])) as Overrides);
const inputArb: fc.Arbitrary<PlaybookInput> = fc.record(
  {
    type: fc.constantFrom(...systemTypes),
    overrides: overridesArb,
    context: fc.oneof(fc.constant(null), nonBlank(120)),
    coalition: nonBlank(120),
    district: fc.record({ name: nonBlank(160), state: fc.constantFrom(...usStateCodes) }),
    declared: fc.record({
      at: fc.date({
        min: new Date("2020-01-01T00:00:00Z"),
        max: new Date("2040-01-01T00:00:00Z"),
        noInvalidDate: true,
      }),
      by: nonBlank(100),
      timeZone: fc.constantFrom("UTC", "America/New_York", "Pacific/Guam"),
    }),
    targets: fc.array(targetArb, { maxLength: 6 }),
    guidance: fc.array(fc.record({ title: nonBlank(160), source: nonBlank(120), summary: nonBlank(400) }), {
      maxLength: 2,
    }),
    contextKind: fc.option(fc.constantFrom(...contextKinds), { nil: null }),
  },
  { requiredKeys: ["type"] },
);

/** The same playbook with every piece of typed text replaced by plain words. */
function plainVersion(input: PlaybookInput): PlaybookInput {
  return {
    ...input,
    overrides: Object.fromEntries(
      Object.entries(input.overrides ?? {}).map(([key, value]) => [
        key,
        { level: value!.level, note: value!.note ? "Seen" : "" },
      ]),
    ),
    context: input.context ? "Context" : input.context,
    coalition: input.coalition ? "Coalition" : input.coalition,
    district: input.district ? { ...input.district, name: "District" } : undefined,
    declared: input.declared ? { ...input.declared, by: "Someone" } : undefined,
    targets: input.targets?.map((target, i) => ({
      ...target,
      name: `Target ${i}`,
      title: target.title ? `Title ${i}` : target.title,
    })),
    guidance: input.guidance?.map((_, i) => ({ title: `Guidance ${i}`, source: "Agency", summary: "Summary" })),
  };
}

// The playbook as the app serves it (markdown → marked → sanitize-html), read back into a small element tree.
// sanitize-html writes well-formed HTML with "<" in text always escaped, so a tag-by-tag reading is exact.
type Element = { tag: string; attrs: string; children: Array<Element | string> };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) =>
    entity.startsWith("#")
      ? String.fromCodePoint(/^#x/i.test(entity) ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)))
      : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" } as Record<string, string>)[
          entity.toLowerCase()
        ]!,
  );
}

function readHtml(html: string): Element {
  const root: Element = { tag: "root", attrs: "", children: [] };
  const stack = [root];
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi)) {
    const top = stack.at(-1)!;
    if (match[4] !== undefined) {
      if (match[4].trim() !== "" || top.tag !== "root") top.children.push(decodeEntities(match[4]));
    } else if (match[1]) {
      while (stack.length > 1 && stack.pop()!.tag !== match[2]!.toLowerCase());
    } else {
      const element: Element = { tag: match[2]!.toLowerCase(), attrs: match[3] ?? "", children: [] };
      top.children.push(element);
      if (element.tag !== "br" && element.tag !== "hr") stack.push(element);
    }
  }
  return root;
}

const playbookHtml = (input: PlaybookInput) => readHtml(renderMarkdown(renderPlaybook(input, content)));
const textIn = (node: Element | string): string =>
  typeof node === "string" ? node : node.children.map(textIn).join("");
const elements = (node: Element): Element[] =>
  node.children.filter((child): child is Element => typeof child !== "string");
const allElements = (node: Element): Element[] => elements(node).flatMap((child) => [child, ...allElements(child)]);
const isHeading = (node: Element, upTo = 6) => /^h[1-6]$/.test(node.tag) && Number(node.tag[1]) <= upTo;
/** The blocks between the H2 with this text and the next H1 or H2. */
function sectionIn(root: Element, title: string): Element[] {
  const blocks = elements(root);
  const start = blocks.findIndex((node) => node.tag === "h2" && textIn(node) === title);
  if (start === -1) return [];
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((node) => isHeading(node, 2));
  return end === -1 ? rest : rest.slice(0, end);
}
const h3sIn = (blocks: Element[]) => blocks.filter((node) => node.tag === "h3").map(textIn);
const itemsIn = (blocks: Element[]) =>
  blocks
    .filter((node) => node.tag === "ul" || node.tag === "ol")
    .flatMap((list) => elements(list).map((item) => textIn(item).trim()));

/** For each H3 leverage point in a section: its "Your targets here" line and its "Observed" note. */
function pointsIn(blocks: Element[]): Map<string, { targets?: string; observed?: string }> {
  const points = new Map<string, { targets?: string; observed?: string }>();
  let current: { targets?: string; observed?: string } | undefined;
  for (const node of blocks) {
    if (node.tag === "h3") points.set(textIn(node), (current = {}));
    else if (current && node.tag === "p" && textIn(node).startsWith("Your targets here:"))
      current.targets = textIn(node);
    else if (current && node.tag === "blockquote") current.observed = textIn(node).trim();
  }
  return points;
}

describe("playbook generator", () => {
  it("is deterministic: the same input gives the same markdown, and rendering changes neither input nor content", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const inputCopy = structuredClone(input);
        const contentCopy = structuredClone(content);
        const markdown = renderPlaybook(input, content);
        expect(renderPlaybook(structuredClone(input), structuredClone(content))).toBe(markdown);
        expect(input).toEqual(inputCopy);
        expect(content).toEqual(contentCopy);
      }),
      { numRuns: 30 },
    );
  });

  it("lists exactly the primary, secondary and weak points of the type with the coalition's observations applied, and the type's moves", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const root = playbookHtml(input);
        const level = levelIn(input);
        const cellsAt = (wanted: LeverageLevel) =>
          allCells
            .filter(({ domain, locus }) => level(domain, locus) === wanted)
            .map(({ domain, locus }) => cellTitle(domain, locus));
        const primary = h3sIn(sectionIn(root, levelHeadings.primary));
        expect(primary).toEqual(cellsAt("primary"));
        expect(h3sIn(sectionIn(root, levelHeadings.secondary))).toEqual(cellsAt("secondary"));
        expect(itemsIn(sectionIn(root, levelHeadings.weak)).map((item) => item.split(":")[0])).toEqual(cellsAt("weak"));
        // Every primary point of the type itself is listed, unless the coalition observed otherwise for that cell.
        for (const { domain, locus, key } of allCells) {
          if (typeLevel(input.type, domain, locus) === "primary" && !input.overrides?.[key])
            expect(primary).toContain(cellTitle(domain, locus));
        }
        // The leverage table gives each cell's level and says which cells the coalition observed, and what the
        // type said.
        const table = sectionIn(root, "Leverage map").find((node) => node.tag === "table");
        expect(table).toBeDefined();
        const rows = allElements(table!)
          .filter((node) => node.tag === "tr")
          .slice(1);
        expect(rows).toHaveLength(domains.length);
        domains.forEach((domain, row) => {
          const cells = elements(rows[row]!).map(textIn);
          expect(cells[0]).toBe(`${domainGlossary[domain].plain} (${domainGlossary[domain].term})`);
          loci.forEach((locus, column) => {
            const cell = cells[column + 1]!;
            const observed = input.overrides?.[`${domain}.${locus}`];
            const shown = levelGlossary[level(domain, locus)];
            const typeSays = levelGlossary[typeLevel(input.type, domain, locus)];
            expect(cell.startsWith(`${shown.shape} ${shown.plain} · `)).toBe(true);
            expect(cell.endsWith(`observed (the type says ${typeSays.shape} ${typeSays.plain.toLowerCase()})`)).toBe(
              !!observed,
            );
          });
        });
        const moves = h3sIn(sectionIn(root, "Moving the system"));
        expect(moves).toEqual(
          systemMoves
            .filter((move) => move.from === input.type)
            .map((move) =>
              move.to.length === 1
                ? `Toward a ${systemTypeLabels[move.to[0]!].toLowerCase()} system`
                : "Toward any of the four newer types",
            ),
        );
      }),
      { numRuns: 20 },
    );
  });

  it("says nothing about where a lever is that the coalition's map does not say: no type, correction or context can contradict it", () => {
    // Every words that name a level ("main lever", "primary"...) and every cell title ("Checking how it is going —
    // Schools"), as a reader meets them in the page.
    const levelNames = leverageLevels.map((wanted) => ({
      level: wanted,
      pattern: new RegExp(`\\b(${levelGlossary[wanted].plain}|${levelGlossary[wanted].term})\\b`, "i"),
    }));
    const titles = allCells.map(({ domain, locus }) => ({ domain, locus, title: cellTitle(domain, locus) }));
    const domainNames = domains.flatMap((domain) => [domainGlossary[domain].plain, domainGlossary[domain].term]);
    const ownText = (node: Element): string =>
      node.children
        .map((child) =>
          typeof child === "string" ? child : child.tag === "ul" || child.tag === "ol" ? "" : ownText(child),
        )
        .join("");
    fc.assert(
      fc.property(inputArb, (input) => {
        const level = levelIn(input);
        let statements = 0;
        let about: (typeof titles)[number] | undefined;
        const visit = (node: Element) => {
          if (node.tag === "table") return; // the map's own table is checked cell by cell above
          if (/^h[1-6]$/.test(node.tag)) {
            about = titles.find((t) => t.title === textIn(node));
            return;
          }
          if (node.tag === "p" || node.tag === "li") {
            const text = ownText(node);
            const levels = levelNames.filter(({ pattern }) => pattern.test(text));
            const named = titles.filter((t) => text.toLowerCase().includes(t.title.toLowerCase()));
            const cells = named.length ? named : about ? [about] : [];
            if (levels.length && cells.length) {
              // One level per statement, and it is the level the map gives every cell the statement names.
              statements += 1;
              expect(
                levels.map((l) => l.level),
                text,
              ).toHaveLength(1);
              for (const cell of cells) expect(level(cell.domain, cell.locus), text).toBe(levels[0]!.level);
            } else if (levels.length) {
              // A level said of a kind of work without saying where ("primary for all five kinds of work").
              expect(
                domainNames.filter((name) => text.toLowerCase().includes(name.toLowerCase())),
                text,
              ).toEqual([]);
              expect(text, text).not.toMatch(/all five|every kind of work|each kind of work/i);
            }
          }
          elements(node).forEach(visit);
        };
        elements(playbookHtml(input)).forEach(visit);
        // Each main and second lever states its level under its own heading, and so do the first moves.
        const points = allCells.filter(({ domain, locus }) => level(domain, locus) !== "weak").length;
        expect(statements).toBeGreaterThanOrEqual(points);
      }),
      { numRuns: 30 },
    );
  });

  it("shows each target under exactly the points it holds, its name and title read literally, and lists uncovered primary points as gaps", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const root = playbookHtml(input);
        const level = levelIn(input);
        const points = new Map([
          ...pointsIn(sectionIn(root, levelHeadings.primary)),
          ...pointsIn(sectionIn(root, levelHeadings.secondary)),
        ]);
        const gaps: string[] = [];
        for (const { domain, locus, key } of allCells) {
          if (level(domain, locus) === "weak") continue;
          const point = points.get(cellTitle(domain, locus));
          expect(point, cellTitle(domain, locus)).toBeDefined();
          if (input.targets === undefined) expect(point?.targets).toBeUndefined();
          else expect(point?.targets).toBe(expectedTargetsLine(input, domain, locus));
          const held = (input.targets ?? []).some(
            (target) => target.locus === locus && target.domains.includes(domain),
          );
          if (level(domain, locus) === "primary" && !held)
            gaps.push(
              `No one mapped yet for ${cellTitle(domain, locus).toLowerCase()} (main lever, ${
                input.overrides?.[key]
                  ? "observed"
                  : gradeGlossary[responsibilityMatrix[input.type][locus][domain].grade].plain.toLowerCase()
              }).`,
            );
          const note = input.overrides?.[key]?.note;
          expect(point?.observed).toBe(note ? `Observed by your coalition: ${literal(note)}` : undefined);
        }
        const gapSection = sectionIn(root, "Gaps: main levers with no target yet");
        if (input.targets === undefined) expect(gapSection).toEqual([]);
        else if (gaps.length) expect(itemsIn(gapSection)).toEqual(gaps);
        else expect(gapSection.map(textIn)).toEqual(["Every main lever has at least one target."]);
      }),
      { numRuns: 20 },
    );
  });

  it("lets no typed text (names, titles, context, notes, guidance) add an element: no heading, list, table, emphasis, HTML or link", () => {
    const tagSequence = (root: Element) => allElements(root).map((node) => node.tag);
    fc.assert(
      fc.property(inputArb, (input) => {
        const html = renderMarkdown(renderPlaybook(input, content));
        const root = readHtml(html);
        // Element for element the same as the playbook with every typed text replaced by plain words.
        expect(tagSequence(root)).toEqual(tagSequence(playbookHtml(plainVersion(input))));
        expect(html).not.toMatch(/<[^>]*\son[a-z]+=|href="javascript:/i);
        // And the typed text is all there, literally: title, byline, guidance.
        const [title, byline] = elements(root);
        const where = input.district
          ? literal(input.district.name)
          : input.type === "american-default"
            ? "A district in the American default"
            : `A ${systemTypeLabels[input.type].toLowerCase()} district`;
        expect(title?.tag).toBe("h1");
        expect(textIn(title!)).toBe(`Playbook: ${where} (${input.context ? literal(input.context) : "district-wide"})`);
        if (input.coalition && input.district && input.declared) {
          expect(textIn(byline!)).toContain(
            `For ${literal(input.coalition)} · ${stateName(input.district.state)} · declared`,
          );
          expect(textIn(byline!).endsWith(`by ${literal(input.declared.by)}`)).toBe(true);
        }
        const guidance = sectionIn(root, "Guidance from your state");
        expect(h3sIn(guidance)).toEqual((input.guidance ?? []).map((item) => literal(item.title)));
        for (const item of input.guidance ?? []) {
          expect(guidance.map(textIn)).toContain(`From ${literal(item.source)}`);
          expect(guidance.map(textIn)).toContain(literal(item.summary));
        }
      }),
      { numRuns: 20 },
    );
  });

  it("reads the same in an independent CommonMark + GFM parser (the downloaded .md): same headings, targets literal", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const tree = parseMarkdown(renderPlaybook(input, content));
        const headings = (nodes: Nodes[]) =>
          nodes
            .filter((node) => node.type === "heading")
            .map((node) => `h${(node as { depth: number }).depth} ${textOf(node)}`);
        const fromHtml = elements(playbookHtml(input))
          .filter((node) => isHeading(node))
          .map((node) => asCommonMark(`${node.tag} ${textIn(node)}`));
        expect(headings(tree.children)).toEqual(fromHtml);
        const level = levelIn(input);
        const lines: string[] = [];
        walk(tree, (node) => {
          if (node.type === "paragraph" && textOf(node).startsWith("Your targets here:")) lines.push(textOf(node));
          // Typed text is never read as raw HTML, an image or a link whose text hides its address.
          expect(["html", "image", "imageReference", "linkReference", "footnoteReference"]).not.toContain(node.type);
          if (node.type === "link")
            expect([textOf(node), `http://${textOf(node)}`, `mailto:${textOf(node)}`]).toContain(node.url);
        });
        const expected = (["primary", "secondary"] as const).flatMap((wanted) =>
          allCells
            .filter(({ domain, locus }) => input.targets !== undefined && level(domain, locus) === wanted)
            .map(({ domain, locus }) => asCommonMark(expectedTargetsLine(input, domain, locus))),
        );
        expect(lines).toEqual(expected);
      }),
      { numRuns: 3 },
    );
  });

  it("keeps a state agency's note headings below the playbook's own sections (no H1 or H2), before the appendix", () => {
    // Any lines an agency might write, except those that open a block running to the end of the document
    // (a code fence, an HTML comment or <script>/<pre>/<style> block): those are a separate matter.
    const opensBlock = /```|~~~|<!--|<(script|pre|style|textarea)/i;
    const noteLine = fc.oneof(
      fc.constantFrom(
        "# Contacts",
        "## Requirements",
        "### Resources",
        "   # Indented",
        "#",
        "##",
        "Contacts",
        "========",
        "--------",
        "---",
        "-",
        "",
        "\r",
        "Unicode line\u2028---",
        "> # Quoted heading",
        "- ## Listed heading",
        "2) # Numbered heading",
        "> Quoted title",
        "> ---",
        "> ===",
        "  ---",
        "- item",
        "1. first",
        "> quoted",
        "Call 555-0100.",
      ),
      typedText(60, false).filter((line) => !opensBlock.test(line)),
    );
    const notes = fc.array(
      fc.record({
        source: nonBlank(80),
        body: fc
          .tuple(fc.array(noteLine, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r"))
          .map(([lines, eol]) => lines.join(eol)),
      }),
      { minLength: 1, maxLength: 2 },
    );
    const topHeadings = (root: Element) =>
      allElements(root)
        .filter((node) => isHeading(node, 2))
        .map(textIn);
    const own = new Map(systemTypes.map((type) => [type, topHeadings(playbookHtml({ type }))]));
    fc.assert(
      fc.property(fc.constantFrom(...systemTypes), notes, (type, stateNotes) => {
        const noteH2s = stateNotes.map(
          (note) => `From ${literal(note.source)}: notes for ${systemTypeLabels[type].toLowerCase()} systems`,
        );
        const ownH2s = own.get(type)!;
        // The notes come after Fulcrum's own type-specific sections and before the appendix (the last three).
        expect(topHeadings(playbookHtml({ type, stateNotes }))).toEqual([
          ...ownH2s.slice(0, -3),
          ...noteH2s,
          ...ownH2s.slice(-3),
        ]);
      }),
      { numRuns: 20 },
    );
  });
});

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ("children" in node) for (const child of node.children as Nodes[]) walk(child, visit);
}
