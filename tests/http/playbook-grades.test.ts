import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "~/lib/project-root.server";
import {
  allCells,
  domainGlossary,
  domains,
  gradeGlossary,
  levelGlossary,
  loci,
  systemTypes,
  type CellKey,
  type EvidenceGrade,
  type LeverageLevel,
  type SystemType,
} from "~/lib/typology";
import { Client, decode, html } from "../support/client";
import { parseMarkdown, section, tables, textOf } from "../support/markdown";
import { startServer, type RunningServer } from "../support/server";
import { readSpecMatrix, specProblems } from "../support/typology-oracle";

// Every cell's level and grade, as design/typology.md's table gives them, wherever a person or a program reads the
// map: the CLI's JSON, the CLI's markdown (the same text the app offers as a download) and the app's page.

const spec = readSpecMatrix();
const run = promisify(execFile);
const cli = async (...args: string[]) =>
  (
    await run(join(projectRoot(), "node_modules/.bin/tsx"), ["scripts/playbook.ts", ...args], {
      cwd: projectRoot(),
    })
  ).stdout;

type Read = { level: LeverageLevel | undefined; grade: EvidenceGrade | undefined };
const expected = (type: SystemType) =>
  Object.fromEntries(allCells.map(({ key }) => [key, { level: spec[type][key].level, grade: spec[type][key].grade }]));

/** A map cell as a reader sees it ("●●● Main lever · Said outright") back to its level and grade. */
function readTag(text: string): Read {
  const level = (Object.keys(levelGlossary) as LeverageLevel[]).find((l) =>
    text.includes(`${levelGlossary[l].shape} ${levelGlossary[l].plain}`),
  );
  const grade = (Object.keys(gradeGlossary) as EvidenceGrade[]).find((g) => text.includes(gradeGlossary[g].plain));
  return { level, grade };
}

it("has a readable oracle", () => {
  expect(specProblems(spec)).toEqual([]);
});

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

describe("the app's playbook page", () => {
  let server: RunningServer;
  let organizer: Client;
  let base: string;
  beforeAll(async () => {
    server = await startServer();
    organizer = new Client(server.url);
    await organizer.signUp("Gia Grades", "gia@example.org");
    await organizer.createCoalition("grades-co", "Grades Coalition");
    base = `/o/grades-co/districts/${await organizer.createDistrict("grades-co", "Graded Unified")}`;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each(systemTypes)("shows every %s cell with typology.md's level and grade", async (type) => {
    const fields: Record<string, string> = { context: "", systemType: type, note: "" };
    for (const { key } of allCells) {
      fields[`override_${key.replace(".", "__")}`] = "type";
      fields[`overrideNote_${key.replace(".", "__")}`] = "";
    }
    expect((await organizer.post(`${base}/declare`, fields)).status).toBe(302);
    const page = await html(await organizer.get(`${base}/playbook`));
    const read = Object.fromEntries(
      [...page.matchAll(/<td data-cell="([a-z-]+\.[a-z-]+)">([\s\S]*?)<\/td>/g)].map((match) => [
        match[1],
        readTag(decode(match[2]!.replace(/<[^>]+>/g, ""))),
      ]),
    );
    expect(read).toEqual(expected(type));
    // No NUL from the streaming renderer in the middle of the page's text (see entry.server.tsx).
    expect(page).not.toContain("\0");
    // The first three moves open the page, before the map.
    expect(page.indexOf('id="first-moves"')).toBeGreaterThan(-1);
    expect(page.indexOf('id="first-moves"')).toBeLessThan(page.indexOf('id="map"'));
  });
});
