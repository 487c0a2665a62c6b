import { resolve } from "node:path";
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
  return db;
}

// Kept on globalThis so that dev rebuilds reuse one connection.
export const db: AppDatabase = (globalForDb.__fulcrumDb ??= connect());

export function closeDatabase(): void {
  if (db.$client.open) db.$client.close();
}
