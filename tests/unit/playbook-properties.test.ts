// Property-based tests (fast-check) of the playbook generator: whatever a coalition types or corrects, its
// playbook says what its map says and nothing typed can add markup.
import fc from "fast-check";
import type { Nodes } from "mdast";
import { afterAll, describe, expect, it } from "vitest";

import { renderMarkdown } from "~/lib/markdown.server";
import { levelHeadings, renderPlaybook, type PlaybookInput, type PlaybookTarget } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import {
  allCells,
  domains,
  leverageLevels,
  loci,
  responsibilityMatrix,
  systemMoves,
  systemTypes,
  type Domain,
  type LeverageLevel,
  type Locus,
  type Overrides,
  type SystemType,
} from "~/lib/typology";
import { contextKinds } from "~/lib/typology/context-kinds";
import { usStateCodes, stateName } from "~/lib/us-states";

import { parseMarkdown, textOf } from "../support/markdown";
import { typedText } from "../support/typed-input";
import {
  domainGlossary,
  domainLabels,
  gradeGlossary,
  levelGlossary,
  locusLabels,
  systemTypeLabels,
} from "../support/typology-words";

// 3. Playbook generator

const content = playbookContent();

/** How text typed by a person must read in the rendered playbook: literally, with runs of whitespace as one space. */
const literal = (typed: string) => typed.replace(/\s+/g, " ").trim();
/** CommonMark parsers must read U+0000 as U+FFFD (marked, which the app uses, keeps it as it is). */
const asCommonMark = (text: string) => text.replace(/\0/g, "\uFFFD");
const nonBlank = (max: number) => typedText(max, true);
const cellTitle = (domain: Domain, locus: Locus) => `${domainLabels[domain]} — ${locusLabels[locus]}`;
const typeLevel = (type: SystemType, domain: Domain, locus: Locus) => responsibilityMatrix[type][locus][domain].level;
const levelIn =
  (input: PlaybookInput) =>
  (domain: Domain, locus: Locus): LeverageLevel =>
    input.overrides?.[`${domain}.${locus}`]?.level ?? typeLevel(input.type, domain, locus);
const expectedTargetsLine = (input: PlaybookInput, domain: Domain, locus: Locus) => {
  const names = (input.targets ?? [])
    .filter((target) => target.locus === locus && target.domains.includes(domain))
    .map((target) => literal(target.title ? `${target.name} (${target.title})` : target.name));
  return `Your targets here: ${names.length ? names.join(", ") : "none yet"}.`;
};

const targetArb: fc.Arbitrary<PlaybookTarget> = fc.record({
  name: nonBlank(120),
  title: fc.oneof(fc.constant(null), fc.constant(""), nonBlank(120)),
  locus: fc.constantFrom(...loci),
  domains: fc.subarray([...domains], { minLength: 1 }),
});
const overridesArb: fc.Arbitrary<Overrides> = fc
  .subarray(allCells)
  .chain((cells) =>
    fc.tuple(
      ...cells.map((cell) =>
        fc.tuple(fc.constant(cell.key), fc.constantFrom(...leverageLevels), fc.oneof(fc.constant(""), nonBlank(200))),
      ),
    ),
  )
  .map((entries) => Object.fromEntries(entries.map(([key, level, note]) => [key, { level, note }])) as Overrides);
const inputArb: fc.Arbitrary<PlaybookInput> = fc.record(
  {
    type: fc.constantFrom(...systemTypes),
    overrides: overridesArb,
    context: fc.oneof(fc.constant(null), nonBlank(120)),
    coalition: nonBlank(120),
    district: fc.record({ name: nonBlank(160), state: fc.constantFrom(...usStateCodes) }),
    declared: fc.record({
      at: fc.date({
        min: new Date("2020-01-01T00:00:00Z"),
        max: new Date("2040-01-01T00:00:00Z"),
        noInvalidDate: true,
      }),
      by: nonBlank(100),
      timeZone: fc.constantFrom("UTC", "America/New_York", "Pacific/Guam"),
    }),
    targets: fc.array(targetArb, { maxLength: 6 }),
    guidance: fc.array(fc.record({ title: nonBlank(160), source: nonBlank(120), summary: nonBlank(400) }), {
      maxLength: 2,
    }),
    contextKind: fc.option(fc.constantFrom(...contextKinds), { nil: null }),
  },
  { requiredKeys: ["type"] },
);

