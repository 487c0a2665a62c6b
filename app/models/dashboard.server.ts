import { districtPlaybookModel } from "~/lib/target-leverage.server";
import { todayIn } from "~/lib/zoned-time";
import { askCountsByStatus, openAskPoints } from "./ask.server";
import { listCampaigns } from "./campaign.server";
import { listDistricts } from "./district.server";
import { upcomingMeetings } from "./meeting.server";
import type { Organization } from "./organization.server";
import { isOverdue, listTasks } from "./task.server";

/** What a coalition's front page shows: what is moving, what is next, what is late, and where nobody is pressing. */
export function coalitionDashboard(organization: Organization) {
  const today = todayIn(organization.timeZone);
  const active = listCampaigns(organization.id, "active");
  const overdue = listTasks(organization.id, { overdueOn: today, page: 1 });
  const coverage = listDistricts(organization.id).flatMap((district) => {
    const model = districtPlaybookModel(district.id)?.model;
    if (!model) return [];
    const pressed = openAskPoints(district.id);
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
