// Its own module, so that its test loads neither express nor Remix.

/**
 * The page's Content-Security-Policy. Scripts may connect only to this origin; in development, also to the
 * reload socket of `remix dev` (`liveReloadSocket`, e.g. ws://localhost:3001), which production never names.
 */
export function contentSecurityPolicy(nonce, liveReloadSocket) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    liveReloadSocket ? `connect-src 'self' ${liveReloadSocket}` : "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
