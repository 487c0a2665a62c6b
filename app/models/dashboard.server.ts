import { playbookModelFor } from "~/lib/target-leverage.server";
import { todayIn } from "~/lib/zoned-time";
import { askCountsByStatus, openAskPointsByDistrict } from "./ask.server";
import { listCampaigns } from "./campaign.server";
import { upcomingMeetings } from "./meeting.server";
import type { Organization } from "./organization.server";
import { listTargetsOfOrganization } from "./target.server";
import { isOverdue, listTasks } from "./task.server";
import { currentDistrictWideDeclarations } from "./typology.server";

/** What a coalition's front page shows: what is moving, what is next, what is late, and where nobody is pressing. */
export function coalitionDashboard(organization: Organization, districts: Array<{ id: string; name: string }>) {
  const today = todayIn(organization.timeZone);
  const active = listCampaigns(organization.id, "active");
  const overdue = listTasks(organization.id, { overdueOn: today, page: 1 });
  // A fixed number of queries however many districts the coalition has: everything is read once and grouped.
  const declarations = currentDistrictWideDeclarations(organization.id);
  const targets = listTargetsOfOrganization(organization.id);
  const pressedByDistrict = openAskPointsByDistrict(organization.id);
  const coverage = districts.flatMap((district) => {
    const declaration = declarations.get(district.id);
    if (!declaration) return [];
    const model = playbookModelFor(declaration, targets.filter((target) => target.districtId === district.id));
    const pressed = pressedByDistrict.get(district.id) ?? new Set<string>();
    return model.primary
      .filter((point) => point.targets.length === 0 || !pressed.has(point.key))
      .map((point) => ({ districtId: district.id, districtName: district.name, domain: point.domain, locus: point.locus, gap: point.targets.length === 0 ? ("no-target" as const) : ("no-open-ask" as const) }));
  });
  return {
    activeCampaigns: active.map(({ id, title, win, districtName }) => ({ id, title, win, districtName })),
    nextMeetings: upcomingMeetings(organization.id, 5),
    askCounts: askCountsByStatus(active.map((c) => c.id)),
    overdueTasks: overdue.rows.slice(0, 10).map((task) => ({ ...task, overdue: isOverdue(task, today) })),
    overdueTotal: overdue.total,
    coverage,
  };
}
