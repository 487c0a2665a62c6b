// The playbook in the reader's language over HTTP: the page, its .md download and an agency's notes form. An
// English reader sees no change (the other playbook tests read the English).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import { h3s, parseMarkdown, section, tables, textOf } from "../support/markdown";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let spanish: Client;
let english: Client;
const slug = "familias-unidas";
let base: string;

beforeAll(async () => {
  server = await startServer();
  spanish = new Client(server.url, { "Accept-Language": "es-US,es;q=0.9" });
  await spanish.signUp("Rosa Díaz", "rosa.playbook@example.org");
  await spanish.createCoalition(slug, "Familias Unidas");
  const districtId = await spanish.createDistrict(slug, "Pueblo Unido");
  base = `/o/${slug}/districts/${districtId}`;
  const declared = await spanish.declare(slug, districtId, "networked", {
    override_environment__school: "primary",
    overrideNote_environment__school: "Consejos de familias en cada escuela",
  });
  expect(declared.status).toBe(302);
  english = new Client(server.url, { "Accept-Language": "en-US" });
  await english.signUp("Mia Member", "mia.playbook@example.org");
  await english.post(new URL(await spanish.invite(slug, "mia.playbook@example.org", "member")).pathname, {});
});
afterAll(async () => {
  await server?.stop();
});

const h2s = (markdown: string) =>
  parseMarkdown(markdown)
    .children.filter((node) => node.type === "heading" && node.depth === 2)
    .map(textOf);

describe("the playbook in Spanish", () => {
  it("shows the page in the reader's language: its words, its controls and the playbook itself", async () => {
    const response = await spanish.get(`${base}/playbook`);
    expect(response.status).toBe(200);
    const page = await html(response);
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toContain("<title>Guía de acción para Pueblo Unido · Fulcrum</title>");
    expect(page).toContain("Guía de acción: Pueblo Unido (todo el distrito)");
    expect(page).toContain(">Sus tres primeros pasos</h2>");
    expect(page).toContain("Empezar una campaña con esta guía de acción");
    expect(page).toContain("Descargar en markdown");
    expect(page).toContain("En esta guía de acción");
    expect(page).toContain("Agregar una persona clave aquí");
    expect(page).toMatch(/Planear esta petición<span class="visually-hidden">: [^<]+<\/span>/);
    expect(page).toContain("Observado por su coalición: Consejos de familias en cada escuela");
    expect(page).toContain("Su coalición corrigió una calificación del mapa.");
    for (const english of ["Your first three moves", "Download as markdown", "Add a target here", "Plan this ask"]) {
      expect(page).not.toContain(english);
    }
  });

  it("downloads the .md in the reader's language, with the same sections as the English one", async () => {
    const response = await spanish.get(`${base}/playbook.md`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-language")).toBe("es");
    const markdown = await response.text();
    const tree = parseMarkdown(markdown);
    expect(textOf(tree.children[0]!)).toBe("Guía de acción: Pueblo Unido (todo el distrito)");
    expect(tables(section(tree, "Mapa de influencia"))[0]!.children).toHaveLength(6);
    expect(h3s(section(tree, "Palancas principales (primaria)"))).toContain(
      "Atender las exigencias externas y lo que piden las familias — Escuelas",
    );
    const inEnglish = await (await english.get(`${base}/playbook.md`)).text();
    expect(inEnglish.startsWith("# Playbook: Pueblo Unido (district-wide)")).toBe(true);
    expect(h2s(markdown)).toHaveLength(h2s(inEnglish).length);
    expect(h2s(markdown)).not.toEqual(h2s(inEnglish));
  });

  it("says in Spanish that nothing is declared for a context", async () => {
    const response = await spanish.get(`${base}/playbook?context=Escuelas+magnet`);
    expect(response.status).toBe(404);
    expect(await html(response)).toContain(
      "Todavía no se ha declarado nada para &quot;Escuelas magnet&quot; en Pueblo",
    );
  });

  it("keeps the page in English for an English reader of the same coalition", async () => {
    const page = await html(await english.get(`${base}/playbook`));
    expect(page).toContain(">Your first three moves</h2>");
    expect(page).not.toContain("Sus tres primeros pasos");
  });
});

describe("an agency's playbook notes in Spanish", () => {
  it("shows the form in Spanish and refuses a note that is too long with a Spanish message, keeping it", async () => {
    const staff = new Client(server.url, { "Accept-Language": "es" });
    await staff.signUp("Luis Agencia", "luis.agencia@example.org");
    await staff.createCoalition("oh-educacion", "Departamento de Educación", "state_agency");
    const form = await html(await staff.get("/o/oh-educacion/playbook-notes"));
    expect(form).toContain("<title>Notas para las guías de acción · Fulcrum</title>");
    expect(form).toContain("Sus notas en las guías de acción de las coaliciones");
    expect(form).toContain("Sistemas de tipo Gerencial");
    const long = "a".repeat(10_001);
    const refused = await staff.post("/o/oh-educacion/playbook-notes", { note_managerial: long });
    expect(refused.status).toBe(400);
    const page = await html(refused);
    expect(fieldErrors(page).note_managerial).toMatch(/^Cada nota puede tener hasta 10[.,]000 caracteres\.$/);
    expect(page).toContain(long);
  });
});
