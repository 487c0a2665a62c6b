import { data } from "@remix-run/node";

/**
 * A 404 for the error page: a catalog key of an always-loaded namespace ("common:access.notFound.task") with its
 * values, or text a route has already put into its reader's words. Without one, the page says what any 404 says.
 */
export function notFound(message?: string, values?: Record<string, string>): never {
  throw data(message ? { message, ...(values ? { values } : {}) } : {}, { status: 404 });
}

/** A 403 with the reason, as notFound's message. */
export function forbidden(message: string, values?: Record<string, string>): never {
  throw data({ message, ...(values ? { values } : {}) }, { status: 403 });
}
