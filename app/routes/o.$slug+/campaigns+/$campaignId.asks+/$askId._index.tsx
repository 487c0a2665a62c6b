import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { FormErrorSummary, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { askTransitions, openAskStatuses } from "~/lib/domain";
import { isFormFailure, type FormFailure } from "~/lib/form-failure";
import { formatDay, formatMoment } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { askStatusLabels, askVenueLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { domainLabels } from "~/lib/typology";
import { askHistory, changeAskStatus, InvalidTransitionError, StaleEditError } from "~/models/ask.server";
import { getMeeting } from "~/models/meeting.server";
import { requireAsk } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { askStatusFormSchema } from "./__ask-form.server";
import { limitsAsk } from "./__ask-limits";

export const meta: MetaFunction = () => [{ title: "Ask · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, ask } = await requireAsk(request, params, "campaigns.view");
  return {
    ask,
    campaign: {
      id: campaign.id,
      title: campaign.title,
      href: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    },
    targetHref: ask.targetId
      ? href("/o/:slug/districts/:districtId/targets/:targetId", {
          slug: organization.slug,
          districtId: campaign.districtId,
          targetId: ask.targetId,
        })
      : null,
    next: askTransitions[ask.status],
    madeIn: madeInMeeting(organization, campaign.id, ask.meetingId),
    // A follow-up date belongs to an ask still waiting on its target; once settled, no reminder is sent either.
    followUpOn: openAskStatuses.includes(ask.status) ? ask.followUpOn : null,
    settled: !openAskStatuses.includes(ask.status),
    history: askHistory(ask.id).map((event) => ({
      ...event,
      at: formatMoment(event.at, "dateTime", organization.timeZone),
    })),
  };
}

/** The meeting an ask was made in, by name and day, linked. */
function madeInMeeting(organization: { slug: string; timeZone: string }, campaignId: string, meetingId: string | null) {
  const meeting = meetingId ? getMeeting(campaignId, meetingId) : undefined;
  if (!meeting) return null;
  return {
    title: meeting.title,
    when: formatMoment(meeting.startsAt, "short", organization.timeZone),
    href: href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
      slug: organization.slug,
      campaignId,
      meetingId: meeting.id,
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, ask, user, campaign } = await requireAsk(request, params, "asks.edit");
  const parsed = parseForm(await readForm(request), askStatusFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  try {
    changeAskStatus(organization.id, ask, parsed.data.version, parsed.data, user);
  } catch (error) {
    if (error instanceof StaleEditError || error instanceof InvalidTransitionError) {
      return data(
        { errors: { form: error.message }, values: parsed.values },
        { status: error instanceof StaleEditError ? 409 : 400 },
      );
    }
    throw error;
  }
  return redirectWithConfirmation(
    href("/o/:slug/campaigns/:campaignId/asks/:askId", {
      slug: organization.slug,
      campaignId: campaign.id,
      askId: ask.id,
    }),
    "saved",
  );
}

export default function AskPage() {
  const { allowed } = useOrganization();
  const { ask, campaign, targetHref, next, history, madeIn, followUpOn, settled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure: FormFailure = isFormFailure(actionData) ? actionData : { errors: {}, values: {} };
  return (
    <section aria-labelledby="ask-title">
      <p className="breadcrumb">
        <Link to={campaign.href}>{campaign.title}</Link>
      </p>
      <div className="page-heading">
        <h1 id="ask-title">Ask of {ask.targetName}</h1>
        {allowed.editAsks ? (
          <Link className="button button--secondary" to="edit">
            Edit<span className="visually-hidden"> the ask</span>
          </Link>
        ) : null}
      </div>
      <p className="lead">{ask.text}</p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`status status--${ask.status}`}>{askStatusLabels[ask.status]}</span>
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{targetHref ? <Link to={targetHref}>{ask.targetName}</Link> : `${ask.targetName} (no longer mapped)`}</dd>
        </div>
        <div>
          <dt>Kind of work</dt>
          <dd>{domainLabels[ask.domain]}</dd>
        </div>
        <div>
          <dt>Venue</dt>
          <dd>{askVenueLabels[ask.venue]}</dd>
        </div>
        <div>
          <dt>Made in</dt>
          <dd>
            {madeIn ? (
              <>
                <Link to={madeIn.href}>{madeIn.title}</Link>, {madeIn.when}
              </>
            ) : (
              "Not recorded"
            )}
          </dd>
        </div>
        {settled ? null : (
          <div>
            <dt>Follow up on</dt>
            <dd>{followUpOn ? formatDay(followUpOn, "date") : "Not set"}</dd>
          </div>
        )}
      </dl>

      {allowed.editAsks && next.length ? (
        <Form method="post" className="stack narrow" noValidate>
          <h2>Record what happened</h2>
          <FormErrorSummary errors={failure.errors} />
          <input type="hidden" name="version" value={ask.version} />
          <SelectField
            name="to"
            label="New status"
            defaultValue={failure.values.to ?? next[0]}
            error={failure.errors.to}
          >
            {next.map((status) => (
              <option key={status} value={status}>
                {askStatusLabels[status]}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="note"
            label="Note (optional)"
            maxLength={limitsAsk.note}
            defaultValue={failure.values.note}
            error={failure.errors.note}
          />
          <TextField
            name="evidenceUrl"
            label="Evidence link (optional)"
            hint="Minutes, a letter, a recording."
            type="url"
            maxLength={limitsAsk.evidenceUrl}
            defaultValue={failure.values.evidenceUrl}
            error={failure.errors.evidenceUrl}
          />
          <p className="actions">
            <button type="submit" className="button">
              Save status
            </button>
          </p>
        </Form>
      ) : next.length === 0 ? (
        <p className="muted">This ask is finished.</p>
      ) : null}

      <h2>History</h2>
      <ol className="timeline">
        {history.map((event) => (
          <li key={event.id}>
            <span className="muted">{event.at}</span> · {event.actorName}:{" "}
            {event.fromStatus ? `${askStatusLabels[event.fromStatus]} → ${askStatusLabels[event.toStatus]}` : `planned`}
            {event.note ? <span className="prewrap">. {event.note}</span> : null}
            {event.evidenceUrl ? (
              <>
                {" "}
                (
                <a href={event.evidenceUrl} rel="noopener noreferrer nofollow">
                  evidence
                </a>
                )
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