/** The same playbook with every piece of typed text replaced by plain words. */
function plainVersion(input: PlaybookInput): PlaybookInput {
  return {
    ...input,
    overrides: Object.fromEntries(
      Object.entries(input.overrides ?? {}).map(([key, value]) => [
        key,
        { level: value!.level, note: value!.note ? "Seen" : "" },
      ]),
    ),
    context: input.context ? "Context" : input.context,
    coalition: input.coalition ? "Coalition" : input.coalition,
    district: input.district ? { ...input.district, name: "District" } : undefined,
    declared: input.declared ? { ...input.declared, by: "Someone" } : undefined,
    targets: input.targets?.map((target, i) => ({
      ...target,
      name: `Target ${i}`,
      title: target.title ? `Title ${i}` : target.title,
    })),
    guidance: input.guidance?.map((_, i) => ({ title: `Guidance ${i}`, source: "Agency", summary: "Summary" })),
  };
}

// The playbook as the app serves it (markdown → marked → sanitize-html), read back into a small element tree.
// sanitize-html writes well-formed HTML with "<" in text always escaped, so a tag-by-tag reading is exact.
type Element = { tag: string; attrs: string; children: Array<Element | string> };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) =>
    entity.startsWith("#")
      ? String.fromCodePoint(/^#x/i.test(entity) ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)))
      : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" } as Record<string, string>)[
          entity.toLowerCase()
        ]!,
  );
}

function readHtml(html: string): Element {
  const root: Element = { tag: "root", attrs: "", children: [] };
  const stack = [root];
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi)) {
    const top = stack.at(-1)!;
    if (match[4] !== undefined) {
      if (match[4].trim() !== "" || top.tag !== "root") top.children.push(decodeEntities(match[4]));
    } else if (match[1]) {
      while (stack.length > 1 && stack.pop()!.tag !== match[2]!.toLowerCase());
    } else {
      const element: Element = { tag: match[2]!.toLowerCase(), attrs: match[3] ?? "", children: [] };
      top.children.push(element);
      if (element.tag !== "br" && element.tag !== "hr") stack.push(element);
    }
  }
  return root;
}

// Building a playbook and rendering it to HTML (marked, then sanitize-html) is most of this file's time. The
// properties below that take a coalition's playbook draw the same inputs, from one seed per run of the file
// (fast-check reports it with any failure), so each input is built and rendered once however many properties read
// it (kept by the input's JSON: fast-check draws each property's inputs afresh).
// Run counts: the unit suite has 10 s on two cores, and this file gets about one of them (a playbook built and
// rendered costs 25-50 ms). Ten playbooks (the first ten of the seed's sequence) for each property of a coalition's
// playbook, so most properties cost nothing past the first; eight for the one that also renders a plain copy of
// each, five for the state notes (each a new playbook), two for the independent parser (0.1-0.2 s a playbook).
// Every run of the suite draws a new seed, so the runs add up to many more inputs over a day's work.
const seed = Date.now() ^ (Math.random() * 0x100000000);
const rendered = new Map<string, { markdown: string; html: string; root: Element }>();
afterAll(() => rendered.clear());
function playbookPage(input: PlaybookInput) {
  const key = JSON.stringify(input);
  let page = rendered.get(key);
  if (page === undefined) {
    const markdown = renderPlaybook(input, content);
    const html = renderMarkdown(markdown);
    page = { markdown, html, root: readHtml(html) };
    rendered.set(key, page);
  }
  return page;
}
const playbookHtml = (input: PlaybookInput) => playbookPage(input).root;
const textIn = (node: Element | string): string =>
  typeof node === "string" ? node : node.children.map(textIn).join("");
