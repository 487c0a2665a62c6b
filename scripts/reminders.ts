// npm run reminders: one reminder pass (record what became due, send what is waiting), then exit. For cron,
// alongside servers started with REMINDERS=false; running it while a server also sends is safe too.
import { describePass, runReminderPass } from "~/lib/email/delivery.server";
import { closeDatabase } from "~/lib/db.server";
import { checkEmailTemplates } from "~/lib/email/render.server";

try {
  await checkEmailTemplates();
  const result = await runReminderPass();
  console.log(describePass(result));
  closeDatabase();
} catch (error) {
  console.error("The reminder pass failed:", error);
  process.exitCode = 1;
}
