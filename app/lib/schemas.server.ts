// Every form's shared fields, checked with zod on the server only: pages import the limits they show from
// limits.ts, which holds no validator.
import { z } from "zod";

import { href } from "~/lib/paths";

import { organizationKinds, schoolLevels } from "./domain";
import { limits } from "./limits";
import { isValidTimeZone } from "./time-zones";
import { usStateCodes } from "./us-states";

// Text the UI shows on one line (names, titles, places, subjects) is also what lands in email headers, calendar
// files and CSV cells, where a line break or control character can start a new header, property or row, and a
// bidi override can make a name read backwards. Those characters are never typed on purpose, so they are refused
// at the edge with a message rather than silently changed. Trimming comes first, so a pasted trailing newline is fine.
const notOneLine = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// Longer text (notes, agendas, bodies) keeps its line breaks and tabs; other control characters are refused.
const controlInText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// Messages are catalog keys (app/locales/<language>/common.json), translated where the form is shown.
export const oneLineMessage = "common:validation.oneLine";
export const controlCharacterMessage = "common:validation.controlCharacters";

/** True when text can be shown, sent and exported as one line. */
export const isOneLine = (value: string) => !notOneLine.test(value);

type TextMessages = { tooLong: string; required?: string };

/** Text shown as one line: trimmed, within `max`, required when a `required` message is given. */
export function singleLineField(max: number, messages: TextMessages) {
  const text = z.string().trim();
  return (messages.required ? text.min(1, messages.required) : text)
    .max(max, messages.tooLong)
    .refine(isOneLine, oneLineMessage);
}

/** Text of several lines (notes, agendas, bodies): line breaks and tabs kept, other control characters refused. */
export function multiLineField(max: number, messages: TextMessages) {
  // Browsers send a line break as CR LF; it is one character to the person typing (and to the counter).
  const text = z
    .string()
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .trim();
  const limited = (messages.required ? text.min(1, messages.required) : text).max(max, messages.tooLong);
  return limited.refine((value) => !controlInText.test(value), controlCharacterMessage);
}

// A required one-line field; its too-long message interpolates the limit as {{maximum}}.
const required = (max: number, required: string, tooLong: string) => singleLineField(max, { required, tooLong });

const optionalDigits = (digits: number, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || new RegExp(`^\\d{${digits}}$`).test(value), message)
    .transform((value) => (value === "" ? null : value));

export const emailField = singleLineField(limits.email, {
  required: "common:validation.email.required",
  tooLong: "common:validation.email.tooLong",
})
  .pipe(z.email("common:validation.email.invalid"))
  .transform((value) => value.toLowerCase());

export const personNameField = required(
  limits.personName,
  "common:validation.personName.required",
  "common:validation.personName.tooLong",
);

export const newPasswordField = z
  .string()
  .min(limits.passwordMin, "common:validation.newPassword.tooShort")
  .max(limits.passwordMax, "common:validation.newPassword.tooLong");

export const stateField = z.enum(usStateCodes as [string, ...string[]], "common:validation.state");

export const timeZoneField = z
  .string()
  .trim()
  .min(1, "common:validation.timeZone.required")
  .max(64, "common:validation.timeZone.fromList")
  .refine(isValidTimeZone, "common:validation.timeZone.unknown");

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(limits.slugMin, "common:validation.slug.tooShort")
  .max(limits.slugMax, "common:validation.slug.tooLong")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "common:validation.slug.pattern");

