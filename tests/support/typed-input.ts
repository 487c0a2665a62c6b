// Shared arbitraries for the property tests: text people type, including markup, SQL, quotes and any Unicode,
// and forms as the server reads them.
import fc from "fast-check";

import { readForm } from "~/lib/forms.server";

import { unicodeText } from "./unicode-text";

// ---------------------------------------------------------------------------------------------------------------
// Shared arbitraries: text people type, including markup, SQL, quotes and any Unicode.

export const hostile = [
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
export const whitespace = [" ", "\n", "\t", "\r\n", "\r", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028"];

export const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...hostile), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }), weight: 2 },
  { arbitrary: unicodeText({ maxLength: 6 }), weight: 1 },
  { arbitrary: fc.constantFrom(...whitespace), weight: 1 },
);
export const padding = fc.array(fc.constantFrom(...whitespace), { maxLength: 3 }).map((parts) => parts.join(""));

/** Cuts whole code points off the end until the text fits (never leaving half of a surrogate pair). */
export function fit(text: string, max: number): string {
  let result = text.trim();
  while (result.length > max) result = Array.from(result).slice(0, -1).join("").trim();
  return result;
}

// What the two kinds of text field refuse inside the text (app/lib/schemas.server.ts): a one-line field (names,
// titles, places) any line break, control character or bidi override; a long text (notes, agendas) any control
// character other than tab and line breaks.
export type TextKind = "line" | "text";
export const refusedIn: Record<TextKind, RegExp> = {
  line: /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
  text: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/,
};
/** The text with what a field of that kind refuses taken out (replaced by spaces), when a kind is given. */
export const allowedIn = (kind: TextKind | undefined, text: string) =>
  kind ? text.replace(new RegExp(refusedIn[kind], "g"), " ") : text;

/**
 * What a person might type into a field of `max` characters: any text, with whitespace around it. With a kind,
 * only text such a field accepts (whitespace around it, line breaks included, is trimmed away by every field).
 */
export const typedText = (max: number, required: boolean, kind?: TextKind) =>
  fc.tuple(padding, fc.array(fragment, { maxLength: 8 }), padding).map(([before, parts, after]) => {
    let core = fit(allowedIn(kind, parts.join("")), max);
    if (required && core === "") core = "x";
    return before + core + after;
  });

/** A link as someone pastes it: no whitespace inside. */
export const typedUrl = (max: number) =>
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
export const textOfLength = (length: number, kind: TextKind, noSpaces = false) =>
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
export type Values = Record<string, string | string[]>;

export function toFormData(values: Values): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}

/** The form as the server reads it from a real urlencoded POST body. */
export async function postedForm(values: Values): Promise<FormData> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return readForm(new Request("http://localhost/form", { method: "POST", body }));
}

export const get = (record: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
    record,
  );
