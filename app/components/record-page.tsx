import { Form, Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import type { FormFailure } from "~/lib/form-failure";

import { FormErrorSummary } from "./form-fields";

type FormSectionProps = {
  id: string;
  title: string;
  failure: FormFailure;
  submitLabel: string;
  busyLabel: string;
  back?: { to: string; label: string };
  cancelTo?: string;
  // Another submit button beside the main one (like "Add and add another"), for forms that offer one.
  moreActions?: ReactNode;
  children: ReactNode;
};

/** A page that is one form: heading, error summary, fields, submit (and a way back), working with or without JS. */
export function FormSection({
  id,
  title,
  failure,
  submitLabel,
  busyLabel,
  back,
  cancelTo,
  moreActions,
  children,
}: FormSectionProps) {
  const busy = useNavigation().state === "submitting";
  const { t } = useTranslation();
  return (
    <section className="narrow" aria-labelledby={id}>
      {back ? (
        <p className="breadcrumb">
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
      <h1 id={id}>{title}</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        {children}
        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
          {moreActions}
          {cancelTo ? <Link to={cancelTo}>{t("forms.cancel")}</Link> : null}
        </p>
      </Form>
    </section>
  );
}

/** The heading of a record's page, with Edit and Delete for those allowed to use them. */
export function RecordHeading({
  id,
  title,
  editHref,
  deleteHref,
  editable,
}: {
  id: string;
  title: string;
  editHref: string;
  deleteHref: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="page-heading">
      <h1 id={id}>{title}</h1>
      {editable ? (
        <p className="actions">
          <Link className="button button--secondary" to={editHref}>
            {t("forms.edit")}
            <span className="visually-hidden"> {title}</span>
          </Link>
          <Link className="button button--danger-outline" to={deleteHref}>
            {t("forms.delete")}
            <span className="visually-hidden"> {title}</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/** The submit and the way out of a delete confirmation page. */
export function DeleteActions({ label, back }: { label: string; back: string }) {
  const { t } = useTranslation();
  return (
    <p className="actions">
      <button type="submit" className="button button--danger">
        {label}
      </button>
      <Link to={back}>{t("forms.cancelKeep")}</Link>
    </p>
  );
}
