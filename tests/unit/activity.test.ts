// Activity entries are events put into words at read time: every kind has a message in both languages, the
// message gets exactly the values it names, people's words stay as typed, and old English sentences stay English.
import { describe, expect, it } from "vitest";

import {
  activityKeys,
  activityText,
  unreadableActivityKey,
  type ActivityDetails,
  type ActivityEvent,
  type ActivityKind,
} from "~/lib/activity";
import { db, schema } from "~/lib/db.server";
import { localeFor } from "~/lib/format-dates";
import { languages, type Language } from "~/lib/i18n";
import { createTranslator, readCatalog, type Catalog } from "~/lib/i18n-catalogs.server";
import { allCampaignActivity, recordActivity, storedActivity } from "~/models/activity.server";
import { activityLines, campaignTimeline } from "~/services/activity.server";

import { insertCoalition, insertUser } from "../support/fixtures";

// One event of every kind: a kind added without a sample here fails to compile.
const samples: { [K in ActivityKind]: ActivityDetails<K> } = {
  "campaign.started": { title: "Family voice" },
  "campaign.statusChanged": { from: "active", to: "won" },
  "campaign.edited": {},
  "ask.planned": { target: "Dr. Alvarez", text: "Two parent seats" },
  "ask.edited": { text: "Two parent seats" },
  "ask.moved": { target: "Dr. Alvarez", text: "Two parent seats", from: "made", to: "committed" },
  "task.assigned": { title: "Call three parents", dueOn: "2026-09-01" },
  "task.done": { title: "Call three parents" },
  "task.handedBack": { title: "Call three parents", note: "No tengo tiempo esta semana" },
  "task.reopened": { title: "Call three parents" },
  "task.reassigned": { title: "Call three parents" },
  "task.confirmed": { title: "Call three parents" },
  "meeting.scheduled": { title: "Meeting with Dr. Alvarez" },
  "meeting.statusChanged": { title: "Meeting with Dr. Alvarez", status: "held" },
  "meeting.rescheduled": { title: "Meeting with Dr. Alvarez" },
  "meeting.edited": { title: "Meeting with Dr. Alvarez" },
  "meeting.writtenUp": { title: "Meeting with Dr. Alvarez" },
};
const kinds = Object.keys(activityKeys).filter((kind): kind is ActivityKind => kind in samples);
const sampleEvent = <K extends ActivityKind>(kind: K) => ({ kind, details: samples[kind] }) as ActivityEvent;

const translators = new Map(
  languages.map((language) => [language, createTranslator(language, ["activity", "labels"]).getFixedT(language)]),
);
const say = (event: ActivityEvent, language: Language) =>
  activityText({ event, summary: null }, translators.get(language)!, localeFor(language)).text;

