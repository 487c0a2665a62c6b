import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

import type { Client } from "./client";
import { enrolTwoFactor } from "./two-factor";

const root = fileURLToPath(new URL("../..", import.meta.url));

export type AdminRun = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run admin -- <args>` (scripts/admin.ts with tsx) against a test server's database file. */
export function runAdmin(databasePath: string, args: string[], env: Record<string, string> = {}): Promise<AdminRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(`${root}node_modules/.bin/tsx`, ["scripts/admin.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: databasePath, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Verifies a state agency as an operator would, through the command line; throws with its output if that fails.
 * Its signed-in staff then set up two-step sign-in, which a verified agency's staff must before any other page;
 * their keys come back in order.
 */
export async function verifyAgency(databasePath: string, slug: string, staff: Client[] = []): Promise<string[]> {
  const run = await runAdmin(databasePath, ["verify", slug, "--note", "Checked for the test"]);
  if (run.code !== 0) throw new Error(`verifying ${slug} failed (${run.code}): ${run.stderr}`);
  const secrets: string[] = [];
  for (const client of staff) secrets.push((await enrolTwoFactor(client)).secret);
  return secrets;
}
