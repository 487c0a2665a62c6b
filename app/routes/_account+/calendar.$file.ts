import type { LoaderFunctionArgs } from "@remix-run/node";

import { notFound } from "~/lib/http.server";
import { fallbackLanguage } from "~/lib/i18n";
import { calendar } from "~/lib/ics.server";
import { href } from "~/lib/paths";
import { calendarFeedOwner } from "~/models/calendar-feed.server";
import { meetingsOfAttendee } from "~/models/meeting.server";
import { dueTasksOf } from "~/models/task.server";
import { requestTranslator } from "~/services/i18n.server";

// A private feed that calendar apps poll without a session: the secret token in the URL is the credential.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(params.file ?? "");
  const owner = match ? calendarFeedOwner(match[1]!) : undefined;
  if (!owner) notFound((await requestTranslator(request, "account")).t("calendar.feedNotFound"));
  const origin = new URL(request.url).origin;
  const meetings = meetingsOfAttendee(owner.id).map(({ meeting, organizationSlug }) => ({
    ...meeting,
    url:
      origin +
      href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
        slug: organizationSlug,
        campaignId: meeting.campaignId,
        meetingId: meeting.id,
      }),
  }));
  const tasks = dueTasksOf(owner.id).map((task) => ({
    ...task,
    url: origin + href("/o/:slug/tasks/:taskId", { slug: task.organizationSlug, taskId: task.id }),
  }));
  // Calendar apps fetch the feed with no session or browser language: its words are in its owner's language.
  const language = owner.language ?? fallbackLanguage;
  return new Response(calendar(`Fulcrum: ${owner.name}`, meetings, tasks, { language }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=300" },
  });
}
