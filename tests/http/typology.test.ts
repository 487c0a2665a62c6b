import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { allCells, systemTypes } from "~/lib/typology";
import { contextKindGuides } from "~/lib/typology/context-kinds";
import {
  allUnsure,
  cueQuestions,
  answersForPureType,
  minimumAnswered,
  type DiagnosticAnswers,
} from "~/lib/typology/diagnostic";
import { v1CueQuestions } from "~/lib/typology/diagnostic-v1";

import { messagesIn } from "../support/catalog";
import { checkedRadio, Client, fieldErrors, fieldValue, html, selectedOption, withoutScripts } from "../support/client";
import { parseMarkdown, section, tables, textOf, h3s } from "../support/markdown";
import { startServer, type RunningServer } from "../support/server";
import { systemTypeLabels } from "../support/typology-words";

let server: RunningServer;
let organizer: Client;
let member: Client;
let districtId: string;
const slug = "typology-co";
let base: string;

function diagnosticForm(type: Parameters<typeof answersForPureType>[0], context = ""): Record<string, string> {
  return answersForm(answersForPureType(type), context);
}

function answersForm(answers: DiagnosticAnswers, context = ""): Record<string, string> {
  return {
    context,
    ...Object.fromEntries(Object.entries(answers.who).map(([domain, answer]) => [`who_${domain}`, answer])),
    ...Object.fromEntries(Object.entries(answers.cues).map(([id, answer]) => [`cue_${id}`, answer])),
  };
}

function declarationForm(systemType: string, extra: Record<string, string> = {}): Record<string, string> {
  const fields: Record<string, string> = {
    context: "",
    contextKind: extra.context ? "other" : "",
    systemType,
    note: "",
  };
  for (const { key } of allCells) {
    fields[`override_${key.replace(".", "__")}`] = "type";
    fields[`overrideNote_${key.replace(".", "__")}`] = "";
  }
  return { ...fields, ...extra };
}

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Olu Organizer", "olu@example.org");
  await organizer.createCoalition(slug, "Typology Coalition");
  districtId = await organizer.createDistrict(slug, "Mixed Unified");
  base = `/o/${slug}/districts/${districtId}`;
  member = new Client(server.url);
  await member.signUp("Mia Member", "mia@example.org");
  await member.post(new URL(await organizer.invite(slug, "mia@example.org", "member")).pathname, {});
});
afterAll(async () => {
  await server?.stop();
});

describe("the diagnostic", () => {
  it("saves answers, shows every type ranked with the reasons, and can be revised", async () => {
    const saved = await member.post(`${base}/diagnostics/new`, diagnosticForm("federated"));
    expect(saved.status).toBe(302);
    const resultsPath = saved.headers.get("location")!;
    const results = await html(await member.get(resultsPath));
    const ranked = [...results.matchAll(/<h2 class="score__title">\d+\. ([A-Za-z -]+): (\d+)% match<\/h2>/g)].map(
      (m) => m[1],
    );
    expect(ranked).toHaveLength(5);
    expect(ranked[0]).toBe("Federated");
    expect(results).toMatch(/\d+ answers moved this score \(\d+ toward, \d+ away\)/);
    // Members may diagnose but not declare.
    expect(withoutScripts(results)).not.toContain("Declare federated");

    const revised = await member.post(`${resultsPath}/edit`, diagnosticForm("market-driven"));
    expect(revised.headers.get("location")).toBe(resultsPath);
    const again = await html(await member.get(resultsPath));
    expect([...again.matchAll(/<h2 class="score__title">\d+\. ([A-Za-z -]+):/g)][0]![1]).toBe("Market-driven");
    const editForm = await html(await member.get(`${resultsPath}/edit`));
    expect(checkedRadio(editForm, "who_environment")).toBe("schools");
  });

  it("rejects unanswered questions with a message by each one, keeping the answers given", async () => {
    const fields = diagnosticForm("networked", "Special education");
    delete fields.who_use;
    delete fields[`cue_${cueQuestions[0].id}`];
    fields.context = "x".repeat(121);
    const response = await member.post(`${base}/diagnostics/new`, fields);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(Object.keys(fieldErrors(page)).sort()).toEqual(["context", `cue_${cueQuestions[0].id}`, "who_use"].sort());
    expect(checkedRadio(page, "who_environment")).toBe(answersForPureType("networked").who.environment);
    expect(checkedRadio(page, "who_use")).toBeNull();
  });
});

