import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError, FormErrorSummary } from "~/components/form-fields";
import { OrganizationFields } from "~/components/organization-fields";
import { FormSection } from "~/components/record-page";
import { meetingReminderChoices } from "~/lib/email-kinds";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { organizationSettingsSchema } from "~/lib/schemas.server";
import { fewestSharing, smallestShown } from "~/lib/small-counts";
import { setMeetingReminders, setShareDeclarations, updateOrganization } from "~/models/organization.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { InvitationLanguage } from "./__invitation-language";
import { saveInvitationLanguage } from "./__invitation-language-form.server";
import { reminderSchema } from "./__settings-form.server";

export const handle = { i18n: ["emails"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "organization.edit");
  const coalition = organization.kind === "coalition";
  const { t } = await requestTranslator(request, "coalition");
  return {
    title: t("settings.metaTitle"),
    meetingReminderMinutes: coalition ? organization.meetingReminderMinutes : null,
    shareDeclarations: coalition ? organization.shareDeclarations : null,
    verifiedAgency: organization.kind === "state_agency" && Boolean(organization.verifiedAt),
    defaultLanguage: organization.defaultLanguage,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "organization.edit");
  const form = await readForm(request);
  if (form.get("intent") === "sharing" && organization.kind === "coalition") {
    const share = form.get("shareDeclarations") === "on";
    setShareDeclarations(organization.id, share);
    return { saved: share ? savedKeys.sharingOn : savedKeys.sharingOff };
  }
  if (form.get("intent") === "language") return saveInvitationLanguage(request, organization.id, form);
  if (form.get("intent") === "reminders") {
    const reminders = parseForm(form, reminderSchema, ["meetingReminderMinutes"]);
    if (!reminders.ok) return invalid(reminders.failure);
    setMeetingReminders(organization.id, reminders.data.meetingReminderMinutes.map(Number));
    return { saved: savedKeys.reminders };
  }
  const parsed = parseForm(form, organizationSettingsSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    const updated = updateOrganization(organization.id, parsed.data);
    return redirectWithConfirmation(href("/o/:slug", { slug: updated.slug }), "saved");
  });
}

const savedKeys = {
  sharingOn: "coalition:settings.sharing.savedOn",
  sharingOff: "coalition:settings.sharing.savedOff",
  reminders: "coalition:settings.reminders.saved",
} as const;

export default function OrganizationSettings() {
  const { organization } = useOrganization();
  const { meetingReminderMinutes, shareDeclarations, verifiedAgency, defaultLanguage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const { t } = useTranslation("coalition");
  const reminderFailure = failure.values.intent === "reminders" ? failure : { errors: {}, values: {} };
  const settingsFailure = ["reminders", "language"].includes(failure.values.intent ?? "")
    ? { errors: {}, values: {} }
    : failure;
  return (
    <>
      {result && "saved" in result ? (
        <p className="notice notice--success narrow" role="status">
          {t(result.saved)}
        </p>
      ) : null}
      <FormSection
        id="settings-title"
        title={t("settings.title")}
        failure={settingsFailure}
        submitLabel={t("settings.save")}
        busyLabel={t("settings.saving")}
      >
        {verifiedAgency ? <p className="notice">{t("settings.verifiedAgency")}</p> : null}
        <OrganizationFields failure={settingsFailure} defaults={organization} />
        <p className="muted">{t("settings.addressWarning")}</p>
      </FormSection>
      <InvitationLanguage current={defaultLanguage} failure={failure} />
      {meetingReminderMinutes ? (
        <section className="narrow" aria-labelledby="reminders-title">
          <h2 id="reminders-title">{t("settings.reminders.title")}</h2>
          <Form method="post" noValidate className="stack">
            <FormErrorSummary errors={reminderFailure.errors} />
            <input type="hidden" name="intent" value="reminders" />
            <fieldset className={reminderFailure.errors.meetingReminderMinutes ? "field field--invalid" : "field"}>
              <legend>{t("settings.reminders.legend")}</legend>
              <p className="field__hint">
                {t("settings.reminders.hint", { zone: organization.timeZone.replace(/_/g, " ") })}
              </p>
              <FieldError id="meetingReminderMinutes" error={reminderFailure.errors.meetingReminderMinutes} />
              {meetingReminderChoices.map((choice) => (
                <label key={choice.minutes} className="choice">
                  <input
                    type="checkbox"
                    name="meetingReminderMinutes"
                    value={choice.minutes}
                    defaultChecked={meetingReminderMinutes.includes(choice.minutes)}
                  />
                  <span>{choice.label}</span>
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button">
              {t("settings.reminders.save")}
            </button>
          </Form>
        </section>
      ) : null}
      {shareDeclarations !== null ? (
        <section className="narrow" aria-labelledby="sharing-title">
          <h2 id="sharing-title">{t("settings.sharing.title")}</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="sharing" />
            <p>{t("settings.sharing.intro")}</p>
            <ul>
              <li>{t("settings.sharing.counts", { smallest: smallestShown, fewest: fewestSharing })}</li>
              <li>{t("settings.sharing.guidance")}</li>
              <li>{t("settings.sharing.reads")}</li>
              <li>{t("settings.sharing.never")}</li>
              <li>{t("settings.sharing.stop")}</li>
            </ul>
            <label className="choice">
              <input type="checkbox" name="shareDeclarations" defaultChecked={shareDeclarations} />
              <span>{t("settings.sharing.choice")}</span>
            </label>
            <button type="submit" className="button">
              {t("settings.sharing.save")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