const elements = (node: Element): Element[] =>
  node.children.filter((child): child is Element => typeof child !== "string");
const allElements = (node: Element): Element[] => elements(node).flatMap((child) => [child, ...allElements(child)]);
const isHeading = (node: Element, upTo = 6) => /^h[1-6]$/.test(node.tag) && Number(node.tag[1]) <= upTo;
/** The blocks between the H2 with this text and the next H1 or H2. */
function sectionIn(root: Element, title: string): Element[] {
  const blocks = elements(root);
  const start = blocks.findIndex((node) => node.tag === "h2" && textIn(node) === title);
  if (start === -1) return [];
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((node) => isHeading(node, 2));
  return end === -1 ? rest : rest.slice(0, end);
}
const h3sIn = (blocks: Element[]) => blocks.filter((node) => node.tag === "h3").map(textIn);
const itemsIn = (blocks: Element[]) =>
  blocks
    .filter((node) => node.tag === "ul" || node.tag === "ol")
    .flatMap((list) => elements(list).map((item) => textIn(item).trim()));

/** For each H3 leverage point in a section: its "Your targets here" line and its "Observed" note. */
function pointsIn(blocks: Element[]): Map<string, { targets?: string; observed?: string }> {
  const points = new Map<string, { targets?: string; observed?: string }>();
  let current: { targets?: string; observed?: string } | undefined;
  for (const node of blocks) {
    if (node.tag === "h3") points.set(textIn(node), (current = {}));
    else if (current && node.tag === "p" && textIn(node).startsWith("Your targets here:"))
      current.targets = textIn(node);
    else if (current && node.tag === "blockquote") current.observed = textIn(node).trim();
  }
  return points;
}

