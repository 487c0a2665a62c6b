// The world the operator's pages are tested in: the demo coalition is in Ohio, a verified Ohio agency has
// published one piece of guidance to it, and one operator (named in OPERATOR_EMAILS) runs the server.
import { Client } from "./client";
import type { startServer, RunningServer } from "./server";
import { enrolTwoFactor } from "./two-factor";

export const operatorAccount = { email: "ops@example.org", password: "a long operator password" };

/** The server the operator world needs: the demo data, and the operator's address as the server's operator. */
export const operatorServer: Parameters<typeof startServer>[0] = {
  seed: true,
  env: { OPERATOR_EMAILS: operatorAccount.email },
};

/** The guidance the Ohio agency publishes: what its reports and the operator's pages show. */
const ohioGuidance = { title: "Sign up by Friday", body: "Wrong dates here." };

export type OperatorWorld = {
  /** The published guidance's id. */
  guidanceId: string;
  /** The operator, signed in through both steps. */
  ops: Client;
  /** The operator's two-step key, for signing in again in a browser. */
  opsSecret: string;
};

/** Sets up the operator world on a server started with `operatorServer`. */
export async function setUpOperatorWorld(server: RunningServer): Promise<OperatorWorld> {
  const staff = new Client(server.url);
  await staff.signUp("Sam Staff", "sam@ohio.example.org", operatorAccount.password);
  await staff.createCoalition("ohio-education", "Ohio Department of Education", "state_agency");
  // Verified straight in the database: the command line an operator uses is tested on its own (admin.ts).
  server.database().prepare("update organizations set verified_at = ? where slug = 'ohio-education'").run(Date.now());
  await enrolTwoFactor(staff);
  const guidanceId = await staff.publishGuidance("ohio-education", ohioGuidance);
  const ops = new Client(server.url);
  await ops.signUp("Ops", operatorAccount.email, operatorAccount.password);
  server
    .database()
    .prepare("update users set email_verified_at = ? where email = ?")
    .run(Date.now(), operatorAccount.email);
  // Operators sign in with a second step.
  const opsSecret = (await enrolTwoFactor(ops)).secret;
  return { guidanceId, ops, opsSecret };
}
