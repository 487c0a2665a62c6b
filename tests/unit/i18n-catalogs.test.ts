import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";

import { languages } from "~/lib/i18n";
import { catalogNamespaces, readCatalog, type Catalog } from "~/lib/i18n-catalogs.server";
import { projectRoot } from "~/lib/project-root.server";

const root = projectRoot();

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "locales" ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjml|txt)$/.test(entry.name) ? [path] : [];
  });
}

describe("message catalogs", () => {
  const namespaces = catalogNamespaces();

  it("exist for every language with the same namespaces", () => {
    expect(namespaces).toContain("common");
    for (const language of languages) {
      const files = readdirSync(join(root, "app", "locales", language)).filter((file) => file.endsWith(".json"));
      expect(files.map((file) => file.replace(/\.json$/, "")).sort(), language).toEqual(namespaces);
    }
  });

  it("hold every key in every language, none empty, with the same placeholders and markup", () => {
    // Thousands of messages: what is wrong with them is gathered, then checked once, so a failure lists them all.
    const wrong: string[] = [];
    const same = (a: unknown[], b: unknown[]) => a.join("\n") === b.join("\n");
    for (const namespace of namespaces) {
      const english = flatten(readCatalog("en", namespace));
      for (const language of languages) {
        const other = flatten(readCatalog(language, namespace));
        expect([...other.keys()].sort(), `${language}/${namespace}`).toEqual([...english.keys()].sort());
        for (const [key, text] of other) {
          const source = english.get(key) ?? "";
          const at = `${language}/${namespace}:${key}`;
          if (text.trim() === "") wrong.push(`${at} is empty`);
          for (const [what, of] of [
            ["placeholders", placeholders],
            ["markup", tags],
          ] as const) {
            if (!same(of(text), of(source))) wrong.push(`${at}: ${what} [${of(text)}], in English [${of(source)}]`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("have no key the code never uses (each appears literally in app/, emails/ or scripts/, with or without its namespace)", () => {
    const code = ["app", "emails", "scripts"]
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    // `"text"` stands in the code exactly when "text" (with no " in it) lies between two " next to each other: so
    // the pieces between each kind of quote, gathered once, answer for every key without searching the code again.
    const between = new Map(["'", '"', "`"].map((quote) => [quote, new Set(code.split(quote))]));
    const quotedInCode = (text: string, quote: string) =>
      text.includes(quote) ? code.includes(`${quote}${text}${quote}`) : between.get(quote)!.has(text);
    const unused: string[] = [];
    for (const namespace of namespaces) {
      for (const key of flatten(readCatalog("en", namespace)).keys()) {
        const base = key.replace(pluralSuffix, "");
        const quoted: Array<[string, string]> = [
          [base, '"'],
          [`${namespace}:${base}`, '"'],
          [base, "`"],
          [base, "'"],
        ];
        if (!quoted.some(([text, quote]) => quotedInCode(text, quote))) unused.push(`${namespace}:${key}`);
      }
    }
    expect(unused, `unused keys (remove them, or use them) in ${relative(root, join(root, "app", "locales"))}`).toEqual(
      [],
    );
  });
});
