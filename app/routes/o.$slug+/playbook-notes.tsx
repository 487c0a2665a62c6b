import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { TextAreaField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { systemTypes } from "~/lib/typology";
import { systemTypeLabels } from "~/lib/typology/vocabulary";
import { agencyPlaybookNotes, saveAgencyPlaybookNotes } from "~/models/guidance.server";
import { requireMembership } from "~/services/permissions.server";

import { notesSchema } from "./__playbook-notes-form.server";
import { noteLimit } from "./__playbook-notes-limits";

export const meta: MetaFunction = () => [{ title: "Playbook notes · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.write");
  return { notes: agencyPlaybookNotes(organization.id), verified: Boolean(organization.verifiedAt) };
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
  return (
    <FormSection
      id="notes-title"
      title="Your notes in coalitions' playbooks"
      failure={failure}
      submitLabel="Save notes"
      busyLabel="Saving…"
    >
      {result && "saved" in result ? (
        <p className="notice notice--success" role="status">
          {verified
            ? "Saved. Playbooks of coalitions in your state now end with these notes, marked as your agency's."
            : "Saved. They reach coalitions' playbooks once your agency is verified."}
        </p>
      ) : null}
      {verified ? null : (
        <p className="notice">
          Your agency is not verified yet: these notes are kept, and reach coalitions' playbooks once it is.
        </p>
      )}
      <p>
        For each system type, add what a coalition in your state should know: state contacts, state requirements, local
        resources. The note is added to the playbook of every coalition in your state whose district is declared that
        type. Leave a box empty to add nothing. Markdown works (lists, links).
      </p>
      {systemTypes.map((type) => (
        <TextAreaField
          key={type}
          name={`note_${type}`}
          label={`${systemTypeLabels[type]} systems`}
          rows={6}
          maxLength={noteLimit}
          defaultValue={failure.values[`note_${type}`] ?? notes[type] ?? ""}
          error={failure.errors[`note_${type}`]}
        />
      ))}
    </FormSection>
  );
}
