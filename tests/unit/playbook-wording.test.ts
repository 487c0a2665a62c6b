import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { buildPlaybookModel, playbookWordCounts, renderPlaybook } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { allCells, systemTypes, type Overrides } from "~/lib/typology";

import { seedsDir, seedsPresent } from "../support/seeds";

// Fulcrum writes in its own words: no run of eight or more words from a seed text (the research it draws on)
// anywhere in a playbook, except the titles of the works it cites. The seeds sit in the shared folder beside the
// repository (FULCRUM_SEEDS overrides where), so this runs wherever they are.
const runLength = 8;

const words = (text: string) =>
  text
    .replace(/(\w)-\s*\n\s*(\w)/g, "$1$2") // a word broken across lines by the PDF's hyphenation
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const runs = (list: string[]) => list.slice(0, Math.max(0, list.length - runLength + 1)).map((_, i) => i);

/** Every playbook text a reader can get: each type, with targets, corrections and context, as markdown and JSON. */
function productTexts(): Array<{ name: string; text: string }> {
  const content = playbookContent();
  const overrides: Overrides = { "use.school": { level: "weak", note: "" } };
  return systemTypes.flatMap((type) => {
    const input = {
      type,
      overrides,
      targets: [{ name: "A", locus: "school" as const, domains: ["use" as const] }],
    };
    const markdown = renderPlaybook(input, content)
      // Titles of cited works (italic or quoted in the sources) are the one exception.
      .replace(/\*[^*\n]+\*|"[^"\n]+"/g, " ");
    return [
      { name: `${type}.md`, text: markdown },
      {
        name: `${type}.json`,
        text: JSON.stringify(buildPlaybookModel(input, content)).replace(/\\n|[{}[\]",:]/g, " "),
      },
    ];
  });
}

describe.runIf(seedsPresent)("the playbook's wording", () => {
  it(`copies no run of ${runLength} words from a seed text`, () => {
    const seen = new Set<string>();
    for (const file of readdirSync(seedsDir).filter((name) => name.endsWith(".txt"))) {
      const list = words(readFileSync(join(seedsDir, file), "utf8"));
      for (const i of runs(list)) seen.add(list.slice(i, i + runLength).join(" "));
    }
    expect(seen.size).toBeGreaterThan(10_000);
    const copied: string[] = [];
    for (const { name, text } of productTexts()) {
      const list = words(text);
      for (const i of runs(list)) {
        const run = list.slice(i, i + runLength).join(" ");
        if (seen.has(run)) copied.push(`${name}: ${run}`);
      }
    }
    expect([...new Set(copied)]).toEqual([]);
  });
});

describe("the playbook's length", () => {
  it("keeps each pure type's body (before the appendix) under about 1,500 words, and prints the counts", () => {
    const content = playbookContent();
    const counts = systemTypes.map((type) => ({ type, ...playbookWordCounts({ type }, content) }));
    console.log(counts.map((c) => `${c.type}: body ${c.body}, with appendix ${c.total}`).join("\n"));
    for (const { type, body, total } of counts) {
      expect(body, type).toBeLessThanOrEqual(1500);
      expect(total, type).toBeGreaterThan(body);
    }
  });

  it("counts a playbook's words as a reader would, body first", () => {
    const content = playbookContent();
    const pure = playbookWordCounts({ type: "managerial" }, content);
    const longer = playbookWordCounts(
      { type: "managerial", overrides: { [allCells[0]!.key]: { level: "primary", note: "one two three four" } } },
      content,
    );
    expect(longer.body).toBeGreaterThan(pure.body);
    expect(longer.total - longer.body).toBe(pure.total - pure.body);
  });
});
