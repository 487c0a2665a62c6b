import { data } from "@remix-run/node";
import { z } from "zod";

import { notFound } from "~/lib/http.server";
import { idParam } from "~/lib/schemas.server";
import { getMeeting } from "~/models/meeting.server";
import type { requestTranslator } from "~/services/i18n.server";

type Translate = Awaited<ReturnType<typeof requestTranslator>>["t"];

const prefillSchema = z.object({
  meeting: idParam.optional(),
  target: idParam.optional(),
});

/**
 * The meeting and target a link to the new-ask form chose ("Log an ask from this meeting"). A malformed link is a
 * 400 and an id of another campaign a 404, rather than a form quietly missing its choices. A meeting with one
 * target chooses it too. The answers are in the reader's language (`t` of the asks namespace).
 */
export function askPrefill(search: URLSearchParams, campaignId: string, targetIds: ReadonlySet<string>, t: Translate) {
  const parsed = prefillSchema.safeParse({
    meeting: search.get("meeting") ?? undefined,
    target: search.get("target") ?? undefined,
  });
  if (!parsed.success) throw data({ message: t("prefill.incomplete") }, { status: 400 });
  const { meeting: meetingId, target: targetId } = parsed.data;
  const meeting = meetingId ? getMeeting(campaignId, meetingId) : undefined;
  if (meetingId && !meeting) notFound(t("prefill.meetingNotInCampaign"));
  if (targetId && !targetIds.has(targetId)) notFound(t("prefill.targetNotInDistrict"));
  const meetingTarget = meeting?.targets.length === 1 ? meeting.targets[0]!.id : null;
  return { meetingId: meeting?.id ?? null, targetId: targetId ?? meetingTarget };
}
