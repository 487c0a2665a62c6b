import { env } from "~/lib/env.server";

let listening: string | undefined;

/** Called once the server listens, so links in email point at it when APP_URL is not set. */
export function setListeningOrigin(origin: string): void {
  listening = origin;
}

/** The address links in emails start with. */
export function publicOrigin(): string {
  return (env.APP_URL ?? listening ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}
