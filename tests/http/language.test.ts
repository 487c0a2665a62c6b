import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const langOf = (page: string) => /<html lang="([^"]+)" dir="([^"]+)"/.exec(page)?.slice(1);

describe("which language a page is in", () => {
  it("follows the browser's Accept-Language before any choice, from the first byte, and English otherwise", async () => {
    const spanish = await html(await new Client(server.url, { "Accept-Language": "es-MX,es;q=0.9,en;q=0.5" }).get("/"));
    expect(langOf(spanish)).toEqual(["es", "ltr"]);
    expect(spanish).toContain("Saltar al contenido principal");
    expect(spanish).not.toContain("Skip to main content");
    const french = await html(await new Client(server.url, { "Accept-Language": "fr-FR,fr;q=0.9" }).get("/about"));
    expect(langOf(french)).toEqual(["en", "ltr"]);
    expect(french).toContain("Skip to main content");
  });

  it("remembers the switcher's choice in a cookie and returns to the same page, without JavaScript", async () => {
    const visitor = new Client(server.url, { "Accept-Language": "en-US" });
    const switched = await visitor.post("/language", { language: "es", returnTo: "/about?x=1#sources" });
    expect(switched.status).toBe(303);
    expect(switched.headers.get("location")).toBe("/about?x=1#sources");
    expect(switched.headers.get("set-cookie")).toMatch(/^fulcrum_lang=.*HttpOnly; SameSite=Lax/);
    expect(langOf(await html(await visitor.get("/about")))).toEqual(["es", "ltr"]);
    const page = await html(await visitor.get("/login"));
    expect(page).toMatch(/<button[^>]*name="language" value="en" lang="en"[^>]*>English<\/button>/);
    expect(page).toContain("Español (actual)");
  });

  it("never leaves the site from the switcher, and ignores a language it does not have", async () => {
    const visitor = new Client(server.url);
    for (const returnTo of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
      const response = await visitor.post("/language", { language: "es", returnTo });
      expect(new URL(response.headers.get("location")!, server.url).origin).toBe(new URL(server.url).origin);
    }
    const unknown = await new Client(server.url).post("/language", { language: "fr", returnTo: "/about" });
    expect(unknown.status).toBe(303);
    expect(unknown.headers.get("set-cookie")).toBeNull();
  });

  it("keeps a signed-in person's choice in their account, above the browser and the cookie", async () => {
    const person = new Client(server.url, { "Accept-Language": "en-US,en" });
    await person.signUp("Rosa Díaz", "rosa.language@example.org");
    await person.chooseLanguage("es");
    expect(langOf(await html(await person.get("/home")))).toEqual(["es", "ltr"]);
    // Another device: an English browser, a fresh cookie jar, the same account.
    const elsewhere = new Client(server.url, { "Accept-Language": "en-US,en" });
    await elsewhere.post("/login", { email: "rosa.language@example.org", password: "correct horse battery" });
    expect(langOf(await html(await elsewhere.get("/home")))).toEqual(["es", "ltr"]);
  });

  it("sends each page only its own namespaces, inline, in the page's language", async () => {
    const client = new Client(server.url, { "Accept-Language": "es" });
    const inline = (page: string) => {
      const json = /<script id="i18n-resources" type="application\/json"[^>]*>(.*?)<\/script>/s.exec(page)?.[1];
      return JSON.parse(json ?? "null") as { language: string; resources: Record<string, Record<string, unknown>> };
    };
    const landing = inline(await (await client.get("/")).text());
    expect(landing.language).toBe("es");
    expect(Object.keys(landing.resources)).toEqual(["es"]);
    expect(Object.keys(landing.resources.es!).sort()).toEqual(["common", "confirmations", "landing"]);
    const about = inline(await (await client.get("/about")).text());
    expect(Object.keys(about.resources.es!).sort()).toEqual(["common", "confirmations", "site"]);
  });

  it("serves a page's missing namespace to the browser, and 404 for a language or namespace it does not have", async () => {
    const client = new Client(server.url);
    const catalog = await client.get("/locales/es/common");
    expect(catalog.status).toBe(200);
    expect(await catalog.json()).toMatchObject({ skipLink: "Saltar al contenido principal" });
    expect((await client.get("/locales/fr/common")).status).toBe(404);
    expect((await client.get("/locales/es/..%2f..%2fpackage")).status).toBe(404);
    expect((await client.get("/locales/es/nothing-here")).status).toBe(404);
  });
});
