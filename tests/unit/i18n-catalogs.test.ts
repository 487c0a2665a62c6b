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
    for (const namespace of namespaces) {
      const english = flatten(readCatalog("en", namespace));
      for (const language of languages) {
        const other = flatten(readCatalog(language, namespace));
        expect([...other.keys()].sort(), `${language}/${namespace}`).toEqual([...english.keys()].sort());
        for (const [key, text] of other) {
          expect(text.trim(), `${language}/${namespace}:${key} is empty`).not.toBe("");
          const source = english.get(key) ?? "";
          expect(placeholders(text), `${language}/${namespace}:${key}`).toEqual(placeholders(source));
          expect(tags(text), `${language}/${namespace}:${key}`).toEqual(tags(source));
        }
      }
    }
  });

  it("have no key the code never uses (each appears literally in app/, emails/ or scripts/, with or without its namespace)", () => {
    const code = ["app", "emails", "scripts"]
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused: string[] = [];
    for (const namespace of namespaces) {
      for (const key of flatten(readCatalog("en", namespace)).keys()) {
        const base = key.replace(pluralSuffix, "");
        const quoted = [`"${base}"`, `"${namespace}:${base}"`, `\`${base}\``, `'${base}'`];
        if (!quoted.some((literal) => code.includes(literal))) unused.push(`${namespace}:${key}`);
      }
    }
    expect(unused, `unused keys (remove them, or use them) in ${relative(root, join(root, "app", "locales"))}`).toEqual(
      [],
    );
  });
});
