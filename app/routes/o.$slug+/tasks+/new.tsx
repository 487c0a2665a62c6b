import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { idParam } from "~/lib/schemas.server";
import { todayIn } from "~/lib/zoned-time";
import { getAsk, listAsks } from "~/models/ask.server";
import { campaignLeads, getCampaign, listCampaigns } from "~/models/campaign.server";
import { getMeeting, meetingsOfCampaign } from "~/models/meeting.server";
import { createTask } from "~/models/task.server";
import { emailTaskAssigned } from "~/services/email/notifications.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { taskFormSchema } from "./__task-form.server";
import { limitsTask } from "./__task-limits";

export const meta: MetaFunction = () => [{ title: "Assign a task · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "tasks.assign");
  const search = new URL(request.url).searchParams;
  const campaignId = idParam.safeParse(search.get("campaign"));
  const campaign = campaignId.success ? getCampaign(organization.id, campaignId.data) : undefined;
  return {
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
    return fieldError(parsed.values, "assigneeId", "Choose a member of your coalition.");
  const campaign = input.campaignId ? getCampaign(organization.id, input.campaignId) : undefined;
  if (input.campaignId && !campaign)
    return fieldError(parsed.values, "campaignId", "Choose one of your coalition's campaigns.");
  if ((input.meetingId || input.askId) && !campaign)
    return fieldError(parsed.values, "campaignId", "Choose the campaign the meeting or ask belongs to.");
  if (input.meetingId && !getMeeting(campaign!.id, input.meetingId))
    return fieldError(parsed.values, "meetingId", "Choose a meeting of this campaign.");
  if (input.askId && !getAsk(campaign!.id, input.askId))
    return fieldError(parsed.values, "askId", "Choose an ask of this campaign.");
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
  return (
    <FormSection
      id="new-task-title"
      title="Assign a task"
      failure={failure}
      submitLabel="Assign"
      busyLabel="Assigning…"
    >
      <TextField
        name="title"
        label="What needs doing"
        required
        maxLength={limitsTask.title}
        defaultValue={values.title}
        error={errors.title}
      />
      <TextAreaField
        name="details"
        label="Details (optional)"
        maxLength={limitsTask.details}
        defaultValue={values.details}
        error={errors.details}
      />
      <TextField
        name="dueOn"
        label="Due"
        type="date"
        required
        hint={`Today is ${today}.`}
        defaultValue={values.dueOn}
        error={errors.dueOn}
      />
      <SelectField
        name="assigneeId"
        label="Who will do it"
        defaultValue={values.assigneeId ?? ""}
        error={errors.assigneeId}
        required
      >
        <option value="" disabled>
          Choose a member…
        </option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="campaignId"
        label="Campaign (optional)"
        defaultValue={values.campaignId ?? campaignId}
        error={errors.campaignId}
      >
        <option value="">None</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </SelectField>
      {meetings.length || errors.meetingId ? (
        <SelectField
          name="meetingId"
          label="Meeting (optional)"
          defaultValue={values.meetingId ?? meetingId}
          error={errors.meetingId}
        >
          <option value="">None</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      {asks.length || errors.askId ? (
        <SelectField name="askId" label="Ask (optional)" defaultValue={values.askId ?? askId} error={errors.askId}>
          <option value="">None</option>
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
