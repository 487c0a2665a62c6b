import { resolve } from "node:path";

import { sql, type SQL } from "drizzle-orm";

import { migrateDatabase, newId, openDatabase, schema, type AppDatabase } from "../../db/client";
import { env } from "./env.server";
import { recordQuery } from "./request-context.server";

// The one door from the app to db/: route modules and models import from here.
export { newId, schema };
export type { AppDatabase };

const globalForDb = globalThis as unknown as { __fulcrumDb?: AppDatabase };

function connect(): AppDatabase {
  const path = env.DATABASE_PATH === ":memory:" ? ":memory:" : resolve(env.DATABASE_PATH);
  const db = openDatabase(path, recordQuery);
  migrateDatabase(db);
  return withImmediateTransactions(db);
}

/**
 * Every transaction takes the write lock as it begins (BEGIN IMMEDIATE), waiting up to the busy timeout for it.
 * SQLite's default (deferred) transaction that reads before it writes fails at once with SQLITE_BUSY when
 * another process (a second server, a cluster worker, `npm run reminders`) holds the lock or has written since
 * the read: the busy timeout does not cover that upgrade from reading to writing.
 */
function withImmediateTransactions(db: AppDatabase): AppDatabase {
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) =>
    transaction(run, { behavior: "immediate", ...config })) as AppDatabase["transaction"];
  return db;
}

// Kept on globalThis so that dev rebuilds reuse one connection.
export const db: AppDatabase = (globalForDb.__fulcrumDb ??= connect());

const preparedQueries = new Map<string, unknown>();

/**
 * A query built and compiled the first time it is needed, then run with other values through its
 * sql.placeholder()s (which take driver values: a timestamp as milliseconds). Building a drizzle query costs more
 * than running a typical page query. `shape` names the query and which optional filters it has.
 */
export function preparedQuery<T>(shape: string, build: () => T): T {
  let query = preparedQueries.get(shape) as T | undefined;
  if (query === undefined) {
    query = build();
    preparedQueries.set(shape, query);
  }
  return query;
}

export function closeDatabase(): void {
  if (db.$client.open) db.$client.close();
}

/**
 * A list of any length for `inArray(column, anyOf(values))`, bound as one JSON text rather than one parameter
 * per value: a reminder pass at scale looks up tens of thousands of keys and people, more than one statement may
 * bind, and drizzle takes longer to build a long list of parameters than SQLite takes to run the query. SQLite
 * still reads the column's index once per value.
 */
export function anyOf(values: readonly string[]): SQL {
  return sql`(select value from json_each(${JSON.stringify(values)}))`;
}