function leaves(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

describe("activity messages", () => {
  it("exist for every kind in both languages, and the catalog holds no message of no kind", () => {
    expect(kinds).toHaveLength(Object.keys(activityKeys).length);
    const expected = [...Object.values(activityKeys), unreadableActivityKey].map((key) => key.replace("activity:", ""));
    for (const language of languages) expect(leaves(readCatalog(language, "activity")).sort()).toEqual(expected.sort());
  });

  it.each(languages)("put every kind into words in %s, filling every value and keeping people's words", (language) => {
    for (const kind of kinds) {
      const text = say(sampleEvent(kind), language);
      expect(text, kind).not.toMatch(/\{\{|\}\}|activity:|labels:/);
      for (const value of Object.values(samples[kind]))
        if (/[A-Z]/.test(value) && !/^\d/.test(value)) expect(text, kind).toContain(value);
    }
  });

  it("say statuses and dates inside the sentence in the reader's language", () => {
    const moved = sampleEvent("ask.moved");
    expect(say(moved, "en")).toBe('Moved the ask of Dr. Alvarez "Two parent seats" from made to committed.');
    expect(say(moved, "es")).toBe(
      "Cambió el estado de la petición a Dr. Alvarez “Two parent seats”: ahora está comprometida (antes: hecha).",
    );
    expect(say(sampleEvent("campaign.statusChanged"), "en")).toBe("Changed the status from active to won.");
    expect(say(sampleEvent("campaign.statusChanged"), "es")).toBe(
      "Cambió el estado de la campaña: ahora está ganada (antes: activa).",
    );
    expect(say(sampleEvent("task.assigned"), "en")).toBe('Assigned the task "Call three parents", due Sep 1, 2026.');
    expect(say(sampleEvent("task.assigned"), "es")).toMatch(
      /^Asignó la tarea “Call three parents”, con fecha límite el 1 sept 2026\.$/,
    );
    expect(say(sampleEvent("meeting.statusChanged"), "es")).toBe(
      "Marcó la reunión “Meeting with Dr. Alvarez” como realizada.",
    );
  });

  it("never read people's words as messages or markup", () => {
    const title = "{{title}} $t(activity:unknown) <b>bold</b> & “quotes”";
    const event: ActivityEvent = { kind: "task.done", details: { title } };
    expect(say(event, "en")).toBe(`Finished the task "${title}".`);
    expect(say(event, "es")).toBe(`Terminó la tarea “${title}”.`);
  });
});

describe("activity as stored", () => {
  it("reads back an event, an old English sentence as it was stored, and an entry it cannot read", () => {
    const owner = insertUser({ name: "Olive" });
    const co = insertCoalition(owner.id);
    const actor = { id: owner.id, name: owner.name };
    const old = { organizationId: co.id, campaignId: co.campaignId, actorId: owner.id, actorName: "Olive" };
    db.insert(schema.activity)
      .values([
        { ...old, summary: 'Started the campaign "Family voice".', at: new Date("2026-05-01T12:00:00Z") },
        { ...old, kind: "ask.sent-by-pigeon", details: {}, summary: "", at: new Date("2026-05-02T12:00:00Z") },
        { ...old, kind: "task.done", details: { name: "no title" }, summary: "", at: new Date("2026-05-03T12:00:00Z") },
      ])
      .run();
    recordActivity(db, {
      organizationId: co.id,
      campaignId: co.campaignId,
      actor,
      event: { kind: "task.done", details: { title: "Call three parents" } },
    });
    const lines = activityLines(allCampaignActivity(co.campaignId), "es");
    expect(lines.map(({ text, lang }) => [text, lang])).toEqual([
      ["Terminó la tarea “Call three parents”.", null],
      ["Hizo un cambio.", null],
      ["Hizo un cambio.", null],
      ['Started the campaign "Family voice".', "en"],
    ]);
    expect(
      storedActivity({ kind: "task.assigned", details: { title: "T", dueOn: "2026-02-31" }, summary: "" }),
    ).toEqual({ event: null, summary: null });
  });

  it("finds entries by the words the reader sees, in any case and without accents, page by page", () => {
    const owner = insertUser({ name: "Olive Ortega" });
    const co = insertCoalition(owner.id);
    const actor = { id: owner.id, name: owner.name };
    for (let i = 1; i <= 25; i++)
      recordActivity(db, {
        organizationId: co.id,
        campaignId: co.campaignId,
        actor,
        event: { kind: "task.done", details: { title: `Task ${i}` } },
      });
    recordActivity(db, {
      organizationId: co.id,
      campaignId: co.campaignId,
      actor,
      event: { kind: "meeting.scheduled", details: { title: "Board night" } },
    });
    const find = (search: string, language: Language, page = 1) =>
      campaignTimeline(co.campaignId, { page, search, language });
    expect(find("termino la tarea", "es").pages).toBe(2);
    expect(find("termino la tarea", "es", 2).lines).toHaveLength(5);
    expect(find("TERMINÓ", "es").lines[0]!.text).toBe("Terminó la tarea “Task 25”.");
    expect(find("terminó", "en").lines).toEqual([]);
    expect(find("finished the task", "en").lines).toHaveLength(20);
    expect(find("programó", "es").lines.map((line) => line.text)).toEqual(["Programó la reunión “Board night”."]);
    expect(find("ortega", "es").pages).toBe(2);
    expect(find("100%_", "en").lines).toEqual([]);
    expect(campaignTimeline(co.campaignId, { page: 1, search: "", language: "es" }).pages).toBe(2);
  });
});
