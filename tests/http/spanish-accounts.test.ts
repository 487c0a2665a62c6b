// Sign-up, log-in and the account's language in Spanish: what a Spanish-speaking parent reads, with English unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const spanish = { "Accept-Language": "es-US,es;q=0.9" };
/** The language ticked in the account page's choice. */
const checkedLanguage = (page: string) =>
  [...page.matchAll(/<input[^>]*type="radio"[^>]*name="language"[^>]*>/g)]
    .map(([input]) => input)
    .filter((input) => / checked/.test(input))
    .map((input) => /value="([^"]+)"/.exec(input)?.[1]);
const storedLanguage = (email: string) =>
  server.database().prepare("select language from users where email = ?").pluck().get(email);

describe("signing up in Spanish", () => {
  it("shows the form, its hints and its refusals in Spanish, with the entries kept", async () => {
    const visitor = new Client(server.url, spanish);
    const form = await html(await visitor.get("/signup"));
    expect(form).toContain("<title>Crear una cuenta · Fulcrum</title>");
    expect(form).toContain("Cree su cuenta de Fulcrum");
    expect(form).toContain("Por lo menos 8 caracteres.");
    expect(form).toContain("Hasta 100 caracteres.");
    const refused = await visitor.post("/signup", { name: "", email: "ana@", password: "short" });
    expect(refused.status).toBe(400);
    const page = await html(refused);
    expect(page).toContain("Hay un problema");
    expect(fieldErrors(page)).toEqual({
      name: "Escriba su nombre.",
      email: "Escriba un correo electrónico como nombre@ejemplo.org.",
      password: "Use por lo menos 8 caracteres.",
    });
    expect(page).toContain('value="ana@"');
    const tooLong = await html(await visitor.post("/signup", { name: "a".repeat(101), email: "", password: "" }));
    expect(fieldErrors(tooLong).name).toBe("Su nombre puede tener hasta 100 caracteres.");
  });

  it("starts the new account in the language its person was reading, and keeps English for English readers", async () => {
    await new Client(server.url, spanish).signUp("Lucía Ramos", "lucia.es@example.org");
    expect(storedLanguage("lucia.es@example.org")).toBe("es");
    // On another device, whatever the browser says, the account's language leads.
    const elsewhere = new Client(server.url, { "Accept-Language": "en-US" });
    await elsewhere.logIn("lucia.es@example.org", "correct horse battery");
    expect(await html(await elsewhere.get("/account/emails"))).toContain("Configuración de correos");

    const english = new Client(server.url, { "Accept-Language": "en-US" });
    const refused = await html(await english.post("/signup", { name: "", email: "", password: "" }));
    expect(fieldErrors(refused).name).toBe("Enter your name.");
    await english.signUp("Ann Lee", "ann.en@example.org");
    expect(storedLanguage("ann.en@example.org")).toBe("en");
  });

  it("says an address is taken in Spanish", async () => {
    await new Client(server.url).signUp("Taken", "taken.es@example.org");
    const page = await html(
      await new Client(server.url, spanish).post("/signup", {
        name: "Otra",
        email: "taken.es@example.org",
        password: "correct horse battery",
      }),
    );
    expect(fieldErrors(page).email).toBe(
      "Ya existe una cuenta con este correo electrónico. Inicie sesión, o use otro correo.",
    );
  });
});

describe("logging in in Spanish", () => {
  it("refuses a wrong password or an empty field in Spanish, and English stays English", async () => {
    await new Client(server.url).signUp("Marta Gil", "marta.es@example.org");
    const visitor = new Client(server.url, spanish);
    expect(await html(await visitor.get("/login"))).toContain("¿Olvidó su contraseña?");
    const wrong = await visitor.post("/login", { email: "marta.es@example.org", password: "not the password" });
    expect(wrong.status).toBe(400);
    expect(await html(wrong)).toContain("Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta.");
    const empty = await html(await visitor.post("/login", { email: "", password: "" }));
    expect(fieldErrors(empty)).toEqual({
      email: "Escriba un correo electrónico.",
      password: "Escriba su contraseña.",
    });
    const english = await new Client(server.url).post("/login", { email: "marta.es@example.org", password: "nope" });
    expect(await html(english)).toContain("That email and password do not match an account.");
  });
});

