import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { projectRoot } from "~/lib/project-root.server";
import { domains, loci, systemTypes, type CellKey, type EvidenceGrade, type LeverageLevel } from "~/lib/typology";

import { parseMarkdown, section, tables, textOf } from "../support/markdown";
import { expected, readTag, type Read } from "../support/typology-oracle";
import { domainGlossary } from "../support/typology-words";

// Every cell's level and grade, as design/typology.md's table gives them, in what `npm run playbook` prints: the
// JSON for programs and the markdown (the same text the app offers as a download) for people.

const run = promisify(execFile);
const cli = async (...args: string[]) =>
  (
    await run(join(projectRoot(), "node_modules/.bin/tsx"), ["scripts/playbook.ts", ...args], {
      cwd: projectRoot(),
    })
  ).stdout;

describe.each(systemTypes)("the %s map", (type) => {
  it("gives every cell typology.md's level and grade in the CLI's JSON", async () => {
    const json = JSON.parse(await cli("--type", type, "--format", "json")) as {
      leverageMap: Array<{ key: CellKey; level: LeverageLevel; grade: EvidenceGrade; reason: string }>;
    };
    expect(
      Object.fromEntries(json.leverageMap.map((cell) => [cell.key, { level: cell.level, grade: cell.grade }])),
    ).toEqual(expected(type));
    for (const cell of json.leverageMap) expect(cell.reason.length, cell.key).toBeGreaterThan(20);
  });

  it("gives every cell typology.md's level and grade in the CLI's markdown, by shape and words", async () => {
    const tree = parseMarkdown(await cli("--type", type));
    const [table] = tables(section(tree, "Leverage map"));
    const rows = table!.children.slice(1).map((row) => row.children.map(textOf));
    const read: Record<string, Read> = {};
    rows.forEach((row, index) => {
      expect(row[0]).toBe(`${domainGlossary[domains[index]!].plain} (${domainGlossary[domains[index]!].term})`);
      loci.forEach((locus, column) => (read[`${domains[index]}.${locus}`] = readTag(row[column + 1]!)));
    });
    expect(read).toEqual(expected(type));
  });
});
