// npm run reminders: record the month that just ended in the state overviews (once), then one reminder pass
// (record what became due, send what is waiting), then exit. For cron,
// alongside servers started with REMINDERS=false; running it while a server also sends is safe too.
import { closeDatabase } from "~/lib/db.server";
import { checkEmailTemplates } from "~/lib/email/render.server";
import { recordMonthEndSnapshots } from "~/models/state-overview.server";
import { describePass, runReminderPass } from "~/services/email/delivery.server";

try {
  await checkEmailTemplates();
  // The month that just ended goes into the state overviews once, as the servers' pass does.
  const states = recordMonthEndSnapshots();
  if (states > 0) console.log(`overview: recorded last month for ${states} state(s)`);
  const result = await runReminderPass();
  console.log(describePass(result));
  closeDatabase();
} catch (error) {
  console.error("The reminder pass failed:", error);
  process.exitCode = 1;
}
