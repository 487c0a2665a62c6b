import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { Client, fieldErrors, html } from "../support/client";
import { isTo, linkIn, readOutbox, waitForOutboxMail } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let districtId: string;
const agency = "oh-agency";
const clients = {} as Record<"staff" | "ohio" | "ohioMember" | "michigan" | "networked", Client>;

async function coalition(client: Client, slug: string, state = "OH") {
  const response = await client.post("/orgs/new", {
    kind: "coalition",
    name: `Coalition ${slug}`,
    slug,
    state,
    timeZone: "America/New_York",
  });
  expect(response.status).toBe(302);
}

beforeAll(async () => {
  server = await startServer();
  for (const name of Object.keys({ staff: 0, ohio: 0, ohioMember: 0, michigan: 0, networked: 0 }) as Array<
    keyof typeof clients
  >) {
    clients[name] = new Client(server.url);
    await clients[name].signUp(name, `${name}@example.org`);
  }
  await clients.staff.createCoalition(agency, "Ohio Department of Education", "state_agency");
  // Only a verified agency reaches coalitions (tests/http/agency-verification.test.ts covers the unverified one).
  await verifyAgency(server.databasePath, agency, [clients.staff]);
  await coalition(clients.ohio, "oh-families");
  await clients.ohioMember.post(
    new URL(await clients.ohio.invite("oh-families", "ohioMember@example.org", "member")).pathname,
    {},
  );
  await coalition(clients.michigan, "mi-families", "MI");
  await coalition(clients.networked, "oh-networked");
  districtId = await clients.networked.createDistrict("oh-networked", "Networked District");
  expect((await clients.networked.declare("oh-networked", districtId, "networked")).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

const publish = (fields: Record<string, string | string[]>, changeNote = "") =>
  clients.staff.publishGuidance(agency, fields, changeNote);

const inbox = async (client: Client, slug: string) => html(await client.get(`/o/${slug}/inbox`));

describe("guidance", () => {
  it("starts from a template, keeps drafts to the agency, and reaches the state's coalitions once published", async () => {
    const form = await html(await clients.staff.get(`/o/${agency}/guidance/new`));
    for (const heading of ["First steps", "Pitfalls to avoid", "Questions to ask your district"])
      expect(form).toContain(heading);
    const created = await clients.staff.post(`/o/${agency}/guidance/new`, {
      title: "Meeting your district for the first time",
      summary: "Start here",
      body: "## First steps\n\n- Ask who decides.",
      audienceTypes: [],
    });
    const path = created.headers.get("location")!;
    const id = path.split("/").pop()!;
    expect(await inbox(clients.ohio, "oh-families")).not.toContain("Meeting your district");
    expect((await clients.ohio.get(`/o/oh-families/inbox/${id}`)).status).toBe(404);
    await clients.staff.post(path, { intent: "publish", changeNote: "" });
    expect(await inbox(clients.ohio, "oh-families")).toContain("Meeting your district for the first time");
    expect(await inbox(clients.networked, "oh-networked")).toContain("Meeting your district for the first time");
    expect(await inbox(clients.michigan, "mi-families")).not.toContain("Meeting your district");
    expect((await clients.michigan.get(`/o/mi-families/inbox/${id}`)).status).toBe(404);
  });

  it("reaches only coalitions that share and whose district is declared one of the chosen types", async () => {
    const id = await publish({ title: "For networked districts", audienceTypes: ["networked"] });
    // Guidance by type must not single out a coalition that keeps its type to itself.
    expect(await inbox(clients.networked, "oh-networked")).not.toContain("For networked districts");
    const shared = await clients.networked.post(`/o/oh-networked/settings`, {
      intent: "sharing",
      shareDeclarations: "on",
    });
    expect(shared.status).toBe(200);
    expect(await inbox(clients.networked, "oh-networked")).toContain("For networked districts");
    expect(await inbox(clients.ohio, "oh-families")).not.toContain("For networked districts");
    expect((await clients.ohio.get(`/o/oh-families/inbox/${id}`)).status).toBe(404);
    // And it appears in the playbook of the district it speaks to, under its source.
    const missing = await clients.networked.get(`/o/oh-networked/districts/AAAAAAAAAAAAAAAA/playbook.md`);
    expect(missing.status).toBe(404);
    const playbook = await (await clients.networked.get(`/o/oh-networked/districts/${districtId}/playbook.md`)).text();
    expect(playbook).toContain("## Guidance from your state");
    expect(playbook).toContain("### For networked districts");
    expect(playbook).toContain("*From Ohio Department of Education*");
  });

  it("appends the agency's own notes for a type to those playbooks, marked as the agency's and sanitized", async () => {
    const notes = { note_managerial: "", "note_market-driven": "", note_federated: "", "note_american-default": "" };
    const saved = await clients.staff.post(`/o/${agency}/playbook-notes`, {
      ...notes,
      note_networked:
        '# Contacts\n\n- Office of Family Engagement, 555-0100\n\n<script>alert(1)</script><a href="javascript:alert(1)">x</a>',
    });
    expect(saved.status).toBe(200);
    const markdown = await (await clients.networked.get(`/o/oh-networked/districts/${districtId}/playbook.md`)).text();
    expect(markdown).toContain("## From Ohio Department of Education: notes for networked systems");
    expect(markdown).toContain("not by Fulcrum");
    expect(markdown).toContain("### Contacts"); // the agency's headings stay below the section's own
    expect(markdown).toContain("Office of Family Engagement, 555-0100");
    const page = await html(await clients.networked.get(`/o/oh-networked/districts/${districtId}/playbook`));
    const article = /<article class="playbook"[^>]*>([\s\S]*?)<\/article>/.exec(page)![1]!;
    expect(article).toContain("Office of Family Engagement, 555-0100");
    expect(article).not.toMatch(/<script|javascript:/i);
    expect((await clients.ohio.get(`/o/${agency}/playbook-notes`)).status).toBe(404);
    await clients.staff.post(`/o/${agency}/playbook-notes`, { ...notes, note_networked: "" });
    expect(
      await (await clients.networked.get(`/o/oh-networked/districts/${districtId}/playbook.md`)).text(),
    ).not.toContain("notes for networked systems");
  });

  it("shows coalitions that guidance was updated and what changed; organizers acknowledge, members read", async () => {
    const id = await publish({ title: "Budget season", body: "First version" });
    const item = `/o/oh-families/inbox/${id}`;
    expect((await clients.ohioMember.post(item, { intent: "read" })).status).toBe(302);
    expect(await html(await clients.ohioMember.get(item))).toContain("Read");
    expect((await clients.ohioMember.post(item, { intent: "acknowledge" })).status).toBe(403);

    await clients.staff.post(`/o/${agency}/guidance/${id}/edit`, {
      title: "Budget season",
      summary: "",
      body: "Second version",
      audienceTypes: [],
    });
    expect(await html(await clients.ohio.get(item))).toContain("First version"); // unpublished edits stay with the agency
    await clients.staff.post(`/o/${agency}/guidance/${id}`, {
      intent: "publish",
      changeNote: "Added the hearing dates",
    });
    const updated = await html(await clients.ohio.get(item));
    expect(updated).toContain("Second version");
    expect(updated).toContain("Updated since you read it");
    expect(updated).toContain("Added the hearing dates");
    expect(updated).toContain("Version 1");
    // The text itself shows what went and what came, readable without colour.
    expect(updated).toContain("What changed since version 1");
    expect(updated).toMatch(/<ins><span class="visually-hidden">Added: <\/span>Second version<\/ins>/);
    expect(updated).toMatch(/<del><span class="visually-hidden">Removed: <\/span>First version<\/del>/);
    expect((await clients.ohio.post(item, { intent: "acknowledge" })).status).toBe(302);
    expect(await html(await clients.ohio.get(item))).toContain("Acknowledged");

    await clients.staff.post(`/o/${agency}/guidance/${id}`, { intent: "withdraw" });
    expect((await clients.ohio.get(item)).status).toBe(404);
  });

  it("links guidance to one of the coalition's own campaigns only", async () => {
    const id = await publish({ title: "Linkable" });
    const bad = await clients.ohio.post(`/o/oh-families/inbox/${id}`, {
      intent: "link",
      campaignId: "AAAAAAAAAAAAAAAA",
    });
    expect(bad.status).toBe(400);
    expect(fieldErrors(await html(bad)).campaignId).toMatch(/campaigns/);
  });

  it("refuses incomplete guidance with messages by the fields, keeping what was typed", async () => {
    const response = await clients.staff.post(`/o/${agency}/guidance/new`, {
      title: "",
      summary: "Kept",
      body: "",
      audienceTypes: ["feudal"],
    });
    expect(response.status).toBe(400);
    const page = await html(response);
    const errors = fieldErrors(page);
    expect(errors.title).toMatch(/title/);
    expect(errors.body).toBeTruthy();
    expect(errors.audienceTypes).toBeTruthy();
    expect(page).toContain('value="Kept"');
  });

  it("renders guidance with scripts, event handlers, javascript: links and frames removed", async () => {
    const payloads = [
      `<script>alert("x")</script>`,
      `<img src=x onerror=alert(1)>`,
      `<a href="javascript:alert(1)">click</a>`,
      `[link](javascript:alert(1))`,
      `<iframe src="https://evil.example"></iframe>`,
      `<svg onload=alert(1)><circle /></svg>`,
      `<a href="JaVaScRiPt:alert(1)">mixed case</a>`,
      `<div style="background:url(javascript:alert(1))">styled</div>`,
      `<object data="javascript:alert(1)"></object>`,
      `<form action="javascript:alert(1)"><button>go</button></form>`,
      `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`,
      `<p onclick="alert(1)">plain text stays</p>`,
    ];
    const id = await publish({ title: "Hostile", body: payloads.join("\n\n") });
    const page = await html(await clients.ohio.get(`/o/oh-families/inbox/${id}`));
    const article = /<article class="playbook"[^>]*>([\s\S]*?)<\/article>/.exec(page)![1]!;
    expect(article).not.toMatch(/<script|<iframe|<object|<embed|<form|<svg|<style/i);
    expect(article).not.toMatch(/\son\w+\s*=/i);
    expect(article).not.toMatch(/javascript:/i);
    expect(article).toContain("plain text stays");
    const preview = await html(await clients.staff.get(`/o/${agency}/guidance/${id}`));
    expect(/<article class="playbook"[^>]*>([\s\S]*?)<\/article>/.exec(preview)![1]).not.toMatch(
      /<script|\son\w+\s*=|javascript:/i,
    );
  });

  it("emails the organizers of the coalitions it reaches, with a link to their inbox", async () => {
    // ohio@example.org is confirmed already: only a confirmed address may invite, and it invited its member.
    for (const [client, email] of [[clients.michigan, "michigan@example.org"]] as const) {
      const confirmation = await waitForOutboxMail(
        server.outboxDir,
        (m) => isTo(email)(m) && /confirm/i.test(m.subject ?? ""),
      );
      expect((await client.post(new URL(linkIn(confirmation, "/verify-email/")).pathname, {})).status).toBe(302);
    }
    const id = await publish({ title: "Hearing season", summary: "Dates and how to testify" });
    const mail = await waitForOutboxMail(
      server.outboxDir,
      (m) => isTo("ohio@example.org")(m) && /Hearing season/.test(m.subject ?? ""),
    );
    expect(mail.subject).toBe("New guidance from Ohio Department of Education: Hearing season");
    expect(linkIn(mail, "/o/oh-families/inbox/")).toContain(`/o/oh-families/inbox/${id}`);
    await clients.staff.post(`/o/${agency}/guidance/${id}/edit`, {
      title: "Hearing season",
      summary: "Dates and how to testify",
      body: "New dates",
      audienceTypes: [],
    });
    await clients.staff.post(`/o/${agency}/guidance/${id}`, { intent: "publish", changeNote: "New dates" });
    const update = await waitForOutboxMail(
      server.outboxDir,
      (m) => isTo("ohio@example.org")(m) && /^Updated guidance.*Hearing season/.test(m.subject ?? ""),
    );
    expect(update.text).toContain("What changed: New dates");
    // Michigan's coalition is not in Ohio; the member is not an organizer.
    const all = await readOutbox(server.outboxDir);
    expect(
      all.filter(
        (m) =>
          /Hearing season/.test(m.subject ?? "") &&
          (isTo("michigan@example.org")(m) || isTo("ohioMember@example.org")(m)),
      ),
    ).toEqual([]);
  });

  it("keeps agencies and coalitions out of each other's pages", async () => {
    for (const path of [
      "/o/oh-families",
      "/o/oh-families/campaigns",
      "/o/oh-families/districts",
      "/o/oh-families/tasks",
      "/o/oh-families/inbox",
      "/o/oh-families/members",
    ]) {
      expect((await clients.staff.get(path)).status, path).toBe(404);
    }
    expect((await clients.ohio.get(`/o/${agency}/guidance`)).status).toBe(404);
    expect((await clients.staff.get(`/o/${agency}/inbox`)).status).toBe(404);
    expect((await clients.ohio.get(`/o/oh-families/guidance`)).status).toBe(404);
  });
  it("shows guidance in the language its agency wrote it in, marked as such, inside pages in the reader's language", async () => {
    const id = await publish({
      title: "Cómo pedir una reunión con la oficina central",
      summary: "Primeros pasos para las familias.",
      body: "## Por qué importa\n\nLas familias pueden pedir una reunión.",
      language: "es",
    });
    const list = await inbox(clients.ohioMember, "oh-families");
    expect(list).toContain('<h2 lang="es">');
    expect(list).toContain('<p lang="es">Primeros pasos para las familias.</p>');
    const page = await html(await clients.ohioMember.get(`/o/oh-families/inbox/${id}`));
    expect(page).toMatch(/<h1 id="guidance-title" lang="es">Cómo pedir una reunión/);
    expect(page).toMatch(/<article class="playbook" lang="es">/);
    // An English-speaking member reads the page around it in English; a Spanish-speaking one in Spanish.
    expect(page).toContain("Guidance inbox");
    await clients.ohioMember.chooseLanguage("es");
    const inSpanish = await html(await clients.ohioMember.get(`/o/oh-families/inbox/${id}`));
    expect(inSpanish).toContain('<html lang="es"');
    expect(inSpanish).toContain("Bandeja de orientación");
    expect(inSpanish).toContain("Marcar como leída");
    expect(inSpanish).toMatch(/<h1 id="guidance-title" lang="es">Cómo pedir una reunión/);
    expect(await inbox(clients.ohioMember, "oh-families")).toContain("Orientación de su estado");
    await clients.ohioMember.chooseLanguage("en");
    // Guidance written in English keeps its own mark, and an unknown language is refused next to the field.
    const english = await publish({ title: "Meeting the board", body: "Ask for time at the next meeting." });
    expect(await html(await clients.ohio.get(`/o/oh-families/inbox/${english}`))).toMatch(
      /<article class="playbook" lang="en">/,
    );
    const refused = await clients.staff.post(`/o/${agency}/guidance/new`, {
      title: "T",
      summary: "",
      body: "Body",
      audienceTypes: [],
      language: "fr",
    });
    expect(refused.status).toBe(400);
    expect(fieldErrors(await html(refused))).toHaveProperty("language");
  });
});
