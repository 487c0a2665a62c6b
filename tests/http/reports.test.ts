import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readCatalog, type Catalog } from "~/lib/i18n-catalogs.server";

import { Client, checkedRadio, decode, fieldErrors, html } from "../support/client";
import { isTo, waitForOutboxMail } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";
import { enrolTwoFactor, logInWithCode } from "../support/two-factor";

// Reports and suspensions over the real server: a coalition's organizer reports guidance, an operator (named
// in OPERATOR_EMAILS, address confirmed) reads it as it was reported and suspends the agency or one of its
// people, and lifts it again.

let server: RunningServer;
const operatorEmail = "operator@example.org";
const agency = "oh-agency";
const coalition = "oh-families";
const names = ["operator", "agencyOwner", "author", "organizer", "member"] as const;
const clients = {} as Record<(typeof names)[number], Client>;
let guidanceId: string;
let item: string;
let reportId: string;

const userId = (email: string) =>
  (server.database().prepare("select id from users where email = ?").get(email) as { id: string }).id;
const textarea = (page: string, id: string) =>
  decode(new RegExp(`<textarea[^>]*id="${id}"[^>]*>([^<]*)</textarea>`).exec(page)?.[1] ?? "");

let authorSecret = "";

beforeAll(async () => {
  server = await startServer({ env: { OPERATOR_EMAILS: `Someone-Else@example.org, ${operatorEmail}` } });
  for (const name of names) {
    clients[name] = new Client(server.url);
    await clients[name].signUp(name, `${name.toLowerCase()}@example.org`);
  }
  await clients.agencyOwner.createCoalition(agency, "Ohio Department of Education", "state_agency");
  await clients.author.post(
    new URL(await clients.agencyOwner.invite(agency, "author@example.org", "staff")).pathname,
    {},
  );
  // Verification is another part of the app: the agency is simply marked verified here.
  server.database().prepare("update organizations set verified_at = ? where slug = ?").run(Date.now(), agency);
  // Staff of a verified agency sign in with a second step, set up before any other page.
  await enrolTwoFactor(clients.agencyOwner);
  authorSecret = (await enrolTwoFactor(clients.author)).secret;
  await clients.organizer.createCoalition(coalition, "Oak Street Families");
  await clients.member.post(
    new URL(await clients.organizer.invite(coalition, "member@example.org", "member")).pathname,
    {},
  );

  guidanceId = await clients.author.publishGuidance(agency, {
    title: "Testify by Friday",
    body: "The first version says Friday.",
  });
  item = `/o/${coalition}/inbox/${guidanceId}`;
});
afterAll(async () => {
  await server?.stop();
});

