import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, decode, fieldErrors, html } from "../support/client";
import { expectSays, pageText, readPage } from "../support/page-text";
import { startServer, type RunningServer } from "../support/server";

// The coalition's own pages (dashboard, members, invite, settings, sent email, the confirmation after a form)
// for a reader who chose Spanish, next to a member of the same coalition who reads English.

let server: RunningServer;
let organizer: Client;
let member: Client;
const slug = "familias-es";

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Lucía Ramos", "lucia.es@example.org");
  await organizer.createCoalition(slug, "Familias de Maple");
  // The switcher sets the cookie (and, signed in, the account's language).
  const switched = await organizer.chooseLanguage("es", `/o/${slug}`);
  expect(switched.headers.get("set-cookie")).toMatch(/^fulcrum_lang=/);
  const link = await organizer.invite(slug, "ben.en@example.org", "member");
  member = new Client(server.url, { "Accept-Language": "en-US,en" });
  const joined = await member.post(new URL(link).pathname, {
    name: "Ben Baker",
    email: "ben.en@example.org",
    password: "correct horse battery",
  });
  expect(joined.status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

describe("the coalition's pages in Spanish", () => {
  it("show the dashboard, its tabs and getting started in Spanish, and the same page in English to a member", async () => {
    const page = await readPage(await organizer.get(`/o/${slug}`));
    expectSays(page, [
      "Coalición · Ohio · usted es responsable principal",
      ...["Resumen", "Campañas", "Mis tareas", "Distritos", "Miembros", "Correos enviados"],
      "Configuración",
      "Primeros pasos",
      "0 de 6 hechos",
      "Agregue su distrito",
      "Sin empezar",
      "Todavía no se puede",
      "2 miembros",
    ]);
    expect(page).not.toMatch(/Getting started|Overview|you are|Campaigns|members/);

    const english = await readPage(await member.get(`/o/${slug}`));
    expectSays(english, ["Coalition · Ohio · you are member", "Overview", "2 members"]);
    expect(english).not.toMatch(/Resumen|usted|miembros|Campañas/);
  });

  it("count a district and its schools in Spanish, with one and with many", async () => {
    const districtId = await organizer.createDistrict(slug, "Maple Hollow Schools");
    await organizer.createSchool(slug, districtId, "Maple Elementary");
    let page = await readPage(await organizer.get(`/o/${slug}`));
    expectSays(page, ["2 de 6 hechos", "1 distrito", "Ohio · 1 escuela"]);
    await organizer.createSchool(slug, districtId, "Maple Middle", "middle");
    page = await readPage(await organizer.get(`/o/${slug}`));
    expect(page).toContain("Ohio · 2 escuelas");
    expect(page).toContain("Distritos donde trabaja su coalición");
  });

  it("show the members page in Spanish, dates included, and say why a re-send was refused in Spanish", async () => {
    const raw = await html(await organizer.get(`/o/${slug}/members`));
    // A link inside a sentence stays a link in Spanish.
    expect(raw).toMatch(
      /<a [^>]*href="\/o\/familias-es\/join-link"[^>]*>Mostrar un enlace para unirse y un código QR<\/a>/,
    );
    const page = pageText(raw);
    expect(page).toContain("Lucía Ramos (usted)");
    expect(page).toMatch(/lucia\.es@example\.org · Responsable principal · se unió el \d{1,2} [a-z]+\.? \d{4}/);
    expectSays(page, [
      "ben.en@example.org · Miembro · se unió el",
      "Invitaciones abiertas",
      "No hay invitaciones abiertas.",
      "Invitar a alguien",
    ]);
    expect(page).not.toMatch(/joined|\(you\)|Open invitations/);

    const englishMembers = await readPage(await member.get(`/o/${slug}/members`));
    expect(englishMembers).toContain("Ben Baker (you)");
    expect(englishMembers).toContain("ben.en@example.org · Member · joined");
  });

  it("answer the invite form and the last-owner rule in Spanish", async () => {
    const own = await organizer.post(`/o/${slug}/invite`, { email: "lucia.es@example.org", role: "member" });
    expect(own.status).toBe(400);
    expect(fieldErrors(await html(own)).email).toBe("Ese es su propio correo: usted ya es miembro.");
    const already = await organizer.post(`/o/${slug}/invite`, { email: "ben.en@example.org", role: "member" });
    expect(fieldErrors(await html(already)).email).toBe("ben.en@example.org ya es miembro de Familias de Maple.");

    const lastOwner = await organizer.post(`/o/${slug}/members`, { intent: "leave" });
    expect(lastOwner.status).toBe(400);
    expect(await readPage(lastOwner)).toContain("Una organización necesita al menos un o una responsable principal.");
  });

  it("confirm a sent invitation in Spanish, once", async () => {
    const sent = await organizer.post(`/o/${slug}/invite`, { email: "carmen.es@example.org", role: "member" });
    expect(sent.status).toBe(302);
    const page = await readPage(await organizer.get(sent.headers.get("location")!));
    expectSays(page, [
      "✓ Listo",
      "Invitación enviada. Le estamos mandando por correo un enlace para unirse",
      "Invitar a alguien",
    ]);
    expect(await readPage(await organizer.get(`/o/${slug}/invite`))).not.toContain("Invitación enviada");
    const members = await readPage(await organizer.get(`/o/${slug}/members`));
    expect(members).toMatch(/carmen\.es@example\.org Miembro · vence el/);
  });

  it("save the settings in Spanish and explain a refused reminder time in Spanish", async () => {
    const page = await readPage(await organizer.get(`/o/${slug}/settings`));
    expect(page).toContain("Recordatorios de reuniones");
    expect(page).toContain("Compartir con su agencia estatal");
    const refused = await organizer.post(`/o/${slug}/settings`, { intent: "reminders", meetingReminderMinutes: "7" });
    expect(refused.status).toBe(400);
    expect(fieldErrors(await html(refused)).meetingReminderMinutes).toBe("Elija entre las horas de la lista.");
    const shared = await organizer.post(`/o/${slug}/settings`, { intent: "sharing", shareDeclarations: "on" });
    expect(await readPage(shared)).toContain("Su agencia estatal contará a su coalición al final de este mes.");
  });

  it("list the sent email in Spanish", async () => {
    const page = await readPage(await organizer.get(`/o/${slug}/emails`));
    expect(page).toContain("Correos enviados");
    expect(page).toContain("Todos los correos que Fulcrum envió por Familias de Maple");
    expect(page).toMatch(/Cuándo Para Qué Estado/);
    // The test server writes mail to its outbox folder: said plainly, in Spanish.
    expect(page).toContain("Solo en la bandeja de salida");
  });

  it("say what is missing or not allowed in Spanish, with the coalition's name as typed, and in English to others", async () => {
    const missing = await organizer.get(`/o/${slug}/tasks/no-such-task-0000`);
    expect(missing.status).toBe(404);
    expect(pageText(await missing.text())).toContain("No encontramos esa tarea.");
    const missingInEnglish = await member.get(`/o/${slug}/tasks/no-such-task-0000`);
    expect(pageText(await missingInEnglish.text())).toContain("We could not find that task.");

    const link = await organizer.invite(slug, "ana.es@example.org", "member");
    const ana = new Client(server.url, { "Accept-Language": "es-US,es" });
    const joined = await ana.post(new URL(link).pathname, {
      name: "Ana Soto",
      email: "ana.es@example.org",
      password: "correct horse battery",
    });
    expect(joined.status).toBe(302);
    const refused = await ana.get(`/o/${slug}/invite`);
    expect(refused.status).toBe(403);
    expect(pageText(await refused.text())).toContain(
      "Su función en Familias de Maple no le permite hacer esto. Si lo necesita, pídaselo a quien sea responsable principal.",
    );
    const refusedInEnglish = await member.get(`/o/${slug}/invite`);
    expect(pageText(await refusedInEnglish.text())).toContain("Your role in Familias de Maple does not allow this.");
  });

  it("name states in the reader's language: the state menu in its order, a district's page, the list, the dashboard", async () => {
    const menu = (page: string) =>
      [
        ...(/<select[^>]*id="state"[^>]*>([\s\S]*?)<\/select>/.exec(page)?.[1] ?? "").matchAll(
          /<option[^>]*value="([A-Z]{2})"[^>]*>([^<]*)<\/option>/g,
        ),
      ].map(([, code, name]) => ({ code, name: decode(name!) }));
    const options = menu(await html(await organizer.get(`/o/${slug}/districts/new`)));
    expect(options).toHaveLength(56);
    expect(options).toContainEqual({ code: "NY", name: "Nueva York" });
    expect(options).toContainEqual({ code: "PA", name: "Pensilvania" });
    const names = options.map(({ name }) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "es-US")));
    expect(names.indexOf("Míchigan")).toBe(names.indexOf("Massachusetts") + 1);
    const englishOptions = menu(await html(await member.get("/orgs/new")));
    expect(englishOptions).toContainEqual({ code: "NY", name: "New York" });
    expect(englishOptions.map(({ name }) => name).slice(0, 3)).toEqual(["Alabama", "Alaska", "American Samoa"]);

    const created = await organizer.post(`/o/${slug}/districts/new`, {
      name: "Yonkers Public Schools",
      state: "NY",
      ncesId: "",
    });
    expect(created.status).toBe(302);
    const district = new URL(created.headers.get("location")!, server.url).pathname;
    expect(await readPage(await organizer.get(district))).toContain("Estado Nueva York");
    expect(await readPage(await organizer.get(`/o/${slug}/districts`))).toContain("Yonkers Public Schools Nueva York");
    expect(await readPage(await organizer.get(`/o/${slug}`))).toContain("Nueva York · 0 escuelas");

    const english = await readPage(await member.get(district));
    expect(english).toContain("State New York");
    expect(english).not.toContain("Nueva York");
    expect(await readPage(await member.get(`/o/${slug}`))).toContain("New York · 0 schools");
  });
});
