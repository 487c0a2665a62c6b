import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import { projectRoot } from "../app/lib/project-root.server";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** `onStatement` is called once for every statement run (the app counts queries per request with it). */
export function openDatabase(path: string, onStatement?: () => void): AppDatabase {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = reusingStatements(new Database(path, onStatement ? { verbose: onStatement } : {}));
  if (path !== ":memory:") sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema }) as AppDatabase;
}

const cachedStatements = 500;

/**
 * Keeps the most recently used compiled statements for their SQL text: drizzle asks the driver to compile every
 * query it runs, and compiling costs as much as running a typical page query. A statement handed out again is
 * reset to return plain rows, whatever mode its last caller put it in; holders that keep one (drizzle's prepared
 * queries) set the mode they need on every run.
 */
function reusingStatements(sqlite: Database.Database): Database.Database {
  const compile = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement) {
      statements.delete(source);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
    } else {
      statement = compile(source);
      if (statements.size >= cachedStatements) statements.delete(statements.keys().next().value!);
    }
    statements.set(source, statement);
    return statement;
  }) as Database.Database["prepare"];
  return sqlite;
}

export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder: join(projectRoot(), "db", "migrations") });
  // Gathers the statistics the query planner needs to choose between indexes (cheap when nothing changed).
  db.$client.pragma("optimize=0x10002");
}

/** A short random id (96 bits, URL-safe) for every row. */
export function newId(): string {
  return randomBytes(12).toString("base64url");
}

export { schema };
