import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/lib/http.server";

export function loader(): never {
  notFound();
}

export function action(): never {
  notFound();
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
