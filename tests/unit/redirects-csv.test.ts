import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { toCsv } from "~/lib/csv.server";
import { safeRedirect } from "~/lib/schemas.server";

import { unicodeText } from "../support/unicode-text";

const site = "https://fulcrum.example.org";

describe("safeRedirect", () => {
  it("never leaves the site and always gives a valid header value, whatever the target", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      "\u0000",
      " ",
      ".",
      "..",
      "%2f",
      "@",
      ":",
      "evil.example",
    );
    const target = fc.oneof(
      unicodeText({ maxLength: 40 }),
      fc.array(pieces, { maxLength: 10 }).map((parts) => `/${parts.join("")}`),
    );
    fc.assert(
      fc.property(target, (to) => {
        const path = safeRedirect(to);
        expect(new URL(path, site).origin).toBe(site);
        expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
        expect(() => new Headers({ Location: path })).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it("keeps ordinary paths as they are", () => {
    expect(safeRedirect("/o/maple/tasks?mine=1#due")).toBe("/o/maple/tasks?mine=1#due");
    expect(safeRedirect("/o/x/../y")).toBe("/o/y");
    expect(safeRedirect("https://evil.example", "/orgs/new")).toBe("/orgs/new");
  });
});

describe("toCsv", () => {
  const triggers = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];

  it("never hands a spreadsheet a cell that starts like a formula, and keeps every other cell exactly", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.tuple(fc.constantFrom(...triggers), fc.string({ maxLength: 20 })).map(([first, rest]) => first + rest),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
        const parsed = parse(toCsv(table), { bom: true, relax_column_count: true }) as string[][];
        expect(parsed).toHaveLength(table.length);
        parsed.forEach((row, r) =>
          row.forEach((value, c) => {
            const typed = table[r]![c]!;
            expect(triggers.includes(value[0] ?? "")).toBe(false);
            expect(value).toBe(triggers.includes(typed[0] ?? "") ? `'${typed}` : typed);
          }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
