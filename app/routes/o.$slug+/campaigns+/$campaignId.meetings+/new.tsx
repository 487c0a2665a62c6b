import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { localeFor } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { campaignLeads, foreignPeople, targetOptions } from "~/models/campaign.server";
import { createMeeting } from "~/models/meeting.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireCampaign } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { MeetingFields } from "./__meeting-fields";
import { meetingFormSchema, meetingListFields } from "./__meeting-form.server";
import { meetingInput, meetingPageAfterSave } from "./__meeting-input.server";

export const handle = { i18n: ["meetings"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "meetings.edit");
  const { t } = await requestTranslator(request, "meetings");
  return {
    title: t("new.metaTitle"),
    back: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    campaignTitle: campaign.title,
    targets: targetOptions(campaign.districtId),
    members: campaignLeads(organization.id),
    timeZone: organization.timeZone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, campaign, user } = await requireCampaign(request, params, "meetings.edit");
  const parsed = parseForm(await readForm(request), meetingFormSchema, meetingListFields);
  if (!parsed.ok) return invalid(parsed.failure);
  const foreign = foreignPeople(organization.id, campaign.districtId, parsed.data);
  if (foreign) return fieldError(parsed.values, foreign.field, foreign.message);
  const { t, language } = await requestTranslator(request, "meetings");
  const meeting = meetingInput(parsed.data, organization.timeZone, { t, locale: localeFor(language) });
  if (!meeting.ok) return invalid({ errors: meeting.errors, values: parsed.values });
  const id = createMeeting(organization.id, campaign.id, meeting.input, user);
  return redirectWithConfirmation(
    meetingPageAfterSave(organization.slug, campaign.id, id, meeting.input),
    "meeting-scheduled",
  );
}

export default function NewMeeting() {
  const { back, campaignTitle, targets, members, timeZone } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("meetings");
  return (
    <FormSection
      id="new-meeting-title"
      title={t("new.title")}
      failure={failure}
      submitLabel={t("new.submit")}
      busyLabel={t("new.busy")}
      back={{ to: back, label: campaignTitle }}
    >
      <MeetingFields failure={failure} defaults={{}} targets={targets} members={members} timeZone={timeZone} />
    </FormSection>
  );
}
