// Email templates live in emails/: <kind>.mjml (the HTML body, inside the one shared layout.mjml) and <kind>.txt
// (the plain-text version, with the subject in its front matter), all Handlebars. Each is compiled once per
// process: MJML (in a worker thread, see mjml.server.ts) turns layout + body into HTML with the Handlebars
// expressions intact, and Handlebars compiles that once; every message after is a template call. Handlebars
// escapes every value in the HTML.
//
// The words are not in the templates but in the "emails" catalog (app/locales/<language>/emails.json), called
// as `{{t "key" name=value}}`: one template per kind serves every language, so MJML still runs once per kind
// (the slow part), a fix to a template's structure reaches every language at once, and the catalog test keeps
// both languages' keys and placeholders equal. Each message is rendered in the language it is given.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import matter from "gray-matter";
import Handlebars from "handlebars";

import { emailKindNames } from "~/lib/email-kinds";
import { fallbackLanguage, languageOrFallback, type Language } from "~/lib/i18n";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { projectRoot } from "~/lib/project-root.server";

import type { EmailData, EmailFooter, EmailKind } from "./messages";
import { mjmlToHtml } from "./mjml.server";

export type { EmailData, EmailFooter, EmailKind } from "./messages";
export type RenderedEmail = { subject: string; html: string; text: string };
type Common = { preheader: string; footer: EmailFooter; language?: Language };

const handlebars = Handlebars.create();

/**
 * `{{lines text}}`: text people typed on several lines (an agenda, a task's details, an ask) with its line
 * breaks kept in the HTML, escaped like every other value: a line break becomes <br />, a blank line a
 * paragraph break (two, as a blank line reads in the text version). Inline, so it fits after a label.
 */
export function linesToHtml(text: string): string {
  const escape = (line: string) => handlebars.Utils.escapeExpression(line);
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map(escape).join("<br />"))
    .join("<br /><br />");
}

handlebars.registerHelper(
  "lines",
  (text: unknown) => new handlebars.SafeString(linesToHtml(typeof text === "string" ? text : "")),
);

const emailCatalogs = (language: Language) => createTranslator(language, ["emails", "labels"]);

/** The "emails" catalog (and "labels", as "labels:...") in one language. */
export const emailTranslator = (language: Language) => emailCatalogs(language).getFixedT(language, "emails");

/** Which language and format (HTML or plain text) a template call renders in: Handlebars' @data of the call. */
type RenderData = { language: Language; html: boolean };

function renderData(options: Handlebars.HelperOptions): RenderData {
  const data: unknown = options.data;
  const read = (name: keyof RenderData): unknown =>
    typeof data === "object" && data !== null && name in data ? Reflect.get(data, name) : undefined;
  return { language: languageOrFallback(read("language")), html: read("html") === true };
}

/**
 * `{{t "key" name=value}}`: a message of the "emails" catalog in the message's language. In HTML the values are
 * escaped and the message's own markup (<strong>) kept; in plain text the markup is dropped. A key missing from
 * the catalog throws, so a mistyped key fails the template tests instead of mailing the key to people.
 */
handlebars.registerHelper("t", (key: unknown, options: Handlebars.HelperOptions) => {
  const { language, html } = renderData(options);
  if (typeof key !== "string" || !emailCatalogs(language).exists(key, { ns: "emails" })) {
    throw new Error(`emails: no message "${String(key)}" in the ${language} catalog`);
  }
  const hash: Record<string, unknown> = options.hash;
  const t = emailTranslator(language);
  const values: Record<string, unknown> = {};
  if (html) {
    for (const [name, value] of Object.entries(hash))
      values[name] = typeof value === "string" ? handlebars.Utils.escapeExpression(value) : value;
    return new handlebars.SafeString(t(key, values));
  }
  // The message's markup goes, people's words stay as typed (even when they look like tags): each text value
  // stands in as a marker while the tags are dropped.
  const texts: string[] = [];
  for (const [name, value] of Object.entries(hash)) {
    if (typeof value === "string") texts.push(value);
    values[name] = typeof value === "string" ? `\u0000${texts.length - 1}\u0000` : value;
  }
  return t(key, values)
    .replace(/<\/?\w+>/g, "")
    .replace(/\u0000(\d+)\u0000/g, (_marker: string, index: string) => texts[Number(index)] ?? "");
});

