import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { locales } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";

describe("formatCount", () => {
  it.each(locales)("writes every whole number as Intl does in %s", (locale) => {
    const intl = new Intl.NumberFormat(locale);
    const edges = [0, 7, 999, 1000, 1234, 10_000, 999_999, 1_000_000, -1, -1000, Number.MAX_SAFE_INTEGER];
    for (const value of edges) expect(formatCount(value, locale)).toBe(intl.format(value));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => formatCount(value, locale) === intl.format(value)),
      { numRuns: 300 },
    );
  });

  it("leaves fractions to Intl", () => {
    expect(formatCount(1234.5, "en-US")).toBe("1,234.5");
    expect(formatCount(1234.5, "es-US")).toBe(new Intl.NumberFormat("es-US").format(1234.5));
  });
});
