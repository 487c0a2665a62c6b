// A coalition's pages read its own rows through indexes, so their cost stays the same however many other
// coalitions share the server (issue 19: scale 10 pages at 0.8 of their scale-1 throughput at least).
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";

import { db, schema } from "~/lib/db.server";
import { listAsks } from "~/models/ask.server";
import { coalitionDashboard } from "~/models/dashboard.server";
import { listDistricts } from "~/models/district.server";
import { gettingStarted } from "~/models/getting-started.server";
import { listTasks } from "~/models/task.server";

import { emptyDatabase, insertAsk, insertCoalition, insertMeeting, insertTask, insertUser } from "../support/fixtures";
import { planAsAtScale, readsOf, statementsDuring, tableScans } from "../support/query-plans";

beforeEach(() => emptyDatabase());

describe("a coalition's busiest pages", () => {
  it("never scan a whole table, whoever else is on the server", () => {
    const coalitions = ["America/New_York", "America/Chicago"].map((timeZone) => {
      const owner = insertUser();
      const co = insertCoalition(owner.id, { timeZone });
      insertTask(co.id, owner.id, "2026-01-05", co.campaignId);
      insertAsk(co.campaignId, co.targetId, "2026-06-10");
      // Scheduled meetings to come: the dashboard lists the next five of its own coalition only.
      insertMeeting(co.campaignId, new Date(Date.now() + 86_400_000), [owner.id]);
      return co;
    });
    const co = coalitions[0]!;
    const organization = db.select().from(schema.organizations).where(eq(schema.organizations.id, co.id)).get()!;
    planAsAtScale();
    const runs = statementsDuring(() => {
      coalitionDashboard(organization, listDistricts(co.id), "en-US");
      gettingStarted(co.id);
      listTasks(co.id, { overdueOn: "2026-06-10", page: 1 });
      listTasks(co.id, { status: "open", page: 1 });
      listAsks(co.campaignId, { page: 1 });
    });
    const reads = readsOf(runs);
    expect(reads.length).toBeGreaterThan(10);
    for (const run of reads) expect(tableScans(run), run.source).toEqual([]);
  });
});
