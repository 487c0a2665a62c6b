import { recordMonthEndSnapshots } from "~/models/state-overview.server";
import { describePass, runReminderPass, type PassResult } from "~/services/email/delivery.server";

const intervalMs = 60_000;

let timer: NodeJS.Timeout | undefined;
let current: Promise<void> | undefined;
let again = false;
let stopping = false;

/** The month that just ended goes into the state overviews once; a failure here must not hold up reminders. */
function recordMonthEnds(): void {
  try {
    const states = recordMonthEndSnapshots();
    if (states > 0) console.log(`overview: recorded last month for ${states} state(s)`);
  } catch (error) {
    console.error("overview: recording last month failed:", error);
  }
}

async function pass(): Promise<void> {
  recordMonthEnds();
  try {
    const result: PassResult = await runReminderPass({ shouldStop: () => stopping });
    if (result.planned + result.sent + result.retrying + result.failed + result.skipped > 0)
      console.log(describePass(result));
  } catch (error) {
    // A pass that fails (a locked database, a broken template) is logged and tried again next minute.
    console.error("reminders: the pass failed:", error);
  }
}

/** Runs a pass now unless one is under way, in which case another follows it; passes never overlap. */
function trigger(): void {
  if (stopping) return;
  if (current) {
    again = true;
    return;
  }
  current = pass().finally(() => {
    current = undefined;
    if (again) {
      again = false;
      trigger();
    }
  });
}

/** Starts the in-process scheduler: a pass at once (catching up on downtime), then every minute. */
export function startScheduler(): void {
  if (timer) return;
  stopping = false;
  trigger();
  timer = setInterval(trigger, intervalMs);
}

/** Asks for a pass soon, after something was queued that should not wait for the next minute. */
export function nudgeScheduler(): void {
  if (timer) setImmediate(trigger);
}

/** Stops between messages: the one being sent finishes and is recorded, the rest wait for the next start. */
export async function stopScheduler(): Promise<void> {
  stopping = true;
  if (timer) clearInterval(timer);
  timer = undefined;
  await current;
}
