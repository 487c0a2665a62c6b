import type { LoaderFunctionArgs } from "@remix-run/node";

import { toCsv } from "~/lib/csv.server";
import { notFound } from "~/lib/http.server";
import { askStatusLabels, askVenueLabels, meetingStatusLabels, taskStatusLabels } from "~/lib/labels";
import { domainLabels } from "~/lib/typology";
import { instantToZoned, todayIn } from "~/lib/zoned-time";
import { campaignExportRows } from "~/models/export.server";
import { requireCampaign } from "~/services/permissions.server";

const files = ["asks.csv", "meetings.csv", "tasks.csv"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  const file = files.find((f) => f === params.file);
  if (!file) notFound("There is no such export.");
  const rows = campaignExportRows(campaign.id);
  const local = (instant: Date) => {
    const { date, time } = instantToZoned(instant, organization.timeZone);
    return `${date} ${time}`;
  };
  const today = todayIn(organization.timeZone);
  const table =
    file === "asks.csv"
      ? [
          ["Target", "Ask", "Kind of work", "Venue", "Status", "Follow up on", "Last changed"],
          ...rows.asks.map((a) => [
            a.targetName,
            a.text,
            domainLabels[a.domain],
            askVenueLabels[a.venue],
            askStatusLabels[a.status],
            a.followUpOn ?? "",
            local(a.updatedAt),
          ]),
        ]
      : file === "meetings.csv"
        ? [
            [
              "Title",
              `Starts (${organization.timeZone})`,
              `Ends (${organization.timeZone})`,
              "Status",
              "Place",
              "Video link",
              "Targets",
              "Attending",
              "Outcome",
            ],
            ...rows.meetings.map((m) => [
              m.title,
              local(m.startsAt),
              local(m.endsAt),
              meetingStatusLabels[m.status],
              m.location,
              m.videoUrl,
              m.targets,
              m.attendees,
              m.outcome,
            ]),
          ]
        : [
            ["Task", "Due", "Status", "Overdue", "Assigned to", "Details"],
            ...rows.tasks.map((t) => [
              t.title,
              t.dueOn,
              taskStatusLabels[t.status],
              t.status === "open" && t.dueOn < today ? "yes" : "no",
              t.assigneeName ?? "",
              t.details,
            ]),
          ];
  return new Response(toCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.replace(".csv", "")}-${campaign.id}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
