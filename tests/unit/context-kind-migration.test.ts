// The migrations that gave declarations a context kind and diagnostics a question set, applied to a database
// written before them (every migration up to 0018 only), exactly as a server upgrading in place would.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";

import { currentAnswers } from "~/lib/typology/diagnostic";
import { readSavedAnswers } from "~/lib/typology/saved-answers.server";

const migrations = join(process.cwd(), "db", "migrations");
const lastBefore = "0018_two_factor";
const dir = mkdtempSync(join(tmpdir(), "fulcrum-context-kinds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder whose journal stops at `tag`, so the database is migrated only that far. */
function migrationsUpTo(tag: string): string {
  const folder = join(dir, "migrations-before");
  cpSync(migrations, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
  const end = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(end).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe("the context-kind migrations", () => {
  it("make today's free-text contexts 'other' with their labels kept, and keep old diagnostics readable", () => {
    const sqlite = new Database(join(dir, "old.db"));
    // Only declarations and diagnostics matter here; their districts and users are not the point.
    sqlite.pragma("foreign_keys = OFF");
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsUpTo(lastBefore) });
    const columns = (table: string) =>
      sqlite
        .prepare(`select name from pragma_table_info('${table}')`)
        .all()
        .map((row) => (row as { name: string }).name);
    expect(columns("declarations")).not.toContain("context_kind");

    const declare = sqlite.prepare(
      "insert into declarations (id, district_id, context, system_type, overrides, declared_by_name, sequence) " +
        "values (?, 'district-1', ?, 'networked', '{}', 'Olu', ?)",
    );
    declare.run("whole", "", 1);
    declare.run("sped", "Special education", 2);
    declare.run("typed", "  Dual-language  «K–2» & 'math' ", 3);
    const oldAnswers = {
      who: { environment: "both", infrastructure: "both", use: "both", performance: "both", leadership: "schools" },
      cues: {
        "same-curriculum": "no",
        "fidelity-checks": "no",
        "principal-as-agent": "no",
        choice: "unsure",
        "distinct-models": "no",
        closures: "unsure",
        "lean-central-office": "no",
        "frame-then-design": "yes",
        "leadership-teams": "yes",
        "adapt-and-feed-back": "unsure",
        "improvement-cycles": "no",
        sorting: "no",
        "resources-not-vision": "no",
      },
    };
    sqlite
      .prepare(
        "insert into diagnostics (id, district_id, context, answers, updated_at) values (?, 'district-1', '', ?, ?)",
      )
      .run("old", JSON.stringify(oldAnswers), Date.now());

    migrate(db, { migrationsFolder: migrations });

    const declarations = sqlite
      .prepare("select id, context, context_kind as kind from declarations order by sequence")
      .all();
    expect(declarations).toEqual([
      { id: "whole", context: "", kind: null },
      { id: "sped", context: "Special education", kind: "other" },
      { id: "typed", context: "  Dual-language  «K–2» & 'math' ", kind: "other" },
    ]);
    const diagnostic = sqlite.prepare("select answers, question_set as questionSet from diagnostics").get() as {
      answers: string;
      questionSet: number;
    };
    expect(diagnostic.questionSet).toBe(1);
    expect(JSON.parse(diagnostic.answers)).toEqual(oldAnswers);
    const saved = readSavedAnswers(diagnostic.questionSet, JSON.parse(diagnostic.answers));
    expect(saved.answers).toEqual(oldAnswers);
    expect(currentAnswers(saved)?.cues["frame-then-design"]).toBe("yes");
    sqlite.close();
  });
});
