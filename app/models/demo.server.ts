import { sql } from "drizzle-orm";

import { db, newId, schema, type AppDatabase } from "~/lib/db.server";
import type { SchoolLevel } from "~/lib/domain";
import { hashPassword } from "~/lib/password.server";
import { todayIn, zonedToInstant } from "~/lib/zoned-time";

// Everything here is fictional: the district, its schools and the people.
export const demoLogins = [
  { name: "Dana Ortiz", email: "organizer@example.org", password: "fulcrum-demo-organizer", role: "owner" },
  { name: "Sam Lee", email: "member@example.org", password: "fulcrum-demo-member", role: "member" },
] as const;

const demoSchools: Array<{ name: string; level: SchoolLevel }> = [
  { name: "Alder Street Elementary", level: "elementary" },
  { name: "Birchwood Elementary", level: "elementary" },
  { name: "Creekside Elementary", level: "elementary" },
  { name: "Harbor View Middle School", level: "middle" },
  { name: "Maple Hollow High School", level: "high" },
];

const demoTimeZone = "America/New_York";

/** The calendar day `offset` days from `now` in the demo coalition's zone, as YYYY-MM-DD. */
function isoDay(now: Date, offset: number): string {
  return todayIn(demoTimeZone, new Date(now.getTime() + offset * 86_400_000));
}

function isEmpty(tx: Pick<AppDatabase, "select">): boolean {
  const users =
    tx
      .select({ count: sql<number>`count(*)` })
      .from(schema.users)
      .get()?.count ?? 0;
  const organizations =
    tx
      .select({ count: sql<number>`count(*)` })
      .from(schema.organizations)
      .get()?.count ?? 0;
  return users === 0 && organizations === 0;
}

/**
 * Seeds the demo coalition into an empty database; never touches a database that holds anything. The check
 * and every insert share one transaction, so two servers starting at once cannot both seed.
 */
