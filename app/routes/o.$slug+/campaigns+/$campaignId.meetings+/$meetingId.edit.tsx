import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { localeFor } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { instantToZoned } from "~/lib/zoned-time";
import { campaignLeads, foreignPeople, targetOptions } from "~/models/campaign.server";
import { updateMeeting } from "~/models/meeting.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMeeting } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { MeetingFields } from "./__meeting-fields";
import { meetingFormSchema, meetingListFields } from "./__meeting-form.server";
import { meetingInput, meetingPageAfterSave } from "./__meeting-input.server";
import { occurrenceOf } from "./__meeting-times";

export const handle = { i18n: ["meetings"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, meeting } = await requireMeeting(request, params, "meetings.edit");
  const start = instantToZoned(meeting.startsAt, organization.timeZone);
  const end = instantToZoned(meeting.endsAt, organization.timeZone);
  const { t } = await requestTranslator(request, "meetings");
  return {
    title: t("edit.metaTitle"),
    back: href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
      slug: organization.slug,
      campaignId: campaign.id,
      meetingId: meeting.id,
    }),
    defaults: {
      ...meeting,
      date: start.date,
      startTime: start.time,
      endTime: end.time,
      startOccurrence: occurrenceOf(start.date, start.time, organization.timeZone, meeting.startsAt),
      endOccurrence: occurrenceOf(end.date, end.time, organization.timeZone, meeting.endsAt),
      targetIds: meeting.targets.map((t) => t.id),
      attendeeIds: meeting.attendees.map((a) => a.id),
    },
    targets: targetOptions(campaign.districtId),
    members: campaignLeads(organization.id),
    timeZone: organization.timeZone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, campaign, meeting, user } = await requireMeeting(request, params, "meetings.edit");
  const parsed = parseForm(await readForm(request), meetingFormSchema, meetingListFields);
  if (!parsed.ok) return invalid(parsed.failure);
  const foreign = foreignPeople(organization.id, campaign.districtId, parsed.data);
  if (foreign) return fieldError(parsed.values, foreign.field, foreign.message);
  const { t, language } = await requestTranslator(request, "meetings");
  const changed = meetingInput(parsed.data, organization.timeZone, { t, locale: localeFor(language) });
  if (!changed.ok) return invalid({ errors: changed.errors, values: parsed.values });
  updateMeeting(organization.id, meeting, changed.input, user);
  return redirectWithConfirmation(
    meetingPageAfterSave(organization.slug, campaign.id, meeting.id, changed.input),
    "saved",
  );
}

export default function EditMeeting() {
  const { back, defaults, targets, members, timeZone } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("meetings");
  return (
    <FormSection
      id="edit-meeting-title"
      title={t("edit.title", { title: defaults.title })}
      failure={failure}
      submitLabel={t("edit.submit")}
      busyLabel={t("edit.busy")}
      cancelTo={back}
    >
      <MeetingFields failure={failure} defaults={defaults} targets={targets} members={members} timeZone={timeZone} />
    </FormSection>
  );
}
