import { formatMoment } from "./format-dates";
import {
  allCells,
  cellMoments,
  domainGlossary,
  domainLabels,
  domains,
  generalGuidance,
  gradeGlossary,
  levelGlossary,
  locusLabels,
  resolveLeverageMap,
  systemMoves,
  systemTypeLabels,
  systemTypeTheories,
  typeFirstMoves,
  typeGuidance,
  withTerm,
  type CellGuidance,
  type CellKey,
  type Domain,
  type FirstMove,
  type LeverageLevel,
  type LeverageMap,
  type Locus,
  type Overrides,
  type ResolvedCell,
  type SystemType,
} from "./typology";
import type { PlaybookContent } from "./typology/content";
import { defaultOnlyHeading } from "./typology/content";
import { contextKindGuides, contextSectionTitle, type ContextKind } from "./typology/context-kinds";
import { stateName } from "./us-states";

export type PlaybookTarget = { id?: string; name: string; title?: string | null; locus: Locus; domains: Domain[] };
// verifiedBy: the mark of the operators who checked the agency ("Verified by …"), shown with its words.
export type PlaybookGuidance = { title: string; source: string; summary: string; verifiedBy?: string };

export type PlaybookInput = {
  type: SystemType;
  overrides?: Overrides;
  context?: string | null;
  /** What kind of context `context` is; adds "What this context changes" (app/lib/typology/context-kinds.ts). */
  contextKind?: ContextKind | null;
  coalition?: string;
  district?: { name: string; state: string };
  /** When and by whom the type was declared; the day is the one in the coalition's time zone. */
  declared?: { at: Date; by: string; timeZone: string };
  /** The coalition's targets, if it has any: listed under the cells they hold; main levers without one are gaps. */
  targets?: PlaybookTarget[];
  guidance?: PlaybookGuidance[];
  /** A state agency's own notes for this system type (contacts, requirements, resources), in markdown. */
  stateNotes?: PlaybookStateNote[];
};

export type PlaybookStateNote = { source: string; body: string; verifiedBy?: string };

export type LeveragePoint = ResolvedCell & CellGuidance & { targets: PlaybookTarget[] };

/** A first move placed on the map: the cell it works on (null for the American default's sorting steps). */
export type PlannedMove = Omit<FirstMove, "cell"> & { cell: ResolvedCell | null; targets: PlaybookTarget[] };

export type PlaybookModel = {
  type: SystemType;
  typeLabel: string;
  context: string | null;
  leverageMap: LeverageMap;
  firstMoves: PlannedMove[];
  primary: LeveragePoint[];
  secondary: LeveragePoint[];
  weak: ResolvedCell[];
  gaps: LeveragePoint[] | null;
  moves: typeof systemMoves;
};

// How much of each list a point shows: enough to act on this month, short enough to read on a phone.
const shown = {
  primary: { holders: 3, asks: 2, questions: 0, evidence: 2 },
  secondary: { holders: 2, asks: 1, questions: 0, evidence: 1 },
} as const;

/** "Principal (as the district's agent)" and "Principal" are one holder: keep the first, most specific one. */
function distinctHolders(holders: readonly string[]): string[] {
  const core = (holder: string) =>
    holder
      .toLowerCase()
      .replace(/\(.*?\)/g, "")
      .trim();
  const kept: string[] = [];
  for (const holder of holders) {
    if (!kept.some((earlier) => core(earlier).includes(core(holder)) || core(holder).includes(core(earlier))))
      kept.push(holder);
  }
  return kept;
}

function guidanceFor(type: SystemType, cell: ResolvedCell, level: "primary" | "secondary"): CellGuidance {
  const specific = typeGuidance[type]?.[cell.key] ?? {};
  const general = generalGuidance[cell.key];
  const limit = shown[level];
  // The type's own asks when it has them (they are what the research names for this type), else the general one.
  // Only one general ask: the type-specific ones are the point of a type's playbook.
  const pick = (field: keyof CellGuidance, count: number) =>
    specific[field]?.length ? specific[field].slice(0, count) : general[field].slice(0, Math.min(count, 1));
  return {
    holders: distinctHolders([...(specific.holders ?? []), ...general.holders]).slice(0, limit.holders),
    asks: pick("asks", limit.asks),
    questions: pick("questions", limit.questions),
    evidence: [...new Set([...(specific.evidence ?? []), ...general.evidence])].slice(0, limit.evidence),
  };
}

