// The server's own short answers outside Remix (a forged form, a body too big, an asset that does not exist), in
// the reader's language: the `server` messages of app/locales/<language>/common.json, read once at startup. The
// language is the switcher's cookie, else the browser's Accept-Language, else English; no session is read here.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const languages = ["en", "es"];
const fallback = "en";

/** `{ en: { crossSite: "…", … }, es: { … } }` from the catalogs. A catalog without them stops the server. */
export function readServerMessages(root) {
  return Object.fromEntries(
    languages.map((language) => {
      const catalog = JSON.parse(readFileSync(join(root, "app", "locales", language, "common.json"), "utf8"));
      if (typeof catalog.server !== "object") throw new Error(`app/locales/${language}/common.json has no "server"`);
      return [language, catalog.server];
    }),
  );
}

// Remix's cookie holds the value as base64 of its JSON ("es" is "ImVzIg=="), percent-encoded.
function cookieLanguage(header) {
  const raw = /(?:^|;\s*)fulcrum_lang=([^;]*)/.exec(header ?? "")?.[1];
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(decodeURIComponent(raw), "base64").toString("utf8"));
    return languages.includes(value) ? value : null;
  } catch {
    return null;
  }
}

function acceptedLanguage(header) {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean);
      return { base: tag.toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ base, q }) => languages.includes(base) && q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.base ?? null;
}

/** The request's language for the server's own words. */
export function requestLanguage(req) {
  return cookieLanguage(req.get("cookie")) ?? acceptedLanguage(req.get("accept-language")) ?? fallback;
}

/** Answers with one of the server's messages ("server.tooLarge") as plain text, in the request's language. */
export function sendServerMessage(messages, req, res, status, fullKey) {
  const language = requestLanguage(req);
  const key = fullKey.replace(/^server\./, "");
  res
    .status(status)
    .set("Content-Language", language)
    .type("text/plain")
    .send(messages[language][key] ?? messages[fallback][key]);
}
