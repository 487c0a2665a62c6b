import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Heading } from "mdast";
import { afterAll, describe, expect, it } from "vitest";

import { renderMarkdown } from "~/lib/markdown.server";
import { buildPlaybookModel, escapeMarkdown, levelHeadings, renderPlaybook } from "~/lib/playbook";
import { loadPlaybookContent, PlaybookContentError, playbookContent } from "~/lib/playbook-content.server";
import { projectRoot } from "~/lib/project-root.server";
import { resolveLeverageMap, systemTypes, type ResolvedCell } from "~/lib/typology";

import { h3s, lists, parseMarkdown, parseSection, tables, textOf } from "../support/markdown";
import { domainLabels, locusLabels } from "../support/typology-words";

const content = playbookContent();
const title = (cell: Pick<ResolvedCell, "domain" | "locus">) =>
  `${domainLabels[cell.domain]} — ${locusLabels[cell.locus]}`;

/**
 * The H1 and H2 headings, as an independent parser reads the document's heading lines. The parser takes a tenth of a
 * second or more for a whole playbook (most of this file's time, five times over), so the tests below each parse
 * the sections they read; playbook-properties.test.ts reads whole documents, headings included, in the same parser.
 */
const topHeadings = (markdown: string) =>
  parseMarkdown(
    markdown
      .split("\n")
      .filter((line) => /^#{1,2} /.test(line))
      .join("\n\n"),
  ).children.filter((node): node is Heading => node.type === "heading");

describe.each(systemTypes)("the %s playbook", (type) => {
  const markdown = renderPlaybook(
    { type, district: { name: "Test District", state: "OH" }, coalition: "Test Coalition" },
    content,
  );
  const map = resolveLeverageMap(type);

  it("lists exactly the primary cells as primary targets and the secondary cells as secondary targets", () => {
    expect(h3s(parseSection(markdown, levelHeadings(content).primary)).sort()).toEqual(
      map
        .filter((c) => c.level === "primary")
        .map(title)
        .sort(),
    );
    expect(h3s(parseSection(markdown, levelHeadings(content).secondary)).sort()).toEqual(
      map
        .filter((c) => c.level === "secondary")
        .map(title)
        .sort(),
    );
  });

  it("lists exactly the weak cells as weak points", () => {
    const items = lists(parseSection(markdown, levelHeadings(content).weak)).flatMap((list) =>
      list.children.map((item) => textOf(item).split(":")[0]!.trim()),
    );
    expect(items.sort()).toEqual(
      map
        .filter((c) => c.level === "weak")
        .map(title)
        .sort(),
    );
  });

  it("has a leverage table of the 5 kinds of work by 2 loci, each cell with its level and how sure it is", () => {
    const [table] = tables(parseSection(markdown, "Leverage map"));
    expect(table).toBeDefined();
    const [header, ...rows] = table!.children.map((row) => row.children.map(textOf));
    expect(header).toEqual(["Kind of work", "Central office", "Schools"]);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(3);
    const cells = rows.flatMap((row) => row.slice(1));
    expect(cells.filter((cell) => cell.endsWith("Our inference")).length).toBe(
      map.filter((cell) => cell.grade === "inferred").length,
    );
  });

  it("says what the type believes, how to read it, how to move the system, cross-cutting advice and sources", () => {
    const headings = topHeadings(markdown);
    expect(headings.filter((n) => n.depth === 1)).toHaveLength(1);
    const h2s = headings.filter((n) => n.depth === 2).map(textOf);
    expect(h2s).toEqual(
      expect.arrayContaining([
        "Your first three moves",
        "How to read this playbook",
        "Leverage map",
        "Moving the system",
        "Advice for every campaign",
        "Sources",
      ]),
    );
    expect(h2s[0]).toBe("Your first three moves");
    expect(h2s.slice(-3)).toEqual(["How to read this playbook", "Advice for every campaign", "Sources"]);
    expect(h2s.includes("Sorting and resourcing levers")).toBe(type === "american-default");
    expect(textOf(parseSection(markdown, "Sources")[0]!)).toMatch(/Peurach/);
  });
});

describe("playbook options", () => {
  it("moves a cell between sections when the coalition overrides it, and shows the note", () => {
    const overrides = { "environment.school": { level: "primary" as const, note: "Principals run family councils" } };
    const markdown = renderPlaybook({ type: "managerial", overrides }, content);
    const cell = "Handling outside demands and family wishes — Schools";
    const primary = parseSection(markdown, levelHeadings(content).primary);
    expect(h3s(primary)).toContain(cell);
    expect(h3s(parseSection(markdown, levelHeadings(content).secondary))).not.toContain(cell);
    expect(primary.map(textOf).join("\n")).toContain("Observed by your coalition: Principals run family councils");
    const [table] = tables(parseSection(markdown, "Leverage map"));
    expect(textOf(table!)).toContain("●●● Main lever · observed (the type says ●●○ second lever)");
  });

  it("names the context and puts targets under the points they hold, listing primary points without one as gaps", () => {
    const markdown = renderPlaybook(
      {
        type: "federated",
        context: "Special education",
        targets: [
          { name: "Dr. Lee", title: "Chief academic officer", locus: "central-office", domains: ["infrastructure"] },
        ],
      },
      content,
    );
    expect(textOf(topHeadings(markdown)[0]!)).toContain("Special education");
    expect(markdown).toContain("**Your targets here:** Dr. Lee (Chief academic officer).");
    const gaps = lists(parseSection(markdown, "Gaps: main levers with no target yet")).map(textOf).join("\n");
    expect(gaps).not.toContain("choosing what is taught and with what — central office");
    expect(gaps).toContain("handling outside demands and family wishes — central office");
    expect(buildPlaybookModel({ type: "federated", targets: [] }, content).gaps).toHaveLength(
      buildPlaybookModel({ type: "federated" }, content).primary.length,
    );
    expect(buildPlaybookModel({ type: "federated" }, content).gaps).toBeNull();
  });

  it("lists the moves that apply to the declared type", () => {
    expect(h3s(parseSection(renderPlaybook({ type: "market-driven" }, content), "Moving the system"))).toEqual([
      "Toward a federated system",
    ]);
    expect(h3s(parseSection(renderPlaybook({ type: "american-default" }, content), "Moving the system"))).toEqual([
      "Toward any of the four newer types",
    ]);
  });

  it("renders text people typed literally, never as markdown or HTML", () => {
    const hostile = "<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1)) | pipe\n# heading";
    const markdown = renderPlaybook(
      { type: "networked", context: hostile, district: { name: hostile, state: "OH" } },
      content,
    );
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<img|<[^>]*\sonerror=|href="javascript|<strong>bold/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; **bold** [link](javascript:alert(1)) | pipe # heading");
    expect(escapeMarkdown("1. first")).toBe("1\\. first");
    expect(escapeMarkdown("- item")).toBe("\\- item");
  });

  it("is a pure function of its input", () => {
    const input = {
      type: "networked" as const,
      declared: { at: new Date("2026-01-02T03:04:05Z"), by: "Ana", timeZone: "UTC" },
    };
    expect(renderPlaybook(input, content)).toBe(renderPlaybook(input, content));
    expect(renderPlaybook(input, content)).toContain("January 2, 2026 by Ana");
  });
});

