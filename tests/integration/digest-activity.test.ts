// The weekly digest's "what changed" lines in each recipient's language, through a real SMTP server and parsed
// back: one organizer reads them in English, another in Spanish, from the same entries.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db, schema } from "~/lib/db.server";
import { changeAskStatus, getAsk } from "~/models/ask.server";
import { getTask, settleTask } from "~/models/task.server";

import { emailFixture } from "../support/email-fixture";
import { addMember, insertAsk, insertCoalition, insertTask, insertUser } from "../support/fixtures";
import { isTo } from "../support/mail";

const email = emailFixture();

describe("the weekly digest's changes", () => {
  it("reach a Spanish organizer in Spanish and an English owner in English, old English lines marked", async () => {
    const olive = insertUser({ name: "Olive", language: "en" });
    const beto = insertUser({ name: "Beto", language: "es" });
    const milo = insertUser({ name: "Milo" });
    const co = insertCoalition(olive.id);
    addMember(co.id, beto.id, "organizer");
    addMember(co.id, milo.id);
    const taskId = insertTask(co.id, milo.id, "2026-06-20", co.campaignId);
    settleTask(co.id, getTask(co.id, taskId)!, { status: "done" }, milo);
    const askId = insertAsk(co.campaignId, co.targetId, null, "made");
    const ask = getAsk(co.campaignId, askId)!;
    changeAskStatus(co.id, ask, ask.version, { to: "committed", note: "", evidenceUrl: "" }, olive);
    // The entries are dated in the digest's week (they were written now), one minute apart, the task first.
    const entries = db.select({ id: schema.activity.id }).from(schema.activity).orderBy(schema.activity.id).all();
    entries.forEach(({ id }, index) =>
      db
        .update(schema.activity)
        .set({ at: new Date(Date.UTC(2026, 5, 5, 14, index)) })
        .where(eq(schema.activity.id, id))
        .run(),
    );
    // And one line written as English text before entries were events.
    db.insert(schema.activity)
      .values({
        organizationId: co.id,
        campaignId: co.campaignId,
        actorId: olive.id,
        actorName: "Olive",
        summary: "Wrote the first flyer.",
        at: new Date("2026-06-04T14:00:00Z"),
      })
      .run();

    // Monday June 8 2026, 8 am in New York.
    expect((await email.pass("2026-06-08T12:00:00Z")).sent).toBe(2);
    const english = await email.smtp.waitFor(isTo(olive.email));
    const spanish = await email.smtp.waitFor(isTo(beto.email));

    expect(english.text).toContain(
      'Olive. Moved the ask of Dr. Alvarez "Add two parent seats" from made to committed.',
    );
    expect(english.text).toContain('Milo. Finished the task "Call three parents".');
    expect(english.text).toContain("Olive. Wrote the first flyer.");

    expect(spanish.text).toContain(
      "Olive. Cambió el estado de la petición a Dr. Alvarez “Add two parent seats”: ahora está comprometida (antes: hecha).",
    );
    expect(spanish.text).toContain("Milo. Terminó la tarea “Call three parents”.");
    expect(spanish.text).toMatch(/viernes, 5 de junio de 2026.*: Milo\. Terminó/);
    expect(spanish.text).not.toMatch(/Moved the ask|Finished the task/);
    expect(spanish.html).toContain('<html lang="es"');
    expect(spanish.html).toContain(
      "Olive. Cambió el estado de la petición a Dr. Alvarez “Add two parent seats”: ahora está comprometida (antes: hecha).",
    );
    expect(spanish.html).toContain('Olive. <span lang="en">Wrote the first flyer.</span>');
    expect(english.html).toContain('Olive. <span lang="en">Wrote the first flyer.</span>');
  });
});
