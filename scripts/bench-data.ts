// The benchmark's database: the demo coalition plus enough coalitions, districts and campaign work around it
// that every page reads from tables of the size a busy year on one machine would leave behind.
// Raw better-sqlite3 in one transaction, ids in ascending order (each index grows at its end instead of
// everywhere at once), a page cache that holds the file and no journal while the file is being made (it is used
// only once this succeeds): a million rows a minute and more on a shared 2-core machine.
import Database from "better-sqlite3";
import { z } from "zod";

import { askStatuses, askVenues, campaignStatuses, schoolLevels } from "~/lib/domain";
import { hashPassword } from "~/lib/password.server";
import { domains, systemTypes } from "~/lib/typology";

export const benchVolumes = {
  coalitions: 200,
  districts: 1_000,
  schools: 10_000,
  targets: 20_000,
  campaigns: 5_000,
  asks: 100_000,
  tasks: 100_000,
  meetings: 20_000,
};
export type BenchVolumes = typeof benchVolumes;

// Staff of a verified agency must sign in with a second step: the bench's has a known TOTP key (base32).
export const benchAgencyLogin = {
  email: "agency@example.org",
  password: "fulcrum-bench-agency",
  totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
};

const states = ["OH", "MI", "PA", "IN", "WI"];
const zones = [
  "America/New_York",
  "America/Detroit",
  "America/New_York",
  "America/Indiana/Indianapolis",
  "America/Chicago",
];
const day = 86_400_000;
// Ids shaped like the app's (letters, digits), in the order they are made.
let sequence = 0;
const newId = () => `bench${(sequence++).toString(36).padStart(7, "0")}`;

type Coalition = { id: string; users: string[]; districts: string[] };

export type BenchPlaces = { districtId: string; campaignId: string };

/**
 * Fills a migrated database that already holds the demo coalition. The demo coalition gets exactly one
 * coalition's share of everything (so its pages are typical, not the busiest), and the first campaign it gets
 * is returned for the campaign and asks pages.
 */
