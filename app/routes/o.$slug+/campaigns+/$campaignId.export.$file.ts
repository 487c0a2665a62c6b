import type { LoaderFunctionArgs } from "@remix-run/node";

import { toCsv } from "~/lib/csv.server";
import { notFound } from "~/lib/http.server";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { labelKeys } from "~/lib/labels";
import { typologyKeys } from "~/lib/typology/keys";
import { instantToZoned, todayIn } from "~/lib/zoned-time";
import { campaignExportRows } from "~/models/export.server";
import { requestLanguage } from "~/services/i18n.server";
import { requireCampaign } from "~/services/permissions.server";

const files = ["asks.csv", "meetings.csv", "tasks.csv"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  // Column headers and status words in the language of the person exporting; what people typed stays as typed.
  const language = await requestLanguage(request);
  const t = createTranslator(language, ["campaigns", "labels", "typology"]).getFixedT(language, "campaigns");
  const file = files.find((f) => f === params.file);
  if (!file) notFound(t("export.notFound"));
  const rows = campaignExportRows(campaign.id);
  const local = (instant: Date) => {
    const { date, time } = instantToZoned(instant, organization.timeZone);
    return `${date} ${time}`;
  };
  const today = todayIn(organization.timeZone);
  const table =
    file === "asks.csv"
      ? [
          [
            t("export.asks.target"),
            t("export.asks.ask"),
            t("export.asks.domain"),
            t("export.asks.venue"),
            t("export.asks.status"),
            t("export.asks.followUpOn"),
            t("export.asks.updatedAt"),
          ],
          ...rows.asks.map((a) => [
            a.targetName,
            a.text,
            t(typologyKeys.domain[a.domain].plain),
            t(labelKeys.askVenue[a.venue]),
            t(labelKeys.askStatus[a.status]),
            a.followUpOn ?? "",
            local(a.updatedAt),
          ]),
        ]
      : file === "meetings.csv"
        ? [
            [
              t("export.meetings.title"),
              t("export.meetings.startsAt", { timeZone: organization.timeZone }),
              t("export.meetings.endsAt", { timeZone: organization.timeZone }),
              t("export.meetings.status"),
              t("export.meetings.location"),
              t("export.meetings.videoUrl"),
              t("export.meetings.targets"),
              t("export.meetings.attendees"),
              t("export.meetings.outcome"),
            ],
            ...rows.meetings.map((m) => [
              m.title,
              local(m.startsAt),
              local(m.endsAt),
              t(labelKeys.meetingStatus[m.status]),
              m.location,
              m.videoUrl,
              m.targets,
              m.attendees,
              m.outcome,
            ]),
          ]
        : [
            [
              t("export.tasks.title"),
              t("export.tasks.dueOn"),
              t("export.tasks.status"),
              t("export.tasks.overdue"),
              t("export.tasks.assignee"),
              t("export.tasks.details"),
            ],
            ...rows.tasks.map((task) => [
              task.title,
              task.dueOn,
              t(labelKeys.taskStatus[task.status]),
              task.status === "open" && task.dueOn < today ? t("export.yes") : t("export.no"),
              task.assigneeName ?? "",
              task.details,
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
