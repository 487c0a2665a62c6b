import { deleteExpiredSessions } from "~/lib/auth.server";
import { closeDatabase } from "~/lib/db.server";
import { mailerFromEnv } from "~/lib/email/mailer.server";
import { setListeningOrigin } from "~/lib/email/public-origin.server";
import { checkEmailTemplates } from "~/lib/email/render.server";
import { env } from "~/lib/env.server";
import { playbookContent } from "~/lib/playbook-content.server";
import { seedDemoIfEmpty } from "~/models/demo.server";
import { startScheduler, stopScheduler } from "~/services/email/scheduler.server";

/**
 * Runs once when the server starts: checks the playbook prose and email templates, tidies sessions, seeds the
 * demo if asked.
 */
export async function startup(): Promise<void> {
  // Broken playbook prose or a broken email template should stop the server here, not surprise a coalition later.
  playbookContent();
  await checkEmailTemplates();
  await deleteExpiredSessions();
  if (!env.SEED_DEMO) return;
  const seeded = await seedDemoIfEmpty();
  if (seeded) {
    console.log("Seeded the demo coalition. Log in at /login with:");
    for (const login of seeded.logins) console.log(`  ${login.email} / ${login.password}  (${login.role})`);
  }
}

/**
 * Runs once the server listens: links in email point at it, and reminders start going out. Of a cluster's
 * workers, only the one told `sendsReminders` runs the scheduler (and says so).
 */
export function startBackgroundWork(listeningOrigin: string, sendsReminders = true): void {
  setListeningOrigin(listeningOrigin);
  if (!sendsReminders) return;
  console.log(
    `Email goes to the ${mailerFromEnv().description}${env.SMTP_URL ? "" : " (set SMTP_URL to send real mail)"}.`,
  );
  if (env.REMINDERS) startScheduler();
  else console.log("Reminders are off in this process (REMINDERS=false): run `npm run reminders` from cron.");
}

/** The reminder pass stops between two messages, so nothing is left half-recorded. */
export async function stopBackgroundWork(): Promise<void> {
  await stopScheduler();
}

/** After the last request and the last message: close the database. */
export async function shutdown(): Promise<void> {
  await stopScheduler();
  closeDatabase();
}
