import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextAreaField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { formatMomentSpan } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { forbidden } from "~/lib/http.server";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { canWriteMeetingNotes } from "~/lib/permissions";
import { useLocale } from "~/lib/use-language";
import { asksOfMeeting } from "~/models/ask.server";
import { updateMeetingNotes } from "~/models/meeting.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMeeting } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { meetingNotesSchema } from "./__meeting-form.server";
import { limitsMeeting } from "./__meeting-limits";

export const handle = { i18n: ["meetings"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, meeting, user, role } = await requireMeeting(request, params, "campaigns.view");
  const attending = meeting.attendees.some((a) => a.id === user.id);
  const { t } = await requestTranslator(request, "meetings");
  return {
    title: t("page.metaTitle", { title: meeting.title }),
    meeting,
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
    forbidden((await requestTranslator(request, "meetings")).t("page.notesForbidden"));
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
  const { t } = useTranslation("meetings");
  const when = formatMomentSpan(meeting.startsAt, meeting.endsAt, organization.timeZone, useLocale());
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
            {t("page.addToCalendar")}
          </a>
          {allowed.editMeetings ? (
            <Link className="button button--secondary" to="edit">
              {t("page.edit")}
              <span className="visually-hidden"> {meeting.title}</span>
            </Link>
          ) : null}
        </p>
      </div>
      {pastWarning ? (
        <p className="notice notice--error" role="status">
          {t("page.pastWarning")}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("page.when")}</dt>
          <dd>{when}</dd>
        </div>
        <div>
          <dt>{t("page.status")}</dt>
          <dd>{t(labelKeys.meetingStatus[meeting.status])}</dd>
        </div>
        <div>
          <dt>{t("page.where")}</dt>
          <dd>
            {meeting.location || t("page.notSet")}
            {meeting.videoUrl ? (
              <>
                {" "}
                ·{" "}
                <a href={meeting.videoUrl} rel="noopener noreferrer nofollow">
                  {t("page.videoLink")}
                </a>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("page.targets")}</dt>
          <dd>{meeting.targets.map((target) => target.name).join(", ") || t("page.noTargets")}</dd>
        </div>
        <div>
          <dt>{t("page.attending")}</dt>
          <dd>{meeting.attendees.map((a) => a.name).join(", ") || t("page.noAttendees")}</dd>
        </div>
      </dl>
      <h2>{t("page.agenda")}</h2>
      <p className="prewrap">{meeting.agenda || t("page.noAgenda")}</p>
      <div className="page-heading">
        <h2>{t("page.asks")}</h2>
        {allowed.editAsks ? (
          <Link
            className="button button--secondary"
            to={href("/o/:slug/campaigns/:campaignId/asks/new", params, {
              meeting: meeting.id,
              target: meeting.targets.length === 1 ? meeting.targets[0]!.id : undefined,
            })}
          >
            {t("page.logAsk")}
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
              ({ask.targetName}, {t(labelKeys.askStatus[ask.status]).toLowerCase()})
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("page.noAsks")}</p>
      )}
      <h2>{t("page.notesTitle")}</h2>
      {canWriteNotes ? (
        <Form method="post" className="stack narrow" noValidate>
          <FormErrorSummary errors={failure.errors} />
          <TextAreaField
            name="notes"
            label={t("page.notes")}
            maxLength={limitsMeeting.notes}
            defaultValue={failure.values.notes ?? meeting.notes}
            error={failure.errors.notes}
          />
          <TextAreaField
            name="outcome"
            label={t("page.outcome")}
            hint={t("page.outcomeHint")}
            maxLength={limitsMeeting.outcome}
            defaultValue={failure.values.outcome ?? meeting.outcome}
            error={failure.errors.outcome}
          />
          <p className="actions">
            <button type="submit" className="button">
              {t("page.saveNotes")}
            </button>
          </p>
        </Form>
      ) : (
        <>
          <p className="prewrap">{meeting.notes || t("page.noNotes")}</p>
          {meeting.outcome ? <p className="prewrap">{t("page.outcomeText", { outcome: meeting.outcome })}</p> : null}
        </>
      )}
    </section>
  );
}
