// A piece of guidance published as an English/Spanish pair: the agency writes the other language's version beside
// the original, and each member of one coalition reads it in their own language, as one piece.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { Client, fieldErrors, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
const agency = "oh-pairs-agency";
const otherAgency = "oh-pairs-other-agency";
const coalition = "oh-pairs";
const clients = {} as Record<"staff" | "otherStaff" | "owner" | "spanish" | "michigan", Client>;

const spanishBrowser = { "Accept-Language": "es" };

beforeAll(async () => {
  server = await startServer();
  clients.staff = new Client(server.url);
  clients.otherStaff = new Client(server.url);
  clients.owner = new Client(server.url);
  // Signing up in Spanish makes Spanish the account's language.
  clients.spanish = new Client(server.url, spanishBrowser);
  clients.michigan = new Client(server.url);
  for (const [name, client] of Object.entries(clients)) await client.signUp(name, `${name}@pairs.example.org`);
  await clients.staff.createCoalition(agency, "Ohio Department of Education", "state_agency");
  await clients.otherStaff.createCoalition(otherAgency, "Ohio Family Office", "state_agency");
  await verifyAgency(server.databasePath, agency, [clients.staff]);
  await verifyAgency(server.databasePath, otherAgency, [clients.otherStaff]);
  await clients.owner.createCoalition(coalition);
  const invitation = await clients.owner.invite(coalition, "spanish@pairs.example.org", "organizer");
  expect((await clients.spanish.post(new URL(invitation).pathname, {})).status).toBe(302);
  const michigan = await clients.michigan.post("/orgs/new", {
    kind: "coalition",
    name: "Michigan families",
    slug: "mi-pairs",
    state: "MI",
    timeZone: "America/Detroit",
  });
  expect(michigan.status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

const englishText = { title: "Budget hearings", summary: "How to testify", body: "## First steps\n\n- Sign up." };
const spanishText = {
  title: "Audiencias del presupuesto",
  summary: "Cómo dar testimonio",
  body: "## Primeros pasos\n\n- Inscríbase.",
};

const publishOriginal = (fields: Partial<typeof englishText> = {}) =>
  clients.staff.publishGuidance(agency, { ...englishText, ...fields, language: "en" });

async function writeTranslation(originalId: string, fields: Partial<typeof spanishText> = {}): Promise<string> {
  const created = await clients.staff.post(`/o/${agency}/guidance/${originalId}/translation`, {
    ...spanishText,
    ...fields,
  });
  expect(created.status).toBe(302);
  return created.headers.get("location")!.split("/").pop()!;
}

const publish = async (id: string) =>
  clients.staff.post(`/o/${agency}/guidance/${id}`, { intent: "publish", changeNote: "" });

const inbox = async (client: Client) => html(await client.get(`/o/${coalition}/inbox`));

/** The unread count on the navigation's inbox link, whatever language it is written in. */
async function unreadBadge(client: Client): Promise<string | null> {
  const page = await html(await client.get(`/o/${coalition}`));
  const link = new RegExp(`<a[^>]*href="/o/${coalition}/inbox"[^>]*>(.*?)</a>`, "s").exec(page)?.[1] ?? "";
  return /class="count-badge">(\d+)</.exec(link)?.[1] ?? null;
}

describe("guidance in two languages", () => {
  it("lets the agency write the Spanish version beside the English, as a draft of its own, once", async () => {
    const originalId = await publishOriginal();
    const page = await html(await clients.staff.get(`/o/${agency}/guidance/${originalId}`));
    expect(page).toContain(`href="/o/${agency}/guidance/${originalId}/translation"`);
    expect(page).toContain("Write the Spanish version");

    const form = await html(await clients.staff.get(`/o/${agency}/guidance/${originalId}/translation`));
    expect(form).toContain("Write the Spanish version");
    expect(form).toContain('value="Budget hearings"'); // starts from the original's words
    // Bad input: 400, the message next to the field, the entries kept.
    const refused = await clients.staff.post(`/o/${agency}/guidance/${originalId}/translation`, {
      ...spanishText,
      title: "",
    });
    expect(refused.status).toBe(400);
    const refusedPage = await html(refused);
    expect(fieldErrors(refusedPage).title).toBe("Give the guidance a title.");
    expect(refusedPage).toContain("Cómo dar testimonio");

    const translationId = await writeTranslation(originalId);
    const translationPage = await html(await clients.staff.get(`/o/${agency}/guidance/${translationId}`));
    expect(translationPage).toContain("This is the Spanish version of");
    expect(translationPage).toContain(`href="/o/${agency}/guidance/${originalId}"`);
    expect(translationPage).toContain("Draft, not published");
    const originalPage = await html(await clients.staff.get(`/o/${agency}/guidance/${originalId}`));
    expect(originalPage).toContain("The Spanish version:");
    expect(originalPage).toContain("Withdrawing this also withdraws the Spanish version.");

    // One pair: a second translation leads to the first, and a translation has none of its own.
    const again = await clients.staff.get(`/o/${agency}/guidance/${originalId}/translation`);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe(`/o/${agency}/guidance/${translationId}`);
    const second = await clients.staff.post(`/o/${agency}/guidance/${originalId}/translation`, spanishText);
    expect(second.headers.get("location")).toBe(`/o/${agency}/guidance/${translationId}`);
    expect((await clients.staff.get(`/o/${agency}/guidance/${translationId}/translation`)).status).toBe(404);
    expect((await clients.staff.post(`/o/${agency}/guidance/${translationId}/translation`, spanishText)).status).toBe(
      404,
    );
    // The translation's editor asks for its words only, and keeps its language whatever is sent.
    const editor = await html(await clients.staff.get(`/o/${agency}/guidance/${translationId}/edit`));
    expect(editor).not.toMatch(/<select[^>]*name="language"/);
    expect(editor).not.toContain('name="audienceTypes"');
    // The two languages differ: the original cannot take its translation's language.
    const clash = await clients.staff.post(`/o/${agency}/guidance/${originalId}/edit`, {
      ...englishText,
      language: "es",
      audienceTypes: [],
    });
    expect(clash.status).toBe(400);
    const clashPage = await html(clash);
    expect(fieldErrors(clashPage).language).toContain("already written in that language");
    expect(clashPage).toContain("How to testify");
  });

  it("answers 404 to other agencies, coalitions and unknown ids", async () => {
    const originalId = await publishOriginal({ title: "Only ours" });
    for (const path of [
      `/o/${otherAgency}/guidance/${originalId}/translation`,
      `/o/${agency}/guidance/AAAAAAAAAAAAAAAA/translation`,
      `/o/${agency}/guidance/not-an-id!/translation`,
    ]) {
      const client = path.startsWith(`/o/${otherAgency}`) ? clients.otherStaff : clients.staff;
      expect((await client.get(path)).status, path).toBe(404);
      expect((await client.post(path, spanishText)).status, path).toBe(404);
    }
    // Another agency's staff, and a coalition's owner, cannot reach this agency's pages at all.
    expect((await clients.otherStaff.get(`/o/${agency}/guidance/${originalId}/translation`)).status).toBe(404);
    expect((await clients.owner.get(`/o/${coalition}/guidance/${originalId}/translation`)).status).toBe(404);
    expect((await clients.owner.post(`/o/${agency}/guidance/${originalId}/translation`, spanishText)).status).toBe(404);
  });

  it("shows each member one entry per pair, in their language once it is published, else the other", async () => {
    const originalId = await publishOriginal({ title: "School board seats" });
    const translationId = await writeTranslation(originalId, { title: "Puestos en la junta escolar" });

    // Spanish not published yet: the Spanish member reads the English, marked as English, with no other version.
    let spanishInbox = await inbox(clients.spanish);
    expect(spanishInbox).toContain("School board seats");
    expect(spanishInbox).not.toContain("Puestos en la junta escolar");
    expect(spanishInbox).toMatch(/<h2 lang="en"><a [^>]*href="[^"]+">School board seats<\/a><\/h2>/);
    expect((await clients.spanish.get(`/o/${coalition}/inbox/${translationId}`)).status).toBe(404);

    expect((await publish(translationId)).status).toBe(302);
    spanishInbox = await inbox(clients.spanish);
    expect(spanishInbox).toMatch(/<h2 lang="es"><a [^>]*href="[^"]+">Puestos en la junta escolar<\/a><\/h2>/);
    expect(spanishInbox).not.toContain("School board seats");
    expect(spanishInbox).toMatch(
      new RegExp(`También disponible en <a lang="en" [^>]*href="/o/${coalition}/inbox/${originalId}">English</a>\\.`),
    );
    const englishInbox = await inbox(clients.owner);
    expect(englishInbox).toMatch(/<h2 lang="en"><a [^>]*href="[^"]+">School board seats<\/a><\/h2>/);
    expect(englishInbox).not.toContain("Puestos en la junta escolar");
    expect(englishInbox).toMatch(
      new RegExp(`Also available in <a lang="es" [^>]*href="/o/${coalition}/inbox/${translationId}">Español</a>\\.`),
    );

    // Either version is one link away, and each page links to the other.
    const spanishPage = await html(await clients.owner.get(`/o/${coalition}/inbox/${translationId}`));
    expect(spanishPage).toContain('<h1 id="guidance-title" lang="es">Puestos en la junta escolar</h1>');
    expect(spanishPage).toContain(`href="/o/${coalition}/inbox/${originalId}">English</a>`);
    const englishPage = await html(await clients.spanish.get(`/o/${coalition}/inbox/${originalId}`));
    expect(englishPage).toContain('<h1 id="guidance-title" lang="en">School board seats</h1>');
    expect(englishPage).toContain("También disponible en");

    // A coalition in another state reaches neither version.
    expect((await clients.michigan.get(`/o/mi-pairs/inbox/${originalId}`)).status).toBe(404);
    expect((await clients.michigan.get(`/o/mi-pairs/inbox/${translationId}`)).status).toBe(404);
  });

  it("counts reading and acknowledging either version for the pair, and withdraws both with the original", async () => {
    const originalId = await publishOriginal({ title: "Curriculum night" });
    const translationId = await writeTranslation(originalId, { title: "Noche del plan de estudios" });
    expect((await publish(translationId)).status).toBe(302);
    const before = Number(await unreadBadge(clients.owner));
    expect(Number(await unreadBadge(clients.spanish))).toBe(before);

    // The Spanish-speaking organizer acknowledges the Spanish version: the coalition acknowledged the piece.
    const acknowledged = await clients.spanish.post(`/o/${coalition}/inbox/${translationId}`, {
      intent: "acknowledge",
    });
    expect(acknowledged.status).toBe(302);
    expect(Number((await unreadBadge(clients.owner)) ?? 0)).toBe(before - 1);
    expect(Number((await unreadBadge(clients.spanish)) ?? 0)).toBe(before - 1);
    const englishPage = await html(await clients.owner.get(`/o/${coalition}/inbox/${originalId}`));
    expect(englishPage).toContain("Acknowledged");
    expect(englishPage).not.toContain('value="acknowledge"');

    // Withdrawing the original takes the pair out of every inbox, and its translation cannot come back alone.
    expect((await clients.staff.post(`/o/${agency}/guidance/${originalId}`, { intent: "withdraw" })).status).toBe(302);
    expect(await inbox(clients.owner)).not.toContain("Curriculum night");
    expect(await inbox(clients.spanish)).not.toContain("Noche del plan de estudios");
    expect((await clients.spanish.get(`/o/${coalition}/inbox/${translationId}`)).status).toBe(404);
    const translationPage = await html(await clients.staff.get(`/o/${agency}/guidance/${translationId}`));
    expect(translationPage).toContain("Withdrawn: coalitions no longer see it");
    const alone = await publish(translationId);
    expect(alone.status).toBe(403);
    expect(await html(alone)).toContain("Publish the original again first.");
  });

  it("falls back to the Spanish version for everyone while the English original is a draft", async () => {
    const originalId = await clients.staff.writeGuidance(agency, { title: "Draft in English", language: "en" });
    const translationId = await writeTranslation(originalId, { title: "Solo en español por ahora" });
    expect((await publish(translationId)).status).toBe(302);
    const englishInbox = await inbox(clients.owner);
    expect(englishInbox).toMatch(/<h2 lang="es"><a [^>]*href="[^"]+">Solo en español por ahora<\/a><\/h2>/);
    expect(englishInbox).not.toContain("Draft in English");
    expect((await clients.owner.get(`/o/${coalition}/inbox/${originalId}`)).status).toBe(404);
  });
});
