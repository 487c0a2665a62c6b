import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import type { Language } from "~/lib/i18n";
import { readCatalog, type Catalog } from "~/lib/i18n-catalogs.server";
import { renderContextSection, renderPlaybook } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { systemTypes } from "~/lib/typology";
import { checkContextKinds } from "~/lib/typology/check.server";
import { contextKindGuides, contextKinds } from "~/lib/typology/context-kinds";

import { messagesIn } from "../support/catalog";
import { lists, parseMarkdown, parseSection, textOf } from "../support/markdown";
import { seedsDir } from "../support/seeds";

const seedFile = (() => {
  try {
    return readdirSync(seedsDir).find((name) => name.startsWith("000_"));
  } catch {
    return undefined;
  }
})();

const contextSectionTitle = messagesIn("en", "playbook")("doc.context.title");

describe("context kinds", () => {
  it("covers the brief's list of contexts, plus 'other' for everything else", () => {
    expect(contextKinds).toEqual([
      "subject",
      "general-education",
      "special-education",
      "compensatory-education",
      "grade-band",
      "neighborhood-schools",
      "magnet-schools",
      "low-performing-schools",
      "high-performing-schools",
      "other",
    ]);
  });

  it.each(contextKinds)("says for %s who holds the work, which records to ask for and what to watch", (kind) => {
    const guide = contextKindGuides[kind];
    expect(guide.holders.length).toBeGreaterThanOrEqual(2);
    expect(guide.records.length).toBeGreaterThanOrEqual(3);
    expect(guide.watch.length).toBeGreaterThanOrEqual(2);
    // At least one point rests on the brief, each with line numbers of the seed in the form L<n> or L<n>-<m>.
    const grounded = guide.watch.filter((item) => item.lines);
    expect(grounded.length).toBeGreaterThan(0);
    for (const item of grounded) expect(item.lines).toMatch(/^L\d+(-\d+)?(, L\d+(-\d+)?)*$/);
    // No holder or record is listed twice.
    expect(new Set(guide.holders).size).toBe(guide.holders.length);
    expect(new Set(guide.records).size).toBe(guide.records.length);
  });

  it.runIf(seedFile)("cites only lines that exist in the brief, and copies no run of eight words from it", () => {
    const seed = readFileSync(join(seedsDir, seedFile!), "utf8");
    const lineCount = seed.split("\n").length;
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/-\n/g, "")
        .replace(/’/g, "'")
        .match(/[a-z0-9']+/g) ?? [];
    const seedWords = words(seed);
    const runs = new Set(seedWords.slice(0, -7).map((_, i) => seedWords.slice(i, i + 8).join(" ")));
    for (const kind of contextKinds) {
      const guide = contextKindGuides[kind];
      for (const item of guide.watch)
        for (const line of (item.lines ?? "").match(/\d+/g) ?? []) expect(Number(line)).toBeLessThanOrEqual(lineCount);
      for (const text of [...guide.holders, ...guide.records, ...guide.watch.map((item) => item.text)]) {
        const own = words(text);
        for (let i = 0; i + 8 <= own.length; i++) expect(runs.has(own.slice(i, i + 8).join(" ")), text).toBe(false);
      }
    }
  });

  it("renders a section that names the coalition's label and the kind, and marks its own suggestions", () => {
    const tree = parseMarkdown(renderContextSection("special-education", "Inclusion classrooms", playbookContent()));
    expect(textOf(tree.children[0]!)).toBe(contextSectionTitle);
    expect(textOf(tree)).toContain("This playbook is for Inclusion classrooms (special education).");
    const items = lists(tree.children).flatMap((list) => list.children.map(textOf));
    for (const record of contextKindGuides["special-education"].records)
      expect(items.some((item) => item.toLowerCase() === record.toLowerCase())).toBe(true);
    const watch = contextKindGuides["special-education"].watch;
    expect(items.filter((item) => item.endsWith("(from the research brief)"))).toHaveLength(
      watch.filter((item) => item.lines).length,
    );
    // "Other" has no kind name of its own to add, nor does a label that already says it.
    expect(renderContextSection("special-education", "Special education", playbookContent())).toContain(
      "This playbook is for Special education. ",
    );
    expect(renderContextSection("other", "Career and technical education", playbookContent())).toContain(
      "This playbook is for Career and technical education. ",
    );
  });

  it.each(systemTypes)("adds the section to a %s playbook for a context with a kind, once, and only then", (type) => {
    const content = playbookContent();
    // The section's words depend on the kind alone (renderContextSection takes no type), and where it goes on the
    // type alone: each type takes every fifth kind, so every kind and every type is met (25 playbooks, not 65).
    const kinds = contextKinds.filter((_, i) => i % systemTypes.length === systemTypes.indexOf(type));
    for (const kind of kinds) {
      const markdown = renderPlaybook({ type, context: "Our part *of* town", contextKind: kind }, content);
      const parts = markdown.split(`\n## ${contextSectionTitle}\n`);
      expect(parts).toHaveLength(2);
      // The coalition's label is escaped like everything else people type. Only the section is parsed: a whole
      // playbook takes a CommonMark parser a tenth of a second, and this runs for every type and kind.
      const text = parseSection(markdown, contextSectionTitle).map(textOf).join("\n");
      expect(text).toContain("This playbook is for Our part *of* town");
    }
    expect(renderPlaybook({ type }, content)).not.toContain(contextSectionTitle);
    expect(renderPlaybook({ type, contextKind: "magnet-schools" }, content)).not.toContain(contextSectionTitle);
    expect(renderPlaybook({ type, context: "Magnets" }, content)).not.toContain(contextSectionTitle);
  });
});

describe("context kinds in the catalogs", () => {
  /** The real catalogs, but with one message of one language's contexts.json changed (or removed, for undefined). */
  const withMessage =
    (language: Language, path: string[], message: string | undefined) => (lang: Language, namespace: string) => {
      const catalog = readCatalog(lang, namespace);
      if (lang !== language || namespace !== "contexts") return catalog;
      const copy: Catalog = structuredClone(catalog);
      let node = copy;
      for (const part of path.slice(0, -1)) {
        const next = node[part];
        if (typeof next !== "object") throw new Error(`no ${path.join(".")} in ${language}/contexts.json`);
        node = next;
      }
      if (message === undefined) delete node[path.at(-1)!];
      else node[path.at(-1)!] = message;
      return copy;
    };

  it("have every word keyed in every language, and the English catalog says what the records say", () => {
    expect(() => checkContextKinds()).not.toThrow();
  });

  it("are refused when English drifts from the records, or a language lacks or empties a message", () => {
    expect(() =>
      checkContextKinds(withMessage("en", ["kind", "magnet-schools", "records", "2"], "Other words")),
    ).toThrow('app/locales/en/contexts.json says "Other words" for contexts:kind.magnet-schools.records.2');
    expect(() => checkContextKinds(withMessage("es", ["kind", "subject", "watch", "3"], undefined))).toThrow(
      "app/locales/es/contexts.json has no message for contexts:kind.subject.watch.3",
    );
    expect(() => checkContextKinds(withMessage("es", ["kind", "other", "label"], " "))).toThrow(
      "app/locales/es/contexts.json has no message for contexts:kind.other.label",
    );
    // Spanish says it in its own words: only English must match the records.
    expect(() => checkContextKinds(withMessage("es", ["kind", "other", "label"], "Otra cosa"))).not.toThrow();
  });
});
