// How the reminder pass's child process hands its figures to bench.ts: one line of JSON after a prefix.
// Apart from bench-reminders.ts, which opens the database as it loads.
import { z } from "zod";

export const reminderLinePrefix = "bench-reminders: ";

export const reminderFigures = z.object({
  due: z.number(),
  findMedianMs: z.number(),
  firstPlanMs: z.number(),
  created: z.number(),
  againMs: z.number(),
  againCreated: z.number(),
  sent: z.number(),
  sendMs: z.number(),
});
export type ReminderFigures = z.infer<typeof reminderFigures>;
