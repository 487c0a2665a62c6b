import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, expect, it } from "vitest";

import { db, schema } from "~/lib/db.server";
import { optOut } from "~/models/email-preference.server";

import { addMember, insertCoalition, insertMeeting, insertUser } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/mail";

const root = fileURLToPath(new URL("../..", import.meta.url));
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.stop());

function reminderPass(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(`${root}node_modules/.bin/tsx`, ["scripts/reminders.ts"], {
      cwd: root,
      env: { ...process.env, SMTP_URL: smtp.url, APP_URL: "http://fulcrum.test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

it("sends each reminder exactly once when two `npm run reminders` processes run at the same moment", async () => {
  const people = Array.from({ length: 4 }, () => insertUser());
  const co = insertCoalition(people[0]!.id);
  for (const person of people.slice(1)) addMember(co.id, person.id);
  // The owner would also get the weekly digest when this runs on a Monday morning; meetings are what is counted.
  optOut(people[0]!.id, "weekly-digest");
  const soon = new Date(Date.now() + 30 * 60_000);
  for (let i = 0; i < 10; i++)
    insertMeeting(
      co.campaignId,
      new Date(soon.getTime() + i * 60_000),
      people.map((p) => p.id),
    );
  db.$client.pragma("wal_checkpoint(TRUNCATE)");

  const [first, second] = await Promise.all([reminderPass(), reminderPass()]);
  expect(first.code, first.output).toBe(0);
  expect(second.code, second.output).toBe(0);
  // Ten meetings within the hour, four attendees each: forty reminders, each delivered once.
  await expect.poll(() => smtp.received.length).toBe(40);
  const ids = smtp.received.map((mail) => mail.messageId);
  expect(new Set(ids).size).toBe(40);
  const rows = db.select().from(schema.emailDeliveries).all();
  expect(rows).toHaveLength(40);
  expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
  // Both processes did part of the work, or one did it all; either way nothing twice.
  expect(`${first.output}${second.output}`).toMatch(/reminders: \d+ newly due, \d+ sent/);
});
