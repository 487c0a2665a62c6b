// Guidance notices for a piece published in English and Spanish: each organizer is told of the version they would
// read, in their own language, through a real SMTP server and parsed back.
import { describe, expect, it } from "vitest";

import { decideVerification } from "~/models/agency-verification.server";
import { createGuidance, createTranslation, publishGuidance, updateGuidance } from "~/models/guidance.server";
import { deliverDueEmails } from "~/services/email/delivery.server";
import { emailGuidancePublished } from "~/services/email/notifications.server";

import { emailFixture } from "../support/email-fixture";
import { addMember, agencyAuthor as by, insertCoalition, insertUser, newAgency } from "../support/fixtures";
import { isTo } from "../support/mail";

const email = emailFixture();

const english = { title: "Budget hearings", summary: "How to testify", body: "## First steps", audienceTypes: [] };
const spanish = { title: "Audiencias del presupuesto", summary: "Cómo dar testimonio", body: "## Primeros pasos" };

/** Publishes a version, queues its notices and sends them; returns who got what. */
async function publishAndSend(agencyId: string, guidanceId: string) {
  const before = email.smtp.received.length;
  const version = publishGuidance(agencyId, guidanceId, "", by);
  emailGuidancePublished(guidanceId, version);
  await deliverDueEmails({ mailer: email.mailer() });
  return email.smtp.received.slice(before);
}

describe("guidance notices for a pair", () => {
  it("reach each organizer about the version in their language once it is published", async () => {
    const ana = insertUser({ name: "Ana", language: "en" });
    const beto = insertUser({ name: "Beto", language: "es" });
    const co = insertCoalition(ana.id);
    addMember(co.id, beto.id, "organizer");
    const agency = newAgency();
    decideVerification("oh-doe", "verify", "Olive", "Checked");
    const originalId = createGuidance(agency, { ...english, language: "en" });

    // Only the English exists: both are told, each in their own language, of the English words.
    const first = await publishAndSend(agency.id, originalId);
    expect(first).toHaveLength(2);
    const toBeto = first.find(isTo(beto.email))!;
    expect(toBeto.subject).toBe("Nueva orientación de Ohio Department of Education: Budget hearings");
    expect(toBeto.text).toContain(`http://fulcrum.test/o/${co.slug}/inbox/${originalId}`);
    expect(first.find(isTo(ana.email))!.subject).toBe(
      "New guidance from Ohio Department of Education: Budget hearings",
    );

    // The Spanish version is published: only the Spanish reader is told, of the Spanish words and their page.
    const translationId = createTranslation(agency.id, originalId, spanish)!;
    const second = await publishAndSend(agency.id, translationId);
    expect(second.map((mail) => mail.to)).toHaveLength(1);
    const spanishNotice = second[0]!;
    expect(isTo(beto.email)(spanishNotice)).toBe(true);
    expect(spanishNotice.subject).toBe("Nueva orientación de Ohio Department of Education: Audiencias del presupuesto");
    expect(spanishNotice.text).toContain("Cómo dar testimonio");
    expect(spanishNotice.text).toContain(`http://fulcrum.test/o/${co.slug}/inbox/${translationId}`);
    expect(spanishNotice.html).toContain('<html lang="es"');

    // A revision of the English reaches the English reader alone: the Spanish one did not change.
    updateGuidance(agency.id, originalId, { ...english, title: "Budget hearings, revised", language: "en" });
    const third = await publishAndSend(agency.id, originalId);
    expect(third).toHaveLength(1);
    expect(isTo(ana.email)(third[0]!)).toBe(true);
    expect(third[0]!.subject).toBe("Updated guidance from Ohio Department of Education: Budget hearings, revised");
  });

  it("go to the original's audience, whatever the translation's working copy says", async () => {
    const beto = insertUser({ name: "Beto", language: "es" });
    insertCoalition(beto.id);
    const agency = newAgency();
    decideVerification("oh-doe", "verify", "Olive", "Checked");
    // Meant only for networked districts: this coalition declared none, so neither version reaches it.
    const originalId = createGuidance(agency, { ...english, audienceTypes: ["networked"], language: "en" });
    expect(await publishAndSend(agency.id, originalId)).toEqual([]);
    const translationId = createTranslation(agency.id, originalId, spanish)!;
    // An edit cannot widen the translation's audience: it keeps the original's.
    updateGuidance(agency.id, translationId, { ...spanish, audienceTypes: [], language: "en" });
    expect(await publishAndSend(agency.id, translationId)).toEqual([]);
  });
});
