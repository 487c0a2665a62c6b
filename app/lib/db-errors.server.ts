import Database from "better-sqlite3";

/** True when a write failed on a UNIQUE constraint (a race between "is it taken?" and the insert). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === "SQLITE_CONSTRAINT_UNIQUE";
}
