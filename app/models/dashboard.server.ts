import type { Locale } from "~/lib/format-dates";
import { resolveLeverageMap } from "~/lib/typology";
import { todayIn } from "~/lib/zoned-time";

import { askCountsByStatus, openAskPointsByDistrict } from "./ask.server";
import { listCampaigns } from "./campaign.server";
import { upcomingMeetings } from "./meeting.server";
import type { Organization } from "./organization.server";
import { targetPlacementsOfOrganization } from "./target.server";
import { listTasks, taskListItems } from "./task.server";
import { currentDistrictWideDeclarations } from "./typology.server";

/** What a coalition's front page shows: what is moving, what is next, what is late, and where nobody is pressing. */
export function coalitionDashboard(
  organization: Organization,
  districts: Array<{ id: string; name: string }>,
  locale: Locale,
) {
  const today = todayIn(organization.timeZone);
  const active = listCampaigns(organization.id, "active");
  const overdue = listTasks(organization.id, { overdueOn: today, page: 1 });
  // A fixed number of queries however many districts the coalition has: everything is read once and grouped.
  const declarations = currentDistrictWideDeclarations(organization.id);
  const targets = targetPlacementsOfOrganization(organization.id);
  const pressedByDistrict = openAskPointsByDistrict(organization.id);
  const coverage = districts.flatMap((district) => {
    const declaration = declarations.get(district.id);
    if (!declaration) return [];
    const districtTargets = targets.filter((target) => target.districtId === district.id);
    const pressed = pressedByDistrict.get(district.id) ?? new Set<string>();
    return resolveLeverageMap(declaration.systemType, declaration.overrides)
      .filter((cell) => cell.level === "primary")
      .flatMap((cell) => {
        const targeted = districtTargets.some(
          (target) => target.locus === cell.locus && target.domains.includes(cell.domain),
        );
        if (targeted && pressed.has(cell.key)) return [];
        return [
          {
            districtId: district.id,
            districtName: district.name,
            domain: cell.domain,
            locus: cell.locus,
            gap: targeted ? ("no-open-ask" as const) : ("no-target" as const),
          },
        ];
      });
  });
  // "Every main lever is covered" is only worth saying when there are main levers at all.
  const primaryTotal = districts.reduce((total, district) => {
    const declaration = declarations.get(district.id);
    if (!declaration) return total;
    const cells = resolveLeverageMap(declaration.systemType, declaration.overrides);
    return total + cells.filter((cell) => cell.level === "primary").length;
  }, 0);
  return {
    activeCampaigns: active.map(({ id, title, win, districtName }) => ({ id, title, win, districtName })),
    nextMeetings: upcomingMeetings(organization.id, 5),
    askCounts: askCountsByStatus({ activeCampaignsOf: organization.id }),
    overdueTasks: taskListItems(overdue.rows.slice(0, 10), today, locale),
    overdueTotal: overdue.total,
    coverage,
    primaryTotal,
  };
}