export const signupSchema = z.object({
  name: personNameField,
  email: emailField,
  password: newPasswordField,
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({ password: newPasswordField });

/** The secret part of an emailed link (invitation, reset, verification): URL-safe base64 of 32 random bytes. */
export const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const loginSchema = z.object({
  email: emailField,
  password: z
    .string()
    .min(1, "common:validation.password.required")
    .max(limits.passwordMax, "common:validation.password.tooLong"),
});

export const organizationSchema = z.object({
  kind: z.enum(organizationKinds, "common:validation.organizationKind"),
  name: required(
    limits.orgName,
    "common:validation.organizationName.required",
    "common:validation.organizationName.tooLong",
  ),
  slug: slugField,
  state: stateField,
  timeZone: timeZoneField,
});

export const organizationSettingsSchema = organizationSchema.omit({ kind: true });

export const districtSchema = z.object({
  name: required(
    limits.districtName,
    "common:validation.districtName.required",
    "common:validation.districtName.tooLong",
  ),
  state: stateField,
  ncesId: optionalDigits(7, "common:validation.ncesDistrictId"),
});

export const schoolSchema = z.object({
  name: required(limits.schoolName, "common:validation.schoolName.required", "common:validation.schoolName.tooLong"),
  level: z.enum(schoolLevels, "common:validation.schoolLevel"),
  ncesId: optionalDigits(12, "common:validation.ncesSchoolId"),
});

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids in URLs: anything else cannot name a row, so it is answered with 404 before any query. */
export const idParam = z.string().regex(idPattern);

/** An optional choice of a record in a form: empty reads as null. */
export const optionalIdField = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || idPattern.test(value), message)
    .transform((value) => (value === "" ? null : value));

/** Ticked records in a form (checkbox groups). */
export const idListField = (message = "common:validation.fromList") =>
  z.array(z.string().regex(idPattern, message)).max(200);

// Any origin will do: a target is resolved against it only to see whether it stays on it.
const ownOrigin = "http://fulcrum.invalid";

/**
 * A path inside this site to return to after login or sign-up; anything else falls back to `fallback`.
 * The target is resolved the way a browser resolves a Location header (tabs and line breaks dropped, backslashes
 * read as slashes, dot segments removed), so "/\t/evil.example" or "/..//evil.example" cannot leave the site. The
 * result is the resolved path, percent-encoded, so it is always a valid header value.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = href("/home")): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(to, ownOrigin);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  if (url.origin !== ownOrigin || !path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}

/** The ?page= of a paged list: a whole number from 1, anything else reads as 1. */
export function pageParam(search: URLSearchParams): number {
  const page = Number.parseInt(search.get("page") ?? "1", 10);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1;
}

/** A real calendar day written YYYY-MM-DD (2026-02-31 is not one). */
export const isCalendarDate = (value: string): boolean => z.iso.date().safeParse(value).success;

// Every date Fulcrum keeps (due dates, follow-ups, campaign and meeting days) falls in this century. A fixed
// range, not one relative to today, so a saved record never turns invalid as time passes; it covers any past
// record a coalition would enter and any plan ahead, and keeps years of four digits that every calendar reads.
export const dateRange = { first: "2000-01-01", last: "2099-12-31" } as const;
export const dateRangeMessage = "common:validation.dateRange";

const inDateRange = (value: string) => value >= dateRange.first && value <= dateRange.last;

/** A real calendar day in the range Fulcrum keeps. */
export function isSupportedDate(value: string): boolean {
  return isCalendarDate(value) && inDateRange(value);
}

// The range is checked only once the day is real, so a person sees one message: what is wrong first.
const supportedDay = (notADate: string) => z.iso.date(notADate).pipe(z.string().refine(inDateRange, dateRangeMessage));

/** A required date field, with the message to show when it is missing or not a real day. */
export const dateField = (message: string) => z.string().trim().pipe(supportedDay(message));

/** An optional date field: empty reads as null. */
export const optionalDateField = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(supportedDay("common:validation.optionalDate").nullable());

/** A time of day as a time input sends it: HH:MM, 24-hour. */
export const timeOfDayField = (message: string) =>
  z
    .string()
    .trim()
    .pipe(z.iso.time({ precision: -1, error: message }));

/** True for a time of day written HH:MM (00:00 to 23:59). */
export const isTimeOfDay = (value: string): boolean => z.iso.time({ precision: -1 }).safeParse(value).success;

/**
 * A link people paste (evidence, video calls), or nothing: http or https as a browser parses it, and no spaces
 * (a space means a sentence was pasted, and the link would break in an email or a calendar file).
 */
export const optionalWebLink = (message: string) =>
  z.union([z.literal(""), z.url({ protocol: /^https?$/, error: message }).regex(/^\S+$/, message)]);

/** An email address, or nothing. */
export const optionalEmail = (message: string) => z.union([z.literal(""), z.email(message)]);