export async function seedBenchDatabase(
  databasePath: string,
  volumes: BenchVolumes = benchVolumes,
  now = Date.now(),
): Promise<BenchPlaces> {
  const agencyHash = await hashPassword(benchAgencyLogin.password);
  const db = new Database(databasePath);
  // Every reference points at a row made just before it: checking each one would only slow the seeding down.
  db.pragma("foreign_keys = OFF");
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -2000000");
  const per = (total: number) => Math.floor(total / volumes.coalitions);
  const share = {
    districts: per(volumes.districts),
    schoolsPerDistrict: Math.floor(volumes.schools / volumes.districts),
    targetsPerDistrict: Math.floor(volumes.targets / volumes.districts),
    campaigns: per(volumes.campaigns),
    asks: per(volumes.asks),
    tasks: per(volumes.tasks),
    meetings: per(volumes.meetings),
  };
  const ids = z.array(z.object({ id: z.string() }));
  const [demo] = ids.parse(db.prepare("select id from organizations where slug = 'maple-hollow-families'").all());
  if (!demo)
    throw new Error(
      "The benchmark database needs the demo coalition: start the server once with SEED_DEMO=true first.",
    );
  const demoUsers = ids
    .parse(db.prepare("select user_id as id from memberships where organization_id = ? order by role").all(demo.id))
    .map((row) => row.id);
  const demoDistricts = ids
    .parse(db.prepare("select id from districts where organization_id = ?").all(demo.id))
    .map((row) => row.id);

  const insert = {
    user: db.prepare("insert into users (id, name, email, password_hash, email_verified_at) values (?, ?, ?, ?, ?)"),
    org: db.prepare(
      "insert into organizations (id, kind, name, slug, state, time_zone, share_declarations) values (?, ?, ?, ?, ?, ?, ?)",
    ),
    member: db.prepare("insert into memberships (organization_id, user_id, role) values (?, ?, ?)"),
    district: db.prepare("insert into districts (id, organization_id, name, state) values (?, ?, ?, ?)"),
    declaration: db.prepare(
      "insert into declarations (id, district_id, system_type, overrides, declared_by_name, sequence) values (?, ?, ?, '{}', 'Bench', 1)",
    ),
    school: db.prepare("insert into schools (id, district_id, name, level) values (?, ?, ?, ?)"),
    target: db.prepare(
      "insert into targets (id, district_id, name, title, locus, school_id, domains, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    campaign: db.prepare(
      "insert into campaigns (id, organization_id, district_id, title, win, status, lead_user_id, chart, updated_at) values (?, ?, ?, ?, ?, ?, ?, '{}', ?)",
    ),
    campaignTarget: db.prepare("insert into campaign_targets (campaign_id, target_id, role) values (?, ?, ?)"),
    ask: db.prepare(
      "insert into asks (id, campaign_id, target_id, target_name, text, domain, venue, follow_up_on, status, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    askEvent: db.prepare("insert into ask_events (ask_id, to_status, actor_name, at) values (?, ?, 'Bench', ?)"),
    activity: db.prepare(
      "insert into activity (organization_id, campaign_id, actor_name, kind, details, summary, at) values (?, ?, 'Bench', ?, ?, '', ?)",
    ),
    task: db.prepare(
      "insert into tasks (id, organization_id, campaign_id, title, due_on, assignee_id, status, created_by_name, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'Bench', ?)",
    ),
    meeting: db.prepare(
      "insert into meetings (id, campaign_id, title, starts_at, ends_at, status, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
    ),
    attendee: db.prepare("insert into meeting_attendees (meeting_id, user_id) values (?, ?)"),
    meetingTarget: db.prepare("insert into meeting_targets (meeting_id, target_id) values (?, ?)"),
    guidance: db.prepare(
      "insert into guidance (id, agency_id, state, status, title, summary, body, audience_types, published_version, updated_at) values (?, ?, ?, 'published', ?, ?, ?, '[]', 1, ?)",
    ),
    guidanceVersion: db.prepare(
      "insert into guidance_versions (guidance_id, version, title, summary, body, audience_types, published_by_name, published_at) values (?, 1, ?, ?, ?, '[]', 'Bench', ?)",
    ),
    receipt: db.prepare(
      "insert into guidance_receipts (guidance_id, organization_id, read_version, read_at) values (?, ?, 1, ?)",
    ),
  };

  let places: BenchPlaces | undefined;
  db.transaction(() => {
    const coalitions: Coalition[] = [{ id: demo.id, users: demoUsers, districts: [...demoDistricts] }];
    db.prepare("update organizations set share_declarations = 1 where id = ?").run(demo.id);
    for (let c = 1; c < volumes.coalitions; c++) {
      const id = newId();
      insert.org.run(
        id,
        "coalition",
        `Bench coalition ${c}`,
        `bench-coalition-${c}`,
        states[c % states.length],
        zones[c % zones.length],
        c % 2,
      );
      const users = Array.from({ length: 5 }, (_, u) => {
        const userId = newId();
        insert.user.run(userId, `Person ${c}-${u}`, `person-${c}-${u}@example.org`, "x", now);
        insert.member.run(id, userId, u === 0 ? "owner" : u === 1 ? "organizer" : "member");
        return userId;
      });
      coalitions.push({ id, users, districts: [] });
    }

    coalitions.forEach((coalition, c) => {
      const state = c === 0 ? "OH" : states[c % states.length]!;
      while (coalition.districts.length < share.districts) {
        const districtId = newId();
        insert.district.run(districtId, coalition.id, `Bench district ${c}-${coalition.districts.length}`, state);
        insert.declaration.run(newId(), districtId, systemTypes[(c + coalition.districts.length) % systemTypes.length]);
        coalition.districts.push(districtId);
      }
      const targetsByDistrict = coalition.districts.map((districtId, d) => {
        const schools = Array.from({ length: share.schoolsPerDistrict }, (_, s) => {
          const schoolId = newId();
          insert.school.run(schoolId, districtId, `Bench school ${d}-${s}`, schoolLevels[s % 3]);
          return schoolId;
        });
        return Array.from({ length: share.targetsPerDistrict }, (_, t) => {
          const targetId = newId();
          const atSchool = t % 2 === 1;
          const name = `Bench target ${d}-${t}`;
          insert.target.run(
            targetId,
            districtId,
            name,
            atSchool ? "Principal" : "Director",
            atSchool ? "school" : "central-office",
            atSchool ? schools[t % schools.length] : null,
            JSON.stringify([domains[t % domains.length]]),
            now,
          );
          return { id: targetId, name };
        });
      });

      const campaigns = Array.from({ length: share.campaigns }, (_, k) => {
        const campaignId = newId();
        const d = k % coalition.districts.length;
        const targets = targetsByDistrict[d]!;
        insert.campaign.run(
          campaignId,
          coalition.id,
          coalition.districts[d],
          `Bench campaign ${k}`,
          "A measurable win for students.",
          k % 3 === 0 ? "active" : campaignStatuses[k % campaignStatuses.length],
          coalition.users[k % coalition.users.length],
          now,
        );
        insert.campaignTarget.run(campaignId, targets[k % targets.length]!.id, "primary");
        insert.campaignTarget.run(campaignId, targets[(k + 1) % targets.length]!.id, "secondary");
        return { id: campaignId, targets };
      });
      if (c === 0) places = { districtId: coalition.districts[0]!, campaignId: campaigns[0]!.id };

      for (let i = 0; i < share.asks; i++) {
        const campaign = campaigns[i % campaigns.length]!;
        const target = campaign.targets[i % campaign.targets.length]!;
        const status = askStatuses[i % askStatuses.length]!;
        const at = now - (i % 300) * day;
        const askId = newId();
        const followUp = i % 4 === 0 ? null : new Date(now + ((i % 120) - 60) * day).toISOString().slice(0, 10);
        insert.ask.run(
          askId,
          campaign.id,
          target.id,
          target.name,
          `Bench ask number ${i}`,
          domains[i % domains.length],
          askVenues[i % askVenues.length],
          followUp,
          status,
          at,
        );
        insert.askEvent.run(askId, status, at);
        const moved = { target: target.name, text: `Bench ask number ${i}`, from: "planned", to: status };
        insert.activity.run(coalition.id, campaign.id, "ask.moved", JSON.stringify(moved), at);
      }
      for (let i = 0; i < share.tasks; i++) {
        const campaign = campaigns[i % campaigns.length]!;
        const due = new Date(now + ((i % 120) - 60) * day).toISOString().slice(0, 10);
        insert.task.run(
          newId(),
          coalition.id,
          campaign.id,
          `Bench task ${i}`,
          due,
          coalition.users[i % coalition.users.length],
          i % 4 === 0 ? "done" : "open",
          now,
        );
        const assigned = JSON.stringify({ title: `Bench task ${i}`, dueOn: due });
        insert.activity.run(coalition.id, campaign.id, "task.assigned", assigned, now - (i % 300) * day);
      }
      for (let i = 0; i < share.meetings; i++) {
        const campaign = campaigns[i % campaigns.length]!;
        const start = now + ((i % 200) - 100) * day + (i % 9) * 3_600_000;
        const meetingId = newId();
        insert.meeting.run(
          meetingId,
          campaign.id,
          `Bench meeting ${i}`,
          start,
          start + 3_600_000,
          start > now ? "scheduled" : "held",
          now,
        );
        insert.attendee.run(meetingId, coalition.users[i % coalition.users.length]);
        insert.attendee.run(meetingId, coalition.users[(i + 1) % coalition.users.length]);
        insert.meetingTarget.run(meetingId, campaign.targets[i % campaign.targets.length]!.id);
      }
    });

    // One state agency per state, ten published pieces of guidance each, read by every other coalition.
    states.forEach((state, s) => {
      const agencyId = newId();
      insert.org.run(
        agencyId,
        "state_agency",
        `Bench ${state} Department of Education`,
        `bench-agency-${state.toLowerCase()}`,
        state,
        zones[s],
        0,
      );
      // Verified, as an operator would have: an unverified agency's guidance and overview reach nobody.
      db.prepare("update organizations set verified_at = ? where id = ?").run(now, agencyId);
      const staffId = newId();
      const ohio = state === "OH";
      insert.user.run(
        staffId,
        `Agency staff ${state}`,
        ohio ? benchAgencyLogin.email : `agency-${state.toLowerCase()}@example.org`,
        ohio ? agencyHash : "x",
        now,
      );
      insert.member.run(agencyId, staffId, "owner");
      if (ohio) {
        db.prepare("insert into two_factor (user_id, secret, enabled_at) values (?, ?, ?)").run(
          staffId,
          benchAgencyLogin.totpSecret,
          now,
        );
      }
      for (let g = 0; g < 10; g++) {
        const guidanceId = newId();
        const body = `## Why it matters\n\nBench guidance ${g} for coalitions in ${state}.\n\n## First steps\n\n- Ask the district who decides.\n- Bring it to the board.`;
        insert.guidance.run(
          guidanceId,
          agencyId,
          state,
          `Bench guidance ${g}`,
          "What coalitions in the state should know.",
          body,
          now - g * day,
        );
        insert.guidanceVersion.run(
          guidanceId,
          `Bench guidance ${g}`,
          "What coalitions in the state should know.",
          body,
          now - g * day,
        );
        coalitions.forEach((coalition, c) => {
          if ((c === 0 ? "OH" : states[c % states.length]) === state && c % 2 === 0)
            insert.receipt.run(guidanceId, coalition.id, now);
        });
      }
    });
  })();
  db.pragma("optimize");
  db.close();
  return places!;
}
