// The reminder pass over a large database: how long finding what is due takes, and recording it.
// Imported by bench.ts after DATABASE_PATH points at a temporary file.
import { performance } from "node:perf_hooks";
import { db, newId } from "~/lib/db.server";
import { deliverDueEmails } from "~/lib/email/delivery.server";
import type { Mailer } from "~/lib/email/mailer.server";
import { findDueReminders, planReminders } from "~/models/reminder.server";

export type ReminderVolumes = { coalitions: number; tasks: number; meetings: number; asks: number };

function seed(volumes: ReminderVolumes, now: number) {
  const client = db.$client;
  const day = 86_400_000;
  const zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Pacific/Honolulu"];
  const coalitions: Array<{ id: string; users: string[]; campaigns: string[]; targets: string[] }> = [];
  client.transaction(() => {
    const user = client.prepare("insert into users (id, name, email, password_hash, email_verified_at) values (?, ?, ?, 'x', ?)");
    const org = client.prepare("insert into organizations (id, kind, name, slug, state, time_zone) values (?, 'coalition', ?, ?, 'OH', ?)");
    const member = client.prepare("insert into memberships (organization_id, user_id, role) values (?, ?, ?)");
    const district = client.prepare("insert into districts (id, organization_id, name, state) values (?, ?, 'District', 'OH')");
    const target = client.prepare("insert into targets (id, district_id, name, locus, domains, updated_at) values (?, ?, 'Target', 'central-office', '[\"use\"]', ?)");
    const campaign = client.prepare("insert into campaigns (id, organization_id, district_id, title, win, status, lead_user_id, chart, updated_at) values (?, ?, ?, 'Campaign', 'Win', 'active', ?, '{}', ?)");
    for (let c = 0; c < volumes.coalitions; c++) {
      const id = newId();
      org.run(id, `Coalition ${c}`, `bench-${c}`, zones[c % zones.length]);
      const users = Array.from({ length: 5 }, (_, u) => {
        const userId = newId();
        user.run(userId, `Person ${c}-${u}`, `p${c}-${u}@example.org`, now);
        member.run(id, userId, u === 0 ? "owner" : u === 1 ? "organizer" : "member");
        return userId;
      });
      const districtId = newId();
      district.run(districtId, id);
      const targets = Array.from({ length: 3 }, () => {
        const targetId = newId();
        target.run(targetId, districtId, now);
        return targetId;
      });
      const campaigns = Array.from({ length: 5 }, (_, k) => {
        const campaignId = newId();
        campaign.run(campaignId, id, districtId, users[k % users.length], now);
        return campaignId;
      });
      coalitions.push({ id, users, campaigns, targets });
    }
    const task = client.prepare("insert into tasks (id, organization_id, campaign_id, title, due_on, assignee_id, status, created_by_name, updated_at) values (?, ?, ?, 'Task', ?, ?, ?, 'Bench', ?)");
    for (let i = 0; i < volumes.tasks; i++) {
      const co = coalitions[i % coalitions.length]!;
      const due = new Date(now + ((i % 365) - 180) * day).toISOString().slice(0, 10);
      task.run(newId(), co.id, co.campaigns[i % 5], due, co.users[i % 5], i % 3 === 0 ? "done" : "open", now);
    }
    const meeting = client.prepare("insert into meetings (id, campaign_id, title, starts_at, ends_at, status, updated_at) values (?, ?, 'Meeting', ?, ?, ?, ?)");
    const attendee = client.prepare("insert into meeting_attendees (meeting_id, user_id) values (?, ?)");
    for (let i = 0; i < volumes.meetings; i++) {
      const co = coalitions[i % coalitions.length]!;
      const start = now + ((i % 365) - 180) * day + (i % 24) * 3_600_000;
      const id = newId();
      meeting.run(id, co.campaigns[i % 5], start, start + 3_600_000, start > now ? "scheduled" : "held", now);
      attendee.run(id, co.users[i % 5]);
      attendee.run(id, co.users[(i + 1) % 5]);
    }
    const statuses = ["planned", "made", "acknowledged", "committed", "delivered", "declined", "stalled", "broken"];
    const ask = client.prepare("insert into asks (id, campaign_id, target_id, target_name, text, domain, venue, follow_up_on, status, updated_at) values (?, ?, ?, 'Target', 'Ask', 'use', 'meeting', ?, ?, ?)");
    for (let i = 0; i < volumes.asks; i++) {
      const co = coalitions[i % coalitions.length]!;
      const followUp = i % 4 === 0 ? null : new Date(now + ((i % 365) - 180) * day).toISOString().slice(0, 10);
      ask.run(newId(), co.campaigns[i % 5], co.targets[i % 3], followUp, statuses[i % statuses.length], now);
    }
  })();
  client.pragma("optimize");
}

const discard: Mailer = { description: "nowhere", send: async (message) => ({ messageId: message.messageId }) };

export async function benchReminders(volumes: ReminderVolumes) {
  const now = new Date();
  const seedStart = performance.now();
  seed(volumes, now.getTime());
  const seedMs = performance.now() - seedStart;
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
  const sent = await deliverDueEmails({ mailer: discard, now: () => now });
  const sendMs = performance.now() - sendStart;
  findTimes.sort((a, b) => a - b);
  return { seedMs, due, findMedianMs: findTimes[2]!, firstPlanMs, created: first.created, againMs, againCreated: again.created, sent: sent.sent, sendMs };
}
