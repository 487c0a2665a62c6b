// Email templates live in emails/: <kind>.mjml (the HTML body, inside the one shared layout.mjml) and <kind>.txt
// (the plain-text version, with the subject in its front matter), all Handlebars. Each is compiled once per
// process: MJML (in a worker thread, see mjml.server.ts) turns layout + body into HTML with the Handlebars
// expressions intact, and Handlebars compiles that once; every message after is a template call. Handlebars
// escapes every value in the HTML.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import matter from "gray-matter";
import Handlebars from "handlebars";

import { emailKindNames } from "~/lib/email-kinds";
import { projectRoot } from "~/lib/project-root.server";

import type { EmailData, EmailFooter, EmailKind } from "./messages";
import { mjmlToHtml } from "./mjml.server";

export type { EmailData, EmailFooter, EmailKind } from "./messages";
export type RenderedEmail = { subject: string; html: string; text: string };
type Common = { preheader: string; footer: EmailFooter };

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
  const context = { ...data, ...common };
  const subject = template.subject(context).replace(/\s+/g, " ").trim();
  return {
    subject,
    html: template.html({ ...context, subject }),
    text: `${template
      .text(context)
      .replace(/\n{3,}/g, "\n\n")
      .trim()}\n`,
  };
}

/** Compiles every template: run at start, so a broken template stops the server with the file's name. */
export async function checkEmailTemplates(): Promise<void> {
  compileKinds(emailKindNames);
  await Promise.all(emailKindNames.map((kind) => compiled.get(kind)));
}
