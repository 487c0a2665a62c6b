// npm run admin -- agencies | verify <slug> --note "..." | revoke <slug> --note "..."
// For the operators of this server: list state agencies (waiting ones first, with their request), and verify or
// revoke one. Every decision is recorded with the operator ($USER, or "command line"), the time and the note.
import { parseArgs } from "node:util";

import { z } from "zod";

import { operatorNoteField } from "~/lib/agency-verification.server";
import { closeDatabase } from "~/lib/db.server";
import { formatMoment } from "~/lib/format-dates";
import { slugField } from "~/lib/schemas.server";
import {
  decideVerification,
  listAgenciesForOperators,
  type DecisionRefusal,
} from "~/models/agency-verification.server";

const usage = `Usage: npm run admin -- agencies
       npm run admin -- verify <agency-address> --note "how you checked it"
       npm run admin -- revoke <agency-address> --note "why"
The agency's address is the part after /o/ in its pages' links (see "agencies").`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

let parsedArgs;
try {
  parsedArgs = parseArgs({
    options: { note: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsedArgs;
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const operatorName = process.env.USER?.trim() || "command line";
// The operators serve every state, so the command line speaks UTC, named on each line.
const day = (date: Date) => formatMoment(date, "dateTime", "UTC");

function listAgencies(): void {
  const agencies = listAgenciesForOperators();
  if (agencies.length === 0) {
    process.stdout.write("No state agencies yet.\n");
    return;
  }
  for (const { agency, request, events } of agencies) {
    const status = agency.verifiedAt
      ? `verified ${day(agency.verifiedAt)}`
      : request
        ? "PENDING"
        : "not verified, no request";
    process.stdout.write(`${agency.slug}  ${agency.name} (${agency.state})  ${status}\n`);
    if (request) {
      process.stdout.write(
        `  request from ${request.submittedByName}, ${request.requesterRole}, ${day(request.updatedAt)}\n` +
          `  official name: ${request.officialName}\n  email: ${request.officialEmail}  phone: ${request.phone}\n` +
          `  website: ${request.website}\n`,
      );
    }
    for (const event of events) {
      process.stdout.write(`  ${event.action} ${day(event.createdAt)} by ${event.operatorName}: ${event.note}\n`);
    }
  }
}

// The command line speaks English (the operator pages say the same in the reader's language).
const refusals: Record<DecisionRefusal, (name: string) => string> = {
  "unknown-agency": (slug) => `No state agency has the address "${slug}".`,
  "already-verified": (name) => `${name} is already verified.`,
  "not-verified": (name) => `${name} is not verified.`,
  lookalike: (name) => `${name} is already a verified agency with a name this close.`,
};

const [command, ...rest] = positionals;
try {
  if (command === "agencies") {
    if (rest.length > 0 || values.note !== undefined) fail("agencies takes no other arguments.");
    listAgencies();
  } else if (command === "verify" || command === "revoke") {
    if (rest.length !== 1) fail(`${command} needs exactly one agency address.`);
    const input = z
      .object({ slug: slugField, note: operatorNoteField })
      .safeParse({ slug: rest[0], note: values.note ?? "" });
    if (!input.success)
      fail(
        `${input.error.issues[0]!.path[0] === "slug" ? "The agency address" : "--note"}: ${
          input.error.issues[0]!.message
        }`,
      );
    const result = decideVerification(input.data.slug, command, operatorName, input.data.note);
    if (!result.ok) fail(refusals[result.reason](result.name));
    process.stdout.write(
      `${result.name} is ${command === "verify" ? "verified" : "no longer verified"} (recorded as ${operatorName}).\n`,
    );
  } else {
    fail(command ? `Unknown command "${command}".` : "Name a command.");
  }
} finally {
  closeDatabase();
}
