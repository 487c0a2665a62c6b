import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, html, withoutScripts } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

// The playbook's words (about 2,700 of them, rendered from markdown) go out once: on a first load in the page
// only, not again in the data React hydrates from; reached by a link inside the app, in the page's data.

let server: RunningServer;
let organizer: Client;
let districtId: string;
const slug = "once-co";
const playbook = () => `/o/${slug}/districts/${districtId}/playbook`;

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Oona Organizer", "oona@example.org");
  await organizer.createCoalition(slug);
  districtId = await organizer.createDistrict(slug, "Once District");
  await organizer.createTarget(slug, districtId, "Dr. Chief", "central-office", ["use", "leadership"]);
  await organizer.declare(slug, districtId, "managerial");
});
afterAll(async () => {
  await server?.stop();
});

/** The blocks of rendered markdown a first load keeps in the page, by their number. */
const keptBlocks = (page: string) =>
  [...page.matchAll(/<div data-kept-html="(\d+)">([^]*?)<\/div>/g)].map((m) => ({ index: Number(m[1]), html: m[2]! }));

/** A run of plain words from a block, which reads the same in the page and in any escaped copy of it. */
const wordsOf = (block: string) =>
  block
    .replace(/<[^>]+>|&[#\w]+;/g, "\n")
    .split("\n")
    .map((line) => line.match(/[\p{L}\p{N} ,]{24,}/u)?.[0]?.trim() ?? "")
    .sort((a, b) => b.length - a.length)[0] ?? "";

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("the playbook's words go out once", () => {
  it("holds each block of words once on a first load, the appendix included", async () => {
    const page = await html(await organizer.get(playbook()));
    const blocks = keptBlocks(page);
    // The heading, the sections and each lever's head and tail.
    expect(blocks.length).toBeGreaterThan(12);
    expect(blocks.map((block) => block.index)).toEqual(blocks.map((_, index) => index));
    for (const id of ["first-moves", "primary", "how-to-read", "cross-cutting", "sources"])
      expect(page).toContain(`id="${id}"`);
    // Each block's words are in the page's markup and nowhere in its scripts (the data React hydrates from).
    const scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
    let checked = 0;
    for (const block of blocks) {
      const words = wordsOf(block.html);
      if (!words) continue;
      checked += 1;
      expect(withoutScripts(page), words).toContain(words);
      expect(occurrences(scripts, words), words).toBe(0);
    }
    expect(checked).toBeGreaterThan(12);
  });

  it("sends the words in the page's data to a link inside the app, and nothing kept", async () => {
    const page = await html(await organizer.get(playbook()));
    const response = await organizer.get(`${playbook()}.data`);
    expect(response.status).toBe(200);
    const data = await response.text();
    expect(data).not.toContain('"kept"');
    for (const block of keptBlocks(page)) {
      const words = wordsOf(block.html);
      if (words) expect(data, words).toContain(words);
    }
  });
});
