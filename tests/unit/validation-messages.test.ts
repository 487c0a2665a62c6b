// Every message a form schema can give is a catalog key present in both languages: no refusal reaches a Spanish
// reader in English. Each schema module is imported and every zod schema it exports is fed a battery of bad input.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";
import { z } from "zod";

import { isMessageKey } from "~/lib/message-key";
import { projectRoot } from "~/lib/project-root.server";

import { isKnownKey } from "../support/messages";

const root = projectRoot();

// Modules whose messages are still English on purpose, each with its reason; one listed here that passes fails, so
// the list only shrinks.
const pendingModules = new Set<string>([]);

function schemaModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return schemaModules(path);
    return /^__.*\.server\.ts$/.test(entry.name) ? [path] : [];
  });
}

const modules = [join(root, "app/lib/schemas.server.ts"), ...schemaModules(join(root, "app/routes"))].map((path) =>
  relative(root, path),
);

const long = "x".repeat(100_001);
// Bad values for any field: missing, empty, blank, too long, control characters, not a choice, not a date or number.
const badValues: unknown[] = [
  undefined,
  "",
  "   ",
  long,
  "a\u0000b\nc\u202e",
  "not-a-choice",
  "2026-02-31",
  "-1",
  ["x"],
];

/** The fields of an object schema (also behind a transform or a refinement). */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape;
  if (schema instanceof z.ZodPipe && schema.in instanceof z.ZodType) return objectShape(schema.in);
  return null;
}

/** The objects a form can be (one per option of a discriminated union, its discriminator set), or none. */
function formShapes(schema: z.ZodType): Array<{ shape: Record<string, z.ZodType>; fixed: Record<string, unknown> }> {
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = schema._zod.def.discriminator;
    return schema.options.flatMap((option) =>
      (option instanceof z.ZodType ? formShapes(option) : []).map(({ shape, fixed }) => {
        const literal = shape[discriminator];
        const value = literal instanceof z.ZodLiteral ? literal.value : undefined;
        return { shape, fixed: { ...fixed, [discriminator]: value } };
      }),
    );
  }
  const shape = objectShape(schema);
  return shape ? [{ shape, fixed: {} }] : [];
}

/** What a schema says about the battery, with parseForm's own fallback for a check without a message. */
function messages(schema: z.ZodType): Set<string> {
  const seen = new Set<string>();
  const parse = (input: unknown) => {
    try {
      const result = schema.safeParse(input, { error: () => "common:form.invalid" });
      if (!result.success) for (const issue of result.error.issues) seen.add(issue.message);
    } catch {
      // A builder tried with the wrong kind of argument (a list for a message): not a form's schema.
    }
  };
  const shapes = formShapes(schema);
  if (shapes.length === 0) for (const value of badValues) parse(value);
  parse({});
  for (const { shape, fixed } of shapes) {
    const keys = Object.keys(shape).filter((key) => !(key in fixed));
    const empty = Object.fromEntries(keys.map((key) => [key, ""]));
    for (const value of badValues) {
      // Every field at once, then each field alone with the others empty (so a later check is reached too).
      parse({ ...Object.fromEntries(keys.map((key) => [key, value])), ...fixed });
      for (const key of keys) parse({ ...empty, [key]: value, ...fixed });
    }
  }
  return seen;
}

/** The schemas a module exports, and those its exported builders make (tried with no argument and with a list). */
function exportedSchemas(exports: Record<string, unknown>): Array<[string, z.ZodType]> {
  return Object.entries(exports).flatMap(([name, value]): Array<[string, z.ZodType]> => {
    if (value instanceof z.ZodType) return [[name, value]];
    // A builder makes its schema at once; an async export is an action's helper, never called here.
    if (typeof value !== "function" || value.constructor.name === "AsyncFunction") return [];
    return [[], [["first", "second"]]].flatMap((args): Array<[string, z.ZodType]> => {
      try {
        const made: unknown = Reflect.apply(value, undefined, args);
        if (made instanceof Promise) made.catch(() => undefined);
        return made instanceof z.ZodType ? [[`${name}(${args.length ? "list" : ""})`, made]] : [];
      } catch {
        return [];
      }
    });
  });
}

async function untranslated(module: string): Promise<string[]> {
  const exports: Record<string, unknown> = await import(/* @vite-ignore */ join(root, module));
  const found: string[] = [];
  for (const [name, schema] of exportedSchemas(exports)) {
    for (const message of messages(schema)) {
      if (!isMessageKey(message) || !isKnownKey(message)) found.push(`${name}: ${JSON.stringify(message)}`);
    }
  }
  return found;
}

describe("form validation messages", () => {
  it("finds the schema modules", () => {
    expect(modules).toContain("app/lib/schemas.server.ts");
    expect(modules.length).toBeGreaterThan(10);
    for (const module of pendingModules)
      expect(modules, `${module} is listed as pending but does not exist`).toContain(module);
  });

  it.each(modules)("are all catalog keys in English and Spanish: %s", async (module) => {
    const left = await untranslated(module);
    if (pendingModules.has(module)) {
      expect(left, `${module} is translated now: remove it from pendingModules`).not.toEqual([]);
      return;
    }
    expect(left, `messages of ${module} that are not keys in both catalogs`).toEqual([]);
  });
});
