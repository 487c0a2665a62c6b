// The playbook in the reader's language over HTTP: the page, its .md download and an agency's notes form. An
// English reader sees no change (the other playbook tests read the English).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildPlaybookModel, type LeveragePoint } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";

import { Client, decode, fieldErrors, html, withoutScripts } from "../support/client";
import { h3s, parseMarkdown, section, tables, textOf } from "../support/markdown";
import { expectDoesNotSay, expectSays } from "../support/page-text";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let spanish: Client;
let english: Client;
const slug = "familias-unidas";
let base: string;
let districtId: string;

beforeAll(async () => {
  server = await startServer();
  spanish = new Client(server.url, { "Accept-Language": "es-US,es;q=0.9" });
  await spanish.signUp("Rosa Díaz", "rosa.playbook@example.org");
  await spanish.createCoalition(slug, "Familias Unidas");
  districtId = await spanish.createDistrict(slug, "Pueblo Unido");
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
    expectSays(page, [
      "<title>Guía de acción para Pueblo Unido · Fulcrum</title>",
      "Guía de acción: Pueblo Unido (todo el distrito)",
      ">Sus tres primeros pasos</h2>",
      "Empezar una campaña con esta guía de acción",
      "Descargar en markdown",
      "En esta guía de acción",
      "Agregar una persona clave aquí",
      "Observado por su coalición: Consejos de familias en cada escuela",
      "Su coalición corrigió una calificación del mapa.",
    ]);
    expect(page).toMatch(/Planear esta petición<span class="visually-hidden">: [^<]+<\/span>/);
    expectDoesNotSay(page, ["Your first three moves", "Download as markdown", "Add a target here", "Plan this ask"]);
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

describe("the pages started from a playbook point, in Spanish", () => {
  // The model the pages build, in each language: the Spanish reader must get the Spanish holders and asks. Two
  // main levers the override leaves alone: one gets a target, the other stays a gap.
  const pointsIn = (language: "en" | "es") =>
    buildPlaybookModel({ type: "networked" }, playbookContent(language)).primary.filter(
      (point) => point.key !== "environment.school",
    );
  const [spanishPoint, spanishGap] = pointsIn("es") as [LeveragePoint, LeveragePoint];
  const [englishPoint, englishGap] = pointsIn("en") as [LeveragePoint, LeveragePoint];
  const query = (point: LeveragePoint) => `domain=${point.domain}&locus=${point.locus}`;
  /** What a person reads on the page, entities decoded, for finding a sentence with an apostrophe in it. */
  const read = async (response: Response) => {
    expect(response.status).toBe(200);
    return decode(withoutScripts(await html(response)));
  };

  beforeAll(async () => {
    expect(spanishPoint.asks[0]).not.toBe(englishPoint.asks[0]);
    expect(spanishGap.holders[0]).not.toBe(englishGap.holders[0]);
    await spanish.createTarget(slug, districtId, "Dra. Ana Ruiz", spanishPoint.locus, [spanishPoint.domain]);
  });

  it("suggests the point's usual holders in Spanish on the new target form", async () => {
    const page = await read(await spanish.get(`${base}/targets/new?${query(spanishGap)}`));
    for (const holder of spanishGap.holders) expect(page).toContain(holder);
    expect(page).not.toContain(englishGap.holders[0]);
  });

  it("lists the gaps' holders in Spanish on the targets page", async () => {
    const page = await read(await spanish.get(`${base}/targets`));
    expect(page).toContain(spanishGap.holders[0]);
    expect(page).not.toContain(englishGap.holders[0]);
  });

  it("fills in the suggested ask in Spanish when planning it", async () => {
    const page = await read(await spanish.get(`${base}/plan-ask?${query(spanishPoint)}&ask=0`));
    expect(page).toContain(`>${spanishPoint.asks[0]}</textarea>`);
    expect(page).not.toContain(englishPoint.asks[0]);
  });

  it("offers the asks in Spanish when starting a campaign, and plans them in the words it showed", async () => {
    const form = await html(await spanish.get(`${base}/start-campaign`));
    const shownForm = decode(withoutScripts(form));
    expect(shownForm).toContain(spanishPoint.asks[0]);
    expect(shownForm).not.toContain(englishPoint.asks[0]);
    const ticked = (name: string) =>
      [...form.matchAll(/<input [^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => tag.includes(` name="${name}"`) && / checked=""/.test(tag))
        .map((tag) => tag.match(/ value="([^"]*)"/)?.[1] ?? "");
    const created = await spanish.post(`${base}/start-campaign`, {
      declarationId: form.match(/name="declarationId" value="([^"]*)"/)?.[1] ?? "",
      context: "",
      returnTo: "",
      title: "Enseñanza que llega a las aulas",
      win: "El distrito ofrece acompañamiento a cada maestro nuevo.",
      target: ticked("target"),
      ask: ticked("ask"),
      intent: "create",
    });
    expect(created.status).toBe(302);
    const asks = await read(await spanish.get(`${created.headers.get("location")}/asks?status=planned`));
    expect(asks).toContain(spanishPoint.asks[0]);
    expect(asks).not.toContain(englishPoint.asks[0]);
  });
});

describe("an agency's playbook notes in Spanish", () => {
  it("shows the form in Spanish and refuses a note that is too long with a Spanish message, keeping it", async () => {
    const staff = new Client(server.url, { "Accept-Language": "es" });
    await staff.signUp("Luis Agencia", "luis.agencia@example.org");
    await staff.createCoalition("oh-educacion", "Departamento de Educación", "state_agency");
    const form = await html(await staff.get("/o/oh-educacion/playbook-notes"));
    expectSays(form, [
      "<title>Notas para las guías de acción · Fulcrum</title>",
      "Sus notas en las guías de acción de las coaliciones",
      "Sistemas de tipo Gerencial",
    ]);
    const long = "a".repeat(10_001);
    const refused = await staff.post("/o/oh-educacion/playbook-notes", { note_managerial: long });
    expect(refused.status).toBe(400);
    const page = await html(refused);
    expect(fieldErrors(page).note_managerial).toMatch(/^Cada nota puede tener hasta 10[.,]000 caracteres\.$/);
    expect(page).toContain(long);
  });
});
