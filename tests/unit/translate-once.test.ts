// A list's rows ask for the same words again and again; translateOnce answers each key and values once, and
// must still give each distinct key or value its own text.
import i18next from "i18next";
import { describe, expect, it } from "vitest";

import { translateOnce } from "~/lib/translate-once";

describe("translateOnce", () => {
  it("looks each key and values up once and keeps different values apart", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: "en",
      resources: { en: { translation: { due: "due {{date}}", overdue: "Overdue" } } },
      interpolation: { escapeValue: false },
    });
    const lookups: string[] = [];
    const t = ((key: string, values?: Record<string, string>) => {
      lookups.push(key);
      return i18n.t(key, values);
    }) as typeof i18n.t;
    const rowT = translateOnce(t);
    for (let row = 0; row < 10; row++) expect(rowT("overdue")).toBe("Overdue");
    expect(rowT("due", { date: "Oct 3" })).toBe("due Oct 3");
    expect(rowT("due", { date: "Oct 4" })).toBe("due Oct 4");
    expect(rowT("due", { date: "Oct 3" })).toBe("due Oct 3");
    expect(lookups).toEqual(["overdue", "due", "due"]);
  });
});