const rankedTypes = (page: string) =>
  [...page.matchAll(/<h2 class="score__title">\d+\. ([A-Za-z -]+): (\d+)% match<\/h2>/g)].map((m) => m[1]);

describe("the diagnostic's results", () => {
  it.each(systemTypes)("ranks %s first for the answers a district of exactly that type would give", async (type) => {
    const saved = await member.post(`${base}/diagnostics/new`, diagnosticForm(type));
    expect(saved.status).toBe(302);
    const page = await html(await member.get(saved.headers.get("location")!));
    expect(rankedTypes(page)[0]).toBe(systemTypeLabels[type]);
    expect(withoutScripts(page)).not.toContain("Not enough to go on yet");
  });

  it("shows no type as a match when every answer is 'Not sure', and says what to find out", async () => {
    const saved = await member.post(`${base}/diagnostics/new`, answersForm(allUnsure()));
    expect(saved.status).toBe(302);
    const page = await html(await member.get(saved.headers.get("location")!));
    expect(rankedTypes(page)).toEqual([]);
    expect(withoutScripts(page)).not.toContain("% match");
    expect(page).toContain("Not enough to go on yet");
    expect(page).toContain("0 of 22 questions have an answer other than");
    expect(page).toContain(`at least ${minimumAnswered}`);
    expect(page).toContain("What to find out");
    // Something to find out for every question, starting with who picked the curriculum.
    expect(page).toContain("Who picked the curriculum your child&#x27;s class uses");
  });

  it("still shows a diagnostic saved with the first question set, as given, and revises it into the new one", async () => {
    const id = "old-diagnostic-v1";
    const oldAnswers = {
      who: {
        environment: "schools",
        infrastructure: "schools",
        use: "schools",
        performance: "schools",
        leadership: "schools",
      },
      cues: Object.fromEntries(v1CueQuestions.map((cue) => [cue.id, "no"])),
    };
    oldAnswers.cues["distinct-models"] = "yes";
    oldAnswers.cues.closures = "yes";
    oldAnswers.cues["lean-central-office"] = "yes";
    oldAnswers.cues.choice = "yes";
    server
      .database()
      .prepare(
        "insert into diagnostics (id, district_id, context, answers, question_set, created_at, updated_at) values (?, ?, '', ?, 1, ?, ?)",
      )
      .run(id, districtId, JSON.stringify(oldAnswers), Date.now(), Date.now());
    const page = await html(await member.get(`${base}/diagnostics/${id}`));
    expect(page).toContain("These answers were given to an earlier set of questions");
    // The first set's own wording, with the answer given.
    expect(page).toContain("Can families choose schools beyond their neighborhood assignment");
    expect(rankedTypes(page)[0]).toBe("Market-driven");

    const form = await html(await member.get(`${base}/diagnostics/${id}/edit`));
    expect(checkedRadio(form, "who_environment")).toBe("schools");
    expect(checkedRadio(form, "cue_closures")).toBe("yes");
    expect(form).toContain("These answers were given to an earlier set of questions.");
    // New questions are left for the person to answer, not guessed.
    expect(checkedRadio(form, "cue_standard-approach")).toBeNull();

    const revised = await member.post(`${base}/diagnostics/${id}/edit`, diagnosticForm("market-driven"));
    expect(revised.status).toBe(302);
    const after = await html(await member.get(`${base}/diagnostics/${id}`));
    expect(withoutScripts(after)).not.toContain("earlier set of questions");
    expect(rankedTypes(after)[0]).toBe("Market-driven");
  });
});

