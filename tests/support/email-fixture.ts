// The setup of a file that tests the email the app sends: a real SMTP server for the file, and before each test
// an empty database and an empty inbox.
import ICAL from "ical.js";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";

import { smtpMailer } from "~/lib/email/mailer.server";
import { setListeningOrigin } from "~/lib/email/public-origin.server";
import { runReminderPass } from "~/services/email/delivery.server";

import { emptyDatabase } from "./fixtures";
import { startSmtpServer, type Mail, type TestSmtpServer } from "./mail";

/** The mailer the app uses, sending to the SMTP server at `url`. */
export const mailerFor = (url: string) => smtpMailer(url, "Fulcrum <fulcrum@example.org>");

export function emailFixture() {
  let server: TestSmtpServer | undefined;
  beforeAll(async () => {
    server = await startSmtpServer();
    setListeningOrigin("http://fulcrum.test");
  });
  afterAll(() => server?.stop());
  beforeEach(() => {
    emptyDatabase();
    if (server) server.received.length = 0;
  });
  const smtp = (): TestSmtpServer => {
    if (!server) throw new Error("the SMTP server is started before the file's tests");
    return server;
  };
  const mailer = () => mailerFor(smtp().url);
  return {
    /** The file's SMTP server: what it has received since the test began. */
    get smtp() {
      return smtp();
    },
    mailer,
    /** A reminder pass as the scheduler runs it, at the moment `at`. */
    pass: (at: string | Date, through = mailer()) => runReminderPass({ mailer: through, now: () => new Date(at) }),
  };
}

/** The event in a meeting email's calendar part, read by an independent parser (ical.js). */
export function calendarEvent(mail: Mail) {
  const part = mail.attachments.find((attachment) => attachment.contentType === "text/calendar");
  expect(part, "the meeting email carries a calendar part").toBeDefined();
  const component = new ICAL.Component(ICAL.parse(part!.content.toString("utf8")));
  return new ICAL.Event(component.getFirstSubcomponent("vevent")!);
}
