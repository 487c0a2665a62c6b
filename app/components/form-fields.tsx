import { useActionData } from "@remix-run/react";
import type { TFunction } from "i18next";
import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useTranslation } from "react-i18next";

import type { Locale } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";
import { useLocale } from "~/lib/use-language";

type FieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  id?: string;
};

function describedBy(id: string, hint: ReactNode | undefined, error: string | undefined, counted = false) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, counted ? `${id}-count` : null];
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : undefined;
}

/** What every control needs to be tied to its label, hint, error and (for limited text) its counter. */
function controlProps(
  id: string,
  name: string,
  hint: ReactNode | undefined,
  error: string | undefined,
  counted = false,
) {
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error, counted),
  } as const;
}

/**
 * The length the server checks: it trims, and counts a line break as one character (browsers send two).
 * Kept in step with multiLineField and singleLineField in lib/schemas.ts.
 */
export function countedLength(text: string): number {
  return text.replace(/\r\n?/g, "\n").trim().length;
}

type Translate = TFunction<"common">;

/** The limit said in words, in the hint, so it is known without JavaScript too. */
export function limitSentence(t: Translate, locale: Locale, limit: number) {
  return t("forms.limit", { count: limit, limit: formatCount(limit, locale) });
}

export function counterText(t: Translate, locale: Locale, count: number, limit: number) {
  const counter = t("forms.counter", {
    count: limit,
    typed: formatCount(count, locale),
    limit: formatCount(limit, locale),
  });
  if (count <= limit) return counter;
  return t("forms.tooMany", { count: count - limit, over: formatCount(count - limit, locale), counter });
}

/** True after the first render in the browser: parts that need JavaScript wait for it. */
const noSubscription = () => () => {};

function useHydrated() {
  // The server snapshot is used for the server render and for hydration; the browser's from then on.
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A live count of a limited field ("120 of 500 characters"). It replaces the browser's maxlength, which cuts
 * pasted text without a word: here the text stays whole, the count says how far over it is, and the server
 * refuses it with a message. Hidden until JavaScript runs (the hint names the limit meanwhile); it is present,
 * and already holds the first count, from the start, so screen readers announce changes but not the page load.
 */
function LengthCounter({ id, limit, count }: { id: string; limit: number; count: number }) {
  const hydrated = useHydrated();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p
      id={`${id}-count`}
      className={count > limit ? "field__count field__count--over" : "field__count"}
      aria-live="polite"
      hidden={!hydrated}
    >
      {counterText(t, locale, count, limit)}
    </p>
  );
}

/**
 * How a field shows its length limit. Free text counts; for emails, links, codes and passwords the limit is only a
 * sanity bound nobody types up to, so the server's message is enough. Either way, no maxlength reaches the browser.
 */
function useLimit<E extends HTMLInputElement | HTMLTextAreaElement>(
  limit: number | undefined,
  counted: boolean,
  defaultValue: unknown,
  hint: ReactNode | undefined,
  onChange: ((event: ChangeEvent<E>) => void) | undefined,
) {
  const initial = typeof defaultValue === "string" || typeof defaultValue === "number" ? String(defaultValue) : "";
  const [count, setCount] = useState(() => countedLength(initial));
  const { t } = useTranslation();
  const locale = useLocale();
  if (limit === undefined || !counted) return { hint, counter: null, onChange, counted: false };
  const shownHint = hint ? (
    <>
      {hint} {limitSentence(t, locale, limit)}
    </>
  ) : (
    limitSentence(t, locale, limit)
  );
  return {
    hint: shownHint,
    counted: true,
    onChange: (event: ChangeEvent<E>) => {
      setCount(countedLength(event.target.value));
      onChange?.(event);
    },
    counter: { limit, count },
  };
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

function FieldFrame({
  id,
  label,
  hint,
  error,
  counter,
  children,
}: FieldProps & { id: string; counter?: { limit: number; count: number } | null; children: ReactNode }) {
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
      {counter ? <LengthCounter id={id} limit={counter.limit} count={counter.count} /> : null}
    </div>
  );
}

const uncountedTypes = new Set(["email", "url", "password", "tel", "search"]);

export function TextField({
  name,
  label,
  error,
  hint,
  id = name,
  maxLength,
  onChange,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const counts = !uncountedTypes.has(input.type ?? "text") && input.inputMode !== "numeric";
  const limit = useLimit(maxLength, counts, input.defaultValue, hint, onChange);
  return (
    <FieldFrame id={id} name={name} label={label} error={error} hint={limit.hint} counter={limit.counter}>
      <input {...controlProps(id, name, limit.hint, error, limit.counted)} {...input} onChange={limit.onChange} />
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

/**
 * GOV.UK's error summary, first in a form that failed: it takes focus (on load without JavaScript, and after each
 * failed submit with it), so keyboard and screen-reader users start at what to fix, and each problem links to its
 * field. A field's id is its name unless `fieldIds` says otherwise (pages with several forms prefix their ids).
 */
export function FormErrorSummary({
  errors,
  fieldIds,
}: {
  errors?: Record<string, string>;
  fieldIds?: Record<string, string>;
}) {
  const summary = useRef<HTMLDivElement>(null);
  const hasErrors = Boolean(errors && Object.keys(errors).length > 0);
  // Each answer from the action is a new object, even with the same messages: focus moves here after every
  // failed submit, and not on other renders.
  const submission = useActionData();
  const { t } = useTranslation();
  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [submission, hasErrors]);
  if (!errors || !hasErrors) return null;
  const general = errors.form;
  const fields = Object.entries(errors).filter(([key]) => key !== "form");
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={summary}
      // Without JavaScript the page loads with the summary focused, as GOV.UK's does.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
    >
      <h2 className="error-summary__title">{t("forms.errorSummary")}</h2>
      {general ? <p className="error-summary__message">{general}</p> : null}
      {fields.length > 0 ? (
        <ul>
          {fields.map(([name, message]) => {
            const id = fieldIds?.[name] ?? name;
            return (
              <li key={name}>
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {message}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** Browsers scroll to a fragment without focusing it: put the cursor in the field, its label in view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus({ preventScroll: true });
  (field.closest(".field") ?? field).scrollIntoView({ block: "start" });
}

export function TextAreaField({
  name,
  label,
  error,
  hint,
  id = name,
  maxLength,
  onChange,
  ...textarea
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const limit = useLimit(maxLength, true, textarea.defaultValue, hint, onChange);
  return (
    <FieldFrame id={id} name={name} label={label} error={error} hint={limit.hint} counter={limit.counter}>
      <textarea
        {...controlProps(id, name, limit.hint, error, limit.counted)}
        rows={4}
        {...textarea}
        onChange={limit.onChange}
      />
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
      {options.map((option, index) => (
        <label key={option.value} className="choice">
          <input
            // The error summary links to a group by its name: the first choice takes it.
            id={index === 0 ? name : undefined}
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={defaultValue === option.value}
          />
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
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{t("forms.filterAll")}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </>
  );
}
