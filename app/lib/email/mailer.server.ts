import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import nodemailer from "nodemailer";

import type { MailDestination } from "~/lib/email-kinds";
import { env } from "~/lib/env.server";

export type OutgoingMessage = {
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  /** Stable per delivery, so a retried message is recognisably the same one. */
  messageId: string;
  headers: Record<string, string>;
  /** A calendar event (METHOD:PUBLISH: Fulcrum collects no replies), sent as the message's text/calendar part. */
  calendar?: { filename: string; content: string };
};

export type Mailer = {
  /** Where mail goes, for the log line at start ("SMTP smtp.example.org:587" or "outbox data/outbox"). */
  description: string;
  /** "smtp": a mail server takes the message on to its reader. "outbox": it is only written to a folder. */
  destination: MailDestination;
  send(message: OutgoingMessage): Promise<{ messageId: string }>;
};

function mailOptions(message: OutgoingMessage, from: string) {
  return {
    from,
    to: message.to.name ? { name: message.to.name, address: message.to.address } : message.to.address,
    subject: message.subject,
    html: message.html,
    text: message.text,
    messageId: message.messageId,
    headers: message.headers,
    // Given once, here: adding the same part under attachments too would send the invitation twice.
    icalEvent: message.calendar
      ? { method: "PUBLISH", filename: message.calendar.filename, content: message.calendar.content }
      : undefined,
  };
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  const { hostname, port } = new URL(url);
  return {
    description: `SMTP ${hostname}${port ? `:${port}` : ""}`,
    destination: "smtp",
    async send(message) {
      const info = await transport.sendMail(mailOptions(message, from));
      return { messageId: info.messageId };
    },
  };
}

/** Writes each message as an .eml file: the embedded default, so mail can be read with no mail server. */
export function outboxMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const absolute = resolve(dir);
  return {
    description: `outbox ${dir}`,
    destination: "outbox",
    async send(message) {
      const info = await transport.sendMail(mailOptions(message, from));
      mkdirSync(absolute, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${message.messageId.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 40)}.eml`;
      // Written under a temporary name first, so a reader never sees half a message.
      const partial = join(absolute, `.${name}.partial`);
      writeFileSync(partial, info.message as Buffer);
      renameSync(partial, join(absolute, name));
      console.log(`mail: wrote ${join(dir, name)} to ${message.to.address}: ${message.subject}`);
      return { messageId: info.messageId };
    },
  };
}

let configured: Mailer | undefined;

/** The mailer the environment asks for: SMTP when SMTP_URL is set, the outbox folder otherwise. */
export function mailerFromEnv(): Mailer {
  configured ??= env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM) : outboxMailer(env.OUTBOX_DIR, env.MAIL_FROM);
  return configured;
}