describe("reporting guidance", () => {
  it("is offered to owners and organizers only; a member's report is refused with 403", async () => {
    expect(await html(await clients.organizer.get(item))).toContain("Report this guidance or this agency");
    const asMember = await html(await clients.member.get(item));
    expect(asMember).toContain("Testify by Friday");
    expect(asMember).not.toContain("Report this guidance");
    expect(
      (await clients.member.post(item, { intent: "report", subject: "guidance", reason: "Wrong date" })).status,
    ).toBe(403);
  });

  it("needs a reason and a subject, within limits, and keeps what was typed", async () => {
    const empty = await clients.organizer.post(item, { intent: "report", subject: "agency", reason: "   " });
    expect(empty.status).toBe(400);
    const page = await html(empty);
    expect(fieldErrors(page).reason).toMatch(/what is wrong/);
    expect(checkedRadio(page, "subject")).toBe("agency");

    const long = await clients.organizer.post(item, { intent: "report", subject: "", reason: "x".repeat(2001) });
    expect(long.status).toBe(400);
    const longPage = await html(long);
    expect(fieldErrors(longPage)).toMatchObject({
      reason: expect.stringMatching(/2,000 characters/),
      subject: expect.stringMatching(/Choose what/),
    });
    expect(textarea(longPage, "reason")).toBe("x".repeat(2001));
    expect(server.database().prepare("select count(*) as n from reports").get()).toEqual({ n: 0 });
  });

  it("keeps non-operators out of the operator pages with the same 404 as a missing page", async () => {
    // Listed in OPERATOR_EMAILS but not yet confirmed: not an operator.
    expect((await clients.operator.get("/operator/reports")).status).toBe(404);
    for (const name of ["organizer", "agencyOwner", "member"] as const) {
      expect((await clients[name].get("/operator/reports")).status, name).toBe(404);
    }
    expect((await new Client(server.url).get("/operator/reports")).headers.get("location")).toMatch(/^\/login\?/);
    server.database().prepare("update users set email_verified_at = ? where email = ?").run(Date.now(), operatorEmail);
    // An operator sets up two-step sign-in before reaching any page.
    expect((await clients.operator.get("/operator/reports")).headers.get("location")).toMatch(/^\/account\/two-factor/);
    await enrolTwoFactor(clients.operator);
    expect((await clients.operator.get("/operator/reports")).status).toBe(200);
  });

  it("reaches the operators: a confirmation, an email, and the version that was read", async () => {
    const sent = await clients.organizer.post(item, {
      intent: "report",
      subject: "guidance",
      reason: "The hearing is on Thursday, not Friday.",
    });
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toBe(`${item}?reported=1`);
    expect(await html(await clients.organizer.get(sent.headers.get("location")!))).toContain(
      "Your report went to the people who run this Fulcrum server",
    );

    const mail = await waitForOutboxMail(
      server.outboxDir,
      (m) => isTo(operatorEmail)(m) && m.subject?.startsWith("Report from") === true,
    );
    expect(mail.subject).toBe("Report from Oak Street Families: Testify by Friday");
    expect(mail.text).toContain("The hearing is on Thursday, not Friday.");
    reportId = /\/operator\/reports\/([A-Za-z0-9_-]+)/.exec(mail.text ?? "")![1]!;

    // The agency publishes a second version afterwards: the operator still reads the one that was reported.
    await clients.author.post(`/o/${agency}/guidance/${guidanceId}/edit`, {
      title: "Testify by Thursday",
      summary: "",
      body: "The second version.",
      audienceTypes: [],
    });
    expect(
      (await clients.author.post(`/o/${agency}/guidance/${guidanceId}`, { intent: "publish", changeNote: "Fixed" }))
        .status,
    ).toBe(302);

    const list = await html(await clients.operator.get("/operator/reports"));
    expect(list).toContain("Open (1)");
    for (const text of [
      "organizer",
      "Oak Street Families",
      "The hearing is on Thursday, not Friday.",
      "Ohio Department of Education",
    ])
      expect(list).toContain(text);
    const detail = await html(await clients.operator.get(`/operator/reports/${reportId}`));
    expect(detail).toContain("The first version says Friday.");
    expect(detail).not.toContain("The second version.");
    expect(detail).toContain("Version 1, published by author");
    expect((await clients.organizer.get(`/operator/reports/${reportId}`)).status).toBe(404);
    expect((await clients.operator.get("/operator/reports/not-a-report-id-000")).status).toBe(404);
  });
});