describe("the playbook prose in playbooks/", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function copyWith(change: (files: Map<string, string>) => void): string {
    const source = join(projectRoot(), "playbooks");
    const files = new Map(
      readdirSync(source)
        .filter((name) => name.endsWith(".md"))
        .map((name) => [name, readFileSync(join(source, name), "utf8")]),
    );
    change(files);
    const dir = mkdtempSync(join(tmpdir(), "fulcrum-playbooks-"));
    dirs.push(dir);
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    return dir;
  }

  it("loads and covers every type and shared section", () => {
    expect(Object.keys(content.types).sort()).toEqual([...systemTypes].sort());
    expect(content.citations.map((c) => c.id)).toContain("peurach-yurkofsky-2018");
  });

  it("is refused when a type file is missing, a heading is renamed, or a source is unknown", () => {
    expect(() => loadPlaybookContent(copyWith((f) => f.delete("networked.md")))).toThrow(/missing networked/);
    expect(() =>
      loadPlaybookContent(
        copyWith((f) =>
          f.set("federated.md", f.get("federated.md")!.replace("## Engaging families here", "## Where to push")),
        ),
      ),
    ).toThrow(PlaybookContentError);
    expect(() =>
      loadPlaybookContent(
        copyWith((f) =>
          f.set("managerial.md", f.get("managerial.md")!.replace(/sources: \[/, "sources: [made-up-source, ")),
        ),
      ),
    ).toThrow(/made-up-source/);
    expect(() =>
      loadPlaybookContent(
        copyWith((f) => f.set("managerial.md", f.get("managerial.md")!.replace("type: managerial", "type: feudal"))),
      ),
    ).toThrow(/front matter/);
    // Hand-written prose may not place a level: only the map (and the coalition's corrections) does that.
    expect(() =>
      loadPlaybookContent(
        copyWith((f) =>
          f.set(
            "managerial.md",
            f.get("managerial.md")!.replace("## Engaging families here\n", "$&\nSchools are weak here. "),
          ),
        ),
      ),
    ).toThrow(/managerial.md: "Engaging families here" says "weak"/);
    expect(() =>
      loadPlaybookContent(
        copyWith((f) => f.set("how-to-read.md", `${f.get("how-to-read.md")!}\nMost ratings are charted.\n`)),
      ),
    ).toThrow(/charted/);
  });
});

