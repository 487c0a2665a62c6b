import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FormErrorSummary, TextAreaField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { formatMomentSpan } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { forbidden } from "~/lib/http.server";
import { askStatusLabels, meetingStatusLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { canWriteMeetingNotes } from "~/lib/permissions";
import { asksOfMeeting } from "~/models/ask.server";
import { updateMeetingNotes } from "~/models/meeting.server";
import { requireMeeting } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { meetingNotesSchema } from "./__meeting-form.server";
import { limitsMeeting } from "./__meeting-limits";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.meeting.title ?? "Meeting"} · Fulcrum` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, meeting, user, role } = await requireMeeting(request, params, "campaigns.view");
  const attending = meeting.attendees.some((a) => a.id === user.id);
  return {
    meeting: { ...meeting, when: formatMomentSpan(meeting.startsAt, meeting.endsAt, organization.timeZone) },
    campaign: {
      id: campaign.id,
      title: campaign.title,
      href: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    },
    canWriteNotes: canWriteMeetingNotes(organization.kind, role, attending),
    asks: asksOfMeeting(meeting.id),
    pastWarning:
      new URL(request.url).searchParams.get("warning") === "past-meeting" &&
      meeting.status === "scheduled" &&
      meeting.startsAt.getTime() < Date.now(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, campaign, meeting, user, role } = await requireMeeting(request, params, "campaigns.view");
  const attending = meeting.attendees.some((a) => a.id === user.id);
  if (!canWriteMeetingNotes(organization.kind, role, attending))
    forbidden("Only people attending this meeting, and organizers, can write it up.");
  const parsed = parseForm(await readForm(request), meetingNotesSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  updateMeetingNotes(organization.id, meeting, parsed.data, user);
  return redirectWithConfirmation(
    href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
      slug: organization.slug,
      campaignId: campaign.id,
      meetingId: meeting.id,
    }),
    "saved",
  );
}

export default function MeetingPage() {
  const { organization, allowed } = useOrganization();
  const { meeting, campaign, canWriteNotes, asks, pastWarning } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug, campaignId: campaign.id };
  const failure = useFormFailure();
  return (
    <section aria-labelledby="meeting-title">
      <p className="breadcrumb">
        <Link to={campaign.href}>{campaign.title}</Link>
      </p>
      <div className="page-heading">
        <h1 id="meeting-title">{meeting.title}</h1>
        <p className="actions">
          <a
            className="button button--secondary"
            href={href("/o/:slug/campaigns/:campaignId/meetings/:meetingId.ics", { ...params, meetingId: meeting.id })}
          >
            Add to calendar (.ics)
          </a>
          {allowed.editMeetings ? (
            <Link className="button button--secondary" to="edit">
              Edit<span className="visually-hidden"> {meeting.title}</span>
            </Link>
          ) : null}
        </p>
      </div>
      {pastWarning ? (
        <p className="notice notice--error" role="status">
          This meeting is scheduled for a time that has already passed. If it took place, edit it and mark it as held;
          if not, check the date.
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>{meeting.when}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{meetingStatusLabels[meeting.status]}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {meeting.location || "Not set"}
            {meeting.videoUrl ? (
              <>
                {" "}
                ·{" "}
                <a href={meeting.videoUrl} rel="noopener noreferrer nofollow">
                  video link
                </a>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Targets</dt>
          <dd>{meeting.targets.map((t) => t.name).join(", ") || "None recorded"}</dd>
        </div>
        <div>
          <dt>Attending</dt>
          <dd>{meeting.attendees.map((a) => a.name).join(", ") || "No one recorded"}</dd>
        </div>
      </dl>
      <h2>Agenda</h2>
      <p className="prewrap">{meeting.agenda || "No agenda yet."}</p>
      <div className="page-heading">
        <h2>Asks made here</h2>
        {allowed.editAsks ? (
          <Link
            className="button button--secondary"
            to={href("/o/:slug/campaigns/:campaignId/asks/new", params, {
              meeting: meeting.id,
              target: meeting.targets.length === 1 ? meeting.targets[0]!.id : undefined,
            })}
          >
            Log an ask from this meeting
          </Link>
        ) : null}
      </div>
      {asks.length ? (
        <ul>
          {asks.map((ask) => (
            <li key={ask.id}>
              <Link to={href("/o/:slug/campaigns/:campaignId/asks/:askId", { ...params, askId: ask.id })}>
                {ask.text}
              </Link>{" "}
              ({ask.targetName}, {askStatusLabels[ask.status].toLowerCase()})
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No asks logged from this meeting yet.</p>
      )}
      <h2>Notes and outcome</h2>
      {canWriteNotes ? (
        <Form method="post" className="stack narrow" noValidate>
          <FormErrorSummary errors={failure.errors} />
          <TextAreaField
            name="notes"
            label="Notes"
            maxLength={limitsMeeting.notes}
            defaultValue={failure.values.notes ?? meeting.notes}
            error={failure.errors.notes}
          />
          <TextAreaField
            name="outcome"
            label="Outcome"
            hint="What did they say yes or no to?"
            maxLength={limitsMeeting.outcome}
            defaultValue={failure.values.outcome ?? meeting.outcome}
            error={failure.errors.outcome}
          />
          <p className="actions">
            <button type="submit" className="button">
              Save notes
            </button>
          </p>
        </Form>
      ) : (
        <>
          <p className="prewrap">{meeting.notes || "No notes yet."}</p>
          {meeting.outcome ? <p className="prewrap">Outcome: {meeting.outcome}</p> : null}
        </>
      )}
    </section>
  );
}
