import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type FieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  id?: string;
};

function describedBy(id: string, hint: ReactNode | undefined, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** What every control needs to be tied to its label, hint and error. */
function controlProps(id: string, name: string, hint: ReactNode | undefined, error: string | undefined) {
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  } as const;
}

/** A field's error message, tied to its input by id (`${id}-error`) for aria-describedby. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field__error" id={`${id}-error`}>
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

function FieldFrame({ id, label, hint, error, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

export function TextField({
  name,
  label,
  error,
  hint,
  id = name,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  return (
    <FieldFrame id={id} name={name} label={label} error={error} hint={hint}>
      <input {...controlProps(id, name, hint, error)} {...input} />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  id = name,
  children,
  ...select
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  return (
    <FieldFrame id={id} name={name} label={label} error={error} hint={hint}>
      <select {...controlProps(id, name, hint, error)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** A summary at the top of a form that failed, so screen-reader and keyboard users learn what to fix. */
export function FormErrorSummary({ errors }: { errors?: Record<string, string> }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  const general = errors.form;
  const fieldCount = Object.keys(errors).filter((key) => key !== "form").length;
  return (
    <div className="error-summary" role="alert">
      {general ? <p>{general}</p> : null}
      {fieldCount > 0 ? (
        <p>Please fix {fieldCount === 1 ? "the field" : `the ${fieldCount} fields`} marked below.</p>
      ) : null}
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  error,
  hint,
  id = name,
  ...textarea
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  return (
    <FieldFrame id={id} name={name} label={label} error={error} hint={hint}>
      <textarea {...controlProps(id, name, hint, error)} rows={4} {...textarea} />
    </FieldFrame>
  );
}

type RadioOption = { value: string; label: ReactNode; description?: ReactNode };

/** A group of radio buttons in a fieldset, with its error inside the group so it is read with the legend. */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  defaultValue,
  error,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly RadioOption[];
  defaultValue?: string;
  error?: string;
}) {
  const id = name.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <fieldset className={error ? "field field--invalid" : "field"} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} />
          <span>
            {option.label}
            {option.description ? <span className="choice__description">{option.description}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A compact select for a list's filter form (GET), with "All" first. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">All</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </>
  );
}
