// The playbook in every language Fulcrum speaks: the same sections, cells, points and steps as the English, every
// word the generator adds in the reader's language, and the translated prose held to the English prose's shape.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";

import { languages } from "~/lib/i18n";
import { createTranslator, readCatalog, type Catalog } from "~/lib/i18n-catalogs.server";
import {
  buildPlaybookModel,
  levelHeadings,
  playbookDocument,
  renderPlaybook,
  type PlaybookInput,
  type PlaybookModel,
} from "~/lib/playbook";
import { loadPlaybookContent, PlaybookContentError, playbookContent } from "~/lib/playbook-content.server";
import { projectRoot } from "~/lib/project-root.server";
import {
  allCells,
  domains,
  leverageLevels,
  loci,
  resolveLeverageMap,
  systemTypes,
  type Overrides,
} from "~/lib/typology";
import { contextKinds } from "~/lib/typology/context-kinds";

import { h3s, parseSection } from "../support/markdown";

const english = playbookContent("en");
const spanish = playbookContent("es");

const overridesArb: fc.Arbitrary<Overrides> = fc
  .subarray(allCells)
  .chain((cells) =>
    fc.tuple(...cells.map((cell) => fc.tuple(fc.constant(cell.key), fc.constantFrom(...leverageLevels)))),
  )
  .map((entries) => Object.fromEntries(entries.map(([key, level]) => [key, { level, note: "Seen at our school" }])));
const inputArb: fc.Arbitrary<PlaybookInput> = fc.record(
  {
    type: fc.constantFrom(...systemTypes),
    overrides: overridesArb,
    context: fc.constantFrom(null, "High school math"),
    targets: fc.array(
      fc.record({
        name: fc.constantFrom("Ana Ruiz", "Board"),
        title: fc.constant(null),
        locus: fc.constantFrom(...loci),
        domains: fc.subarray([...domains], { minLength: 1 }),
      }),
      { maxLength: 4 },
    ),
    contextKind: fc.option(fc.constantFrom(...contextKinds), { nil: null }),
    declared: fc.constant({ at: new Date("2026-01-02T15:00:00Z"), by: "Ana", timeZone: "America/New_York" }),
  },
  { requiredKeys: ["type"] },
);

/** What a playbook covers, whatever its language: sections, cells, steps and how many of each list. */
const coverage = (model: PlaybookModel) => ({
  map: model.leverageMap.map((cell) => [cell.key, cell.level, cell.grade]),
  firstMoves: model.firstMoves.map((move) => [move.cell?.key ?? null, Boolean(move.label), move.targets.length]),
  points: [...model.primary, ...model.secondary].map((point) => [
    point.key,
    point.holders.length,
    point.asks.length,
    point.questions.length,
    point.evidence.length,
    point.targets.length,
    Boolean(point.tension),
  ]),
  weak: model.weak.map((cell) => cell.key),
  gaps: model.gaps?.map((gap) => gap.key) ?? null,
  moves: model.moves.map((move) => [move.to, move.asks.length]),
});

describe("a playbook in Spanish", () => {
  it("covers the same sections, cells, points, gaps and steps as the English, whatever the input", () => {
    // Run count: each run builds four playbook models (about 15 ms), and this file has about half a second of the
    // unit suite's 10 s budget. Fifteen inputs meet each of the five types three times over on average, with and
    // without a context kind; each run of the suite draws new ones.
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(coverage(buildPlaybookModel(input, spanish))).toEqual(coverage(buildPlaybookModel(input, english)));
        const shape = (content: typeof english) =>
          playbookDocument(input, content).sections.map((s) => ({
            id: s.id,
            appendix: s.appendix,
            points: s.points?.map((p) => [p.domain, p.locus, p.asks.length]),
            gaps: s.gaps?.map((g) => [g.domain, g.locus]),
          }));
        expect(shape(spanish)).toEqual(shape(english));
      }),
      { numRuns: 15 },
    );
  });

  it("titles every point with the domain and place in Spanish, as the Spanish catalogs name them", () => {
    const t = createTranslator("es", ["typology"]).getFixedT("es", "typology");
    for (const type of systemTypes) {
      const markdown = renderPlaybook({ type }, spanish);
      const title = (cell: { domain: string; locus: string }) =>
        `${t(`domain.${cell.domain}.plain`)} — ${t(`locus.${cell.locus}`)}`;
      const at = (level: string) =>
        resolveLeverageMap(type)
          .filter((cell) => cell.level === level)
          .map(title);
      expect(h3s(parseSection(markdown, levelHeadings(spanish).primary))).toEqual(at("primary"));
      expect(h3s(parseSection(markdown, levelHeadings(spanish).secondary))).toEqual(at("secondary"));
      expect(levelHeadings(spanish).primary).toBe("Palancas principales (primaria)");
    }
  });

  it("has none of the generator's English words left (its own sentences, the typed data, the typology's names)", () => {
    // Long messages only: a short one ("Schools") could be a fair Spanish word or part of a person's name.
    const messages = (catalog: Catalog): string[] =>
      Object.values(catalog).flatMap((value) => (typeof value === "string" ? [value] : messages(value)));
    const englishWords = [...messages(readCatalog("en", "playbook")), ...messages(readCatalog("en", "typology"))]
      .flatMap((text) => text.split(/\{\{[^}]*\}\}|\*\*/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 20);
    const everything: PlaybookInput = {
      type: "market-driven",
      overrides: {
        "use.central-office": { level: "primary", note: "" },
        "leadership.school": { level: "weak", note: "" },
      },
      coalition: "Familias Unidas",
      district: { name: "Maple Hollow", state: "OH" },
      declared: { at: new Date("2026-01-02T15:00:00Z"), by: "Ana", timeZone: "America/New_York" },
      targets: [{ name: "Ana Ruiz", title: "Principal", locus: "school", domains: ["environment"] }],
      guidance: [{ title: "Guía", source: "Agencia", summary: "Resumen" }],
      stateNotes: [{ source: "Agencia", body: "Notas" }],
    };
    for (const type of systemTypes) {
      const markdown = renderPlaybook({ ...everything, type }, spanish);
      // Only the generator's words: the prose files are checked below, and context kinds are not translated yet.
      const generated = playbookDocument({ ...everything, type }, spanish)
        .sections.filter(
          (s) => !["type", "sorting", "moving", "how-to-read", "cross-cutting", "sources"].includes(s.id),
        )
        .map((s) => `${s.title}\n${s.body}`)
        .join("\n");
      for (const piece of englishWords) expect(generated, `${type}: "${piece}"`).not.toContain(piece);
      expect(markdown).toContain("## Sus tres primeros pasos");
      expect(markdown).toContain("*Para Familias Unidas · Ohio · declarado");
      expect(markdown).toContain("2 de enero de 2026 por Ana*");
    }
  });

  it("names the district's state in the playbook's language", () => {
    const input: PlaybookInput = {
      type: "federated",
      coalition: "Familias Unidas",
      district: { name: "Yonkers", state: "NY" },
    };
    expect(renderPlaybook(input, spanish)).toContain("*Para Familias Unidas · Nueva York*");
    expect(renderPlaybook(input, english)).toContain("*For Familias Unidas · New York*");
  });

  it("uses the translated prose's own headings and titles", () => {
    const markdown = renderPlaybook({ type: "federated" }, spanish);
    expect(markdown).toContain(`## ${spanish.sections["moving-the-system"].title}`);
    expect(spanish.sections["how-to-read"].title).toBe("Cómo leer esta guía de acción");
    expect(markdown).toContain("### Lentes, no casillas");
  });

  it("is pure: the same input and content give the same text, in every language", () => {
    for (const language of languages) {
      const content = playbookContent(language);
      const input: PlaybookInput = { type: "networked", context: "Magnets", contextKind: "magnet-schools" };
      expect(renderPlaybook(input, structuredClone(content))).toBe(renderPlaybook(input, content));
    }
  });
});