describe("the first three moves", () => {
  it("are three steps on the strongest cells of the map, each with who, when and a record to ask for", () => {
    for (const type of systemTypes) {
      const model = buildPlaybookModel({ type }, content);
      expect(model.firstMoves, type).toHaveLength(3);
      for (const move of model.firstMoves) {
        expect(move.cell?.level ?? "no cell", type).not.toBe("weak");
        for (const part of [move.who, move.when, move.record, move.action]) expect(part.length).toBeGreaterThan(8);
      }
      const cells = model.firstMoves.flatMap((move) => (move.cell ? [move.cell.key] : []));
      expect(new Set(cells).size).toBe(cells.length);
    }
  });

  it("follow the coalition's corrections and name its own targets", () => {
    const before = buildPlaybookModel({ type: "managerial" }, content).firstMoves;
    const first = before[0]!.cell!;
    const corrected = buildPlaybookModel(
      {
        type: "managerial",
        overrides: { [first.key]: { level: "weak", note: "" } },
        targets: [
          { name: "Ms. Ortiz", title: "Professional learning director", locus: "central-office", domains: ["use"] },
        ],
      },
      content,
    );
    expect(corrected.firstMoves.map((move) => move.cell?.key)).not.toContain(first.key);
    const markdown = renderPlaybook(
      {
        type: "managerial",
        targets: [
          { name: "Ms. Ortiz", title: "Professional learning director", locus: "central-office", domains: ["use"] },
        ],
      },
      content,
    );
    const moves = textOf({
      type: "root",
      children: parseSection(markdown, "Your first three moves"),
    } as never);
    expect(moves).toContain("Who: Ms. Ortiz (Professional learning director) (your targets here)");
  });

  it("never call a rating charted, a finding or what the research says plainly", () => {
    for (const type of systemTypes) {
      expect(renderPlaybook({ type }, content)).not.toMatch(/charted|finding|says plainly/i);
    }
  });
});
