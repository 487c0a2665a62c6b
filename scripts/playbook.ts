// npm run playbook -- --type <type> [--context "<label>"] [--context-kind <kind>]
//   [--override <domain>.<locus>=<level> ...] [--format md|json] [--lang en|es]
// npm run playbook -- --word-counts [--lang en|es]   (the body and total words of each pure type's playbook)
// Prints a playbook for people without an account and for state agencies preparing material.
import { parseArgs } from "node:util";

import { z } from "zod";

import { fallbackLanguage, languages } from "~/lib/i18n";
import { buildPlaybookModel, cellsIn, playbookWordCounts, renderPlaybook } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { allCells, leverageLevels, systemTypes, type Overrides } from "~/lib/typology";
import { contextKindGuides, contextKinds, contextLabel } from "~/lib/typology/context-kinds";

import { errorMessage } from "./cli-args";

const usage = `Usage: npm run playbook -- --type <${systemTypes.join("|")}> [--context "<label>"]
       [--context-kind <${contextKinds.join("|")}>]
       [--override <domain>.<locus>=<${leverageLevels.join("|")}> ...] [--format md|json]
       [--lang <${languages.join("|")}>]
       npm run playbook -- --word-counts [--lang <${languages.join("|")}>]
Domains: environment, infrastructure, use, performance, leadership. Loci: central-office, school.`;

const argsSchema = z.object({
  type: z.enum(systemTypes, `--type must be one of: ${systemTypes.join(", ")}`),
  context: z.string().trim().max(120, "--context is at most 120 characters").optional(),
  "context-kind": z.enum(contextKinds, `--context-kind must be one of: ${contextKinds.join(", ")}`).optional(),
  format: z.enum(["md", "json"], "--format must be md or json").default("md"),
  override: z.array(z.string()).default([]),
});
// Checked before the rest, so --word-counts takes it too.
const langSchema = z.enum(languages, `--lang must be one of: ${languages.join(", ")}`).default(fallbackLanguage);

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

function parseOverrides(items: string[]): Overrides {
  const overrides: Overrides = {};
  for (const item of items) {
    const match = /^([a-z-]+\.[a-z-]+)=([a-z]+)$/.exec(item);
    const cell = match && allCells.find((c) => c.key === match[1]);
    if (!match || !cell) fail(`--override "${item}" is not <domain>.<locus>=<level>, for example use.school=primary`);
    const level = z.enum(leverageLevels).safeParse(match[2]);
    if (!level.success) fail(`--override "${item}": the level must be one of ${leverageLevels.join(", ")}`);
    if (overrides[cell.key]) fail(`--override names ${cell.key} twice`);
    overrides[cell.key] = { level: level.data, note: "" };
  }
  return overrides;
}

let raw;
try {
  raw = parseArgs({
    options: {
      type: { type: "string" },
      context: { type: "string" },
      "context-kind": { type: "string" },
      override: { type: "string", multiple: true },
      format: { type: "string" },
      help: { type: "boolean", short: "h" },
      "word-counts": { type: "boolean" },
      lang: { type: "string" },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(errorMessage(error));
}
if (raw.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const lang = langSchema.safeParse(raw.lang);
if (!lang.success) fail(lang.error.issues[0]!.message);
const content = playbookContent(lang.data);
if (raw["word-counts"]) {
  // The body is everything before the appendix; the issue asks for about 1,500 words at most for a pure type.
  process.stdout.write("type\tbody\ttotal\n");
  for (const type of systemTypes) {
    const counts = playbookWordCounts({ type }, content);
    process.stdout.write(`${type}\t${counts.body}\t${counts.total}\n`);
  }
  process.exit(0);
}
const parsed = argsSchema.safeParse(raw);
if (!parsed.success) fail(parsed.error.issues[0]!.message);
const { type, context, format, override, "context-kind": contextKind } = parsed.data;
// As in the app, a kind with no label of its own is called by the kind's name.
const label = contextKind ? contextLabel(contextKind, context ?? "") : context || null;
const input = { type, context: label, contextKind, overrides: parseOverrides(override) };

if (format === "json") {
  const model = buildPlaybookModel(input, content);
  process.stdout.write(
    `${JSON.stringify(
      {
        type: model.type,
        context: model.context,
        leverageMap: cellsIn(model.leverageMap, content),
        firstMoves: model.firstMoves,
        primary: model.primary,
        secondary: model.secondary,
        weak: model.weak,
        moves: model.moves,
        // What this kind of context changes in practice (who holds the work, records, what to watch), when given.
        contextKind: label && contextKind ? { kind: contextKind, ...contextKindGuides[contextKind] } : null,
      },
      null,
      2,
    )}\n`,
  );
} else {
  process.stdout.write(renderPlaybook(input, content));
}
