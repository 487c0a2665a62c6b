import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { TextAreaField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { systemTypes } from "~/lib/typology";
import { typologyKeys } from "~/lib/typology/keys";
import { agencyPlaybookNotes, saveAgencyPlaybookNotes } from "~/models/guidance.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

import { notesSchema } from "./__playbook-notes-form.server";
import { noteLimit } from "./__playbook-notes-limits";

export const handle = { i18n: ["playbook-page"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Fulcrum"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.write");
  const { t } = await requestTranslator(request, "playbook-page");
  return {
    title: t("notes.metaTitle"),
    notes: agencyPlaybookNotes(organization.id),
    verified: Boolean(organization.verifiedAt),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.write");
  const parsed = parseForm(await readForm(request), notesSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const notes: Record<string, string | undefined> = parsed.data;
  saveAgencyPlaybookNotes(
    organization.id,
    Object.fromEntries(systemTypes.map((type) => [type, notes[`note_${type}`] ?? ""])),
  );
  return { saved: true };
}

export default function PlaybookNotes() {
  const { notes, verified } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const { t } = useTranslation("playbook-page");
  return (
    <FormSection
      id="notes-title"
      title={t("notes.title")}
      failure={failure}
      submitLabel={t("notes.save")}
      busyLabel={t("notes.saving")}
    >
      {result && "saved" in result ? (
        <p className="notice notice--success" role="status">
          {verified ? t("notes.savedVerified") : t("notes.savedUnverified")}
        </p>
      ) : null}
      {verified ? null : <p className="notice">{t("notes.unverified")}</p>}
      <p>{t("notes.intro")}</p>
      {systemTypes.map((type) => (
        <TextAreaField
          key={type}
          name={`note_${type}`}
          label={t("notes.field", { type: t(typologyKeys.systemType[type].name) })}
          rows={6}
          maxLength={noteLimit}
          defaultValue={failure.values[`note_${type}`] ?? notes[type] ?? ""}
          error={failure.errors[`note_${type}`]}
        />
      ))}
    </FormSection>
  );
}
