import type { z } from "zod";

import type { Locale } from "~/lib/format-dates";
import { href } from "~/lib/paths";
import { readWallTime } from "~/lib/zoned-time";
import type { MeetingInput } from "~/models/meeting.server";

import type { meetingFormSchema } from "./__meeting-form.server";
import { repeatedTimeChoices, skippedTimeMessage } from "./__meeting-times";

type MeetingForm = z.output<typeof meetingFormSchema>;
type Resolved = { ok: true; instant: Date } | { ok: false; field: string; message: string };
/** The reader's words and formats, for the messages about days clocks change. */
type Wording = { t: (key: string, values?: Record<string, string>) => string; locale: Locale };

/**
 * One wall-clock time read in the coalition's zone. A time clocks skip is refused (guessing would put the
 * meeting an hour off); a time they show twice needs the person to say which, and nothing is assumed.
 */
function resolveTime(form: MeetingForm, which: "start" | "end", timeZone: string, { t, locale }: Wording): Resolved {
  const time = which === "start" ? form.startTime : form.endTime;
  const field = which === "start" ? "startTime" : "endTime";
  const occurrenceField = which === "start" ? "startOccurrence" : "endOccurrence";
  const occurrence = which === "start" ? form.startOccurrence : form.endOccurrence;
  const skipped = skippedTimeMessage(form.date, time, timeZone, t, locale);
  if (skipped) return { ok: false, field, message: skipped };
  const wall = readWallTime(form.date, time, timeZone);
  if (wall.kind === "once") return { ok: true, instant: wall.instant };
  if (wall.kind === "twice" && occurrence)
    return { ok: true, instant: occurrence === "first" ? wall.first : wall.second };
  const choices = repeatedTimeChoices(form.date, time, timeZone, t, locale);
  const legend = choices?.legend ?? t("meetings:times.whichOne");
  return { ok: false, field: occurrenceField, message: t("meetings:times.chooseBelow", { legend }) };
}

/** The parsed form as a meeting, its wall-clock times read in the coalition's time zone. */
export function meetingInput(
  form: MeetingForm,
  timeZone: string,
  wording: Wording,
): { ok: true; input: MeetingInput } | { ok: false; errors: Record<string, string> } {
  const start = resolveTime(form, "start", timeZone, wording);
  const end = resolveTime(form, "end", timeZone, wording);
  const errors: Record<string, string> = {};
  for (const result of [start, end]) if (!result.ok) errors[result.field] = result.message;
  if (!start.ok || !end.ok) return { ok: false, errors };
  if (end.instant <= start.instant) return { ok: false, errors: { endTime: "meetings:form.endTime.beforeStart" } };
  return {
    ok: true,
    input: {
      title: form.title,
      startsAt: start.instant,
      endsAt: end.instant,
      location: form.location,
      videoUrl: form.videoUrl,
      agenda: form.agenda,
      status: form.status,
      targetIds: [...new Set(form.targetIds)],
      attendeeIds: [...new Set(form.attendeeIds)],
    },
  };
}

/**
 * Where to go after saving. A scheduled meeting whose start has passed is allowed (it may be written up late),
 * but the meeting page says so, as a new task already overdue does.
 */
export function meetingPageAfterSave(slug: string, campaignId: string, meetingId: string, input: MeetingInput) {
  const past = input.status === "scheduled" && input.startsAt.getTime() < Date.now();
  return href(
    "/o/:slug/campaigns/:campaignId/meetings/:meetingId",
    { slug, campaignId, meetingId },
    { warning: past ? "past-meeting" : undefined },
  );
}
