// Pages read as a person reads them, and checked for the phrases they must (and must not) say: the shape of most
// language tests (a page in Spanish says these words, and none of the English ones).
import { expect } from "vitest";

import { decode, html, withoutScripts } from "./client";

/**
 * What a person reads on a page: no scripts (they carry the catalogs of both the page and its layout, and its
 * data), no tags, white space folded to single spaces, entities decoded.
 */
export const pageText = (page: string): string =>
  decode(
    withoutScripts(page)
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " "),
  );

/** A response's page as a person reads it. */
export const readPage = async (response: Response): Promise<string> => pageText(await html(response));

/** Fails unless `text` says every one of `phrases`; the failure lists each one it does not say. */
export function expectSays(text: string, phrases: readonly string[]): void {
  expect(
    phrases.filter((phrase) => !text.includes(phrase)),
    "phrases the page does not say",
  ).toEqual([]);
}

/** Fails if `text` says any of `phrases` (a string is looked for as it is, a pattern matched); lists each one. */
export function expectDoesNotSay(text: string, phrases: readonly (string | RegExp)[]): void {
  expect(
    phrases.filter((phrase) => (typeof phrase === "string" ? text.includes(phrase) : phrase.test(text))),
    "phrases the page should not say",
  ).toEqual([]);
}
