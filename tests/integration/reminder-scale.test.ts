// The reminder pass runs every minute over every coalition: what it reads must be what is due, not the tables.
import { beforeEach, describe, expect, it } from "vitest";

import { db, newId } from "~/lib/db.server";
import { optedOutAmong, optOut } from "~/models/email-preference.server";
import { findDueReminders, planReminders } from "~/models/reminder.server";

import { emptyDatabase, insertAsk, insertCoalition, insertMeeting, insertTask, insertUser } from "../support/fixtures";
import { planOf, readsOf, statementsDuring, tableScans } from "../support/query-plans";

beforeEach(() => emptyDatabase());

const keysAt = (at: string) =>
  findDueReminders(new Date(at))
    .map((item) => item.key.split(":").slice(0, -1).join(":"))
    .sort();

describe("due reminders", () => {
  it("are read on each coalition's own calendar, even when coalitions are two calendar days apart", () => {
    // 20:00 UTC on June 10: 10 am on June 11 in Kiritimati (UTC+14), 9 am on June 10 in Pago Pago (UTC-11), and
    // 5 am on June 11 in Tokyo, where 8 am has not come yet.
    const at = "2026-06-10T20:00:00Z";
    const coalition = (timeZone: string) => {
      const owner = insertUser();
      return { owner, ...insertCoalition(owner.id, { timeZone }) };
    };
    const kiritimati = coalition("Pacific/Kiritimati");
    const pagoPago = coalition("Pacific/Pago_Pago");
    const tokyo = coalition("Asia/Tokyo");
    const task = (co: typeof kiritimati, dueOn: string) => ({ id: insertTask(co.id, co.owner.id, dueOn), dueOn });
    const k = ["2026-06-12", "2026-06-11", "2026-06-10", "2026-06-08", "2026-06-07"].map((day) =>
      task(kiritimati, day),
    );
    const p = ["2026-06-12", "2026-06-11", "2026-06-10", "2026-06-07", "2026-06-06"].map((day) => task(pagoPago, day));
    for (const day of ["2026-06-12", "2026-06-10"]) task(tokyo, day);
    const kAsk = insertAsk(kiritimati.campaignId, kiritimati.targetId, "2026-06-11");
    insertAsk(kiritimati.campaignId, kiritimati.targetId, "2026-06-10");
    const pAsk = insertAsk(pagoPago.campaignId, pagoPago.targetId, "2026-06-10");
    insertAsk(pagoPago.campaignId, pagoPago.targetId, "2026-06-11");
    insertAsk(tokyo.campaignId, tokyo.targetId, "2026-06-11");

    expect(keysAt(at)).toEqual(
      [
        `task-due-soon:${k[0]!.id}:2026-06-12`,
        `task-overdue:${k[2]!.id}:2026-06-10:1`,
        `task-overdue:${k[3]!.id}:2026-06-08:3`,
        `ask-follow-up:${kAsk}:2026-06-11`,
        `task-due-soon:${p[1]!.id}:2026-06-11`,
        `task-overdue:${p[3]!.id}:2026-06-07:3`,
        `ask-follow-up:${pAsk}:2026-06-10`,
      ].sort(),
    );
  });
});

describe("a reminder pass at any size", () => {
  let userId = "";
  beforeEach(() => {
    const ana = insertUser();
    const co = insertCoalition(ana.id);
    insertTask(co.id, ana.id, "2026-06-11", co.campaignId);
    insertAsk(co.campaignId, co.targetId, "2026-06-10");
    insertMeeting(co.campaignId, new Date("2026-06-11T13:00:00Z"), [ana.id]);
    userId = ana.id;
  });
  // 9 am in New York on Wednesday June 10: the task is due tomorrow, the ask today, the meeting in a day.
  const now = new Date("2026-06-10T13:00:00Z");

  it("reads tasks, asks and meetings from indexes that hold only what can be due, never whole tables", () => {
    // Planned without statistics, as for tables of unknown size. (The scale-10 statistics of planAsAtScale lack
    // the range samples (sqlite_stat4) that keep the next nine days of meetings on their index there.)
    const runs = statementsDuring(() => planReminders(now));
    const reads = readsOf(runs);
    expect(reads.length).toBeGreaterThan(0);
    for (const run of reads) expect(tableScans(run), run.source).toEqual([]);
    const planFor = (table: string) =>
      reads.filter((run) => new RegExp(`^select .* from "${table}"`).test(run.source)).flatMap(planOf);
    expect(planFor("tasks").join("\n")).toMatch(/COVERING INDEX tasks_open_due_idx/);
    expect(planFor("asks").join("\n")).toMatch(/COVERING INDEX asks_follow_up_status_idx/);
    // The next nine days of meetings, read from their start times (a partial index of scheduled meetings would
    // tempt SQLite to walk every coalition's meetings in time order for the dashboard's next five).
    expect(planFor("meetings").join("\n")).toMatch(
      /SEARCH meetings USING INDEX meetings_starts_idx \(starts_at>\? AND/,
    );
  });

  it("writes nothing once everything due is recorded, so it never holds the write lock for nothing", () => {
    expect(planReminders(now).created).toBe(3);
    const changes = () => db.$client.prepare("select total_changes() as n").pluck().get();
    const before = changes();
    const runs = statementsDuring(() => expect(planReminders(now)).toEqual({ due: 3, created: 0 }));
    expect(changes()).toBe(before);
    expect(runs.filter((run) => /^\s*(insert|update|delete|begin)/i.test(run.source))).toEqual([]);
  });

  it("looks up more people than one SQLite statement can bind", () => {
    optOut(userId, "task-due-soon");
    // SQLite binds at most 32,766 values per statement.
    const ids = [...Array.from({ length: 40_000 }, () => newId()), userId];
    expect([...optedOutAmong(ids, "task-due-soon")]).toEqual([userId]);
  });
});