describe("context kinds", () => {
  it("refuses a named context with no kind, or a kind that needs a name without one, keeping the entries", async () => {
    const noKind = await organizer.post(
      `${base}/declare`,
      declarationForm("networked", { context: "Dual language", contextKind: "", note: "kept note" }),
    );
    expect(noKind.status).toBe(400);
    const noKindPage = await noKind.text();
    expect(fieldErrors(noKindPage)).toEqual({
      contextKind: "Choose what kind of context this is, or clear its name to declare for the whole district.",
    });
    expect(fieldValue(noKindPage, "context")).toBe("Dual language");
    expect(noKindPage).toContain(">kept note</textarea>");
    expect(checkedRadio(noKindPage, "systemType")).toBe("networked");

    const noName = await organizer.post(`${base}/declare`, declarationForm("networked", { contextKind: "subject" }));
    expect(noName.status).toBe(400);
    const noNamePage = await noName.text();
    expect(fieldErrors(noNamePage)).toEqual({ context: contextKindGuides.subject.nameRequired });
    expect(selectedOption(noNamePage, "contextKind")).toBe("subject");

    const unknown = await organizer.post(
      `${base}/declare`,
      declarationForm("networked", { context: "Math", contextKind: "secret-schools" }),
    );
    expect(unknown.status).toBe(400);
    expect(fieldErrors(await unknown.text())).toEqual({ contextKind: "Choose a kind of context from the list." });
  });

  it("keeps the coalition's label, and the playbook says what the kind changes", async () => {
    const saved = await organizer.post(
      `${base}/declare`,
      declarationForm("managerial", { context: "STEM magnets", contextKind: "magnet-schools" }),
    );
    expect(saved.headers.get("location")).toBe(`${base}/playbook?context=STEM+magnets`);
    const view = await html(await member.get(`${base}/playbook?context=STEM+magnets`));
    expect(view).toContain("What this context changes");
    expect(view).toContain("This playbook is for STEM magnets (magnet schools).");
    expect(view).toContain("Admission rules and how the lottery is run");
    const markdown = await (await member.get(`${base}/playbook.md?context=STEM+magnets`)).text();
    expect(markdown).toContain("## What this context changes");
    // The district-wide playbook has no such section.
    expect(await (await member.get(`${base}/playbook.md`)).text()).not.toContain("What this context changes");

    expect(await html(await member.get(base))).toContain("Magnet schools. Declared by Olu Organizer");

    const form = await html(await organizer.get(`${base}/declare?context=STEM+magnets`));
    expect(selectedOption(form, "contextKind")).toBe("magnet-schools");
    expect(fieldValue(form, "context")).toBe("STEM magnets");

    // Changing only the kind is a change the history records.
    await organizer.post(
      `${base}/declare`,
      declarationForm("managerial", { context: "STEM magnets", contextKind: "high-performing-schools" }),
    );
    expect(await html(await member.get(`${base}/history`))).toContain(
      "Kind of context changed from magnet schools to high-performing schools.",
    );

    // A new context named like a kind starts from that kind; another name is left for the coalition to place.
    const named = await html(await organizer.get(`${base}/declare?context=magnet+schools`));
    expect(selectedOption(named, "contextKind")).toBe("magnet-schools");
    const unnamed = await html(await organizer.get(`${base}/declare?context=Dual+language`));
    expect(selectedOption(unnamed, "contextKind")).toBe("");

    // A kind whose name says it all needs no label of its own.
    const plain = await organizer.post(
      `${base}/declare`,
      declarationForm("federated", { contextKind: "special-education" }),
    );
    expect(plain.headers.get("location")).toBe(`${base}/playbook?context=Special+education`);
  });
});

