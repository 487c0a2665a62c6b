import { Transform } from "node:stream";

import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";

import { KeptHtmlProvider } from "~/components/page-html";
import { isLanguage } from "~/lib/i18n";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { requestLanguage, routeNamespaces } from "~/services/i18n.server";

import { NonceProvider } from "./lib/nonce";
import { queryTiming } from "./lib/request-context.server";

export { env } from "./lib/env.server";
export { startup, startBackgroundWork, stopBackgroundWork, shutdown } from "~/services/lifecycle.server";
export { withRequestContext } from "./lib/request-context.server";

const renderTimeoutMs = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  setQueryTiming(responseHeaders);
  const i18n = createTranslator(await pageLanguage(request, remixContext), routeNamespaces(remixContext));
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // Every page waits for all its data before sending: there is no deferred data, and crawlers and
    // screen readers get the whole document at once.
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <NonceProvider value={nonce}>
          <KeptHtmlProvider value={loadContext.keptHtml ?? null}>
            <RemixServer context={remixContext} url={request.url} abortDelay={renderTimeoutMs} nonce={nonce} />
          </KeptHtmlProvider>
        </NonceProvider>
      </I18nextProvider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          const body = withoutPaddingZeros();
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

/** The language the root loader chose (it ran already), or the request's own when the root loader failed. */
async function pageLanguage(request: Request, remixContext: EntryContext) {
  const rootData: unknown = remixContext.staticHandlerContext.loaderData.root;
  const chosen = typeof rootData === "object" && rootData !== null && "language" in rootData && rootData.language;
  return isLanguage(chosen) ? chosen : requestLanguage(request);
}

/**
 * React 18's streaming renderer fills 2 KB buffers with encodeInto; when a multi-byte character (·, —, ●, é…) does
 * not fit in the last bytes, it still sends the whole buffer, ending in up to three zero bytes, and the character
 * starts the next chunk (facebook/react#24985; fixed in React 19). Those zeros reach the page as NUL characters
 * in the middle of the text. Our text never holds a NUL (forms refuse control characters), so they are dropped.
 */
function withoutPaddingZeros() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      let end = chunk.length;
      while (end > 0 && chunk.length - end < 3 && chunk[end - 1] === 0) end -= 1;
      callback(null, chunk.subarray(0, end));
    },
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
