// Each email in its reader's language, through a real SMTP server and parsed back: subject, text, HTML and the
// calendar part. People's own words (a meeting's title, a coalition's name) stay as they were typed.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db, schema } from "~/lib/db.server";
import { enqueueDeliveries } from "~/models/email-delivery.server";
import { optOut } from "~/models/email-preference.server";
import { deliverDueEmails } from "~/services/email/delivery.server";
import { emailInvitation } from "~/services/email/notifications.server";

import { calendarEvent, emailFixture } from "../support/email-fixture";
import { addMember, insertCoalition, insertMeeting, insertUser } from "../support/fixtures";
import { isTo } from "../support/mail";

const email = emailFixture();

describe("emails in the reader's language", () => {
  it("remind the same meeting to an organizer in English and a member in Spanish", async () => {
    const ana = insertUser({ name: "Ana" });
    const beto = insertUser({ name: "Beto", language: "es" });
    const co = insertCoalition(ana.id, { meetingReminderMinutes: [1440] });
    addMember(co.id, beto.id);
    optOut(ana.id, "weekly-digest");
    // Monday March 9 2026, 6 pm in New York (EDT since the day before); reminded a day before.
    const meetingId = insertMeeting(co.campaignId, new Date("2026-03-09T22:00:00Z"), [ana.id, beto.id], {
      videoUrl: "https://video.example.org/room",
    });
    expect((await email.pass("2026-03-08T22:00:00Z")).sent).toBe(2);
    const english = await email.smtp.waitFor(isTo(ana.email));
    const spanish = await email.smtp.waitFor(isTo(beto.email));
    const meetingUrl = `http://fulcrum.test/o/${co.slug}/campaigns/${co.campaignId}/meetings/${meetingId}`;

    expect(english.subject).toBe("Reminder: Meeting with Dr. Alvarez, tomorrow");
    expect(english.text).toContain("Hello Ana,");
    expect(english.text).toContain("When: Monday, March 9, 2026 at 6:00 PM EDT");
    expect(english.text).toContain(`Open the meeting: ${meetingUrl}`);
    expect(english.text).toContain("Stop meeting reminders");
    expect(english.html).toContain('<html lang="en"');
    expect(english.html).toContain("<strong>When:</strong>");
    expect(calendarEvent(english).description).toContain(`In Fulcrum: ${meetingUrl}`);
    expect(calendarEvent(english).description).toContain("Video: https://video.example.org/room");

    expect(spanish.subject).toBe("Recordatorio: Meeting with Dr. Alvarez, mañana");
    expect(spanish.text).toContain("Hola, Beto:");
    expect(spanish.text).toMatch(/Cuándo: lunes, 9 de marzo de 2026.* 6:00\sp\.\s?m\.\sEDT/);
    expect(spanish.text).toContain("Dónde: District office, room 204");
    expect(spanish.text).toContain(`Abrir la reunión: ${meetingUrl}`);
    expect(spanish.text).toContain("No recibir más recordatorios de reuniones");
    expect(spanish.text).toContain("Elija qué correos recibe");
    expect(spanish.text).not.toMatch(/\b(When|Where|Hello|Open the meeting|Stop)\b/);
    expect(spanish.html).toContain('<html lang="es"');
    expect(spanish.html).toContain("<strong>Cuándo:</strong>");
    expect(spanish.html).toContain("Le recordamos su reunión");
    const event = calendarEvent(spanish);
    expect(event.summary).toBe("Meeting with Dr. Alvarez");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-09T22:00:00.000Z");
    expect(event.description).toContain(`En Fulcrum: ${meetingUrl}`);
    expect(event.description).not.toContain("In Fulcrum");
  });

  it("write an invitation in the coalition's language, with the same invitation in the other one", async () => {
    const olga = insertUser({ name: "Olga" });
    const co = insertCoalition(olga.id);
    db.update(schema.organizations).set({ defaultLanguage: "es" }).where(eq(schema.organizations.id, co.id)).run();
    const organization = db.select().from(schema.organizations).where(eq(schema.organizations.id, co.id)).get()!;
    const invite = (email: string, token: string) =>
      emailInvitation({
        invitationId: token,
        token,
        email,
        role: "member",
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
        inviter: { name: "Olga" },
        organization,
      });
    // The invitation must be open to be sent: one is recorded for each address.
    for (const [email, token] of [
      ["nueva@example.org", "token-es"],
      ["has-account@example.org", "token-en"],
    ] as const) {
      db.insert(schema.invitations)
        .values({
          id: token,
          organizationId: co.id,
          email,
          role: "member",
          tokenHash: token,
          invitedBy: olga.id,
          expiresAt: new Date(Date.now() + 7 * 86_400_000),
        })
        .run();
    }
    invite("nueva@example.org", "token-es");
    // Someone who already has an account and chose English gets it in English.
    const reader = insertUser({ name: "Reader", language: "en" });
    db.update(schema.users).set({ email: "has-account@example.org" }).where(eq(schema.users.id, reader.id)).run();
    invite("has-account@example.org", "token-en");
    await deliverDueEmails({ mailer: email.mailer() });

    const spanish = await email.smtp.waitFor(isTo("nueva@example.org"));
    expect(spanish.subject).toBe(`Olga le invitó a unirse a ${organization.name} en Fulcrum`);
    expect(spanish.text).toContain("como miembro");
    expect(spanish.text).toContain("Aceptar la invitación: http://fulcrum.test/invitations/token-es?lang=es");
    expect(spanish.text).toContain("Read this invitation in English: http://fulcrum.test/invitations/token-es?lang=en");
    expect(spanish.html).toContain('<html lang="es"');
    expect(spanish.html).toMatch(/<a href="http:\/\/fulcrum\.test\/invitations\/token-es\?lang&#x3D;en" lang="en">/);

    const english = await email.smtp.waitFor(isTo("has-account@example.org"));
    expect(english.subject).toBe(`Olga invited you to join ${organization.name} on Fulcrum`);
    expect(english.text).toContain("Accept the invitation: http://fulcrum.test/invitations/token-en?lang=en");
    expect(english.text).toContain("Lea esta invitación en español: http://fulcrum.test/invitations/token-en?lang=es");
  });

  it("still send a message queued before emails had languages, in English", async () => {
    const ana = insertUser({ name: "Ana", language: "es" });
    enqueueDeliveries([
      {
        key: "task-assigned:old",
        kind: "task-assigned",
        organizationId: null,
        userId: null,
        toAddress: ana.email,
        toName: ana.name,
        payload: {
          data: {
            name: "Ana",
            assignerName: "Olga",
            organizationName: "Maple",
            campaignTitle: "",
            task: { title: "Flyers", details: "", due: "Tuesday, March 10, 2026", url: "http://fulcrum.test/t" },
          },
          preheader: "Olga gave you a task: Flyers",
          footer: { reason: "Old reason", unsubscribeUrl: "", unsubscribeLabel: "", preferencesUrl: "" },
        },
      },
    ]);
    await deliverDueEmails({ mailer: email.mailer() });
    const mail = await email.smtp.waitFor(isTo(ana.email));
    expect(mail.subject).toBe("New task from Olga: Flyers");
    expect(mail.text).toContain("Due: Tuesday, March 10, 2026");
  });
});
