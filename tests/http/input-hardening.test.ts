// Characters that break a line where the UI shows one (CR, LF, NUL, U+2028, bidi overrides) are refused at the
// edge with a message next to the field, the entries kept; long text keeps its line breaks but not NUL; dates
// outside 2000-2099 are refused; calendars stay one property per line even for text saved before these rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { campaignForm, Client, fieldErrors, fieldValue, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let owner: Client;
const slug = "hardening-co";
const ids: Record<string, string> = {};
const oneLine = /one line, without line breaks or hidden control characters/;
const controls = /hidden control characters/;
const yearRange = /between the years 2000 and 2099/;

// Each breaks a one-line field in its own way: a new header, property or CSV row, a string end, a reversed name.
const breakers = {
  CR: "\r",
  LF: "\n",
  CRLF: "\r\n",
  NUL: "\u0000",
  "U+2028": "\u2028",
  "U+2029": "\u2029",
  NEL: "\u0085",
  RLO: "\u202e",
};

const campaign = (districtId: string, extra: Record<string, string> = {}) =>
  campaignForm({ districtId, title: "Coaches", win: "The board funds coaches.", ...extra });
const meeting = (extra: Record<string, string> = {}) => ({
  title: "Board prep",
  date: "2027-02-01",
  startTime: "10:00",
  endTime: "11:00",
  location: "Room 2",
  videoUrl: "",
  agenda: "",
  status: "scheduled",
  ...extra,
});
const task = (extra: Record<string, string> = {}) => ({
  title: "Call the board",
  details: "",
  dueOn: "2027-02-02",
  assigneeId: ids.owner!,
  campaignId: "",
  meetingId: "",
  askId: "",
  ...extra,
});
const target = (extra: Record<string, string | string[]> = {}) => ({
  name: "Dr. Lee",
  title: "",
  locus: "central-office",
  schoolId: "",
  domains: ["use"],
  email: "",
  phone: "",
  notes: "",
  ...extra,
});

beforeAll(async () => {
  server = await startServer();
  owner = new Client(server.url);
  await owner.signUp("Owner", "owner-h@example.org");
  await owner.createCoalition(slug);
  ids.district = await owner.createDistrict(slug, "Hardening District");
  ids.owner = (
    server.database().prepare("select id from users where email = 'owner-h@example.org'").get() as { id: string }
  ).id;
  const created = await owner.post(`/o/${slug}/campaigns/new`, campaign(ids.district));
  ids.campaign = created.headers.get("location")!.split("/").pop()!;
});
afterAll(async () => {
  await server?.stop();
});

/** Posts the form and expects a 400 with `message` next to `field` and `kept` shown in the other fields. */
async function expectRefused(
  client: Client,
  path: string,
  fields: Record<string, string | string[]>,
  field: string,
  message: RegExp,
  kept: Record<string, string> = {},
) {
  const response = await client.post(path, fields);
  const page = await html(response);
  expect(response.status, `${path} ${field}: ${JSON.stringify(fieldErrors(page))}`).toBe(400);
  expect(fieldErrors(page)[field], `${path} ${field}`).toMatch(message);
  for (const [name, value] of Object.entries(kept)) expect(fieldValue(page, name), `${path} keeps ${name}`).toBe(value);
}

describe("one-line fields", () => {
  for (const [label, char] of Object.entries(breakers)) {
    it(`refuse ${label} in names, titles and places with a message next to the field, the entries kept`, async () => {
      const typed = `Ana${char}Díaz`;
      const visitor = new Client(server.url);
      const signUp = {
        name: typed,
        email: `visitor-${label.replace(/\W/g, "")}@example.org`,
        password: "correct horse battery",
        redirectTo: "/home",
      };
      await expectRefused(visitor, "/signup", signUp, "name", oneLine, { email: signUp.email });

      const organization = {
        kind: "coalition",
        name: `River${char}City Parents`,
        slug: "river-city-parents",
        state: "OH",
        timeZone: "America/New_York",
      };
      await expectRefused(owner, "/orgs/new", organization, "name", oneLine, { slug: "river-city-parents" });

      await expectRefused(
        owner,
        `/o/${slug}/districts/new`,
        { name: `Maple${char}Hollow`, state: "OH", ncesId: "" },
        "name",
        oneLine,
      );

      const meetings = `/o/${slug}/campaigns/${ids.campaign}/meetings/new`;
      await expectRefused(owner, meetings, meeting({ title: `Board${char}prep` }), "title", oneLine, {
        location: "Room 2",
        date: "2027-02-01",
      });
      await expectRefused(
        owner,
        meetings,
        meeting({ location: `Room 2${char}DTSTART:20300101T000000Z` }),
        "location",
        oneLine,
        { title: "Board prep" },
      );

      await expectRefused(owner, `/o/${slug}/tasks/new`, task({ title: `Call${char}the board` }), "title", oneLine, {
        dueOn: "2027-02-02",
      });

      const targets = `/o/${slug}/districts/${ids.district}/targets/new`;
      await expectRefused(owner, targets, target({ name: `Dr.${char}Lee` }), "name", oneLine, { phone: "" });
      await expectRefused(owner, targets, target({ title: `Chief${char}officer` }), "title", oneLine, {
        name: "Dr. Lee",
      });

      await expectRefused(
        owner,
        `/o/${slug}/campaigns/new`,
        campaign(ids.district!, { title: `Coaches${char}now` }),
        "title",
        oneLine,
      );
    });
  }

  it("keep what the person typed in the refused field itself, so it can be corrected", async () => {
    const response = await owner.post(`/o/${slug}/tasks/new`, task({ title: "Call\rthe board" }));
    expect(response.status).toBe(400);
    expect(fieldValue(await html(response), "title")).toBe("Call\rthe board");
  });

  it("still accept names in any script, accents, emoji and a line break pasted at either end", async () => {
    for (const name of ["Ana Díaz", "עברית ושלום", "日本語", "Zoë 👩‍👩‍👧", "\nDr. O'Brien\r\n"]) {
      const response = await owner.post(`/o/${slug}/districts/${ids.district}/targets/new`, target({ name }));
      expect(response.status, name).toBe(302);
    }
  });
});

