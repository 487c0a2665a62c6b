import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./lib/nonce";
import { queryTiming } from "./lib/request-context.server";

export { env } from "./lib/env.server";
export { startup, startBackgroundWork, stopBackgroundWork, shutdown } from "~/services/lifecycle.server";
export { withRequestContext } from "./lib/request-context.server";

const renderTimeoutMs = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  setQueryTiming(responseHeaders);
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // Every page waits for all its data before sending: there is no deferred data, and crawlers and
    // screen readers get the whole document at once.
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={renderTimeoutMs} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, renderTimeoutMs + 1000);
  });
}

// Loaders have all run by now: the count covers the whole request.
function setQueryTiming(headers: Headers) {
  const timing = queryTiming();
  if (timing) headers.set("Server-Timing", timing);
}

export function handleDataRequest(response: Response) {
  setQueryTiming(response.headers);
  return response;
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}
