import { randomBytes } from "node:crypto";

import { eq } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";

const cache = new Map<string, Buffer>();

/** A random secret made on first use and kept in the database, so every process on this database shares it. */
export function appSecret(name: string): Buffer {
  const cached = cache.get(name);
  if (cached) return cached;
  db.insert(schema.appSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing()
    .run();
  const { value } = db
    .select({ value: schema.appSecrets.value })
    .from(schema.appSecrets)
    .where(eq(schema.appSecrets.name, name))
    .get()!;
  const secret = Buffer.from(value, "base64url");
  cache.set(name, secret);
  return secret;
}
