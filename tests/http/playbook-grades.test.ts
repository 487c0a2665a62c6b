import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { allCells, systemTypes } from "~/lib/typology";

import { Client, decode, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";
import { expected, readSpecMatrix, readTag, specProblems } from "../support/typology-oracle";

// Every cell's level and grade, as design/typology.md's table gives them, on the app's playbook page (the CLI's
// JSON and markdown are checked in tests/integration/playbook-grades.test.ts).

const spec = readSpecMatrix();

it("has a readable oracle", () => {
  expect(specProblems(spec)).toEqual([]);
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
