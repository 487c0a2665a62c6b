import { deleteExpiredSessions } from "./auth.server";
import { closeDatabase } from "./db.server";
import { env } from "./env.server";
import { playbookContent } from "./playbook-content.server";
import { seedDemoIfEmpty } from "~/models/demo.server";

/** Runs once when the server starts: checks the playbook prose, tidies sessions, seeds the demo if asked. */
export async function startup(): Promise<void> {
  // Broken playbook prose should stop the server here, not surprise a coalition later.
  playbookContent();
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