describe("suspending an agency", () => {
  it("needs a reason the agency will see", async () => {
    const response = await clients.operator.post(`/operator/reports/${reportId}`, {
      intent: "suspend-organization",
      note: "",
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(await html(response))["suspend-organization-note"]).toMatch(/Write the reason/);
  });

  it("hides its guidance, stops it publishing and inviting, says why, and is undone by lifting it", async () => {
    const reason = "It posted hearing dates that were wrong.";
    expect(
      (await clients.operator.post(`/operator/reports/${reportId}`, { intent: "suspend-organization", note: reason }))
        .status,
    ).toBe(302);

    expect(await html(await clients.organizer.get(`/o/${coalition}/inbox`))).not.toContain("Testify by");
    expect((await clients.organizer.get(item)).status).toBe(404);

    const front = await html(await clients.author.get(`/o/${agency}`));
    expect(front).toContain("Ohio Department of Education is suspended");
    expect(front).toContain(reason);
    const draft = await clients.author.post(`/o/${agency}/guidance/new`, {
      title: "New",
      summary: "",
      body: "Body",
      audienceTypes: [],
    });
    expect(draft.status).toBe(403);
    const publish = await clients.author.post(`/o/${agency}/guidance/${guidanceId}`, {
      intent: "publish",
      changeNote: "",
    });
    expect(publish.status).toBe(403);
    expect(await html(publish)).toContain(reason);
    expect(
      (await clients.agencyOwner.post(`/o/${agency}/invite`, { email: "new@example.org", role: "staff" })).status,
    ).toBe(403);
    expect((await clients.author.get(`/o/${agency}/guidance`)).status).toBe(200);

    const detail = await html(await clients.operator.get(`/operator/reports/${reportId}`));
    expect(detail).toMatch(/Suspended the agency \(Ohio Department of Education\), by operator/);
    expect(detail).toContain(reason);
    expect(await html(await clients.operator.get("/operator/reports"))).toContain("Open (0)");

    expect(
      (
        await clients.operator.post(`/operator/reports/${reportId}`, {
          intent: "lift-organization",
          note: "Corrected",
        })
      ).status,
    ).toBe(302);
    expect(await html(await clients.organizer.get(`/o/${coalition}/inbox`))).toContain("Testify by Thursday");
    expect(await html(await clients.author.get(`/o/${agency}`))).not.toContain("is suspended");
    expect(
      (await clients.author.post(`/o/${agency}/guidance/${guidanceId}`, { intent: "publish", changeNote: "" })).status,
    ).toBe(302);
    expect(decode(await html(await clients.operator.get(`/operator/reports/${reportId}`)))).toMatch(
      /Lifted the agency's suspension \(Ohio Department of Education\), by operator/,
    );
  });
});

describe("suspending a person", () => {
  it("accepts only the agency's own people", async () => {
    const response = await clients.operator.post(`/operator/reports/${reportId}`, {
      intent: "suspend-user",
      userId: userId("organizer@example.org"),
      note: "x",
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(await html(response)).userId).toMatch(/agency's people/);
  });

  it("ends their sessions at once, refuses their login with the reason and how to reach the operators", async () => {
    const author = userId("author@example.org");
    expect((await clients.author.get("/home")).status).toBe(200);
    const reason = "Posting as an official without being one";
    expect(
      (
        await clients.operator.post(`/operator/reports/${reportId}`, {
          intent: "suspend-user",
          userId: author,
          note: reason,
        })
      ).status,
    ).toBe(302);

    expect((await clients.author.get("/home")).headers.get("location")).toMatch(/^\/login\?/);
    expect(server.database().prepare("select count(*) as n from sessions where user_id = ?").get(author)).toEqual({
      n: 0,
    });

    const wrongPassword = await clients.author.logIn("author@example.org", "not the password");
    expect(wrongPassword.status).toBe(400);
    expect(await html(wrongPassword)).not.toContain("suspended");
    const login = await clients.author.logIn("author@example.org", "correct horse battery");
    expect(login.status).toBe(403);
    const page = await html(login);
    expect(page).toContain("This account is suspended");
    expect(page).toContain(`${reason}.`);
    expect(page).toContain("someone-else@example.org");
    expect((await clients.author.get("/home")).status).toBe(302);

    const detail = await html(await clients.operator.get(`/operator/reports/${reportId}`));
    expect(detail).toMatch(/Suspended a person \(author\), by operator/);
    expect(
      (await clients.operator.post(`/operator/reports/${reportId}`, { intent: "lift-user", userId: author, note: "" }))
        .status,
    ).toBe(302);
    const again = await logInWithCode(clients.author, "author@example.org", "correct horse battery", authorSecret);
    expect(again.status).toBe(302);
    expect((await clients.author.get("/home")).status).toBe(200);
  });
});

describe("a report's words", () => {
  it("are stored exactly as typed and shown to operators only as text", async () => {
    const hostile = `<script>alert("r")</script><img src=x onerror=alert(1)>'; DROP TABLE reports;--`;
    expect((await clients.organizer.post(item, { intent: "report", subject: "agency", reason: hostile })).status).toBe(
      302,
    );
    const stored = server.database().prepare("select reason, subject from reports where reason like '<script>%'").get();
    expect(stored).toEqual({ reason: hostile, subject: "agency" });
    const list = await html(await clients.operator.get("/operator/reports"));
    expect(list).not.toContain(hostile);
    expect(list).not.toMatch(/<img src=x/);
    expect(list).toContain("&lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt;");
  });
});

/** Every message of a catalog, nested ones included. */
const messagesOf = (catalog: Catalog): string[] =>
  Object.values(catalog).flatMap((value) => (typeof value === "string" ? [value] : messagesOf(value)));

// The operator pages' own English: every run of two or more words between placeholders, of messages whose
// Spanish differs. A Spanish page showing one of them left text outside the catalog.
const spanishMessages = new Set(messagesOf(readCatalog("es", "operator")));
const englishPhrases = [
  ...new Set(
    messagesOf(readCatalog("en", "operator"))
      .filter((message) => !spanishMessages.has(message))
      .flatMap((message) => message.split(/\{\{[^}]*\}\}|<\/?\w+>/))
      .map((fragment) => fragment.trim())
      .filter((fragment) => fragment.split(/\s+/).length >= 2),
  ),
];
/** What the page says to a person: its text without tags, scripts (the catalog itself) or entities. */
const visibleText = (page: string) =>
  decode(page.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
const englishOn = (page: string) => englishPhrases.filter((phrase) => visibleText(page).includes(phrase));

describe("the operator pages in Spanish", () => {
  it("follow the operator's account language, with the reporters' and agencies' words as they typed them", async () => {
    await clients.operator.post("/language", { language: "es", returnTo: "/operator/reports" });
    expect(server.database().prepare("select language from users where email = ?").get(operatorEmail)).toEqual({
      language: "es",
    });

    const list = await html(await clients.operator.get("/operator/reports"));
    expect(list).toContain('<html lang="es"');
    expect(list).toContain("<title>Reportes · Administración de Fulcrum</title>");
    expect(list).toContain('aria-label="Páginas de administración"');
    for (const text of ["Abiertos (1)", "Cerrados", "Quién lo reportó", "Con medidas tomadas", "Abierto"])
      expect(list).toContain(text);
    expect(decode(list)).toContain("La agencia: Ohio Department of Education");
    expect(decode(list)).toContain("The hearing is on Thursday, not Friday.");
    expect(englishOn(list)).toEqual([]);

    const detail = decode(await html(await clients.operator.get(`/operator/reports/${reportId}`)));
    expect(detail).toContain("<title>Reporte · Administración de Fulcrum</title>");
    expect(detail).toContain("Esta orientación: Testify by Friday");
    expect(detail).toMatch(/Suspendió a la agencia \(Ohio Department of Education\), por operator/);
    expect(detail).toMatch(/Levantó la suspensión de una persona \(author\), por operator/);
    // Spanish dates, the zone named: "1 dic 2026, 8:15 p.m. UTC".
    expect(detail).toMatch(/Versión 1, publicada por author el \d{1,2} \p{L}{3,4}\.? \d{4}, \d{1,2}:\d{2}.+UTC/u);
    expect(detail).toContain("author (Personal de la agencia, author@example.org)");
    expect(detail).toContain("The first version says Friday.");
    expect(detail).toContain("It posted hearing dates that were wrong.");
    expect(englishOn(detail)).toEqual([]);

    const agencies = await html(await clients.operator.get("/operator"));
    expect(agencies).toContain("<title>Agencias estatales · Administración · Fulcrum</title>");
    expect(agencies).toContain("Ninguna agencia está esperando.");
    expect(agencies).toContain("Revocar la verificación");
    expect(englishOn(agencies)).toEqual([]);
  });

  it("refuse in Spanish beside the field, keeping what was typed, with the person's name in the message", async () => {
    const detailPath = `/operator/reports/${reportId}`;
    const empty = await clients.operator.post(detailPath, { intent: "suspend-organization", note: "  " });
    expect(empty.status).toBe(400);
    expect(fieldErrors(await html(empty))["suspend-organization-note"]).toBe(
      "Escriba el motivo. Las personas suspendidas lo ven.",
    );
    const author = userId("author@example.org");
    const long = await clients.operator.post(detailPath, {
      intent: "suspend-user",
      userId: author,
      note: "x".repeat(1001),
    });
    expect(long.status).toBe(400);
    const longPage = await html(long);
    expect(fieldErrors(longPage)["suspend-user-note"]).toBe("La nota puede tener hasta 1,000 caracteres.");
    expect(textarea(longPage, "suspend-user-note")).toBe("x".repeat(1001));

    const reason = "Publicó fechas equivocadas";
    expect(
      (await clients.operator.post(detailPath, { intent: "suspend-user", userId: author, note: reason })).status,
    ).toBe(302);
    // A second submit (or another operator's) finds the person suspended: said on the page, by name.
    const again = await clients.operator.post(detailPath, { intent: "suspend-user", userId: author, note: reason });
    expect(again.status).toBe(400);
    const againPage = decode(await html(again));
    expect(againPage).toMatch(/<p class="error-summary__message">La cuenta de author ya está suspendida\.<\/p>/);
    expect(againPage).toContain("Personas suspendidas de Ohio Department of Education");
    expect(againPage).toContain(`author (author@example.org), desde el`);
    expect(againPage).toContain("Levantar la suspensión de author");
    expect(englishOn(againPage)).toEqual([]);
    expect((await clients.operator.post(detailPath, { intent: "lift-user", userId: author, note: "" })).status).toBe(
      302,
    );

    const verified = await clients.operator.post("/operator", { intent: "verify", slug: agency, note: "Llamé" });
    expect(verified.status).toBe(400);
    expect(decode(await html(verified))).toContain("Ohio Department of Education ya está verificada.");
    const noNote = await clients.operator.post("/operator", { intent: "revoke", slug: agency, note: "" });
    expect(fieldErrors(await html(noNote))[`${agency}-note`]).toBe(
      "Escriba una nota para el registro: cómo lo comprobó, o por qué.",
    );
  });

  it("leave an English-speaking operator's pages in English", async () => {
    await clients.operator.post("/language", { language: "en", returnTo: "/operator/reports" });
    const list = await html(await clients.operator.get("/operator/reports"));
    expect(list).toContain("Who reported");
    expect(list).not.toContain("Quién lo reportó");
    // The check the Spanish pages pass finds this page's English.
    expect(englishOn(list)).toEqual(
      expect.arrayContaining(["Who reported", "When (UTC)", "Closed reports, most recently closed first"]),
    );
  });
});