const targetsOn = (targets: readonly PlaybookTarget[], cell: { domain: Domain; locus: Locus }) =>
  targets.filter((target) => target.locus === cell.locus && target.domains.includes(cell.domain));

/**
 * The first three moves: the type's own steps and the general step for every cell, ranked by the coalition's map
 * (main levers, then steps on no cell, then second levers; never a cell with little leverage), one per cell.
 */
function planFirstMoves(input: PlaybookInput, map: LeverageMap): PlannedMove[] {
  const general: FirstMove[] = allCells.map(({ key }) => ({
    cell: key,
    who: generalGuidance[key].holders.slice(0, 2).join(" or "),
    when: cellMoments[key],
    record: generalGuidance[key].evidence[0]!,
    action: (typeGuidance[input.type]?.[key]?.asks ?? generalGuidance[key].asks)[0]!,
  }));
  const rank = (move: FirstMove) => {
    if (!move.cell) return 1;
    const level = map.find((cell) => cell.key === move.cell)!.level;
    return level === "primary" ? 0 : level === "secondary" ? 2 : null;
  };
  const candidates = [...typeFirstMoves[input.type], ...general]
    .map((move, order) => ({ move, order, rank: rank(move) }))
    .filter((entry): entry is { move: FirstMove; order: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  const used = new Set<CellKey>();
  const planned: PlannedMove[] = [];
  for (const { move } of candidates) {
    if (planned.length === 3) break;
    if (move.cell && used.has(move.cell)) continue;
    if (move.cell) used.add(move.cell);
    const cell = move.cell ? map.find((c) => c.key === move.cell)! : null;
    planned.push({ ...move, cell, targets: cell ? targetsOn(input.targets ?? [], cell) : [] });
  }
  return planned;
}

/** The structured playbook: the resolved leverage map and, for each point, who to approach and what to ask. */
export function buildPlaybookModel(input: PlaybookInput): PlaybookModel {
  const leverageMap = resolveLeverageMap(input.type, input.overrides);
  const point =
    (level: "primary" | "secondary") =>
    (cell: ResolvedCell): LeveragePoint => ({
      ...cell,
      ...guidanceFor(input.type, cell, level),
      targets: targetsOn(input.targets ?? [], cell),
    });
  const at = (level: LeverageLevel) => leverageMap.filter((cell) => cell.level === level);
  const primary = at("primary").map(point("primary"));
  return {
    type: input.type,
    typeLabel: systemTypeLabels[input.type],
    context: input.context ?? null,
    leverageMap,
    firstMoves: planFirstMoves(input, leverageMap),
    primary,
    secondary: at("secondary").map(point("secondary")),
    weak: at("weak"),
    gaps: input.targets ? primary.filter((p) => p.targets.length === 0) : null,
    moves: systemMoves.filter((move) => move.from === input.type),
  };
}

/**
 * Escapes text typed by people so it reads literally in markdown (CommonMark lets any ASCII punctuation be
 * escaped).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[\\`*_{}[\]<>|~&!#$@]/g, "\\$&")
      // GFM turns bare addresses (https://…, www.…, name@host) into links, and inside one the escapes above are
      // not undone, so a typed URL or email would show stray backslashes and link somewhere else. Keep them text.
      .replace(/:\/\//g, "\\://")
      .replace(/(www)\./gi, "$1\\.")
      .replace(/^([+-])/, "\\$1")
      .replace(/^(\d+)([.)])/, "$1\\$2")
  );
}

export const cellTitle = (cell: { domain: Domain; locus: Locus }) =>
  `${domainLabels[cell.domain]} — ${locusLabels[cell.locus]}`;

/** "●●● Main lever · Said outright": the level by shape and words, and how sure the research is of it. */
export function cellTag(cell: ResolvedCell): string {
  const level = levelGlossary[cell.level];
  const sure = cell.override ? "observed" : gradeGlossary[cell.grade].plain;
  return `${level.shape} ${level.plain} · ${sure}`;
}

/** "main lever, said outright": a cell's level and how sure, in running text. */
const sureOf = (cell: ResolvedCell) =>
  `${levelGlossary[cell.level].plain.toLowerCase()}, ${
    cell.override ? "observed" : gradeGlossary[cell.grade].plain.toLowerCase()
  }`;

const brief = (cell: ResolvedCell) => `brief, ${cell.lines.replace(/L/g, "lines ").replace(/, lines /g, ", ")}`;

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/**
 * The playbook section for a context. `label` is the coalition's own name for it, already made safe for
 * markdown by the caller (the playbook escapes everything people type in one place).
 */
function contextSection(kind: ContextKind, label: string): string {
  const guide = contextKindGuides[kind];
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  // The kind is named unless it adds nothing: "other", or a label that already says it ("Special education").
  const kindName =
    kind === "other" || label.toLowerCase().includes(guide.label.toLowerCase())
      ? ""
      : ` (${guide.label.toLowerCase()})`;
  return [
    `This playbook is for ${label}${kindName}. A district can organize one part of its work differently from ` +
      "the rest, so check the leverage map against what you see in this part of the district.",
    "",
    "**Who usually holds this work here**",
    "",
    bullets(guide.holders.map(capital)),
    "",
    "**Records to ask for**",
    "",
    bullets(guide.records.map(capital)),
    "",
    "**What to watch**",
    "",
    bullets(
      guide.watch.map((item) => `${item.text} *(${item.lines ? "from the research brief" : "Fulcrum's suggestion"})*`),
    ),
  ].join("\n");
}

/** The section with its own heading, as the markdown playbook has it. */
export function renderContextSection(kind: ContextKind, label: string): string {
  return `## ${contextSectionTitle}\n\n${contextSection(kind, label)}`;
}

const targetNames = (targets: readonly PlaybookTarget[]) =>
  targets.map((t) => escapeMarkdown(t.title ? `${t.name} (${t.title})` : t.name)).join(", ");

function levelLine(cell: ResolvedCell): string {
  if (cell.override)
    return `${cellTag(cell)} by your coalition. What the brief says of this type: ${cell.reason} (${brief(cell)})`;
  return `${cellTag(cell)}: ${cell.reason} (${brief(cell)})`;
}

/**
 * A point's text in three parts, so the app can put its own controls beside its suggested asks (a link to plan
 * each one, one to add a target) while the markdown reads as one block.
 */
export type PointParts = { domain: Domain; locus: Locus; head: string; asks: string[]; tail: string };

function pointParts(point: LeveragePoint, withTargets: boolean): PointParts {
  const lines = [`### ${cellTitle(point)}`, ""];
  if (point.override?.note) lines.push(`> Observed by your coalition: ${escapeMarkdown(point.override.note)}`, "");
  lines.push(levelLine(point), "");
  if (point.tension) lines.push(`*Where the research pulls two ways:* ${point.tension}`, "");
  lines.push(`**Who holds it:** ${point.holders.join("; ")}.`, "");
  if (withTargets) {
    lines.push(
      point.targets.length
        ? `**Your targets here:** ${targetNames(point.targets)}.`
        : "**Your targets here:** none yet.",
      "",
    );
  }
  const tail = [
    point.questions.length ? `**A question to put:** ${point.questions.join(" ")}\n\n` : "",
    `**Records to ask for:** ${point.evidence.join("; ")}.`,
  ].join("");
  return { domain: point.domain, locus: point.locus, head: lines.join("\n").trim(), asks: [...point.asks], tail };
}

function pointText(parts: PointParts): string {
  const asks =
    parts.asks.length === 1 ? `**Ask:** ${parts.asks[0]}` : ["**What to ask**", "", bullets(parts.asks)].join("\n");
  return [parts.head, asks, parts.tail].join("\n\n");
}

function movesSection(model: PlaybookModel): string {
  const intro =
    "Three steps for this month, on your map's main levers (primary), or its second levers (secondary) where " +
    "there are too few.";
  const steps = model.firstMoves.map((move, index) => {
    const where = move.cell
      ? `**${cellTitle(move.cell)}** (${sureOf(move.cell)})`
      : `**${move.label ?? "A step on no one kind of work"}**`;
    const who = move.targets.length ? `${targetNames(move.targets)} (your targets here)` : move.who;
    return [
      `${index + 1}. ${where}: ${move.action}`,
      `   - **Who:** ${who}`,
      `   - **When:** ${move.when}`,
      `   - **Ask for:** ${move.record}`,
    ].join("\n");
  });
  if (steps.length === 0) return `${intro}\n\nYour map has no main or second lever: check your corrections to it.`;
  return `${intro}\n\n${steps.join("\n")}`;
}

function mapSection(model: PlaybookModel): string {
  const out = ["| Kind of work | Central office | Schools |", "| --- | --- | --- |"];
  for (const domain of domains) {
    const row = (locus: Locus) => {
      const cell = model.leverageMap.find((c) => c.domain === domain && c.locus === locus)!;
      const typeSays = levelGlossary[cell.typeLevel];
      return cell.override
        ? `${cellTag(cell)} (the type says ${typeSays.shape} ${typeSays.plain.toLowerCase()})`
        : cellTag(cell);
    };
    out.push(`| ${withTerm(domainGlossary[domain])} | ${row("central-office")} | ${row("school")} |`);
  }
  const key = Object.values(levelGlossary).map((entry) => `${entry.shape} ${withTerm(entry)}`);
  const sure = Object.values(gradeGlossary).map(withTerm);
  out.push(
    "",
    `**Key:** ${key.join(" · ")}. **How sure:** ${sure.join(", ")}, or observed by your coalition. ` +
      "The appendix explains each.",
  );
  return out.join("\n");
}

function weakSection(model: PlaybookModel): string {
  if (model.weak.length === 0) return "None in this map.";
  const items = model.weak.map((cell) =>
    cell.override
      ? `**${cellTitle(cell)}**: your coalition observed this${
          cell.override.note ? `: ${escapeMarkdown(cell.override.note)}` : "."
        }`
      : `**${cellTitle(cell)}**: ${cell.reason} (${gradeGlossary[cell.grade].plain.toLowerCase()}, ${brief(cell)})`,
  );
  return `Volunteer time is scarce; pressure here rarely reaches classrooms.\n\n${bullets(items)}`;
}

function movingSection(model: PlaybookModel, body: string): string {
  const parts = [body];
  if (model.moves.length === 0) {
    parts.push(
      "The research names no standard move away from this type. Press for its work to be done well, and watch " +
        "for drift back toward sorting and resourcing.",
    );
  }
  for (const move of model.moves) {
    const toward =
      move.to.length === 1 ? `a ${systemTypeLabels[move.to[0]!].toLowerCase()} system` : "any of the four newer types";
    parts.push(`### Toward ${toward}`, `**When:** ${move.when}`, bullets(move.asks));
  }
  return parts.join("\n\n");
}

const stateAsks = [
  "The brief asks states to do three things your coalition can press its state education agency for:",
  "",
  bullets([
    "Keep pressing districts to improve teaching and how they run it, so none slides back to sorting and supplying.",
    "Help districts see where and how family and community groups can add to that work.",
    "Give families guidance and resources to organize, study their district and press for a say.",
  ]),
  "",
  "The brief also warns that engagement can become a box to tick that never reaches classrooms: ask what " +
    "changed because families took part.",
].join("\n");

export type PlaybookSection = {
  id: string;
  title: string;
  /** Markdown below the section's H2 (which the markdown and the app each write themselves). */
  body: string;
  /** Shared background (how to read it, advice for every campaign, sources): last, and collapsed in the app. */
  appendix: boolean;
  /** The main and second levers' points, whose text `body` joins. */
  points?: PointParts[];
  /** The gaps (main levers with no target yet), one sentence each, which `body` lists. */
  gaps?: Array<{ domain: Domain; locus: Locus; text: string }>;
};

export type PlaybookDocument = {
  title: string;
  byline: string | null;
  notice: string | null;
  sections: PlaybookSection[];
};

// The state agency writes markdown on purpose (links, lists); headings are kept below a section's own level.
// That covers "#" headings indented or inside a quote or list item, and setext ones (a line of = or - right
// under text), which get a blank line (inside the same quote) so they cannot underline anything.
const demoteHeadings = (body: string) =>
  body
    .replace(/\r\n?/g, "\n")
    .replace(/(^|\n)((?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)#{1,2}(?=\s|$)/g, "$1$2###")
    .replace(/(^|\n)((?:[ \t]*>)*)(?=[^\S\n]*(?:=+|-+)[^\S\n]*(?:\n|$))/g, "$1$2\n$2");

/** The section titles, in plain words with the research term once. */
export const levelHeadings: Record<LeverageLevel, string> = {
  primary: `Main levers (${levelGlossary.primary.term})`,
  secondary: `Second levers (${levelGlossary.secondary.term})`,
  weak: `${levelGlossary.weak.plain} (${levelGlossary.weak.term})`,
};

/**
 * The playbook as titled sections, type-specific first and the shared background last. Every sentence that
 * places a level on a kind of work is built here from the coalition's map, never taken from the prose files.
 */
export function playbookDocument(input: PlaybookInput, content: PlaybookContent): PlaybookDocument {
  const model = buildPlaybookModel(input);
  const prose = content.types[input.type];
  const withTargets = input.targets !== undefined;
  const where = input.district
    ? escapeMarkdown(input.district.name)
    : input.type === "american-default"
      ? "A district in the American default"
      : `A ${model.typeLabel.toLowerCase()} district`;
  const scope = model.context ? escapeMarkdown(model.context) : "district-wide";
  const declaredOn = input.declared && formatMoment(input.declared.at, "longDate", input.declared.timeZone);
  const byline = [
    input.coalition ? `For ${escapeMarkdown(input.coalition)}` : null,
    input.district ? escapeMarkdown(stateName(input.district.state)) : null,
    input.declared
      ? `declared ${model.typeLabel.toLowerCase()} on ${declaredOn} by ${escapeMarkdown(input.declared.by)}`
      : null,
  ].filter(Boolean);
  const corrected = model.leverageMap.filter((cell) => cell.override).length;
  const notice = corrected
    ? `Your coalition has corrected ${corrected === 1 ? "one rating" : `${corrected} ratings`} in the map. The ` +
      "levers below follow your corrections; the description of the type is the research's picture, not your district."
    : null;

  const sections: PlaybookSection[] = [];
  const add = (id: string, title: string, body: string, appendix = false, extra: Partial<PlaybookSection> = {}) =>
    sections.push({ id, title, body: body.trim(), appendix, ...extra });
  const points = (list: LeveragePoint[], none: string, id: "primary" | "secondary") => {
    const parts = list.map((point) => pointParts(point, withTargets));
    const body = parts.length ? parts.map(pointText).join("\n\n") : none;
    add(id, levelHeadings[id], body, false, { points: parts });
  };

  add("first-moves", "Your first three moves", movesSection(model));
  add("map", "Leverage map", mapSection(model));
  add(
    "type",
    input.type === "american-default"
      ? "How the American default works"
      : `How a ${model.typeLabel.toLowerCase()} district works`,
    [
      `**${prose.title}${model.context ? ` (for ${scope})` : ""}.** ${systemTypeTheories[input.type]}`,
      ...["Theory of action", "How it looks from the outside", "Engaging families here"].map(
        (heading) => `### ${heading}\n\n${prose.sections[heading]!}`,
      ),
    ].join("\n\n"),
  );
  if (input.contextKind && model.context) {
    add("context", contextSectionTitle, contextSection(input.contextKind, scope));
  }
  points(model.primary, "None in this map.", "primary");
  points(model.secondary, "None in this map: spend your effort on the main levers.", "secondary");
  if (model.gaps) {
    const gaps = model.gaps.map((gap) => ({
      domain: gap.domain,
      locus: gap.locus,
      text: `No one mapped yet for ${cellTitle(gap).toLowerCase()} (${sureOf(gap)}).`,
    }));
    add(
      "gaps",
      "Gaps: main levers with no target yet",
      gaps.length
        ? bullets(gaps.map((gap) => gap.text))
        : model.primary.length
          ? "Every main lever has at least one target."
          : "This map has no main levers, so there is nothing to cover yet.",
      false,
      { gaps },
    );
  }
  add("weak", levelHeadings.weak, weakSection(model));
  if (input.type === "american-default") add("sorting", defaultOnlyHeading, prose.sections[defaultOnlyHeading]!);
  add(
    "moving",
    content.sections["moving-the-system"].title,
    movingSection(model, content.sections["moving-the-system"].body),
  );
  add("state", "What to ask of your state", stateAsks);
  if (input.guidance?.length) {
    add(
      "state-guidance",
      "Guidance from your state",
      input.guidance
        .map((item) => {
          const mark = item.verifiedBy ? ` · ${escapeMarkdown(item.verifiedBy)}` : "";
          const source = `*From ${escapeMarkdown(item.source)}*${mark}`;
          return `### ${escapeMarkdown(item.title)}\n\n${source}\n\n${escapeMarkdown(item.summary)}`;
        })
        .join("\n\n"),
    );
  }
  (input.stateNotes ?? []).forEach((note, index) =>
    add(
      `state-notes-${index + 1}`,
      `From ${escapeMarkdown(note.source)}: notes for ${model.typeLabel.toLowerCase()} systems`,
      `*This section was written by ${escapeMarkdown(note.source)}, not by Fulcrum or the research it draws on.*` +
        (note.verifiedBy ? ` ${escapeMarkdown(note.verifiedBy)}.` : "") +
        `\n\n${demoteHeadings(note.body)}`,
    ),
  );

  const glossary = bullets([
    ...domains.map((d) => `**${withTerm(domainGlossary[d])}**: ${domainGlossary[d].meaning}`),
    ...Object.values(levelGlossary).map((entry) => `**${entry.shape} ${withTerm(entry)}**: ${entry.meaning}`),
    ...Object.values(gradeGlossary).map((entry) => `**${withTerm(entry)}**: ${entry.meaning}`),
    "**Observed**: your coalition's own correction of a rating, with its note.",
  ]);
  add(
    "how-to-read",
    content.sections["how-to-read"].title,
    `${content.sections["how-to-read"].body}\n\n### Words this playbook uses\n\n${glossary}`,
    true,
  );
  add("cross-cutting", content.sections["cross-cutting"].title, content.sections["cross-cutting"].body, true);
  const citedIds = new Set([
    ...prose.sources,
    ...Object.values(content.sections).flatMap((section) => section.sources),
  ]);
  add(
    "sources",
    content.sections.sources.title,
    bullets(content.citations.filter((c) => citedIds.has(c.id)).map((c) => c.citation)) +
      "\n\nGenerated by Fulcrum from the typology of education systems in Peurach & Yurkofsky (NEPC, 2018); " +
      "the wording is Fulcrum's own.",
    true,
  );
  return {
    title: `Playbook: ${where} (${scope})`,
    byline: byline.length ? byline.join(" · ") : null,
    notice,
    sections,
  };
}

/** Renders a playbook as markdown. Pure: the same input and content give the same text. */
export function renderPlaybook(input: PlaybookInput, content: PlaybookContent): string {
  const document = playbookDocument(input, content);
  const out = [`# ${document.title}`, ""];
  if (document.byline) out.push(`*${document.byline}*`, "");
  if (document.notice) out.push(`*${document.notice}*`, "");
  for (const section of document.sections) out.push(`## ${section.title}`, "", section.body, "");
  return out.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

/** Words in a playbook's body (everything before the appendix) and in all of it, as a reader counts them. */
export function playbookWordCounts(input: PlaybookInput, content: PlaybookContent): { body: number; total: number } {
  const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const document = playbookDocument(input, content);
  const head = words(`${document.title} ${document.byline ?? ""} ${document.notice ?? ""}`);
  const count = (sections: PlaybookSection[]) =>
    sections.reduce((sum, section) => sum + words(`${section.title}\n${section.body}`), 0);
  const body = head + count(document.sections.filter((s) => !s.appendix));
  return { body, total: body + count(document.sections.filter((s) => s.appendix)) };
}
