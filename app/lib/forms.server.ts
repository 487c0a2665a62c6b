import { data } from "@remix-run/node";
import { z } from "zod";

import { FieldConflictError } from "./field-conflict";
import type { FormFailure } from "./form-failure";

type FieldErrors = FormFailure["errors"];

/** Reads a urlencoded or multipart body into plain strings; files and repeated fields are not expected here. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    values[key] = typeof value === "string" ? value : "";
  }
  return values;
}

type Parsed<S extends z.ZodType> =
  { ok: true; data: z.output<S>; values: Record<string, string> } | { ok: false; failure: FormFailure };

type FormSchema = z.ZodType;

/** The fields a schema expects, when it is an object (or an object piped through a transform). */
function expectedKeys(schema: z.ZodType): string[] | null {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe && schema.in instanceof z.ZodObject) return Object.keys(schema.in.shape);
  return null;
}

/**
 * Parses the form against a schema. Missing fields read as empty, so they get the schema's friendly message.
 * Fields named in `lists` (checkbox groups) arrive as arrays, and come back to the form comma-joined.
 */
export function parseForm<S extends FormSchema>(
  formData: FormData,
  schema: S,
  lists: readonly string[] = [],
): Parsed<S> {
  const values = formValues(formData);
  const input: Record<string, string | string[]> = { ...values };
  for (const key of expectedKeys(schema) ?? []) input[key] = values[key] ?? "";
  for (const key of lists) {
    const all = formData.getAll(key).filter((item): item is string => typeof item === "string");
    input[key] = all;
    values[key] = all.join(",");
  }
  // A check without a message of its own (a schema's messages are catalog keys) gets the general one.
  const result = schema.safeParse(input, { error: () => "common:form.invalid" });
  if (result.success) return { ok: true, data: result.data as z.output<S>, values };
  const errors: FieldErrors = {};
  const messageValues: NonNullable<FormFailure["messageValues"]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (field in errors) continue;
    errors[field] = issue.message;
    // A length or size check's limit, for messages such as "Keep it to {{maximum}} characters or fewer."
    const limit = {
      ...("minimum" in issue ? { minimum: Number(issue.minimum) } : {}),
      ...("maximum" in issue ? { maximum: Number(issue.maximum) } : {}),
    };
    if (Object.keys(limit).length > 0) messageValues[field] = limit;
  }
  const failure: FormFailure = { errors, values: withoutSecrets(values) };
  if (Object.keys(messageValues).length > 0) failure.messageValues = messageValues;
  return { ok: false, failure };
}

function withoutSecrets(values: Record<string, string>): Record<string, string> {
  const { password: _password, ...rest } = values;
  return rest;
}

/** A 400 response that carries the messages and the user's entries back to the form. */
export function invalid(failure: FormFailure) {
  return data(failure, { status: 400 });
}

/** Runs a write; a clash with a stored record comes back as a 400 on the field it concerns, with the entries kept. */
export async function explainConflicts(values: Record<string, string>, write: () => Response | Promise<Response>) {
  try {
    return await write();
  } catch (error) {
    if (error instanceof FieldConflictError) return fieldError(values, error.field, error.message, error.values);
    throw error;
  }
}

export function fieldError(
  values: Record<string, string>,
  field: string,
  message: string,
  messageValues?: Record<string, string | number>,
) {
  const failure: FormFailure = { errors: { [field]: message }, values: withoutSecrets(values) };
  if (messageValues) failure.messageValues = { [field]: messageValues };
  return invalid(failure);
}

/**
 * The request's form. Anything that is not a readable urlencoded or multipart form (JSON, plain text, a
 * broken multipart body) is answered with 400 rather than failing inside the action.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    // A catalog key: the error page shows it in the reader's language.
    throw data({ message: "common:forms.unreadable" }, { status: 400 });
  }
}
