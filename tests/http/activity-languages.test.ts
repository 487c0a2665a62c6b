// One campaign's timeline read by two members of one coalition: each sees every line in their own language, with
// the statuses and dates in that language and people's own words (titles, asks, notes) as they were typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { campaignForm, Client, decode, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let organizer: Client;
let lucia: Client;
let campaignPath: string;
const slug = "timeline-co";
const spanish = { "Accept-Language": "es-US,es;q=0.9" };

const campaignFields = (fields: Record<string, string>) =>
  campaignForm({ title: "Voz de las familias", win: "Two parent seats.", ...fields });

/** The timeline's lines as people read them, newest first. */
function timeline(page: string): string[] {
  const list = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? "";
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, line]) =>
    decode(line!.replace(/<span class="muted">[^<]*<\/span> · /, "")),
  );
}

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url, { "Accept-Language": "en-US,en" });
  await organizer.signUp("Olive Organizer", "olive.timeline@example.org");
  await organizer.createCoalition(slug);
  const districtId = await organizer.createDistrict(slug, "Timeline District");
  const targetId = await organizer.createTarget(slug, districtId, "Dr. Chief", "central-office", ["infrastructure"]);
  lucia = new Client(server.url, spanish);
  await lucia.signUp("Lucía Ramos", "lucia.timeline@example.org");
  await lucia.post(new URL(await organizer.invite(slug, "lucia.timeline@example.org", "member")).pathname, {});

  const created = await organizer.post(`/o/${slug}/campaigns/new`, campaignFields({ districtId }));
  expect(created.status).toBe(302);
  campaignPath = created.headers.get("location")!;
  // An entry stored as an English sentence before entries were events: it can only be shown as it was written.
  server
    .database()
    .prepare(
      `insert into activity (organization_id, campaign_id, actor_name, summary, at)
       select organization_id, id, 'Olive Organizer', 'Wrote the first flyer.', 1 from campaigns where title = ?`,
    )
    .run("Voz de las familias");
  const ask = await organizer.post(`${campaignPath}/asks/new`, {
    targetId,
    text: "Add two parent seats",
    domain: "infrastructure",
    venue: "meeting",
    followUpOn: "",
  });
  expect(ask.status).toBe(302);
  const askPath = ask.headers.get("location")!;
  expect((await organizer.post(askPath, { to: "made", note: "", evidenceUrl: "", version: "1" })).status).toBe(302);
  const luciaId = server
    .database()
    .prepare("select id from users where email = 'lucia.timeline@example.org'")
    .pluck()
    .get();
  const task = await organizer.post(`/o/${slug}/tasks/new`, {
    title: "Llamar a tres familias",
    details: "",
    dueOn: "2030-05-01",
    assigneeId: String(luciaId),
    campaignId: campaignPath.split("/").pop()!,
    meetingId: "",
    askId: "",
  });
  expect(task.status).toBe(302);
  expect((await lucia.post(task.headers.get("location")!, { intent: "done" })).status).toBe(302);
  const edited = await organizer.post(`${campaignPath}/edit`, campaignFields({ districtId, status: "won" }));
  expect(edited.status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

describe("a campaign's timeline", () => {
  it("reads in English to an English member and in Spanish to a Spanish member, the same entries", async () => {
    const english = timeline(await html(await organizer.get(campaignPath)));
    const spanishLines = timeline(await html(await lucia.get(campaignPath)));
    expect(english).toEqual([
      "Olive Organizer: Changed the status from active to won.",
      'Lucía Ramos: Finished the task "Llamar a tres familias".',
      'Olive Organizer: Assigned the task "Llamar a tres familias", due May 1, 2030.',
      'Olive Organizer: Moved the ask of Dr. Chief "Add two parent seats" from planned to made.',
      'Olive Organizer: Planned an ask of Dr. Chief: "Add two parent seats".',
      'Olive Organizer: Started the campaign "Voz de las familias".',
      'Olive Organizer: <span lang="en">Wrote the first flyer.</span>',
    ]);
    expect(spanishLines).toEqual([
      "Olive Organizer: Cambió el estado de la campaña: ahora está ganada (antes: activa).",
      "Lucía Ramos: Terminó la tarea “Llamar a tres familias”.",
      expect.stringMatching(
        /^Olive Organizer: Asignó la tarea “Llamar a tres familias”, con fecha límite el 1 may 2030\.$/,
      ),
      "Olive Organizer: Cambió el estado de la petición a Dr. Chief “Add two parent seats”: ahora está hecha (antes: planeada).",
      "Olive Organizer: Planeó una petición a Dr. Chief: “Add two parent seats”.",
      "Olive Organizer: Empezó la campaña “Voz de las familias”.",
      'Olive Organizer: <span lang="en">Wrote the first flyer.</span>',
    ]);
  });

  it("is searched in the words its reader sees", async () => {
    expect(timeline(await html(await lucia.get(`${campaignPath}?q=termino`)))).toEqual([
      "Lucía Ramos: Terminó la tarea “Llamar a tres familias”.",
    ]);
    expect(timeline(await html(await organizer.get(`${campaignPath}?q=${encodeURIComponent("status from")}`)))).toEqual(
      ["Olive Organizer: Changed the status from active to won."],
    );
    expect(timeline(await html(await organizer.get(`${campaignPath}?q=termino`)))).toEqual([]);
    expect(timeline(await html(await lucia.get(`${campaignPath}?q=flyer`)))).toEqual([
      'Olive Organizer: <span lang="en">Wrote the first flyer.</span>',
    ]);
  });
});