describe("longer text", () => {
  it("keeps its line breaks", async () => {
    const details = "First call the clerk.\r\nThen the board.\n\tAsk for the minutes.";
    const response = await owner.post(`/o/${slug}/tasks/new`, task({ title: "Line breaks kept", details }));
    expect(response.status).toBe(302);
    const row = server.database().prepare("select details from tasks where title = 'Line breaks kept'").get() as {
      details: string;
    };
    // A browser sends every line break as CR LF; it is kept as one LF, the tab and the lone LF as they came.
    expect(row.details).toBe("First call the clerk.\nThen the board.\n\tAsk for the minutes.");
  });

  it("counts a browser's CR LF line break as one character toward the limit", async () => {
    // 4000 characters as typed (the details' limit), sent as 4000 + 99 characters because of the CR LFs.
    const line = `${"x".repeat(39)}\r\n`;
    const details = `${line.repeat(100).trimEnd()}x`;
    const typed = details.replace(/\r\n/g, "\n");
    expect(typed.length).toBe(4000);
    const response = await owner.post(`/o/${slug}/tasks/new`, task({ title: "Counted once", details }));
    expect(response.status).toBe(302);
    const row = server.database().prepare("select details from tasks where title = 'Counted once'").get() as {
      details: string;
    };
    expect(row.details).toBe(typed);
    const over = await owner.post(`/o/${slug}/tasks/new`, task({ title: "One too many", details: `${details}x` }));
    expect(over.status).toBe(400);
  });

  it("refuses NUL and other control characters with a message next to the field, the entries kept", async () => {
    for (const char of ["\u0000", "\u0007", "\u001b", "\u007f", "\u0090"]) {
      await expectRefused(owner, `/o/${slug}/tasks/new`, task({ details: `First${char}then` }), "details", controls, {
        title: "Call the board",
      });
      const meetings = `/o/${slug}/campaigns/${ids.campaign}/meetings/new`;
      await expectRefused(owner, meetings, meeting({ agenda: `Item 1${char}` }), "agenda", controls, {
        title: "Board prep",
      });
    }
  });
});

describe("dates", () => {
  for (const year of ["0000", "1999", "2100", "9999"]) {
    it(`refuse the year ${year} in every date field, saying the range`, async () => {
      const day = `${year}-06-15`;
      await expectRefused(owner, `/o/${slug}/tasks/new`, task({ dueOn: day }), "dueOn", yearRange, {
        title: "Call the board",
      });
      const meetings = `/o/${slug}/campaigns/${ids.campaign}/meetings/new`;
      await expectRefused(owner, meetings, meeting({ date: day }), "date", yearRange, { title: "Board prep" });
      await expectRefused(
        owner,
        `/o/${slug}/campaigns/new`,
        campaign(ids.district!, { startsOn: day }),
        "startsOn",
        yearRange,
      );
      await expectRefused(
        owner,
        `/o/${slug}/campaigns/new`,
        campaign(ids.district!, { endsOn: day }),
        "endsOn",
        yearRange,
      );
      const asks = `/o/${slug}/campaigns/${ids.campaign}/asks/new`;
      const targetId = await owner.createTarget(slug, ids.district!, `Asked ${year}`, "central-office", ["use"]);
      const ask = { targetId, text: "Fund coaches", domain: "use", venue: "meeting", followUpOn: day, meetingId: "" };
      await expectRefused(owner, asks, ask, "followUpOn", yearRange);
    });
  }

  it("accept the first and last day of the range", async () => {
    for (const dueOn of ["2000-01-01", "2099-12-31"]) {
      expect((await owner.post(`/o/${slug}/tasks/new`, task({ title: `Due ${dueOn}`, dueOn }))).status, dueOn).toBe(
        302,
      );
    }
  });
});

describe("calendar files", () => {
  it("keep one property per line for text saved before these rules, whatever characters it holds", async () => {
    const created = await owner.post(
      `/o/${slug}/campaigns/${ids.campaign}/meetings/new`,
      meeting({ title: "Old meeting" }),
    );
    expect(created.status).toBe(302);
    const path = created.headers.get("location")!;
    const id = path.split("/").pop()!;
    // Written straight to the database, as an older version of Fulcrum could have stored it.
    const hostile = "Board\rDTSTART:20300101T000000Z\u2028ATTENDEE:mailto:x@evil.example\nEND:VEVENT\u0000;,\\";
    server
      .database()
      .prepare("update meetings set title = ?, location = ?, agenda = ? where id = ?")
      .run(hostile, hostile, hostile, id);
    const response = await owner.get(`${path}.ics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    // No character that any parser might read as a line end is left inside a value.
    const lines = unfolded.split(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/).filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z-]*[;:]/);
    for (const name of ["SUMMARY", "LOCATION", "DESCRIPTION", "DTSTART", "END:VEVENT"]) {
      expect(
        lines.filter((line) => line.startsWith(name)),
        name,
      ).toHaveLength(1);
    }
    expect(text).not.toMatch(/[\u0000\u2028]/);
  });
});
