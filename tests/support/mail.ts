// Real mail in tests: the outbox folder the server writes .eml files to, and a real SMTP server.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Mail = ParsedMail & { raw: string };

const recipients = (mail: ParsedMail) =>
  [mail.to].flat().flatMap((to) => to?.value.map((address) => address.address?.toLowerCase() ?? "") ?? []);

export const isTo = (address: string) => (mail: Mail) => recipients(mail).includes(address.toLowerCase());

export async function readOutbox(dir: string): Promise<Mail[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort();
  return Promise.all(
    files.map(async (name) => {
      const raw = readFileSync(join(dir, name), "utf8");
      return Object.assign(await simpleParser(raw), { raw });
    }),
  );
}

async function poll<T>(
  read: () => Promise<T[]> | T[],
  match: (item: T) => boolean,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await read()).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No ${what} arrived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function waitForOutboxMail(dir: string, match: (mail: Mail) => boolean, timeoutMs = 10_000): Promise<Mail> {
  return poll(() => readOutbox(dir), match, `email in ${dir}`, timeoutMs);
}

/** The first link in a message's text that starts with a path, e.g. "/invitations/". */
export function linkIn(mail: Mail, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+${pathPrefix.replace(/[/]/g, "\\/")}[^\\s)>\\]]+`).exec(mail.text ?? "");
  if (!match) throw new Error(`No ${pathPrefix} link in the email "${mail.subject}":\n${mail.text}`);
  return match[0];
}

export type TestSmtpServer = {
  url: string;
  received: Mail[];
  /** How many deliveries the server refused so far. */
  refused: () => number;
  /** How many messages are in and waiting for the server's answer (see `delayMs`). */
  holding: () => number;
  /** How many messages were dropped because the sender went away before the server answered: not delivered. */
  dropped: () => number;
  /** Changes how long the server holds each message before accepting it. */
  setDelay: (ms: number) => void;
  waitFor: (match: (mail: Mail) => boolean, timeoutMs?: number) => Promise<Mail>;
  stop: () => Promise<void>;
};

/**
 * A real SMTP server on a free port; it can refuse the first few messages, like a mail server having trouble,
 * and hold each message `delayMs` before accepting it, like a slow one. A message counts as received only when
 * the server answers that it accepted it: one whose sender disconnected while it was held is dropped, as the
 * sender never learnt that it went through (it is expected to send it again).
 */
export async function startSmtpServer(
  options: { refuseFirst?: number; delayMs?: number } = {},
): Promise<TestSmtpServer> {
  const received: Mail[] = [];
  let refused = 0;
  let holding = 0;
  let dropped = 0;
  let delayMs = options.delayMs ?? 0;
  const closedSessions = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refused < (options.refuseFirst ?? 0)) {
          refused++;
          const error = Object.assign(new Error("Mailbox temporarily unavailable, try again later"), {
            responseCode: 451,
          });
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const accept = () =>
          simpleParser(raw)
            .then((mail) => {
              received.push(Object.assign(mail, { raw }));
              callback();
            })
            .catch(callback);
        if (delayMs <= 0) return void accept();
        holding++;
        setTimeout(() => {
          holding--;
          if (!closedSessions.has(session.id)) return void accept();
          dropped++;
          callback(
            Object.assign(new Error("The connection closed before the message was accepted"), { responseCode: 451 }),
          );
        }, delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refused: () => refused,
    holding: () => holding,
    dropped: () => dropped,
    setDelay: (ms) => {
      delayMs = ms;
    },
    waitFor: (match, timeoutMs = 10_000) => poll(() => received, match, "email over SMTP", timeoutMs),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A header exactly as sent (mailparser turns List-* headers into objects). */
export function rawHeader(mail: Mail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
}

/** The one-click unsubscribe address from a message's List-Unsubscribe header. */
export function unsubscribeLink(mail: Mail): string {
  const match = /<([^>]+)>/.exec(rawHeader(mail, "List-Unsubscribe") ?? "");
  if (!match) throw new Error(`No List-Unsubscribe header in "${mail.subject}"`);
  return match[1]!;
}
