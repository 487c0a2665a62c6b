import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { chartFieldKeys } from "~/lib/labels";
import { answersForPureType } from "~/lib/typology/diagnostic";

import { Client, fieldErrors, fieldValue, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let owner: Client;
const slug = "safe-co";
const agency = "safe-agency";
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  owner = new Client(server.url);
  await owner.signUp("Owner", "owner-s@example.org");
  await owner.createCoalition(slug);
  ids.district = await owner.createDistrict(slug, "Safe District");
  ids.target = await owner.createTarget(slug, ids.district, "Dr. Safe", "central-office", ["use"]);
  ids.campaign = (await owner.createCampaign(slug, ids.district, "C", "W")).id;
  await owner.createCoalition(agency, "Ohio Department of Education", "state_agency");
  ids.owner = (
    server.database().prepare("select id from users where email = 'owner-s@example.org'").get() as { id: string }
  ).id;
});
afterAll(async () => {
  await server?.stop();
});

describe("oversized input", () => {
  it("refuses a body over 1 MB with 413 before reading it, and one of unknown length with 411", async () => {
    const huge = await owner.post(`/o/${slug}/tasks/new`, { title: "x".repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toMatch(/up to 1 MB/);
    const chunked = await fetch(`${server.url}/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
      body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("email=a")), c.close()) }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });

  it("refuses a field over its limit with 400, a message next to it and the entries kept", async () => {
    const response = await owner.post(`/o/${slug}/tasks/new`, {
      title: "Call the board",
      details: "d".repeat(4001),
      dueOn: "2027-01-01",
      assigneeId: "",
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    expect(response.status).toBe(400);
    const page = await html(response);
    expect(fieldErrors(page).details).toMatch(/4,000 characters/);
    expect(fieldValue(page, "title")).toBe("Call the board");
  });
});

describe("typed text is data, never markup or SQL", () => {
  // Script, event handler and SQL metacharacters in one value per field; the number tells the fields apart.
  const payload = (n: number) =>
    `<script>alert("F${n}")</script><img src=x onerror=alert(${n})>'; DROP TABLE users;--%_\\`;
  let counter = 0;
  const typed: Array<{ n: number; field: string; markdown: boolean }> = [];
  const fill = (fields: string[], markdown = false) =>
    Object.fromEntries(
      fields.map((field) => {
        const n = ++counter;
        typed.push({ n, field, markdown });
        return [field, payload(n)];
      }),
    );

  it("stores every text field verbatim and renders it inert on every page that shows it", async () => {
    const o = `/o/${slug}`;
    const c = `${o}/campaigns/${ids.campaign}`;
    const d = `${o}/districts/${ids.district}`;
    const answers = answersForPureType("federated");
    const submissions: Array<[path: string, fields: Record<string, string | string[]>]> = [
      [`${o}/districts/new`, { state: "OH", ncesId: "", ...fill(["name"]) }],
      [`${d}/schools/new`, { level: "middle", ncesId: "", ...fill(["name"]) }],
      [
        `${d}/targets/new`,
        {
          locus: "central-office",
          schoolId: "",
          domains: ["use"],
          email: "",
          phone: "",
          ...fill(["name", "title", "notes"]),
        },
      ],
      [
        `${o}/campaigns/new`,
        {
          districtId: ids.district!,
          status: "active",
          startsOn: "",
          endsOn: "",
          leadUserId: "",
          ...fill(["title", "win", ...chartFieldKeys.map(([n]) => n)]),
        },
      ],
      [
        `${c}/asks/new`,
        { targetId: ids.target!, domain: "use", venue: "meeting", followUpOn: "", meetingId: "", ...fill(["text"]) },
      ],
      [
        `${c}/meetings/new`,
        {
          date: "2027-02-01",
          startTime: "10:00",
          endTime: "11:00",
          videoUrl: "",
          status: "scheduled",
          ...fill(["title", "location", "agenda"]),
        },
      ],
      [
        `${o}/tasks/new`,
        {
          dueOn: "2027-02-02",
          assigneeId: ids.owner!,
          campaignId: "",
          meetingId: "",
          askId: "",
          ...fill(["title", "details"]),
        },
      ],
      [
        `${d}/diagnostics/new`,
        {
          ...Object.fromEntries(Object.entries(answers.who).map(([domain, answer]) => [`who_${domain}`, answer])),
          ...Object.fromEntries(Object.entries(answers.cues).map(([id, answer]) => [`cue_${id}`, answer])),
          ...fill(["context"]),
        },
      ],
      [`/o/${agency}/guidance/new`, { audienceTypes: [], ...fill(["title", "summary"]), ...fill(["body"], true) }],
    ];
    const pages = new Set<string>([
      o,
      `${o}/districts`,
      d,
      `${d}/targets`,
      `${d}/playbook`,
      `${d}/history`,
      `${o}/campaigns`,
      c,
      `${c}/asks`,
      `${c}/meetings`,
      `${o}/tasks`,
    ]);
    for (const [path, fields] of submissions) {
      const response = await owner.post(path, fields);
      expect(
        response.status,
        `${path}: ${response.status === 400 ? JSON.stringify(fieldErrors(await html(response))) : ""}`,
      ).toBe(302);
      pages.add(response.headers.get("location")!);
    }
    // The agency's verification request stays on its page (200), and shows what was sent.
    const contacts = { officialEmail: "a@ohio.gov", phone: "(614) 555-0100", website: "https://education.ohio.gov" };
    const typedContacts = { ...contacts, ...fill(["officialName", "requesterRole"]) };
    const request = await owner.post(`/o/${agency}/verification`, typedContacts);
    expect(request.status).toBe(200);
    pages.add(`/o/${agency}/verification`);
    // The meeting's notes and the district's declaration note are written on pages of their own.
    const meeting = [...pages].find((page) => page.includes("/meetings/"))!;
    expect((await owner.post(meeting, fill(["notes", "outcome"]))).status).toBe(302);
    expect((await owner.declare(slug, ids.district!, "federated", fill(["note"]))).status).toBe(302);

    // Stored verbatim: each value is in some text column exactly as typed (inside JSON for the strategy chart).
    const database = server.database();
    const columns = database
      .prepare(
        "select m.name as tableName, p.name as columnName from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table' and lower(p.type) = 'text'",
      )
      .all() as Array<{ tableName: string; columnName: string }>;
    for (const { n, field } of typed) {
      const value = payload(n);
      const found = columns.some(({ tableName, columnName }) => {
        const row = database
          .prepare(`select 1 from "${tableName}" where "${columnName}" = ? or instr("${columnName}", ?) > 0 limit 1`)
          .get(value, JSON.stringify(value).slice(1, -1));
        return Boolean(row);
      });
      expect(found, `field ${field} (F${n}) stored verbatim`).toBe(true);
    }
    expect((database.prepare("select count(*) as n from users").get() as { n: number }).n).toBeGreaterThan(0);

    // Rendered inert: no page carries the markup as markup; plain fields show it as text.
    const shown = new Set<number>();
    for (const page of pages) {
      const response = await owner.get(page);
      expect(response.status, page).toBe(200);
      const body = await response.text();
      expect(body, page).not.toMatch(/<script>alert|<img src=x|onerror=alert\(\d+\)>/i);
      for (const { n } of typed)
        if (body.includes(`&lt;script&gt;alert(&quot;F${n}&quot;)&lt;/script&gt;`)) shown.add(n);
    }
    const guidanceId = [...pages].find((page) => page.includes("/guidance/"))!;
    const preview = await (await owner.get(guidanceId)).text();
    expect(preview).not.toMatch(/<script>alert|<img src=x/i);
    for (const { n, field, markdown } of typed)
      if (!markdown) expect(shown.has(n), `field ${field} (F${n}) shown as text somewhere`).toBe(true);
  });
});

describe("query counts", () => {
  const queriesOf = async (path: string) => {
    const response = await owner.get(path);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    return Number(/db;desc="(\d+) queries"/.exec(response.headers.get("server-timing") ?? "")?.[1]);
  };

  it("keeps the dashboard and the campaign page to a fixed number of queries however much data there is", async () => {
    const dashboard = `/o/${slug}`;
    const campaign = `/o/${slug}/campaigns/${ids.campaign}`;
    const before = { dashboard: await queriesOf(dashboard), campaign: await queriesOf(campaign) };
    // Ten more districts, each declared, with targets and open asks on them; more meetings and tasks.
    for (let i = 0; i < 10; i++) {
      const district = await owner.createDistrict(slug, `More ${i}`);
      await owner.declare(slug, district, i % 2 ? "managerial" : "networked");
      const target = await owner.createTarget(slug, district, `Target ${i}`, "central-office", ["use", "leadership"]);
      const other = (await owner.createCampaign(slug, district, `C${i}`, "W")).id;
      await owner.createAsk(slug, other, target, `Ask ${i}`);
      await owner.createAsk(slug, ids.campaign!, ids.target!, `Ask ${i}`);
      expect(
        (
          await owner.post(`${campaign}/meetings/new`, {
            title: `M${i}`,
            date: "2027-03-01",
            startTime: "10:00",
            endTime: "11:00",
            location: "",
            videoUrl: "",
            agenda: "",
            status: "scheduled",
          })
        ).status,
      ).toBe(302);
      expect(
        (
          await owner.post(`/o/${slug}/tasks/new`, {
            title: `T${i}`,
            details: "",
            dueOn: "2020-01-01",
            assigneeId: ids.owner!,
            campaignId: ids.campaign!,
            meetingId: "",
            askId: "",
          })
        ).status,
      ).toBe(302);
    }
    const after = { dashboard: await queriesOf(dashboard), campaign: await queriesOf(campaign) };
    // What matters: no statement per row. The fixed counts below grew by one statement each for what the pages
    // gained: the unread guidance count in the coalition's header (both pages); on the dashboard also the
    // getting-started list (one statement for all six steps) and the tasks handed back to an organizer.
    expect(after).toEqual(before);
    expect(after.dashboard).toBeLessThanOrEqual(15);
    expect(after.campaign).toBeLessThanOrEqual(16);
  });
});
