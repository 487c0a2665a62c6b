import type Database from "better-sqlite3";

/**
 * Deletes every row of every table but drizzle's record of the migrations, the AUTOINCREMENT counters included:
 * what a new migrated file holds (no migration inserts rows). One transaction, so one commit however many tables.
 */
export function emptyTables(client: Database.Database): void {
  const tables = client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_stat%'")
    .pluck()
    .all()
    .filter((name): name is string => typeof name === "string" && name !== "__drizzle_migrations");
  client.pragma("foreign_keys = OFF");
  try {
    client.transaction(() => {
      for (const table of tables) client.prepare(`delete from "${table}"`).run();
    })();
  } finally {
    client.pragma("foreign_keys = ON");
  }
}