/** `{{upper (t "key")}}`: a heading in capitals, for the plain-text version (which has no bold). */
handlebars.registerHelper("upper", (text: unknown, options: Handlebars.HelperOptions) =>
  String(text).toLocaleUpperCase(renderData(options).language),
);
type Compiled = {
  subject: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
};

const read = (name: string) => readFileSync(join(projectRoot(), "emails", name), "utf8");

const mjmlDocument = (body: string, file: string) => ({
  mjml: read("layout.mjml").replace("<!-- content -->", body),
  filePath: join(projectRoot(), "emails", file),
});

/** Layouts + bodies through MJML in one worker; each result throws naming its file when MJML finds a mistake. */
async function compileMjmlFiles(files: Array<{ body: string; file: string }>): Promise<Array<() => string>> {
  const results = await mjmlToHtml(files.map(({ body, file }) => mjmlDocument(body, file)));
  return results.map((result, index) => () => {
    if ("error" in result) throw new Error(`emails/${files[index]!.file}: ${result.error}`);
    return result.html;
  });
}

/** Layout + body through MJML; throws naming the file when MJML finds a mistake. */
export async function compileMjml(body: string, file: string): Promise<string> {
  const [html] = await compileMjmlFiles([{ body, file }]);
  return html!();
}

function compile(kind: EmailKind, mjmlHtml: () => string): Compiled {
  const { data, content } = matter(read(`${kind}.txt`));
  if (typeof data.subject !== "string") throw new Error(`emails/${kind}.txt: the front matter needs a subject line`);
  const textLayout = read("layout.txt");
  return {
    subject: handlebars.compile(data.subject, { strict: true, noEscape: true }),
    html: handlebars.compile(mjmlHtml(), { strict: true }),
    text: handlebars.compile(textLayout.replace("{{{content}}}", content.trim()), { strict: true, noEscape: true }),
  };
}

const compiled = new Map<EmailKind, Promise<Compiled>>();
let compilations = 0;

/** Compiles the kinds not compiled yet, with one MJML worker for all of them. */
function compileKinds(kinds: readonly EmailKind[]): void {
  const missing = kinds.filter((kind) => !compiled.has(kind));
  if (missing.length === 0) return;
  const htmls = compileMjmlFiles(missing.map((kind) => ({ body: read(`${kind}.mjml`), file: `${kind}.mjml` })));
  missing.forEach((kind, index) => {
    compilations++;
    const pending = htmls.then((all) => compile(kind, all[index]!));
    compiled.set(kind, pending);
    // A failed compilation is not cached: the error shows again next time instead of a stale rejection.
    pending.catch(() => compiled.delete(kind));
  });
}

// The first message compiles every kind in the same worker: starting a worker and loading MJML costs far more
// than one template, so a process (a test file, the reminders command) pays for it once, not once per kind.
function templates(kind: EmailKind): Promise<Compiled> {
  compileKinds(emailKindNames);
  return compiled.get(kind)!;
}

/** How many templates this process compiled: each kind once, whatever the number of messages. */
export const compilationCount = () => compilations;

export async function renderEmail<K extends EmailKind>(
  kind: K,
  data: EmailData[K],
  common: Common,
): Promise<RenderedEmail> {
  const template = await templates(kind);
  const language = common.language ?? fallbackLanguage;
  const context = { ...data, preheader: common.preheader, footer: common.footer, language };
  const plain = { data: { language, html: false } satisfies RenderData };
  const subject = template.subject(context, plain).replace(/\s+/g, " ").trim();
  return {
    subject,
    html: template.html({ ...context, subject }, { data: { language, html: true } satisfies RenderData }),
    text: `${template
      .text(context, plain)
      .replace(/\n{3,}/g, "\n\n")
      .trim()}\n`,
  };
}

/** Compiles every template: run at start, so a broken template stops the server with the file's name. */
export async function checkEmailTemplates(): Promise<void> {
  compileKinds(emailKindNames);
  await Promise.all(emailKindNames.map((kind) => compiled.get(kind)));
}
