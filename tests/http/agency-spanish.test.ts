import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { Client, fieldErrors, fieldValue, html, selectedOption } from "../support/client";
import { expectSays, pageText, readPage } from "../support/page-text";
import { startServer, type RunningServer } from "../support/server";

// A state agency's own pages (verification, state overview, the guidance editor) for staff who read Spanish,
// next to a colleague of the same agency who reads English. The agency's own words stay as written, marked with
// the language they were written in.

let server: RunningServer;
let staff: Client;
let colleague: Client;
const agency = "oh-educacion";

// Records show the day as "1 dic 2026" in Spanish (the month's short name), in the agency's zone.
const spanishDay = (date: Date) =>
  new Intl.DateTimeFormat("es-US", {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "America/New_York",
  }).format(date);

beforeAll(async () => {
  server = await startServer();
  // Signing up from a Spanish browser saves Spanish as the account's language.
  staff = new Client(server.url, { "Accept-Language": "es-US,es" });
  await staff.signUp("Lucía Ramos", "lucia@education.ohio.example.org");
  await staff.createCoalition(agency, "Departamento de Educación de Ohio", "state_agency");
  colleague = new Client(server.url, { "Accept-Language": "en-US,en" });
  await colleague.signUp("Ben Baker", "ben@education.ohio.example.org");
  const link = await staff.invite(agency, "ben@education.ohio.example.org", "staff");
  expect((await colleague.post(new URL(link).pathname, {})).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

describe("an agency's pages in Spanish", () => {
  it("ask for verification in Spanish, refuse a bad request with Spanish messages by the fields, entries kept", async () => {
    const form = await readPage(await staff.get(`/o/${agency}/verification`));
    expectSays(form, [
      "Verificación",
      "Su agencia todavía no está verificada.",
      "Nombre oficial de la agencia",
      "Enviar la solicitud",
    ]);
    expect(form).not.toMatch(/Verification|Send the request|official name/);

    const bad = await staff.post(`/o/${agency}/verification`, {
      officialName: "",
      requesterRole: "Directora, Oficina de Participación Familiar",
      officialEmail: "no-es-un-correo",
      phone: "llámeme",
      website: "http://education.ohio.gov",
    });
    expect(bad.status).toBe(400);
    const page = await html(bad);
    expect(fieldErrors(page)).toEqual({
      officialName: "Escriba el nombre oficial de la agencia.",
      officialEmail: expect.stringMatching(/correo/),
      phone: "Escriba un teléfono con su código de área, como (614) 555-0100.",
      website: "Escriba la dirección https del sitio web, como https://education.ohio.gov.",
    });
    expect(fieldValue(page, "requesterRole")).toBe("Directora, Oficina de Participación Familiar");
    expect(fieldValue(page, "phone")).toBe("llámeme");
    const tooLong = await staff.post(`/o/${agency}/verification`, {
      officialName: "x".repeat(161),
      requesterRole: "Directora",
      officialEmail: "lucia@education.ohio.gov",
      phone: "(614) 555-0100",
      website: "https://education.ohio.gov",
    });
    expect(fieldErrors(await html(tooLong)).officialName).toBe(
      "Use 160 caracteres o menos para el nombre oficial de la agencia.",
    );

    const sent = await staff.post(`/o/${agency}/verification`, {
      officialName: "Ohio Department of Education",
      requesterRole: "Directora",
      officialEmail: "lucia@education.ohio.gov",
      phone: "(614) 555-0100",
      website: "https://education.ohio.gov",
    });
    expect(sent.status).toBe(200);
    const thanks = await readPage(sent);
    expect(thanks).toContain("Gracias. Su solicitud está con quienes administran este servidor.");
    expect(thanks).toContain(`Solicitud enviada por Lucía Ramos, ${spanishDay(new Date())}`);

    // The colleague who reads English sees the same page in English.
    const english = await readPage(await colleague.get(`/o/${agency}/verification`));
    expect(english).toContain("Your request is with the operators of this server.");
    expect(english).toContain("Request sent by Lucía Ramos");
    expect(english).not.toMatch(/Solicitud|Verificación/);
  });

  it("say in Spanish that the state overview waits for verification", async () => {
    const page = await html(await staff.get(`/o/${agency}/overview`));
    expect(page).toContain("<title>Panorama estatal · Fulcrum</title>");
    expect(pageText(page)).toContain("El panorama estatal se abrirá cuando su agencia esté verificada.");
    expect(pageText(page)).toContain("cómo se organizan los distritos de Ohio");
  });

  it("start new guidance from a Spanish outline, and refuse it with Spanish messages by the fields, entries kept", async () => {
    const form = await html(await staff.get(`/o/${agency}/guidance/new`));
    expectSays(form, [
      "<title>Escribir una orientación · Fulcrum</title>",
      ...["## Por qué importa", "## Primeros pasos", "## Preguntas para su distrito"],
    ]);
    expect(selectedOption(form, "language")).toBe("es");
    const shownForm = pageText(form);
    expectSays(shownForm, [
      "Título",
      "Resumen (opcional)",
      "¿Para quién es?",
      "Gerencial",
      "En red",
      "Guardar borrador",
    ]);
    expect(shownForm).not.toMatch(/Who is it for|Save draft|Title/);

    const refused = await staff.post(`/o/${agency}/guidance/new`, {
      title: "",
      summary: "Lo que cada familia debe saber.",
      body: "x".repeat(20_001),
      audienceTypes: ["feudal"],
      language: "es",
    });
    expect(refused.status).toBe(400);
    const page = await html(refused);
    expect(fieldErrors(page)).toEqual({
      title: "Póngale un título a la orientación.",
      // i18next groups thousands for "es" as 20.000; US Spanish writes 20,000 (the lead's formatter to settle).
      body: expect.stringMatching(/^Use 20[.,]000 caracteres o menos para la orientación\.$/),
      audienceTypes: "Elija entre los tipos de sistema de la lista.",
    });
    expect(fieldValue(page, "summary")).toBe("Lo que cada familia debe saber.");
    expect(pageText(page)).not.toMatch(/Keep the|Give the guidance/);
  });

  it("preview a draft in Spanish around the agency's own words, say what was removed, and refuse to publish it", async () => {
    const created = await staff.post(`/o/${agency}/guidance/new`, {
      title: "Antes de su primera reunión con el distrito",
      summary: "Tres cosas que preparar.",
      body: '## Primeros pasos\n\nPregunte quién decide.\n\n<script>alert(1)</script><p onclick="x()">hola</p>',
      audienceTypes: ["managerial", "networked"],
      language: "es",
    });
    expect(created.status).toBe(302);
    const path = created.headers.get("location")!;
    const page = await html(await staff.get(path));
    expect(page).toMatch(/<h1 id="guidance-title" lang="es">Antes de su primera reunión/);
    expect(page).toContain('<p lang="es">Tres cosas que preparar.</p>');
    expect(page).toMatch(/<article class="playbook" lang="es">/);
    const shownPage = pageText(page);
    expect(shownPage).toContain("Guardado.");
    expect(shownPage).toContain(
      "Borrador, sin publicar · Para las coaliciones cuyo distrito está declarado como Gerencial o En red",
    );
    expectSays(shownPage, [
      "Quitamos: un elemento <script>, un atributo onclick.",
      "Podrá publicar cuando su agencia esté verificada.",
      "Todavía no se ha publicado.",
    ]);
    expect(shownPage).not.toMatch(/We removed|Draft, not published|Preview/);

    const publish = await staff.post(path, { intent: "publish", changeNote: "" });
    expect(publish.status).toBe(403);
    expect(await readPage(publish)).toContain(
      "Su agencia todavía no está verificada, así que no se puede publicar nada. Su borrador está guardado.",
    );

    // The English-reading colleague: the same draft, the page around it in English, the agency's words as written.
    const english = await html(await colleague.get(path));
    expect(pageText(english)).toContain(
      "Draft, not published · For coalitions whose district is declared Managerial or Networked",
    );
    expect(pageText(english)).toContain("We removed: one <script> element, one onclick attribute.");
    expect(english).toMatch(/<h1 id="guidance-title" lang="es">Antes de su primera reunión/);
  });

  it("publish and revise in Spanish, listing the versions with Spanish dates and the agency's note as written", async () => {
    // Verified agencies' staff sign in with a second step, which verifyAgency sets up for them.
    await verifyAgency(server.databasePath, agency, [staff, colleague]);
    const created = await staff.post(`/o/${agency}/guidance/new`, {
      title: "Temporada de presupuesto",
      summary: "",
      body: "Primera versión.",
      audienceTypes: [],
      language: "es",
    });
    const path = created.headers.get("location")!;
    expect((await staff.post(path, { intent: "publish", changeNote: "" })).status).toBe(302);
    const published = await readPage(await staff.get(path));
    expectSays(published, [
      "Publicada. Las coaliciones",
      "Publicada, versión 1 · Para todas las coaliciones del estado",
      `Versión 1, ${spanishDay(new Date())}`,
      "por Lucía Ramos",
    ]);

    const edit = await html(await staff.get(`${path}/edit`));
    expect(edit).toContain("<title>Editar la orientación · Fulcrum</title>");
    expect(pageText(edit)).toContain("Las coaliciones siguen viendo la versión publicada");
    await staff.post(`${path}/edit`, {
      title: "Temporada de presupuesto",
      summary: "",
      body: "Segunda versión.",
      audienceTypes: [],
      language: "es",
    });
    const revised = await staff.post(path, { intent: "publish", changeNote: "Agregamos las fechas de las audiencias" });
    expect(revised.status).toBe(302);
    const page = await html(await staff.get(path));
    expect(page).toContain('<span lang="es">Agregamos las fechas de las audiencias</span>');
    expect(pageText(page)).toContain("Publicada, versión 2");

    const list = await html(await staff.get(`/o/${agency}/guidance`));
    expect(list).toContain("<title>Orientación · Fulcrum</title>");
    expect(list).toMatch(/<h2 lang="es"><a [^>]*>Temporada de presupuesto<\/a><\/h2>/);
    const shownList = pageText(list);
    expectSays(shownList, [
      "Orientación para las coaliciones",
      "Publicada · versión 2",
      "Borrador, sin publicar",
      "Sus notas en las guías de acción de las coaliciones",
    ]);
    expect(await readPage(await colleague.get(`/o/${agency}/guidance`))).toContain("Published · version 2");

    // The overview, verified: the server's pass has recorded last month for Ohio (nobody sharing) or not yet.
    const overview = await readPage(await staff.get(`/o/${agency}/overview`));
    expect(overview).toContain("Cómo ven sus distritos las coaliciones de Ohio");
    expect(overview).toContain("Todo número menor que 5, incluido el cero, aparece como “menos de 5”.");
    expect(overview).toMatch(
      /Todavía no se ha registrado nada\.|Al final de \S+ de \d{4} compartían menos de 5 coaliciones de Ohio/,
    );
    expect(overview).toContain("Se contará cuando termine este mes");
    expect(overview).not.toMatch(/Nothing has been recorded|Fewer than 5|Counted after/);
  });

  it("name the agency's state in the reader's language: the overview, a locked state, a lookalike's refusal", async () => {
    const created = await staff.post("/orgs/new", {
      kind: "state_agency",
      name: "Departamento de Educación de Nueva York",
      slug: "ny-educacion",
      state: "NY",
      timeZone: "America/New_York",
    });
    expect(created.status).toBe(302);
    await verifyAgency(server.databasePath, "ny-educacion");
    const overview = await html(await staff.get("/o/ny-educacion/overview"));
    expect(pageText(overview)).toContain("Cómo ven sus distritos las coaliciones de Nueva York");
    expect(pageText(overview)).toContain("Agencia estatal · Nueva York · usted es");

    // The model refuses with the state's code; each reader's page names it in their own language.
    const moved = await staff.post("/o/ny-educacion/settings", {
      name: "Departamento de Educación de Nueva York",
      slug: "ny-educacion",
      state: "NJ",
      timeZone: "America/New_York",
    });
    expect(moved.status).toBe(400);
    expect(fieldErrors(await html(moved)).state).toBe(
      "Su agencia está verificada, así que solo quienes administran este servidor pueden cambiar su estado " +
        "(Nueva York). Pídaselo a ellos.",
    );
    const lookalike = { kind: "state_agency", state: "NY", timeZone: "America/New_York" };
    const refused = await staff.post("/orgs/new", {
      ...lookalike,
      name: "departamento de educación de NUEVA YORK",
      slug: "ny-copia",
    });
    expect(refused.status).toBe(400);
    expect(fieldErrors(await html(refused)).name).toBe(
      "Departamento de Educación de Nueva York ya es una agencia verificada de Nueva York, y este nombre se parece " +
        "demasiado al suyo. Si usted trabaja allí, pida una invitación a la persona responsable principal de esa agencia.",
    );
    const refusedInEnglish = await colleague.post("/orgs/new", {
      ...lookalike,
      name: "Departamento de Educación de Nueva York.",
      slug: "ny-copy",
    });
    expect(refusedInEnglish.status).toBe(400);
    expect(fieldErrors(await html(refusedInEnglish)).name).toMatch(
      /^Departamento de Educación de Nueva York is already a verified agency in New York, /,
    );
  });
});
