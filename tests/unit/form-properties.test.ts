// Property-based tests (fast-check) of the form schemas: whatever people type or post, each form answers with
// typed values or a clear refusal on the right field, never an error. Run counts: this file gets about one second of
// the unit suite's ten on two cores, so a property runs 50-150 times (a run takes 1-4 ms; posting a real form body
// costs the most); the properties over every text field draw a field each run, so each field is met several times.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { parseForm as parseKeys, readForm } from "~/lib/forms.server";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { chartFieldKeys } from "~/lib/labels";
import { isMessageKey } from "~/lib/message-key";
import {
  districtSchema,
  emailField,
  isCalendarDate,
  loginSchema,
  organizationSchema,
  schoolSchema,
  signupSchema,
} from "~/lib/schemas.server";
import { allCells, domains, leverageLevels, loci, systemTypes, type CellKey, type Overrides } from "~/lib/typology";
import { contextKindGuides, contextKinds } from "~/lib/typology/context-kinds";
import { answersForPureType } from "~/lib/typology/diagnostic";
import { askFormSchema, askStatusFormSchema } from "~/routes/o.$slug+/campaigns+/$campaignId.asks+/__ask-form.server";
import {
  meetingFormSchema,
  meetingListFields,
  meetingNotesSchema,
} from "~/routes/o.$slug+/campaigns+/$campaignId.meetings+/__meeting-form.server";
import { campaignFormSchema, campaignListFields } from "~/routes/o.$slug+/campaigns+/__campaign-form.server";
import {
  declarationFormValues,
  diagnosticFormValues,
  inheritLevel,
  overrideLevelField,
  overrideNoteField,
} from "~/routes/o.$slug+/districts+/$districtId._typology+/__typology-fields";
import {
  declarationFormSchema,
  diagnosticFormSchema,
} from "~/routes/o.$slug+/districts+/$districtId._typology+/__typology-forms.server";
import { targetFormSchema } from "~/routes/o.$slug+/districts+/$districtId.targets+/__target-form.server";
import { guidanceSchema, publishSchema } from "~/routes/o.$slug+/guidance+/__guidance-form.server";
import { guidanceLimits } from "~/routes/o.$slug+/guidance+/__guidance-limits";
import { settleTaskSchema, taskFormSchema } from "~/routes/o.$slug+/tasks+/__task-form.server";

import { shownFailure, shownMessage } from "../support/messages";
import {
  TextKind,
  Values,
  get,
  padding,
  postedForm,
  textOfLength,
  toFormData,
  typedText,
  typedUrl,
} from "../support/typed-input";
import { unicodeText } from "../support/unicode-text";

// The messages as a person reads them (English), not the catalog keys the schemas hold.
const parseForm: typeof parseKeys = (...args) => {
  const parsed = parseKeys(...args);
  return parsed.ok ? parsed : { ok: false, failure: shownFailure(parsed.failure) };
};

type FormSpec = { name: string; schema: z.ZodType; lists?: readonly string[]; base: Values; fields: string[] };

const chartBase = Object.fromEntries(chartFieldKeys.map(([name]) => [name, ""]));
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
      ...chartFieldKeys.map(([name]) => name),
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
/**
 * Long text as the server keeps it: a browser sends each line break as CR LF, which is one character to the person
 * typing, so line breaks are stored as LF (and counted once) before the whitespace around the text is trimmed.
 */
const asStored = (kind: TextKind, typed: string) => (kind === "text" ? typed.replace(/\r\n?/g, "\n") : typed).trim();

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
  ...chartFieldKeys.map(([name]) =>
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

/** A message as an English reader sees it: a catalog key is translated with the values the form sent along. */
function inEnglish(message: string, values?: Record<string, string | number>): string {
  if (!isMessageKey(message)) return message;
  const namespace = message.slice(0, message.indexOf(":"));
  return createTranslator("en", [namespace]).t(message, values);
}

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
                  fc.array(fc.oneof(typedText(300, false), unicodeText()), {
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
          // What is wrong is gathered, then checked once: a form has up to 45 fields, and an expect() for each
          // field of each run was a fifth of this file's time.
          const wrong: string[] = [];
          for (const [field, message] of errors) {
            if (!form.fields.includes(field)) wrong.push(`a message on ${field}, which the form does not have`);
            if (typeof message !== "string" || message.trim().length <= 3) wrong.push(`${field}: ${message}`);
          }
          // What the person typed comes back so the form can be filled in again, except a password.
          const { values } = parsed.failure;
          for (const field of form.fields) {
            const sent = formData.getAll(field) as string[];
            const back = form.lists?.includes(field) ? sent.join(",") : sent.at(-1);
            if (field === "password") {
              if ("password" in values) wrong.push("the password came back");
            } else if (back !== undefined && values[field] !== back) {
              wrong.push(`${field} came back as ${JSON.stringify(values[field])}, sent ${JSON.stringify(back)}`);
            }
          }
          expect(wrong, form.name).toEqual([]);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("answers a body that is not a readable form with a 400, never another error", async () => {
    const bodies = fc.oneof(
      unicodeText(),
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
    // A form drawn for each run reads whatever was read: parsing every form's refusals of each body was most of this
    // test's time, and the property above already puts any form data to every form.
    const formArb = fc.constantFrom(...(Object.values(forms) as FormSpec[]));
    await fc.assert(
      fc.asyncProperty(bodies, types, formArb, async (body, type, spec) => {
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
          expect(shownMessage(String(get(error, "data", "message")))).toMatch(/expected a form/);
          return;
        }
        // Whatever was read, a form parses it without throwing.
        expect(typeof parseForm(form, spec.schema, spec.lists).ok).toBe("boolean");
      }),
      { numRuns: 50 },
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
        const expected = asStored(spec.kind, typed);
        // Optional text left empty reads as an empty string (or null where the schema says so), never as junk.
        if (expected === "") expect([null, ""]).toContain(spec.read(parsed.data));
        else expect(spec.read(parsed.data)).toBe(expected);
      }),
      { numRuns: 100 },
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
      { numRuns: 100 },
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
        const stored = asStored(spec.kind, typed);
        if (stored.length <= spec.max) {
          expect(parsed.ok ? null : parsed.failure.errors, describeField(spec)).toBeNull();
          if (parsed.ok) expect(spec.read(parsed.data)).toBe(stored);
        } else {
          expect(parsed.ok, describeField(spec)).toBe(false);
          if (parsed.ok) return;
          expect(Object.keys(parsed.failure.errors)).toEqual([spec.field]);
          const message = inEnglish(parsed.failure.errors[spec.field]!, parsed.failure.messageValues?.[spec.field]);
          expect(message, describeField(spec)).toMatch(/characters or fewer/);
          expect(
            [String(spec.max), spec.max.toLocaleString("en-US")].some((limit) => message.includes(limit)),
            `${describeField(spec)}: ${message}`,
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
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
      { numRuns: 100 },
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
      { numRuns: 150 },
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
            note: asStored("text", note),
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
