import { deleteExpiredSessions } from "./auth.server";
import { closeDatabase } from "./db.server";
import { env } from "./env.server";
import { seedDemoIfEmpty } from "~/models/demo.server";

/** Runs once when the server starts: the database is already migrated on first use; seed the demo if asked. */
export async function startup(): Promise<void> {
  await deleteExpiredSessions();
  if (!env.SEED_DEMO) return;
  const seeded = await seedDemoIfEmpty();
  if (seeded) {
    console.log("Seeded the demo coalition. Log in at /login with:");
    for (const login of seeded.logins) console.log(`  ${login.email} / ${login.password}  (${login.role})`);
  }
}

export async function shutdown(): Promise<void> {
  closeDatabase();
}
