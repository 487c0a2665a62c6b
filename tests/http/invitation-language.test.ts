// A coalition's language for invitations: chosen in its settings, used by the invitation email, whose two links
// open the invitation page in their own language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import { isTo, readOutbox, type Mail } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let owner: Client;
beforeAll(async () => {
  server = await startServer();
  owner = new Client(server.url, { "Accept-Language": "en-US" });
  await owner.signUp("Lupe Owner", "lupe@example.org");
  await owner.createCoalition("lang-co", "Familias Unidas");
});
afterAll(async () => {
  await server?.stop();
});

const langOf = (page: string) => /<html lang="([^"]+)"/.exec(page)?.[1];
const defaultLanguage = () =>
  (
    server
      .database()
      .prepare("select default_language as language from organizations where slug = ?")
      .get("lang-co") as {
      language: string;
    }
  ).language;

describe("the language of a coalition's invitations", () => {
  it("is English until an owner chooses, and refuses a language Fulcrum does not have, next to the field", async () => {
    const page = await html(await owner.get("/o/lang-co/settings"));
    expect(page).toContain("Language of invitations");
    expect(page).toMatch(/<input type="radio" name="defaultLanguage" checked="" value="en"\/>/);
    expect(defaultLanguage()).toBe("en");

    const refused = await owner.post("/o/lang-co/settings", { intent: "language", defaultLanguage: "fr" });
    expect(refused.status).toBe(400);
    expect(fieldErrors(await html(refused)).defaultLanguage).toBe("Choose English or Spanish.");
    expect(defaultLanguage()).toBe("en");

    const spanishReader = new Client(server.url, { "Accept-Language": "es" });
    await spanishReader.signUp("Otra Persona", "otra@example.org");
    await spanishReader.createCoalition("otra-co", "Otra Coalición");
    const inSpanish = await spanishReader.post("/o/otra-co/settings", { intent: "language", defaultLanguage: "" });
    expect(fieldErrors(await html(inSpanish)).defaultLanguage).toBe("Elija inglés o español.");
  });

  it("writes invitations in the chosen language, each with a link to the other, both opening the page in theirs", async () => {
    const saved = await owner.post("/o/lang-co/settings", { intent: "language", defaultLanguage: "es" });
    expect(saved.status).toBe(200);
    expect(await html(saved)).toContain("Invitations will now be written in Spanish.");
    expect(defaultLanguage()).toBe("es");
    expect(await html(await owner.get("/o/lang-co/settings"))).toMatch(/name="defaultLanguage" checked="" value="es"/);

    await owner.invite("lang-co", "nuevo@example.org", "member");
    const mail: Mail | undefined = (await readOutbox(server.outboxDir)).find(isTo("nuevo@example.org"));
    expect(mail?.subject).toBe("Lupe Owner le invitó a unirse a Familias Unidas en Fulcrum");
    const links = [...(mail?.text ?? "").matchAll(/https?:\/\/\S+\/invitations\/[^\s?]+\?lang=(en|es)/g)];
    expect(links.map((link) => link[1])).toEqual(["es", "en"]);
    expect(mail?.text).toContain("Read this invitation in English:");

    for (const [link, language] of links) {
      const invitee = new Client(server.url, { "Accept-Language": language === "es" ? "en-US" : "es" });
      const url = new URL(link);
      const redirected = await invitee.get(`${url.pathname}${url.search}`);
      expect(redirected.status).toBe(302);
      expect(redirected.headers.get("location")).toBe(url.pathname);
      expect(redirected.headers.get("set-cookie")).toMatch(/^fulcrum_lang=/);
      const page = await html(await invitee.get(url.pathname));
      expect(langOf(page)).toBe(language);
      expect(page).toContain("Familias Unidas");
    }
  });

  it("answers 404 for a made-up invitation whatever its language", async () => {
    expect((await new Client(server.url).get("/invitations/not-a-real-token-at-all?lang=es")).status).toBe(404);
  });
});