describe("the Spanish prose in playbooks/es/", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const root = join(projectRoot(), "playbooks");
  const read = (dir: string) =>
    new Map(
      readdirSync(dir)
        .filter((name) => name.endsWith(".md"))
        .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
    );

  /** A copy of playbooks/ with the Spanish files changed. */
  function copyWith(change: (files: Map<string, string>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), "fulcrum-playbooks-es-"));
    dirs.push(dir);
    for (const [name, text] of read(root)) writeFileSync(join(dir, name), text);
    const files = read(join(root, "es"));
    change(files);
    mkdirSync(join(dir, "es"));
    for (const [name, text] of files) writeFileSync(join(dir, "es", name), text);
    return dir;
  }
  const load = (change: (files: Map<string, string>) => void) => () => loadPlaybookContent(copyWith(change), "es");
  const edit = (name: string, from: string | RegExp, to: string) => (files: Map<string, string>) =>
    files.set(name, files.get(name)!.replace(from, to));

  it("holds the same files as the English, and loads", () => {
    expect([...read(join(root, "es")).keys()]).toEqual([...read(root).keys()]);
    expect(Object.keys(spanish.types).sort()).toEqual([...systemTypes].sort());
    expect(spanish.citations.map((c) => c.id)).toEqual(english.citations.map((c) => c.id));
  });

  it("may name its sections in its own words, in the English order", () => {
    const content = loadPlaybookContent(
      copyWith(edit("managerial.md", "## Su idea de cómo mejorar", "## Teoría de la acción")),
      "es",
    );
    expect(content.types.managerial.sections.map((s) => [s.id, s.heading])[0]).toEqual([
      "Theory of action",
      "Teoría de la acción",
    ]);
    expect(renderPlaybook({ type: "managerial" }, content)).toContain("### Teoría de la acción");
  });

  it("is refused when a file is missing, a section is added or dropped, the sources differ or a file is for another type", () => {
    expect(load((f) => f.delete("networked.md"))).toThrow(/missing networked/);
    expect(
      load(edit("federated.md", "## La participación de las familias aquí", "## Uno\n\nTexto.\n\n## Dos")),
    ).toThrow(/playbooks\/es\/federated.md: its headings/);
    expect(load(edit("how-to-read.md", "### Lentes, no casillas", "Lentes, no casillas"))).toThrow(
      /playbooks\/es\/how-to-read.md: its headings/,
    );
    expect(load(edit("managerial.md", /sources: \[/, "sources: [otherwise-fine-source, "))).toThrow(
      PlaybookContentError,
    );
    expect(load(edit("managerial.md", "type: managerial", "type: federated"))).toThrow(/second file|is for federated/);
    expect(load((f) => f.set("extra.md", f.get("moving-the-system.md")!))).toThrow(/no playbooks\/extra.md/);
  });

  it("may not place a level in its prose, in Spanish or in English words", () => {
    expect(
      load(edit("how-to-read.md", "### Lentes, no casillas", "La escuela es una palanca principal.\n\n$&")),
    ).toThrow(/how-to-read.md: says "palanca principal"/);
    expect(load(edit("cross-cutting.md", /\n### /, "\nHere schools are a main lever.\n\n### "))).toThrow(
      /says "main lever"/,
    );
    // "primaria" alone is a kind of school, not a level.
    expect(() =>
      loadPlaybookContent(
        copyWith(edit("how-to-read.md", "### Lentes, no casillas", "Pregunte en la escuela primaria.\n\n$&")),
        "es",
      ),
    ).not.toThrow();
  });
});
