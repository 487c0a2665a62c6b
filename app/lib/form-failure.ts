import { useActionData } from "@remix-run/react";

export type FormFailure = { errors: Record<string, string>; values: Record<string, string> };

const empty: FormFailure = { errors: {}, values: {} };

export function isFormFailure(value: unknown): value is FormFailure {
  return typeof value === "object" && value !== null && "errors" in value && "values" in value;
}

/** The messages and entries an action sent back with a 400, or nothing when the form has not failed. */
export function useFormFailure(): FormFailure {
  const actionData: unknown = useActionData();
  return isFormFailure(actionData) ? actionData : empty;
}
