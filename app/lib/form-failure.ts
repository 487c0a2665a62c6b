import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { Locale } from "./format-dates";
import { formatCount } from "./format-numbers";
import { isMessageKey } from "./message-key";
import { useLocale } from "./use-language";

/**
 * What an action sends back with a 400: a message per field and the person's entries. A message is a catalog key
 * ("districts:name.required"), translated where the form is shown, in the reader's language; `messageValues` holds
 * what it interpolates (a limit, a count). Older text that is not a key is shown as it is.
 */
export type FormFailure = {
  errors: Record<string, string>;
  values: Record<string, string>;
  messageValues?: Record<string, Record<string, string | number>>;
};

const empty: FormFailure = { errors: {}, values: {} };

export { isMessageKey };

export function isFormFailure(value: unknown): value is FormFailure {
  return typeof value === "object" && value !== null && "errors" in value && "values" in value;
}

type MessageValues = Record<string, string | number>;

/**
 * A limit written as the reader writes numbers ("20,000 characters"). `count` stays a number: i18next chooses the
 * plural form by it.
 */
const inLocale = (values: MessageValues | undefined, locale: Locale): MessageValues | undefined =>
  values &&
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "number" && name !== "count" ? formatCount(value, locale) : value,
    ]),
  );

/** The messages (in the reader's language) and entries an action sent back with a 400, or nothing. */
export function useFormFailure(): FormFailure {
  const actionData: unknown = useActionData();
  const { t } = useTranslation();
  const locale = useLocale();
  if (!isFormFailure(actionData)) return empty;
  const errors = Object.fromEntries(
    Object.entries(actionData.errors).map(([field, message]) => [
      field,
      isMessageKey(message) ? t(message, inLocale(actionData.messageValues?.[field], locale)) : message,
    ]),
  );
  return { ...actionData, errors };
}