describe("declarations and playbooks", () => {
  it("declares a type district-wide and per context, keeps the history, and shows the current one on the district page", async () => {
    expect((await organizer.post(`${base}/declare`, declarationForm("managerial"))).headers.get("location")).toBe(
      `${base}/playbook`,
    );
    const special = await organizer.post(
      `${base}/declare`,
      declarationForm("federated", {
        context: "Special education",
        contextKind: "special-education",
        note: "School teams design IEP supports",
      }),
    );
    expect(special.headers.get("location")).toBe(`${base}/playbook?context=Special+education`);
    // Overriding one cell, with what was observed; a differently-cased context stays one context.
    const override = await organizer.post(
      `${base}/declare`,
      declarationForm("networked", {
        override_environment__school: "primary",
        overrideNote_environment__school: "Family councils in every school",
      }),
    );
    expect(override.status).toBe(302);
    await organizer.post(
      `${base}/declare`,
      declarationForm("federated", {
        context: "special EDUCATION",
        contextKind: "special-education",
        note: "School teams design IEP supports",
      }),
    );

    const page = await html(await organizer.get(base));
    expect(page).toContain("District-wide: Networked");
    expect(page).toContain("Special education: Federated");
    expect(page).not.toContain("special EDUCATION");
    expect(page).toMatch(/Main lever<\/span> <span class="leverage__grade">observed<\/span>/);

    const history = await html(await organizer.get(`${base}/history`));
    expect(history).toContain("Type changed from managerial to networked.");
    expect(history).toContain("Handling outside demands and family wishes (schools) observed as main lever.");
    expect(history).toContain("Re-confirmed with no changes.");
    expect(history).toContain("Olu Organizer");
  });

  it("downloads the playbook as markdown with a sensible name, matching the declaration", async () => {
    const response = await member.get(`${base}/playbook.md?context=Special+education`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="playbook-mixed-unified-special-education-federated.md"',
    );
    const tree = parseMarkdown(await response.text());
    expect(textOf(tree.children[0]!)).toBe("Playbook: Mixed Unified (Special education)");
    expect(tables(section(tree, "Leverage map"))[0]!.children).toHaveLength(6);
    expect(h3s(section(tree, "Main levers (primary)"))).toContain("Deciding who leads teaching — Schools");

    const view = await html(await member.get(`${base}/playbook`));
    expect(view).toContain('<article class="playbook">');
    expect(view).toContain("Observed by your coalition: Family councils in every school");
  });

  it("answers 404 for a context with nothing declared, and for other coalitions", async () => {
    expect((await member.get(`${base}/playbook?context=Magnet+schools`)).status).toBe(404);
    const outsider = new Client(server.url);
    await outsider.signUp("Out Sider", "out@example.org");
    for (const path of [
      `${base}/playbook`,
      `${base}/playbook.md`,
      `${base}/history`,
      `${base}/declare`,
      `${base}/diagnostics/new`,
    ]) {
      expect((await outsider.get(path)).status, path).toBe(404);
    }
    expect((await outsider.post(`${base}/declare`, declarationForm("managerial"))).status).toBe(404);
  });

  it("lets only organizers and owners declare", async () => {
    expect((await member.get(`${base}/declare`)).status).toBe(403);
    expect((await member.post(`${base}/declare`, declarationForm("managerial"))).status).toBe(403);
  });

  it("rejects an unknown type, an unknown level and a note without a level, keeping the entries", async () => {
    const response = await organizer.post(
      `${base}/declare`,
      declarationForm("feudal", { override_use__school: "extreme", note: "kept" }),
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(Object.keys(fieldErrors(page)).sort()).toEqual(["override_use__school", "systemType"]);
    expect(page).toContain(">kept</textarea>");

    const noteOnly = await organizer.post(
      `${base}/declare`,
      declarationForm("networked", { overrideNote_performance__school: "seen" }),
    );
    expect(noteOnly.status).toBe(400);
    const notePage = await noteOnly.text();
    expect(fieldErrors(notePage)).toEqual({
      overrideNote_performance__school: "Choose the level you observed for this note, or clear the note.",
    });
    expect(checkedRadio(notePage, "systemType")).toBe("networked");
  });

  it("asks before deleting a district with declarations and diagnostics, and deletes them with it", async () => {
    const doomed = await organizer.createDistrict(slug, "Doomed Typology District");
    await organizer.post(`/o/${slug}/districts/${doomed}/declare`, declarationForm("networked"));
    await organizer.post(`/o/${slug}/districts/${doomed}/diagnostics/new`, diagnosticForm("networked"));
    const confirm = await html(await organizer.get(`/o/${slug}/districts/${doomed}/delete`));
    expect(confirm).toContain("also deletes its 1 declaration and 1 diagnostic");
    const done = await organizer.post(`/o/${slug}/districts/${doomed}/delete`, {
      schools: "0",
      targets: "0",
      declarations: "1",
      diagnostics: "1",
      alsoDeleteDependents: "yes",
    });
    expect(done.status).toBe(302);
    const left = server
      .database()
      .prepare(
        "select (select count(*) from declarations where district_id = ?) + (select count(*) from diagnostics where district_id = ?) as n",
      )
      .get(doomed, doomed);
    expect(left).toEqual({ n: 0 });
  });
});

describe("dates on the declaration history", () => {
  it("shows when each type was declared on the coalition's clock, naming its zone, not the server's UTC", async () => {
    const islands = "typology-islands";
    const created = await organizer.post("/orgs/new", {
      kind: "coalition",
      name: "Island Families",
      slug: islands,
      state: "HI",
      timeZone: "Pacific/Honolulu",
    });
    expect(created.status).toBe(302);
    const district = await organizer.createDistrict(islands, "Island Unified");
    const before = new Date();
    await organizer.post(`/o/${islands}/districts/${district}/declare`, declarationForm("federated"));
    const after = new Date();

    // Hawaii keeps standard time all year, ten hours behind UTC: its own clock, told apart from any other zone.
    const hawaii = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: "Pacific/Honolulu",
    });
    const expected = [before, after].map((at) => `${hawaii.format(at)} HST`.replace(/\s/g, " "));
    const history = (await html(await organizer.get(`/o/${islands}/districts/${district}/history`))).replace(
      /\s/g,
      " ",
    );
    expect(expected.some((text) => history.includes(`Olu Organizer, ${text}`))).toBe(true);
    expect(history).not.toContain("UTC");
  });
});

