import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { formatDay } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { idParam } from "~/lib/schemas.server";
import { useLocale } from "~/lib/use-language";
import { todayIn } from "~/lib/zoned-time";
import { getAsk, listAsks } from "~/models/ask.server";
import { campaignLeads, getCampaign, listCampaigns } from "~/models/campaign.server";
import { getMeeting, meetingsOfCampaign } from "~/models/meeting.server";
import { createTask } from "~/models/task.server";
import { emailTaskAssigned } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { taskFormSchema } from "./__task-form.server";
import { limitsTask } from "./__task-limits";

export const handle = { i18n: ["tasks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "tasks.assign");
  const search = new URL(request.url).searchParams;
  const campaignId = idParam.safeParse(search.get("campaign"));
  const campaign = campaignId.success ? getCampaign(organization.id, campaignId.data) : undefined;
  const { t } = await requestTranslator(request, "tasks");
  return {
    title: t("new.metaTitle"),
    members: campaignLeads(organization.id),
    campaigns: listCampaigns(organization.id).map(({ id, title }) => ({ id, title })),
    campaignId: campaign?.id ?? "",
    // Meetings and asks to link to are offered once the campaign is known.
    meetings: campaign ? meetingsOfCampaign(campaign.id).map(({ id, title }) => ({ id, title })) : [],
    asks: campaign
      ? listAsks(campaign.id, { page: 1 }).rows.map(({ id, text, targetName }) => ({
          id,
          label: `${targetName}: ${text}`,
        }))
      : [],
    meetingId: search.get("meeting") ?? "",
    askId: search.get("ask") ?? "",
    today: todayIn(organization.timeZone),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "tasks.assign");
  const parsed = parseForm(await readForm(request), taskFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const input = parsed.data;
  if (!campaignLeads(organization.id).some((m) => m.id === input.assigneeId))
    return fieldError(parsed.values, "assigneeId", "tasks:form.assigneeId.notMember");
  const campaign = input.campaignId ? getCampaign(organization.id, input.campaignId) : undefined;
  if (input.campaignId && !campaign) return fieldError(parsed.values, "campaignId", "tasks:form.campaignId.notOurs");
  if ((input.meetingId || input.askId) && !campaign)
    return fieldError(parsed.values, "campaignId", "tasks:form.campaignId.required");
  if (input.meetingId && !getMeeting(campaign!.id, input.meetingId))
    return fieldError(parsed.values, "meetingId", "tasks:form.meetingId.notInCampaign");
  if (input.askId && !getAsk(campaign!.id, input.askId))
    return fieldError(parsed.values, "askId", "tasks:form.askId.notInCampaign");
  const id = createTask(organization.id, input, user);
  emailTaskAssigned(id, input.assigneeId, user);
  // A due date already past is allowed (work that is late still needs doing), but said out loud.
  const late = input.dueOn < todayIn(organization.timeZone);
  return redirectWithConfirmation(
    href("/o/:slug/tasks/:taskId", { slug: organization.slug, taskId: id }, { warning: late ? "past-due" : undefined }),
    "task-assigned",
  );
}

export default function NewTask() {
  const { members, campaigns, campaignId, meetings, asks, meetingId, askId, today } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { errors, values } = failure;
  const { t } = useTranslation("tasks");
  const locale = useLocale();
  return (
    <FormSection
      id="new-task-title"
      title={t("new.title")}
      failure={failure}
      submitLabel={t("new.submit")}
      busyLabel={t("new.busy")}
    >
      <TextField
        name="title"
        label={t("new.what")}
        required
        maxLength={limitsTask.title}
        defaultValue={values.title}
        error={errors.title}
      />
      <TextAreaField
        name="details"
        label={t("new.details")}
        maxLength={limitsTask.details}
        defaultValue={values.details}
        error={errors.details}
      />
      <TextField
        name="dueOn"
        label={t("new.dueOn")}
        type="date"
        required
        hint={t("new.today", { date: formatDay(today, "full", locale) })}
        defaultValue={values.dueOn}
        error={errors.dueOn}
      />
      <SelectField
        name="assigneeId"
        label={t("new.assignee")}
        defaultValue={values.assigneeId ?? ""}
        error={errors.assigneeId}
        required
      >
        <option value="" disabled>
          {t("new.chooseMember")}
        </option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="campaignId"
        label={t("new.campaign")}
        defaultValue={values.campaignId ?? campaignId}
        error={errors.campaignId}
      >
        <option value="">{t("new.none")}</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </SelectField>
      {meetings.length || errors.meetingId ? (
        <SelectField
          name="meetingId"
          label={t("new.meeting")}
          defaultValue={values.meetingId ?? meetingId}
          error={errors.meetingId}
        >
          <option value="">{t("new.none")}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      {asks.length || errors.askId ? (
        <SelectField name="askId" label={t("new.ask")} defaultValue={values.askId ?? askId} error={errors.askId}>
          <option value="">{t("new.none")}</option>
          {asks.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label.length > 90 ? `${a.label.slice(0, 89)}…` : a.label}
            </option>
          ))}
        </SelectField>
      ) : null}
    </FormSection>
  );
}
