// The arguments of the operator commands that take one file (`npm run backup`, `npm run restore`), read with
// node:util parseArgs like scripts/playbook.ts. Mistakes are Refusals with exit code 2 and the command's usage, so
// each command reports them the same way as its other expected failures.
import { parseArgs } from "node:util";

/** An expected failure: its message is all the user needs (no stack trace). */
/** What went wrong, for a message to the person at the terminal (anything can be thrown, not only an Error). */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type FileArgs = { file: string; force: boolean } | "help";

/**
 * Reads `<file> [--force] [--help]`. `missingFile` is the sentence shown when no file is given. Unknown options are
 * named as typed; parseArgs runs non-strict so that they can be, and so that its own wording does not reach users.
 */
export function parseFileArgs(argv: string[], usage: string, missingFile: string): FileArgs {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: { force: { type: "boolean" }, help: { type: "boolean" } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  if (values.help === true) return "help";
  const unknown = tokens.flatMap((token) => {
    if (token.kind !== "option") return [];
    if (token.inlineValue) return [`${token.rawName}=${token.value ?? ""}`];
    return token.name === "force" || token.name === "help" ? [] : [token.rawName];
  });
  if (unknown.length) throw new Refusal(`Unknown option ${unknown.join(", ")}.\n\n${usage}`, 2);
  if (positionals.length === 0) throw new Refusal(`${missingFile}\n\n${usage}`, 2);
  if (positionals.length > 1) throw new Refusal(`Give one backup file, not ${positionals.length}.\n\n${usage}`, 2);
  return { file: positionals[0]!, force: values.force === true };
}