describe("playbook generator", () => {
  it("is deterministic: the same input gives the same markdown, and rendering changes neither input nor content", () => {
    // One copy of the content for every run: a change to it would last, so it is compared once, after them all.
    const contentCopy = structuredClone(content);
    fc.assert(
      fc.property(inputArb, (input) => {
        const inputCopy = structuredClone(input);
        const markdown = playbookPage(input).markdown;
        expect(input).toEqual(inputCopy);
        expect(renderPlaybook(inputCopy, contentCopy)).toBe(markdown);
      }),
      { numRuns: 10, seed },
    );
    expect(content).toEqual(contentCopy);
  });

  it("lists exactly the primary, secondary and weak points of the type with the coalition's observations applied, and the type's moves", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const root = playbookHtml(input);
        const level = levelIn(input);
        const cellsAt = (wanted: LeverageLevel) =>
          allCells
            .filter(({ domain, locus }) => level(domain, locus) === wanted)
            .map(({ domain, locus }) => cellTitle(domain, locus));
        const primary = h3sIn(sectionIn(root, levelHeadings(content).primary));
        expect(primary).toEqual(cellsAt("primary"));
        expect(h3sIn(sectionIn(root, levelHeadings(content).secondary))).toEqual(cellsAt("secondary"));
        expect(itemsIn(sectionIn(root, levelHeadings(content).weak)).map((item) => item.split(":")[0])).toEqual(
          cellsAt("weak"),
        );
        // Every primary point of the type itself is listed, unless the coalition observed otherwise for that cell.
        for (const { domain, locus, key } of allCells) {
          if (typeLevel(input.type, domain, locus) === "primary" && !input.overrides?.[key])
            expect(primary).toContain(cellTitle(domain, locus));
        }
        // The leverage table gives each cell's level and says which cells the coalition observed, and what the
        // type said.
        const table = sectionIn(root, "Leverage map").find((node) => node.tag === "table");
        expect(table).toBeDefined();
        const rows = allElements(table!)
          .filter((node) => node.tag === "tr")
          .slice(1);
        expect(rows).toHaveLength(domains.length);
        domains.forEach((domain, row) => {
          const cells = elements(rows[row]!).map(textIn);
          expect(cells[0]).toBe(`${domainGlossary[domain].plain} (${domainGlossary[domain].term})`);
          loci.forEach((locus, column) => {
            const cell = cells[column + 1]!;
            const observed = input.overrides?.[`${domain}.${locus}`];
            const shown = levelGlossary[level(domain, locus)];
            const typeSays = levelGlossary[typeLevel(input.type, domain, locus)];
            expect(cell.startsWith(`${shown.shape} ${shown.plain} · `)).toBe(true);
            expect(cell.endsWith(`observed (the type says ${typeSays.shape} ${typeSays.plain.toLowerCase()})`)).toBe(
              !!observed,
            );
          });
        });
        const moves = h3sIn(sectionIn(root, "Moving the system"));
        expect(moves).toEqual(
          systemMoves
            .filter((move) => move.from === input.type)
            .map((move) =>
              move.to.length === 1
                ? `Toward a ${systemTypeLabels[move.to[0]!].toLowerCase()} system`
                : "Toward any of the four newer types",
            ),
        );
      }),
      { numRuns: 10, seed },
    );
  });

  it("says nothing about where a lever is that the coalition's map does not say: no type, correction or context can contradict it", () => {
    // Every words that name a level ("main lever", "primary"...) and every cell title ("Checking how it is going —
    // Schools"), as a reader meets them in the page.
    const levelNames = leverageLevels.map((wanted) => ({
      level: wanted,
      pattern: new RegExp(`\\b(${levelGlossary[wanted].plain}|${levelGlossary[wanted].term})\\b`, "i"),
    }));
    const titles = allCells.map(({ domain, locus }) => ({ domain, locus, title: cellTitle(domain, locus) }));
    const domainNames = domains.flatMap((domain) => [domainGlossary[domain].plain, domainGlossary[domain].term]);
    const ownText = (node: Element): string =>
      node.children
        .map((child) =>
          typeof child === "string" ? child : child.tag === "ul" || child.tag === "ol" ? "" : ownText(child),
        )
        .join("");
    fc.assert(
      fc.property(inputArb, (input) => {
        const level = levelIn(input);
        let statements = 0;
        let about: (typeof titles)[number] | undefined;
        const visit = (node: Element) => {
          if (node.tag === "table") return; // the map's own table is checked cell by cell above
          if (/^h[1-6]$/.test(node.tag)) {
            about = titles.find((t) => t.title === textIn(node));
            return;
          }
          if (node.tag === "p" || node.tag === "li") {
            const text = ownText(node);
            const levels = levelNames.filter(({ pattern }) => pattern.test(text));
            const named = titles.filter((t) => text.toLowerCase().includes(t.title.toLowerCase()));
            const cells = named.length ? named : about ? [about] : [];
            if (levels.length && cells.length) {
              // One level per statement, and it is the level the map gives every cell the statement names.
              statements += 1;
              expect(
                levels.map((l) => l.level),
                text,
              ).toHaveLength(1);
              for (const cell of cells) expect(level(cell.domain, cell.locus), text).toBe(levels[0]!.level);
            } else if (levels.length) {
              // A level said of a kind of work without saying where ("primary for all five kinds of work").
              expect(
                domainNames.filter((name) => text.toLowerCase().includes(name.toLowerCase())),
                text,
              ).toEqual([]);
              expect(text, text).not.toMatch(/all five|every kind of work|each kind of work/i);
            }
          }
          elements(node).forEach(visit);
        };
        elements(playbookHtml(input)).forEach(visit);
        // Each main and second lever states its level under its own heading, and so do the first moves.
        const points = allCells.filter(({ domain, locus }) => level(domain, locus) !== "weak").length;
        expect(statements).toBeGreaterThanOrEqual(points);
      }),
      { numRuns: 10, seed },
    );
  });

  it("shows each target under exactly the points it holds, its name and title read literally, and lists uncovered primary points as gaps", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const root = playbookHtml(input);
        const level = levelIn(input);
        const points = new Map([
          ...pointsIn(sectionIn(root, levelHeadings(content).primary)),
          ...pointsIn(sectionIn(root, levelHeadings(content).secondary)),
        ]);
        const gaps: string[] = [];
        for (const { domain, locus, key } of allCells) {
          if (level(domain, locus) === "weak") continue;
          const point = points.get(cellTitle(domain, locus));
          expect(point, cellTitle(domain, locus)).toBeDefined();
          if (input.targets === undefined) expect(point?.targets).toBeUndefined();
          else expect(point?.targets).toBe(expectedTargetsLine(input, domain, locus));
          const held = (input.targets ?? []).some(
            (target) => target.locus === locus && target.domains.includes(domain),
          );
          if (level(domain, locus) === "primary" && !held)
            gaps.push(
              `No one mapped yet for ${cellTitle(domain, locus).toLowerCase()} (main lever, ${
                input.overrides?.[key]
                  ? "observed"
                  : gradeGlossary[responsibilityMatrix[input.type][locus][domain].grade].plain.toLowerCase()
              }).`,
            );
          const note = input.overrides?.[key]?.note;
          expect(point?.observed).toBe(note ? `Observed by your coalition: ${literal(note)}` : undefined);
        }
        const gapSection = sectionIn(root, "Gaps: main levers with no target yet");
        if (input.targets === undefined) expect(gapSection).toEqual([]);
        else if (gaps.length) expect(itemsIn(gapSection)).toEqual(gaps);
        // "Every main lever" is said only of a map that has main levers (overrides can leave none).
        else if (allCells.some(({ domain, locus }) => level(domain, locus) === "primary")) {
          expect(gapSection.map(textIn)).toEqual(["Every main lever has at least one target."]);
        } else {
          expect(gapSection.map(textIn)).toEqual(["This map has no main levers, so there is nothing to cover yet."]);
        }
      }),
      { numRuns: 10, seed },
    );
  });

  it("lets no typed text (names, titles, context, notes, guidance) add an element: no heading, list, table, emphasis, HTML or link", () => {
    const tagSequence = (root: Element) => allElements(root).map((node) => node.tag);
    fc.assert(
      fc.property(inputArb, (input) => {
        const { html, root } = playbookPage(input);
        // Element for element the same as the playbook with every typed text replaced by plain words.
        expect(tagSequence(root)).toEqual(tagSequence(playbookHtml(plainVersion(input))));
        expect(html).not.toMatch(/<[^>]*\son[a-z]+=|href="javascript:/i);
        // And the typed text is all there, literally: title, byline, guidance.
        const [title, byline] = elements(root);
        const where = input.district
          ? literal(input.district.name)
          : input.type === "american-default"
            ? "A district in the American default"
            : `A ${systemTypeLabels[input.type].toLowerCase()} district`;
        expect(title?.tag).toBe("h1");
        expect(textIn(title!)).toBe(`Playbook: ${where} (${input.context ? literal(input.context) : "district-wide"})`);
        if (input.coalition && input.district && input.declared) {
          expect(textIn(byline!)).toContain(
            `For ${literal(input.coalition)} · ${stateName(input.district.state, "en")} · declared`,
          );
          expect(textIn(byline!).endsWith(`by ${literal(input.declared.by)}`)).toBe(true);
        }
        const guidance = sectionIn(root, "Guidance from your state");
        expect(h3sIn(guidance)).toEqual((input.guidance ?? []).map((item) => literal(item.title)));
        for (const item of input.guidance ?? []) {
          expect(guidance.map(textIn)).toContain(`From ${literal(item.source)}`);
          expect(guidance.map(textIn)).toContain(literal(item.summary));
        }
      }),
      { numRuns: 8, seed },
    );
  });

  it("reads the same in an independent CommonMark + GFM parser (the downloaded .md): same headings, targets literal", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const tree = parseMarkdown(playbookPage(input).markdown);
        const headings = (nodes: Nodes[]) =>
          nodes
            .filter((node) => node.type === "heading")
            .map((node) => `h${(node as { depth: number }).depth} ${textOf(node)}`);
        const fromHtml = elements(playbookHtml(input))
          .filter((node) => isHeading(node))
          .map((node) => asCommonMark(`${node.tag} ${textIn(node)}`));
        expect(headings(tree.children)).toEqual(fromHtml);
        const level = levelIn(input);
        const lines: string[] = [];
        // Typed text is never read as raw HTML, an image or a link whose text hides its address (gathered, then
        // checked once: a playbook has thousands of nodes).
        const hidden = ["html", "image", "imageReference", "linkReference", "footnoteReference"];
        const hiding: string[] = [];
        walk(tree, (node) => {
          if (node.type === "paragraph" && textOf(node).startsWith("Your targets here:")) lines.push(textOf(node));
          if (hidden.includes(node.type)) hiding.push(node.type);
          else if (node.type === "link") {
            const text = textOf(node);
            if (![text, `http://${text}`, `mailto:${text}`].includes(node.url)) hiding.push(`[${text}](${node.url})`);
          }
        });
        expect(hiding).toEqual([]);
        const expected = (["primary", "secondary"] as const).flatMap((wanted) =>
          allCells
            .filter(({ domain, locus }) => input.targets !== undefined && level(domain, locus) === wanted)
            .map(({ domain, locus }) => asCommonMark(expectedTargetsLine(input, domain, locus))),
        );
        expect(lines).toEqual(expected);
      }),
      { numRuns: 2, seed },
    );
  });

  it("keeps a state agency's note headings below the playbook's own sections (no H1 or H2), before the appendix", () => {
    // Any lines an agency might write, except those that open a block running to the end of the document
    // (a code fence, an HTML comment or <script>/<pre>/<style> block): those are a separate matter.
    const opensBlock = /```|~~~|<!--|<(script|pre|style|textarea)/i;
    const noteLine = fc.oneof(
      fc.constantFrom(
        "# Contacts",
        "## Requirements",
        "### Resources",
        "   # Indented",
        "#",
        "##",
        "Contacts",
        "========",
        "--------",
        "---",
        "-",
        "",
        "\r",
        "Unicode line\u2028---",
        "> # Quoted heading",
        "- ## Listed heading",
        "2) # Numbered heading",
        "> Quoted title",
        "> ---",
        "> ===",
        "  ---",
        "- item",
        "1. first",
        "> quoted",
        "Call 555-0100.",
      ),
      typedText(60, false).filter((line) => !opensBlock.test(line)),
    );
    const notes = fc.array(
      fc.record({
        source: nonBlank(80),
        body: fc
          .tuple(fc.array(noteLine, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r"))
          .map(([lines, eol]) => lines.join(eol)),
      }),
      { minLength: 1, maxLength: 2 },
    );
    const topHeadings = (root: Element) =>
      allElements(root)
        .filter((node) => isHeading(node, 2))
        .map(textIn);
    // Each type's own headings, rendered when a run first draws the type (a page costs a tenth of a second).
    const own = (type: SystemType) => topHeadings(playbookHtml({ type }));
    fc.assert(
      fc.property(fc.constantFrom(...systemTypes), notes, (type, stateNotes) => {
        const noteH2s = stateNotes.map(
          (note) => `From ${literal(note.source)}: notes for ${systemTypeLabels[type].toLowerCase()} systems`,
        );
        const ownH2s = own(type);
        // The notes come after Fulcrum's own type-specific sections and before the appendix (the last three).
        expect(topHeadings(playbookHtml({ type, stateNotes }))).toEqual([
          ...ownH2s.slice(0, -3),
          ...noteH2s,
          ...ownH2s.slice(-3),
        ]);
      }),
      { numRuns: 5 },
    );
  });
});

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ("children" in node) for (const child of node.children as Nodes[]) walk(child, visit);
}
