import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { Client, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

// The unread count on a coalition's navigation and overview: guidance new or updated since the coalition last
// marked it read (or acknowledged it), only the guidance meant for it, gone once read, back with a new version.
let server: RunningServer;
const agency = "oh-unread-agency";
const clients = {} as Record<"staff" | "organizer" | "member" | "other", Client>;

async function coalition(client: Client, slug: string) {
  const response = await client.post("/orgs/new", {
    kind: "coalition",
    name: `Coalition ${slug}`,
    slug,
    state: "OH",
    timeZone: "America/New_York",
  });
  expect(response.status).toBe(302);
}

const publish = (fields: Record<string, string | string[]>) => clients.staff.publishGuidance(agency, fields);

/** What the navigation's Guidance link says, to the eye and to a screen reader, and the overview's line. */
async function unread(client: Client, slug: string) {
  const page = await html(await client.get(`/o/${slug}`));
  const link = /<a[^>]*href="\/o\/[^"]+\/inbox"[^>]*>(.*?)<\/a>/s.exec(page)?.[1] ?? "";
  return {
    badge: /<span aria-hidden="true">Guidance<span class="count-badge">(\d+)<\/span><\/span>/.exec(link)?.[1] ?? null,
    spoken: /<span class="visually-hidden">Guidance, (\d+) unread<\/span>/.exec(link)?.[1] ?? null,
    overview: /(\d+|1 piece) (?:pieces )?of guidance from your state (?:is|are) unread/.exec(page)?.[0] ?? null,
  };
}

beforeAll(async () => {
  server = await startServer();
  for (const name of ["staff", "organizer", "member", "other"] as const) {
    clients[name] = new Client(server.url);
    await clients[name].signUp(name, `${name}@unread.example.org`);
  }
  await clients.staff.createCoalition(agency, "Ohio Department of Education", "state_agency");
  await verifyAgency(server.databasePath, agency, [clients.staff]);
  await coalition(clients.organizer, "oh-readers");
  await clients.member.post(
    new URL(await clients.organizer.invite("oh-readers", "member@unread.example.org", "member")).pathname,
    {},
  );
  await coalition(clients.other, "oh-others");
});
afterAll(async () => {
  await server?.stop();
});

describe("unread guidance", () => {
  it("shows no count while nothing is unread", async () => {
    expect(await unread(clients.organizer, "oh-readers")).toEqual({ badge: null, spoken: null, overview: null });
  });

  it("counts published guidance meant for the coalition, drops each one once read, and counts it again when updated", async () => {
    const first = await publish({ title: "Before the board meeting" });
    await publish({ title: "Budget hearings" });
    // Only for networked districts: these coalitions declared none, so it never reaches them.
    await publish({ title: "For networked districts", audienceTypes: ["networked"] });
    expect(await unread(clients.organizer, "oh-readers")).toEqual({
      badge: "2",
      spoken: "2",
      overview: "2 pieces of guidance from your state are unread",
    });

    // Opening an item is not reading it: the coalition says so with "Mark as read" (or by acknowledging it).
    expect((await clients.organizer.get(`/o/oh-readers/inbox/${first}`)).status).toBe(200);
    expect((await unread(clients.organizer, "oh-readers")).badge).toBe("2");
    expect((await clients.organizer.post(`/o/oh-readers/inbox/${first}`, { intent: "read" })).status).toBe(302);
    expect(await unread(clients.organizer, "oh-readers")).toEqual({
      badge: "1",
      spoken: "1",
      overview: "1 piece of guidance from your state is unread",
    });
    // Read state belongs to the coalition: a member sees what the organizer read as read, too.
    expect((await unread(clients.member, "oh-readers")).badge).toBe("1");
    // Another coalition's reading changes nothing here, and nothing of this coalition's there.
    expect((await unread(clients.other, "oh-others")).badge).toBe("2");

    await clients.staff.post(`/o/${agency}/guidance/${first}/edit`, {
      title: "Before the board meeting",
      summary: "",
      body: "New dates",
      audienceTypes: [],
    });
    expect((await unread(clients.organizer, "oh-readers")).badge).toBe("1"); // a draft edit is not news
    await clients.staff.post(`/o/${agency}/guidance/${first}`, { intent: "publish", changeNote: "New dates" });
    expect((await unread(clients.organizer, "oh-readers")).badge).toBe("2");

    const inbox = await html(await clients.organizer.get("/o/oh-readers/inbox"));
    const ids = [...inbox.matchAll(/href="\/o\/oh-readers\/inbox\/([A-Za-z0-9_-]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect((await clients.organizer.post(`/o/oh-readers/inbox/${ids[0]}`, { intent: "read" })).status).toBe(302);
    expect((await clients.organizer.post(`/o/oh-readers/inbox/${ids[1]}`, { intent: "acknowledge" })).status).toBe(302);
    expect(await unread(clients.organizer, "oh-readers")).toEqual({ badge: null, spoken: null, overview: null });
    expect((await unread(clients.other, "oh-others")).badge).toBe("2");
  });
});
