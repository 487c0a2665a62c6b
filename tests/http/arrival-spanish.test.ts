// The pages a new member arrives on (invitation, join link, request to join) and the account's own pages
// (calendar feed, two-step sign-in, unsubscribe) for a Spanish reader, beside an English reader of the same ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, decode, fieldErrors, html } from "../support/client";
import { isTo, unsubscribeLink, waitForOutboxMail } from "../support/mail";
import { expectSays, pageText, readPage } from "../support/page-text";
import { startServer, type RunningServer } from "../support/server";
import { codeFor, recoveryCodesOn, secretOn } from "../support/two-factor";

let server: RunningServer;
let owner: Client;
/** A Spanish-speaking organizer who joined from an invitation (so their address is confirmed). */
let lucia: Client;
const slug = "llegada-es";
const spanish = { "Accept-Language": "es-US,es;q=0.9" };
const english = { "Accept-Language": "en-US,en" };

const langOf = (page: string) => /<html lang="([^"]+)"/.exec(page)?.[1];
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};
const userId = (email: string) =>
  server.database().prepare("select id from users where email = ?").pluck().get(email) as string;

beforeAll(async () => {
  server = await startServer();
  owner = new Client(server.url, english);
  await owner.signUp("Olga Owner", "olga@example.org");
  await owner.createCoalition(slug, "Familias Unidas");
  lucia = new Client(server.url, spanish);
  const link = await owner.invite(slug, "lucia@example.org", "organizer");
  const joined = await lucia.post(new URL(link).pathname, {
    name: "Lucía Ramos",
    email: "lucia@example.org",
    password: "correct horse battery",
  });
  expect(joined.status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

describe("an invitation in Spanish", () => {
  it("shows a visitor with a Spanish browser the page, its form and its refusals in Spanish; English stays English", async () => {
    const path = new URL(await owner.invite(slug, "nuevo@example.org", "member")).pathname;
    const visitor = new Client(server.url, spanish);
    const page = await html(await visitor.get(path));
    expect(langOf(page)).toBe("es");
    expect(page).toContain("<title>Invitación · Fulcrum</title>");
    const words = pageText(page);
    expect(words).toContain("Únase a Familias Unidas");
    expect(words).toContain(
      "Recibió una invitación para unirse a Familias Unidas en Fulcrum como miembro. " +
        "La invitación se envió a nuevo@example.org.",
    );
    expectSays(words, [
      "¿Todavía no usa Fulcrum? Cree su cuenta",
      "La invitación es para nuevo@example.org, así que su cuenta usa esa dirección.",
      "Por lo menos 8 caracteres.",
      "Crear mi cuenta y unirme",
      "Inicie sesión como nuevo@example.org y volverá aquí para unirse.",
    ]);
    expect(words).not.toMatch(/You have been invited|Create account and join|Already have an account|Your name/);

    const refused = await visitor.post(path, { name: "", email: "otro@example.org", password: "correct horse" });
    expect(refused.status).toBe(400);
    expect(fieldErrors(await html(refused)).name).toBe("Escriba su nombre.");
    const otherAddress = await visitor.post(path, {
      name: "Nico",
      email: "otro@example.org",
      password: "correct horse battery",
    });
    expect(fieldErrors(await html(otherAddress)).email).toBe(
      "Esta invitación es para nuevo@example.org: cree su cuenta con esa dirección. Si quiere unirse con otra, " +
        "pídale a una persona responsable principal que le envíe la invitación a esa dirección.",
    );

    const inEnglish = await readPage(await new Client(server.url, english).get(path));
    expect(inEnglish).toContain(
      "You have been invited to join Familias Unidas on Fulcrum as member. " +
        "The invitation was addressed to nuevo@example.org.",
    );
    expect(inEnglish).not.toContain("Únase");
  });

  it("follows the email's ?lang= link whatever the browser says, starts the account in it, and tells a used or made-up link in Spanish", async () => {
    const path = new URL(await owner.invite(slug, "ines@example.org", "member")).pathname;
    const reader = new Client(server.url, english);
    const redirected = await reader.get(`${path}?lang=es`);
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get("location")).toBe(path);
    const page = await html(await reader.get(path));
    expect(langOf(page)).toBe("es");
    expect(pageText(page)).toContain("Recibió una invitación para unirse a Familias Unidas");

    const joined = await reader.post(path, {
      name: "Inés",
      email: "ines@example.org",
      password: "correct horse battery",
    });
    expect(joined.status).toBe(302);
    // The new account keeps the language its person signed up in, for its pages and emails.
    expect(
      server.database().prepare("select language from users where email = ?").pluck().get("ines@example.org"),
    ).toBe("es");
    const used = await new Client(server.url, spanish).get(path);
    expect(used.status).toBe(400);
    expect(await readPage(used)).toContain("Esta invitación ya se usó. Cada enlace sirve una sola vez");

    const madeUp = await new Client(server.url, spanish).get("/invitations/not-a-real-token-at-all");
    expect(madeUp.status).toBe(404);
    expectSays(await readPage(madeUp), ["Este enlace de invitación no es válido. Revise que lo copió completo."]);
  });

  it("tells someone signed in with another address, in Spanish, how to join", async () => {
    const path = new URL(await owner.invite(slug, "derecho@example.org", "member")).pathname;
    const page = await lucia.get(path);
    expect(page.status).toBe(403);
    const words = await readPage(page);
    expect(words).toContain(
      "pero usted inició sesión como Lucía Ramos (lucia@example.org). Solo la cuenta con la dirección invitada puede usarla.",
    );
    expectSays(words, [
      "Esta invitación a Familias Unidas se envió a derecho@example.org",
      "¿Quiere unirse como lucia@example.org?",
      "Cerrar sesión",
    ]);
  });

  it("shows a coalition's name exactly as typed inside its sentences, whatever marks it holds", async () => {
    const founder = new Client(server.url, english);
    await founder.signUp("Mark Up", "markup@example.org");
    await founder.createCoalition("markup-co", "Padres <strong>Unidos & <0>Amigos</0>");
    const path = new URL(await founder.invite("markup-co", "guest@example.org", "member")).pathname;
    const page = await html(await new Client(server.url, spanish).get(path));
    expect(page).toContain(
      "a <strong>Padres &lt;strong&gt;Unidos &amp; &lt;0&gt;Amigos&lt;/0&gt;</strong> en Fulcrum como miembro.",
    );
  });
});

describe("a join link and a request to join in Spanish", () => {
  /** A new join link's path, read from the page that shows it once. */
  async function joinLinkPath(): Promise<string> {
    const page = await html(await owner.post(`/o/${slug}/join-link`, { intent: "renew" }));
    return new URL(decode(/<p class="join-link__url">([^<]+)<\/p>/.exec(page)![1]!)).pathname;
  }

  it("asks a Spanish visitor to sign in, then sends the request and shows where it stands, in Spanish", async () => {
    const path = await joinLinkPath();
    const pablo = new Client(server.url, spanish);
    const stranger = await html(await pablo.get(path));
    expect(stranger).toContain("<title>Unirse a una coalición · Fulcrum</title>");
    const words = pageText(stranger);
    expectSays(words, [
      "Únase a Familias Unidas",
      "Pida unirse a Familias Unidas en Fulcrum como miembro.",
      "Primero inicie sesión, para que quienes organizan la coalición sepan quién lo pide.",
      "Crear una cuenta",
    ]);
    expect(words).not.toMatch(/Ask to join|Create an account|Log in/);

    await pablo.signUp("Pablo Pérez", "pablo@example.org");
    expect(await readPage(await pablo.get(path))).toContain(
      "Usted inició sesión como Pablo Pérez (pablo@example.org). Pedir unirme a Familias Unidas",
    );
    const asked = await pablo.post(path, {});
    expect(asked.status).toBe(302);
    const requestPath = asked.headers.get("location")!;
    const sent = await html(await pablo.get(requestPath));
    expect(sent).toContain("<title>Solicitud enviada · Fulcrum</title>");
    expect(pageText(sent)).toContain(
      "Su solicitud para unirse a Familias Unidas se envió a quienes organizan la coalición.",
    );
    expect(pageText(sent)).toContain(
      "Cuando alguien la apruebe, Familias Unidas aparecerá en su página de inicio . Puede volver",
    );

    const requestId = requestPath.split("/").pop()!;
    expect((await owner.post(`/o/${slug}/members`, { intent: "approve", requestId })).status).toBe(200);
    expect(await readPage(await pablo.get(requestPath))).toContain("Usted es miembro de Familias Unidas");
    expect(await readPage(await pablo.get(path))).toContain("Usted ya es miembro. Ir a Familias Unidas .");

    const rosa = new Client(server.url, spanish);
    await rosa.signUp("Rosa Ruiz", "rosa@example.org");
    const rosaPath = (await rosa.post(path, {})).headers.get("location")!;
    await owner.post(`/o/${slug}/members`, { intent: "decline", requestId: rosaPath.split("/").pop()! });
    const declined = await readPage(await rosa.get(rosaPath));
    expect(declined).toContain("Su solicitud no fue aceptada");
    expect(declined).toContain("Un organizador o una organizadora de Familias Unidas rechazó su solicitud");
  });

  it("says a replaced or made-up link is closed in Spanish, and in English to an English reader", async () => {
    const old = await joinLinkPath();
    await joinLinkPath();
    const stale = await new Client(server.url, spanish).get(old);
    expect(stale.status).toBe(410);
    expect(await readPage(stale)).toContain("Un enlace más nuevo reemplazó a este, así que ya no funciona.");
    expect(await readPage(await new Client(server.url, english).get(old))).toContain("replaced by a newer one");
    const madeUp = await new Client(server.url, spanish).get("/join/made-up-token-that-never-was-one");
    expect(madeUp.status).toBe(404);
    expect(await readPage(madeUp)).toContain("Este enlace para unirse no es válido.");
    expect((await new Client(server.url, spanish).get("/join-requests/not-a-request")).status).toBe(302);
    const missing = await lucia.get("/join-requests/not-a-request");
    expect(missing.status).toBe(404);
    expect(await readPage(missing)).toContain("No encontramos esa solicitud para unirse.");
  });
});

describe("the account's pages in Spanish", () => {
  it("makes and turns off a calendar feed in Spanish, the feed's own words in its owner's language", async () => {
    const page = await html(await lucia.get("/account/calendar"));
    expect(page).toContain("<title>Su calendario · Fulcrum</title>");
    expect(pageText(page)).toContain("Suscríbase a un enlace privado en Google Calendar, Apple Calendar u Outlook");
    expect(pageText(page)).toContain("Crear el enlace de mi calendario");

    const made = await readPage(await lucia.post("/account/calendar", { intent: "renew" }));
    expect(made).toContain("El enlace de su calendario (se muestra una sola vez: cópielo ahora)");
    expect(made).toContain("Crear un enlace nuevo (desactiva el anterior)");
    const feedUrl = /id="feed-url"[^>]*value="([^"]+)"/.exec(
      await html(await lucia.post("/account/calendar", { intent: "renew" })),
    )![1]!;
    await owner.post(`/o/${slug}/tasks/new`, {
      title: "Repartir volantes",
      details: "",
      dueOn: "2030-05-01",
      assigneeId: userId("lucia@example.org"),
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    // A calendar app sends no cookie and no language.
    const feed = await (await fetch(new URL(new URL(decode(feedUrl)).pathname, server.url))).text();
    expect(feed).toContain("SUMMARY:Fecha límite: Repartir volantes");

    const incomplete = await lucia.post("/account/calendar", { intent: "" });
    expect(incomplete.status).toBe(400);
    expect(await readPage(incomplete)).toContain("A esa solicitud le faltaba información.");
    const off = await readPage(await lucia.post("/account/calendar", { intent: "revoke" }));
    expect(off).toContain("El enlace del calendario se desactivó.");
    const gone = await fetch(new URL(new URL(decode(feedUrl)).pathname, server.url), { headers: spanish });
    expect(gone.status).toBe(404);

    const englishPage = await readPage(await owner.get("/account/calendar"));
    expect(englishPage).toContain("Your calendar feed");
    expect(englishPage).toContain("Create my feed link");
  });

  it("sets up two-step sign-in and turns it off in Spanish", async () => {
    const person = new Client(server.url, spanish);
    await person.signUp("Teresa Torres", "teresa@example.org");
    const page = await html(await person.get("/account/two-factor"));
    expect(page).toContain("<title>Verificación en dos pasos · Fulcrum</title>");
    const words = pageText(page);
    expectSays(words, [
      "Con la verificación en dos pasos, para iniciar sesión necesita su contraseña",
      "En su aplicación de autenticación, agregue una cuenta y escanee este código:",
      "Código de 6 dígitos",
      "Activar la verificación en dos pasos",
    ]);
    expect(words).not.toMatch(/Set it up|Turn on two-step|6-digit code/);

    const wrong = await person.post("/account/two-factor", {
      intent: "confirm",
      code: "12",
      password: "",
      redirectTo: "",
    });
    expect(fieldErrors(await html(wrong)).code).toBe("Escriba el código de 6 dígitos que muestra su aplicación ahora.");
    const confirmed = await html(
      await person.post("/account/two-factor", {
        intent: "confirm",
        code: codeFor(secretOn(page)!),
        password: "",
        redirectTo: "",
      }),
    );
    expect(recoveryCodesOn(confirmed)).toHaveLength(10);
    expect(pageText(confirmed)).toContain("Guarde ahora sus códigos de recuperación");
    expect(pageText(confirmed)).toContain("Ya los guardé, continuar");

    const on = await readPage(await person.get("/account/two-factor"));
    expect(on).toContain("La verificación en dos pasos está activada. Le quedan 10 códigos de recuperación sin usar.");
    expect(on).toContain("Pasarla a otro teléfono o aplicación");
    const refused = await person.post("/account/two-factor", { intent: "disable", password: "not my password" });
    expect(fieldErrors(await html(refused)).password).toBe("Esa contraseña no es correcta.");
    const off = await person.post("/account/two-factor", { intent: "disable", password: "correct horse battery" });
    expect(await readPage(off)).toContain("La verificación en dos pasos está desactivada.");
  });

  it("unsubscribes from one kind of email in Spanish, with no login, and names the kinds in Spanish elsewhere", async () => {
    await owner.post(`/o/${slug}/tasks/new`, {
      title: "Llamar a la escuela",
      details: "",
      dueOn: "2030-05-02",
      assigneeId: userId("lucia@example.org"),
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    const mail = await waitForOutboxMail(
      server.outboxDir,
      (m) => isTo("lucia@example.org")(m) && (m.text ?? "").includes("Llamar a la escuela"),
    );
    const path = pathOf(unsubscribeLink(mail));
    const visitor = new Client(server.url, spanish);
    const page = await html(await visitor.get(path));
    expect(page).toContain("<title>Preferencias de correo · Fulcrum</title>");
    expect(page).toContain('<h1 id="unsubscribe-title">Tareas nuevas</h1>');
    expect(pageText(page)).toContain("lucia@example.org recibe correos de «tareas nuevas» de Fulcrum.");
    expect(pageText(page)).toContain("No recibir más avisos de tareas nuevas");

    const stopped = await readPage(await visitor.post(path, { intent: "unsubscribe" }));
    expect(stopped).toContain(
      "Listo: lucia@example.org ya no recibe correos de «tareas nuevas». Los demás correos de Fulcrum no cambian.",
    );
    expect(stopped).toContain("Volver a recibir correos de «tareas nuevas»");
    const incomplete = await visitor.post(path, { intent: "" });
    expect(incomplete.status).toBe(400);
    expect(await readPage(incomplete)).toContain("Use uno de los botones de esta página.");
    const inEnglish = await readPage(await new Client(server.url, english).get(path));
    expect(inEnglish).toContain("lucia@example.org does not get new tasks from Fulcrum.");
    expect(inEnglish).toContain("Get new tasks again");
    const madeUp = await visitor.get("/unsubscribe/not-a-token.at-all");
    expect(madeUp.status).toBe(404);
    expect(await readPage(madeUp)).toContain("Este enlace para dejar de recibir correos no es válido.");

    // The same words on the email settings page and, for the kind of each email sent, on the sent-email page.
    const settings = await readPage(await lucia.get("/account/emails"));
    expect(settings).toContain("Tareas nuevas Cuando alguien le asigna una tarea.");
    expect(settings).not.toContain("New tasks");
    const sent = await readPage(await lucia.get(`/o/${slug}/emails`));
    // Each row: the kind, then the email's own subject (in its recipient's language).
    expect(sent).toContain("Nueva tarea Nueva tarea de Olga Owner: Llamar a la escuela");
    expect(sent).toContain("Invitación Olga Owner invited you to join Familias Unidas");
    const sentInEnglish = await readPage(await owner.get(`/o/${slug}/emails`));
    expect(sentInEnglish).toContain("New task Nueva tarea de Olga Owner: Llamar a la escuela");
    expect(sentInEnglish).not.toContain("Invitación");
  });
});