describe("the diagnostic and the declaration in Spanish", () => {
  const spanish = { "Accept-Language": "es-US,es;q=0.9" };
  const es = messagesIn("es", "diagnostic");
  // Both signed up in English, and an account's choice comes before the browser's: they choose Spanish.
  const choose = async (language: string) => {
    for (const client of [member, organizer]) await client.chooseLanguage(language);
  };
  beforeAll(() => choose("es"));
  afterAll(() => choose("en"));

  it("asks every question, with its answers, in Spanish, and none in English", async () => {
    const page = await html(await member.get(`${base}/diagnostics/new`, spanish));
    const shown = withoutScripts(page);
    expect(shown).toContain('<html lang="es"');
    expect(shown).toContain("¿Qué tipo de sistema es Mixed Unified?");
    expect(shown).toContain("1. ¿Quién se ocupa de las reglas del estado");
    expect(shown).toContain("Sobre todo la oficina central");
    for (const cue of cueQuestions) expect(shown).toContain(es(cue.question).replaceAll("'", "&#x27;"));
    expect(shown).not.toContain("Who deals with state rules");
    expect(shown).not.toContain("Mostly the central office");
  });

  it("explains a missing answer and a context that is too long in Spanish, keeping the answers", async () => {
    const fields = diagnosticForm("networked");
    delete fields.who_use;
    fields.context = "x".repeat(121);
    const response = await member.post(`${base}/diagnostics/new`, fields, spanish);
    expect(response.status).toBe(400);
    const errors = fieldErrors(await html(response));
    expect(errors.who_use).toBe("Elija quién hace este trabajo.");
    expect(errors.context).toBe("Use 120 caracteres o menos para el contexto.");
  });

  it("shows the results in Spanish", async () => {
    const saved = await member.post(`${base}/diagnostics/new`, diagnosticForm("federated"), spanish);
    const page = withoutScripts(await html(await member.get(saved.headers.get("location")!, spanish)));
    expect(page).toMatch(/<h2 class="score__title">1\. Federado: \d+ % de coincidencia<\/h2>/);
    expect(page).toContain("A favor del tipo federado");
    expect(page).not.toContain("% match");
  });

  it("offers the declaration form in Spanish, and asks a subject for its name in Spanish", async () => {
    const page = withoutScripts(await html(await organizer.get(`${base}/declare`, spanish)));
    // Earlier tests declared the district-wide type, so the form updates it.
    expect(page).toContain('<h1 id="declare-title">Actualizar la declaración de Mixed Unified</h1>');
    expect(page).toContain(">Todo el distrito</option>");
    expect(page).toContain(">Educación especial</option>");
    expect(page).toContain("<strong>Gerencial</strong>");
    expect(page).toContain("¿Qué tipo se ajusta mejor?");
    expect(page).not.toContain("Which type fits best?");
    const response = await organizer.post(
      `${base}/declare`,
      declarationForm("networked", { contextKind: "subject", context: "" }),
      spanish,
    );
    expect(response.status).toBe(400);
    expect(fieldErrors(await html(response)).context).toBe(
      "Escriba el nombre de la materia, por ejemplo matemáticas de secundaria.",
    );
  });

  it("starts a context named in Spanish from its kind", async () => {
    const page = await html(await organizer.get(`${base}/declare?context=Educaci%C3%B3n%20especial`, spanish));
    expect(selectedOption(page, "contextKind")).toBe("special-education");
  });
});