describe("the account's language", () => {
  it("is a choice on the account page that works without JavaScript, is saved and confirmed", async () => {
    const person = new Client(server.url, { "Accept-Language": "en-US" });
    await person.signUp("Rosa Díaz", "rosa.choice@example.org");
    const settings = await html(await person.get("/account/emails"));
    expect(settings).toContain('<h2 id="language-title">Language</h2>');
    expect(checkedLanguage(settings)).toEqual(["en"]);

    const saved = await person.post("/account/emails", { intent: "language", language: "es" });
    expect(saved.status).toBe(200);
    const page = await html(saved);
    expect(page).toContain('<html lang="es"');
    expect(page).toContain("Guardado. Ahora Fulcrum le muestra sus páginas y le envía sus correos en Español.");
    expect(checkedLanguage(page)).toEqual(["es"]);
    expect(storedLanguage("rosa.choice@example.org")).toBe("es");
    expect(await html(await person.get("/home"))).toContain('<html lang="es"');

    const back = await html(await person.post("/account/emails", { intent: "language", language: "en" }));
    expect(back).toContain("Saved. Fulcrum now shows your pages and sends your emails in English.");
    expect(storedLanguage("rosa.choice@example.org")).toBe("en");
  });

  it("refuses a language Fulcrum does not have next to the field, in the page's language", async () => {
    const person = new Client(server.url, spanish);
    await person.signUp("Pablo Ruiz", "pablo.choice@example.org");
    const refused = await person.post("/account/emails", { intent: "language", language: "fr" });
    expect(refused.status).toBe(400);
    expect(fieldErrors(await html(refused)).language).toBe("Elija uno de los idiomas de la lista.");
    expect(storedLanguage("pablo.choice@example.org")).toBe("es");
  });
});

describe("the server's own short answers", () => {
  const post = (headers: Record<string, string>, body: string | ReadableStream = "email=a") =>
    fetch(`${server.url}/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body,
      duplex: "half",
    } as RequestInit);

  it("refuse a forged form, a body too big or of unknown size in the reader's language", async () => {
    const forged = await post({ Origin: "https://evil.example", "Accept-Language": "es-MX,es;q=0.8" });
    expect(forged.status).toBe(403);
    expect(forged.headers.get("content-language")).toBe("es");
    expect(await forged.text()).toBe("Este formulario se envió desde otro sitio, así que Fulcrum lo rechazó.");
    const english = await post({ Origin: "https://evil.example", "Accept-Language": "en-US,es;q=0.5" });
    expect(await english.text()).toBe("This form was sent from another site, so Fulcrum refused it.");

    const huge = await post({ Origin: server.url, "Accept-Language": "es" }, `email=${"x".repeat(1_100_000)}`);
    expect(huge.status).toBe(413);
    expect(await huge.text()).toMatch(/^Envió demasiado a la vez: Fulcrum acepta hasta 1 MB/);
    const stream = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("email=a")), c.close()) });
    const chunked = await post({ Origin: server.url, "Accept-Language": "es" }, stream);
    expect(chunked.status).toBe(411);
    expect(await chunked.text()).toMatch(/^Fulcrum necesita saber el tamaño/);
  });

  it("follow the switcher's cookie before the browser's language", async () => {
    const visitor = new Client(server.url, { "Accept-Language": "en-US" });
    await visitor.chooseLanguage("es", "/");
    const missing = await visitor.get("/build/no-such-file.js");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("No se encontró.");
    expect(await (await fetch(`${server.url}/build/no-such-file.js`)).text()).toBe("Not found.");
  });
});