export async function seedDemoIfEmpty(): Promise<{ logins: typeof demoLogins } | null> {
  if (!isEmpty(db)) return null;
  const hashes = await Promise.all(demoLogins.map((login) => hashPassword(login.password)));
  return db.transaction((tx) => {
    if (!isEmpty(tx)) return null;
    const organizationId = newId();
    tx.insert(schema.organizations)
      .values({
        id: organizationId,
        kind: "coalition",
        name: "Maple Hollow Families for Learning",
        slug: "maple-hollow-families",
        state: "OH",
        timeZone: demoTimeZone,
      })
      .run();
    const userIds = demoLogins.map(() => newId());
    demoLogins.forEach((login, index) => {
      const userId = userIds[index]!;
      tx.insert(schema.users)
        .values({
          id: userId,
          name: login.name,
          email: login.email,
          passwordHash: hashes[index]!,
          emailVerifiedAt: new Date(),
        })
        .run();
      tx.insert(schema.memberships).values({ organizationId, userId, role: login.role }).run();
    });
    const districtId = newId();
    tx.insert(schema.districts)
      .values({ id: districtId, organizationId, name: "Maple Hollow City School District", state: "OH", ncesId: null })
      .run();
    const schoolIds = demoSchools.map(() => newId());
    tx.insert(schema.schools)
      .values(demoSchools.map((school, index) => ({ id: schoolIds[index]!, districtId, ...school, ncesId: null })))
      .run();
    const now = new Date();
    const targetIds = [newId(), newId(), newId(), newId()];
    const demoTargets: Array<
      Pick<typeof schema.targets.$inferInsert, "name" | "title" | "locus" | "schoolId" | "domains">
    > = [
      {
        name: "Dr. Renée Alvarez",
        title: "Chief academic officer",
        locus: "central-office",
        schoolId: null,
        domains: ["infrastructure", "use", "leadership"],
      },
      {
        name: "Maple Hollow Board of Education",
        title: "Elected school board",
        locus: "central-office",
        schoolId: null,
        domains: ["environment", "performance"],
      },
      {
        name: "Marcus Bell",
        title: "Principal",
        locus: "school",
        schoolId: schoolIds[2]!,
        domains: ["use", "performance", "leadership"],
      },
      {
        name: "Harbor View leadership team",
        title: "School leadership team",
        locus: "school",
        schoolId: schoolIds[3]!,
        domains: ["use", "performance"],
      },
    ];
    tx.insert(schema.targets)
      .values(
        demoTargets.map((target, index) => ({
          id: targetIds[index]!,
          districtId,
          email: "",
          phone: "",
          notes: "",
          updatedAt: now,
          ...target,
        })),
      )
      .run();
    const campaignId = newId();
    tx.insert(schema.campaigns)
      .values({
        id: campaignId,
        organizationId,
        districtId,
        title: "Family voice in the curriculum review",
        win: "Two parent seats with a vote on the district's English curriculum review committee this school year.",
        status: "active",
        startsOn: isoDay(now, -30),
        endsOn: isoDay(now, 150),
        leadUserId: userIds[0]!,
        chart: {
          longTermGoals:
            "Families help shape what every Maple Hollow classroom teaches, not only hear about it afterwards.",
          intermediateGoals: "A standing family advisory role in curriculum adoptions, written into board policy.",
          shortTermGoals:
            "Two voting parent seats on the English review committee; materials shared in Spanish and English.",
          considerations: "Twelve active volunteers, evenings only. We want three new parent leaders out of this.",
          constituents: "Parents at Creekside and Harbor View; the bilingual parents' group.",
          allies: "Teachers' union building reps; the public library's family literacy program.",
          opponents: "Vendors who prefer a closed review; board members worried about delay.",
          tactics:
            "Meet the chief academic officer; public comment at the board; a family survey on reading materials.",
        },
        updatedAt: now,
      })
      .run();
    tx.insert(schema.campaignTargets)
      .values([
        { campaignId, targetId: targetIds[0]!, role: "primary" as const },
        { campaignId, targetId: targetIds[1]!, role: "secondary" as const },
      ])
      .run();
    tx.insert(schema.activity)
      .values({
        organizationId,
        campaignId,
        actorId: userIds[0]!,
        actorName: demoLogins[0].name,
        kind: "campaign.started",
        details: { title: "Family voice in the curriculum review" },
        summary: "",
        at: now,
      })
      .run();
    // A meeting starting within the next day and one already held, relative to the moment of seeding.
    const hour = 3_600_000;
    // The next 6 pm in the coalition's zone: always within the next day, and at an hour people meet.
    const evening = zonedToInstant(isoDay(now, 0), "18:00", demoTimeZone);
    const nextMeeting = evening > now ? evening : zonedToInstant(isoDay(now, 1), "18:00", demoTimeZone);
    const meetingIds = [newId(), newId()];
    tx.insert(schema.meetings)
      .values([
        {
          id: meetingIds[0]!,
          campaignId,
          title: "Meeting with Dr. Alvarez on the review committee",
          startsAt: nextMeeting,
          endsAt: new Date(nextMeeting.getTime() + hour),
          location: "Maple Hollow district office, room 204",
          videoUrl: "",
          agenda: "1. Parent seats on the committee\n2. Reading list two weeks ahead\n3. Next steps",
          status: "scheduled" as const,
          updatedAt: now,
        },
        {
          id: meetingIds[1]!,
          campaignId,
          title: "First meeting with the chief academic officer",
          startsAt: new Date(now.getTime() - 21 * 24 * hour),
          endsAt: new Date(now.getTime() - 21 * 24 * hour + hour),
          location: "Creekside Elementary library",
          videoUrl: "",
          agenda: "Introductions; our families' survey",
          notes: "Dr. Alvarez listened to the survey results and asked for a written proposal.",
          outcome: "Asked us to put the parent-seat proposal in writing.",
          status: "held" as const,
          updatedAt: now,
        },
      ])
      .run();
    tx.insert(schema.meetingTargets)
      .values(meetingIds.map((meetingId) => ({ meetingId, targetId: targetIds[0]! })))
      .run();
    tx.insert(schema.meetingAttendees)
      .values(meetingIds.flatMap((meetingId) => userIds.map((userId) => ({ meetingId, userId }))))
      .run();
    tx.insert(schema.tasks)
      .values(
        [
          {
            title: "Send Dr. Alvarez the written parent-seat proposal",
            details: "Use the survey summary as the first page.",
            dueOn: isoDay(now, 1),
            assigneeId: userIds[1]!,
            meetingId: meetingIds[0]!,
          },
          {
            title: "Sign up three parents for public comment",
            details: "",
            dueOn: isoDay(now, -2),
            assigneeId: userIds[1]!,
            meetingId: null,
          },
          {
            title: "Draft the family survey questions",
            details: "",
            dueOn: isoDay(now, 5),
            assigneeId: userIds[0]!,
            meetingId: null,
          },
        ].map((task) => ({
          id: newId(),
          organizationId,
          campaignId,
          askId: null,
          status: "open" as const,
          createdByName: demoLogins[0].name,
          updatedAt: now,
          ...task,
        })),
      )
      .run();
    const demoAsks = [
      {
        target: 0,
        text: "Add two voting parent seats to the English curriculum review committee.",
        domain: "infrastructure" as const,
        venue: "meeting" as const,
        path: ["made", "acknowledged", "committed"] as const,
        followUp: 7,
      },
      {
        target: 1,
        text: "Put family input on curriculum adoptions into board policy.",
        domain: "environment" as const,
        venue: "public-comment" as const,
        path: ["made"] as const,
        followUp: 0,
      },
      {
        target: 2,
        text: "Hold a curriculum night at Creekside in Spanish and English.",
        domain: "use" as const,
        venue: "letter" as const,
        path: [] as const,
        followUp: 14,
      },
      {
        target: 0,
        text: "Share the review committee's reading list two weeks before each meeting.",
        domain: "infrastructure" as const,
        venue: "meeting" as const,
        path: ["made", "declined"] as const,
        followUp: null,
      },
    ];
    const targetNames = [
      "Dr. Renée Alvarez",
      "Maple Hollow Board of Education",
      "Marcus Bell",
      "Harbor View leadership team",
    ];
    for (const ask of demoAsks) {
      const askId = newId();
      const status = ask.path.at(-1) ?? "planned";
      tx.insert(schema.asks)
        .values({
          id: askId,
          campaignId,
          targetId: targetIds[ask.target]!,
          targetName: targetNames[ask.target]!,
          meetingId: ask.path.length === 3 ? meetingIds[1]! : null,
          text: ask.text,
          domain: ask.domain,
          venue: ask.venue,
          followUpOn: ask.followUp === null ? null : isoDay(now, ask.followUp),
          status,
          version: ask.path.length + 1,
          updatedAt: now,
        })
        .run();
      const steps: Array<[string | null, string]> = [
        [null, "planned"],
        ...ask.path.map((to, i) => [i === 0 ? "planned" : ask.path[i - 1]!, to] as [string, string]),
      ];
      steps.forEach(([from, to], i) => {
        tx.insert(schema.askEvents)
          .values({
            askId,
            fromStatus: from as never,
            toStatus: to as never,
            note: to === "committed" ? "Committed in writing after the October meeting." : "",
            actorId: userIds[0]!,
            actorName: demoLogins[0].name,
            at: new Date(now.getTime() - (steps.length - i) * 3 * 86_400_000),
          })
          .run();
      });
    }
    tx.insert(schema.declarations)
      .values({
        id: newId(),
        districtId,
        context: "",
        systemType: "networked",
        overrides: {
          "environment.school": {
            level: "primary",
            note: "Every school runs a family council that helps adapt the district curriculum.",
          },
        },
        note: "One district-wide curriculum; schools adapt it in improvement cycles and report back each spring.",
        declaredBy: userIds[0]!,
        declaredByName: demoLogins[0].name,
        sequence: 1,
      })
      .run();
    return { logins: demoLogins };
  });
}
