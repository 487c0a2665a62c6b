import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { askTransitions, openAskStatuses } from "~/lib/domain";
import { useFormFailure } from "~/lib/form-failure";
import { formatDay, formatMoment } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { typologyKeys } from "~/lib/typology/keys";
import { useLocale } from "~/lib/use-language";
import { askHistory, changeAskStatus, InvalidTransitionError, StaleEditError } from "~/models/ask.server";
import { getMeeting } from "~/models/meeting.server";
import { requestLanguage, requestTranslator } from "~/services/i18n.server";
import { requireAsk } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { askStatusFormSchema } from "./__ask-form.server";
import { limitsAsk } from "./__ask-limits";

export const handle = { i18n: ["asks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, ask } = await requireAsk(request, params, "campaigns.view");
  const { t } = await requestTranslator(request, "asks");
  return {
    title: t("page.metaTitle"),
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
    madeIn: madeInMeeting(organization.slug, campaign.id, ask.meetingId),
    // A follow-up date belongs to an ask still waiting on its target; once settled, no reminder is sent either.
    followUpOn: openAskStatuses.includes(ask.status) ? ask.followUpOn : null,
    settled: !openAskStatuses.includes(ask.status),
    history: askHistory(ask.id),
  };
}

/** The meeting an ask was made in, by name and day, linked. */
function madeInMeeting(slug: string, campaignId: string, meetingId: string | null) {
  const meeting = meetingId ? getMeeting(campaignId, meetingId) : undefined;
  if (!meeting) return null;
  return {
    title: meeting.title,
    startsAt: meeting.startsAt,
    href: href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
      slug,
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
    if (error instanceof StaleEditError) {
      return data({ errors: { form: "asks:stale" }, values: parsed.values }, { status: 409 });
    }
    if (error instanceof InvalidTransitionError) {
      return data(
        { errors: { form: await transitionMessage(request, error) }, values: parsed.values },
        { status: 400 },
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

/** Why a status change is not allowed, with the statuses named in the reader's language. */
async function transitionMessage(request: Request, error: InvalidTransitionError) {
  const language = await requestLanguage(request);
  const t = createTranslator(language, ["asks", "labels"]).getFixedT(language, "asks");
  const status = (s: keyof typeof labelKeys.askStatus) => t(labelKeys.askStatus[s]).toLowerCase();
  const allowed = askTransitions[error.from].map(status);
  return allowed.length
    ? t("page.cannotMove", { from: status(error.from), allowed: allowed.join(", "), to: status(error.to) })
    : t("page.finishedStatus", { from: status(error.from) });
}

export default function AskPage() {
  const { organization, allowed } = useOrganization();
  const { ask, campaign, targetHref, next, history, madeIn, followUpOn, settled } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("asks");
  const locale = useLocale();
  const zone = organization.timeZone;
  // Lists read a day and time; each history line stands alone, with its year and zone.
  const shortMoment = (at: Date) => formatMoment(at, "short", zone, locale);
  const fullMoment = (at: Date) => formatMoment(at, "dateTime", zone, locale);
  const followUp = followUpOn ? formatDay(followUpOn, "date", locale) : t("page.notSet");
  return (
    <section aria-labelledby="ask-title">
      <p className="breadcrumb">
        <Link to={campaign.href}>{campaign.title}</Link>
      </p>
      <div className="page-heading">
        <h1 id="ask-title">{t("page.title", { target: ask.targetName })}</h1>
        {allowed.editAsks ? (
          <Link className="button button--secondary" to="edit">
            {t("page.edit")}
            <span className="visually-hidden"> {t("page.editWhat")}</span>
          </Link>
        ) : null}
      </div>
      <p className="lead">{ask.text}</p>
      <dl className="facts">
        <div>
          <dt>{t("page.status")}</dt>
          <dd>
            <span className={`status status--${ask.status}`}>{t(labelKeys.askStatus[ask.status])}</span>
          </dd>
        </div>
        <div>
          <dt>{t("page.target")}</dt>
          <dd>
            {targetHref ? (
              <Link to={targetHref}>{ask.targetName}</Link>
            ) : (
              t("page.unmapped", { target: ask.targetName })
            )}
          </dd>
        </div>
        <div>
          <dt>{t("page.domain")}</dt>
          <dd>{t(typologyKeys.domain[ask.domain].plain)}</dd>
        </div>
        <div>
          <dt>{t("page.venue")}</dt>
          <dd>{t(labelKeys.askVenue[ask.venue])}</dd>
        </div>
        <div>
          <dt>{t("page.madeIn")}</dt>
          <dd>
            {madeIn ? (
              <>
                <Link to={madeIn.href}>{madeIn.title}</Link>, {shortMoment(madeIn.startsAt)}
              </>
            ) : (
              t("page.notRecorded")
            )}
          </dd>
        </div>
        {settled ? null : (
          <div>
            <dt>{t("page.followUpOn")}</dt>
            <dd>{followUp}</dd>
          </div>
        )}
      </dl>

      {allowed.editAsks && next.length ? (
        <Form method="post" className="stack narrow" noValidate>
          <h2>{t("page.record")}</h2>
          <FormErrorSummary errors={failure.errors} />
          <input type="hidden" name="version" value={ask.version} />
          <SelectField
            name="to"
            label={t("page.newStatus")}
            defaultValue={failure.values.to ?? next[0]}
            error={failure.errors.to}
          >
            {next.map((status) => (
              <option key={status} value={status}>
                {t(labelKeys.askStatus[status])}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="note"
            label={t("page.note")}
            maxLength={limitsAsk.note}
            defaultValue={failure.values.note}
            error={failure.errors.note}
          />
          <TextField
            name="evidenceUrl"
            label={t("page.evidenceUrl")}
            hint={t("page.evidenceHint")}
            type="url"
            maxLength={limitsAsk.evidenceUrl}
            defaultValue={failure.values.evidenceUrl}
            error={failure.errors.evidenceUrl}
          />
          <p className="actions">
            <button type="submit" className="button">
              {t("page.save")}
            </button>
          </p>
        </Form>
      ) : next.length === 0 ? (
        <p className="muted">{t("page.finished")}</p>
      ) : null}

      <h2>{t("page.history")}</h2>
      <ol className="timeline">
        {history.map((event) => (
          <li key={event.id}>
            <span className="muted">{fullMoment(event.at)}</span> · {event.actorName}:{" "}
            {event.fromStatus
              ? `${t(labelKeys.askStatus[event.fromStatus])} → ${t(labelKeys.askStatus[event.toStatus])}`
              : t(labelKeys.askStatus.planned).toLowerCase()}
            {event.note ? <span className="prewrap">. {event.note}</span> : null}
            {event.evidenceUrl ? (
              <>
                {" "}
                (
                <a href={event.evidenceUrl} rel="noopener noreferrer nofollow">
                  {t("page.evidence")}
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
