import { data } from "@remix-run/node";

export function notFound(message = "We could not find that page."): never {
  throw data({ message }, { status: 404 });
}

export function forbidden(message: string): never {
  throw data({ message }, { status: 403 });
}
