// One reminder pass over the benchmark database: finding what is due, recording it, sending it.
// bench.ts runs this file in a child process per database (`tsx scripts/bench-reminders.ts` with DATABASE_PATH
// set), since the app opens its database once per process; it prints the figures as one line of JSON.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

import { closeDatabase } from "~/lib/db.server";
import type { Mailer } from "~/lib/email/mailer.server";
import { findDueReminders, planReminders } from "~/models/reminder.server";
import { deliverDueEmails } from "~/services/email/delivery.server";

import { reminderLinePrefix, type ReminderFigures } from "./bench-reminder-figures";

// Sending costs the same for each email however large the database: a sample of them is timed, not every one
// (at scale 10, tens of thousands are due).
export const sendSample = 500;
let handed = 0;
const discard: Mailer = {
  description: "nowhere",
  destination: "outbox",
  send: async (message) => (handed++, { messageId: message.messageId }),
};

export async function benchReminders(): Promise<ReminderFigures> {
  // Daily reminders go out from 8 am local time. At 18:00 UTC that hour has passed in every time zone the
  // benchmark's coalitions use (US Eastern and Central), so the pass finds the same work whenever it runs.
  const now = new Date(`${new Date().toISOString().slice(0, 10)}T18:00:00Z`);
  const findTimes: number[] = [];
  let due = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    due = findDueReminders(now).length;
    findTimes.push(performance.now() - start);
  }
  const firstPlanStart = performance.now();
  const first = planReminders(now);
  const firstPlanMs = performance.now() - firstPlanStart;
  const againStart = performance.now();
  const again = planReminders(now);
  const againMs = performance.now() - againStart;
  const sendStart = performance.now();
  const sent = await deliverDueEmails({ mailer: discard, now: () => now, shouldStop: () => handed >= sendSample });
  const sendMs = performance.now() - sendStart;
  findTimes.sort((a, b) => a - b);
  return {
    due,
    findMedianMs: findTimes[2]!,
    firstPlanMs,
    created: first.created,
    againMs,
    againCreated: again.created,
    sent: sent.sent,
    sendMs,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchReminders();
  closeDatabase();
  console.log(reminderLinePrefix + JSON.stringify(figures));
}
