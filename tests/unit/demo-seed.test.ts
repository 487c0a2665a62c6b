import { describe, expect, it } from "vitest";

import { db } from "~/lib/db.server";
import { todayIn } from "~/lib/zoned-time";
import { listCampaigns } from "~/models/campaign.server";
import { demoLogins, seedDemoIfEmpty } from "~/models/demo.server";
import { listDistricts, listSchools } from "~/models/district.server";
import { listOrganizationsOf } from "~/models/organization.server";
import { listTargets } from "~/models/target.server";
import { currentDeclaration } from "~/models/typology.server";
import { verifyLogin } from "~/models/user.server";

describe("demo data on an empty database", () => {
  it("creates a coalition with a district, schools and two users who can log in, and does it only once", async () => {
    const seeded = await seedDemoIfEmpty();
    expect(seeded?.logins).toHaveLength(2);
    for (const login of demoLogins) {
      const user = await verifyLogin(login.email, login.password);
      expect(user, login.email).not.toBeNull();
      const [membership] = listOrganizationsOf(user!.id);
      expect(membership?.role).toBe(login.role);
    }
    const owner = (await verifyLogin(demoLogins[0].email, demoLogins[0].password))!;
    const [coalition] = listOrganizationsOf(owner.id);
    const [district] = listDistricts(coalition!.id);
    expect(district?.schoolCount).toBeGreaterThanOrEqual(3);
    expect(listSchools(district!.id).map((s) => s.level)).toEqual(
      expect.arrayContaining(["elementary", "middle", "high"]),
    );

    const declaration = currentDeclaration(district!.id, "");
    expect(declaration?.systemType).toBe("networked");
    expect(Object.keys(declaration!.overrides)).toEqual(["environment.school"]);

    const campaigns = listCampaigns(coalition!.id, "active");
    expect(campaigns.map((c) => c.title)).toEqual(["Family voice in the curriculum review"]);
    expect(
      listTargets(district!.id)
        .map((t) => t.locus)
        .sort(),
    ).toEqual(["central-office", "central-office", "school", "school"]);

    // Something happens soon, so a newcomer sees reminders: a meeting within the next day, a task due tomorrow.
    const nextMeeting = db.$client
      .prepare("select min(starts_at) from meetings where status = 'scheduled'")
      .pluck()
      .get() as number;
    expect(nextMeeting - Date.now()).toBeGreaterThan(0);
    expect(nextMeeting - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    const tomorrow = todayIn("America/New_York", new Date(Date.now() + 86_400_000));
    expect(db.$client.prepare("select count(*) from tasks where due_on = ?").pluck().get(tomorrow)).toBe(1);

    const users = db.$client.prepare("select count(*) from users").pluck().get();
    expect(await seedDemoIfEmpty()).toBeNull();
    expect(db.$client.prepare("select count(*) from users").pluck().get()).toBe(users);
  });
});
