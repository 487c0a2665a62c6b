import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

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
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { InvitationLanguage } from "./__invitation-language";
import { saveInvitationLanguage } from "./__invitation-language-form.server";
import { reminderSchema } from "./__settings-form.server";

export const handle = { i18n: ["emails"] };

export const meta: MetaFunction = () => [{ title: "Settings · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "organization.edit");
  const coalition = organization.kind === "coalition";
  return {
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
    const saved = share
      ? "Your state agency will count your coalition at the end of this month. " +
        "Guidance for your district's type now reaches you."
      : "Your state agency will not count your coalition from the end of this month on.";
    return { saved };
  }
  if (form.get("intent") === "language") return saveInvitationLanguage(request, organization.id, form);
  if (form.get("intent") === "reminders") {
    const reminders = parseForm(form, reminderSchema, ["meetingReminderMinutes"]);
    if (!reminders.ok) return invalid(reminders.failure);
    setMeetingReminders(organization.id, reminders.data.meetingReminderMinutes.map(Number));
    return { saved: "Meeting reminders saved. Meetings already reminded are not reminded again." };
  }
  const parsed = parseForm(form, organizationSettingsSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    const updated = updateOrganization(organization.id, parsed.data);
    return redirectWithConfirmation(href("/o/:slug", { slug: updated.slug }), "saved");
  });
}

export default function OrganizationSettings() {
  const { organization } = useOrganization();
  const { meetingReminderMinutes, shareDeclarations, verifiedAgency, defaultLanguage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const reminderFailure = failure.values.intent === "reminders" ? failure : { errors: {}, values: {} };
  const settingsFailure = ["reminders", "language"].includes(failure.values.intent ?? "")
    ? { errors: {}, values: {} }
    : failure;
  return (
    <>
      {result && "saved" in result ? (
        <p className="notice notice--success narrow" role="status">
          {result.saved}
        </p>
      ) : null}
      <FormSection
        id="settings-title"
        title="Settings"
        failure={settingsFailure}
        submitLabel="Save changes"
        busyLabel="Saving…"
      >
        {verifiedAgency ? (
          <p className="notice">
            Your agency is verified, so coalitions trust its name and state. Only the operators of this server can
            change them; ask them if they need to change.
          </p>
        ) : null}
        <OrganizationFields failure={settingsFailure} defaults={organization} />
        <p className="muted">Changing the web address breaks links people saved to the old one.</p>
      </FormSection>
      <InvitationLanguage current={defaultLanguage} failure={failure} />
      {meetingReminderMinutes ? (
        <section className="narrow" aria-labelledby="reminders-title">
          <h2 id="reminders-title">Meeting reminders</h2>
          <Form method="post" noValidate className="stack">
            <FormErrorSummary errors={reminderFailure.errors} />
            <input type="hidden" name="intent" value="reminders" />
            <fieldset className={reminderFailure.errors.meetingReminderMinutes ? "field field--invalid" : "field"}>
              <legend>Remind the people attending a meeting</legend>
              <p className="field__hint">
                Times follow {organization.timeZone.replace(/_/g, " ")}: “1 day before” a 6 pm meeting is 6 pm the day
                before, even when the clocks change. Each person can still turn meeting reminders off for themselves.
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
              Save meeting reminders
            </button>
          </Form>
        </section>
      ) : null}
      {shareDeclarations !== null ? (
        <section className="narrow" aria-labelledby="sharing-title">
          <h2 id="sharing-title">Sharing with your state agency</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="sharing" />
            <p>
              State education agencies study how districts organize instruction. If you share, your coalition is counted
              in your state agency's overview:
            </p>
            <ul>
              <li>
                It sees how many sharing coalitions have a district declared each system type, recorded once at the end
                of each month. Any number below {smallestShown} is hidden, and nothing at all is shown until{" "}
                {fewestSharing} coalitions in your state share.
              </li>
              <li>Guidance the agency writes for one system type reaches you only if you share.</li>
              <li>It sees how many sharing coalitions read its guidance, counted the same way.</li>
              <li>
                It never sees your coalition's name next to a type or a read, nor your targets, campaigns, meetings,
                asks, tasks, members or notes.
              </li>
              <li>
                If you stop sharing, you are left out from the next month on; months already recorded stay as they were.
                If you don't share, you still get the guidance meant for every coalition in your state.
              </li>
            </ul>
            <label className="choice">
              <input type="checkbox" name="shareDeclarations" defaultChecked={shareDeclarations} />
              <span>Share our districts' declared system types with our state agency</span>
            </label>
            <button type="submit" className="button">
              Save sharing choice
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
