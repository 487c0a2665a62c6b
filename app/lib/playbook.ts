import type { PlaybookContent } from "./typology/content";
import { defaultOnlyHeading } from "./typology/content";
import {
  domainLabels,
  generalGuidance,
  leverageLabels,
  locusLabels,
  resolveLeverageMap,
  systemMoves,
  systemTypeLabels,
  systemTypeTheories,
  typeGuidance,
  weakReasons,
  type CellGuidance,
  type Domain,
  type LeverageLevel,
  type LeverageMap,
  type Locus,
  type Overrides,
  type ResolvedCell,
  type SystemType,
} from "./typology";
import { renderContextSection, type ContextKind } from "./typology/context-kinds";
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
  declared?: { at: Date; by: string };
  /** The coalition's targets, once it has any: each is listed under the points it holds, and empty primary points become gaps. */
  targets?: PlaybookTarget[];
  guidance?: PlaybookGuidance[];
  /** A state agency's own notes for this system type (contacts, requirements, resources), in markdown. */
  stateNotes?: PlaybookStateNote[];
};

export type PlaybookStateNote = { source: string; body: string; verifiedBy?: string };

export type LeveragePoint = ResolvedCell & CellGuidance & { targets: PlaybookTarget[] };

export type PlaybookModel = {
  type: SystemType;
  typeLabel: string;
  context: string | null;
  leverageMap: LeverageMap;
  primary: LeveragePoint[];
  secondary: LeveragePoint[];
  weak: Array<ResolvedCell & { reason: string }>;
  gaps: LeveragePoint[] | null;
  moves: typeof systemMoves;
};

function guidanceFor(type: SystemType, cell: ResolvedCell): CellGuidance {
  const specific = typeGuidance[type]?.[cell.key] ?? {};
  const general = generalGuidance[cell.key];
  const merge = (field: keyof CellGuidance) => [...new Set([...(specific[field] ?? []), ...general[field]])];
  return { holders: merge("holders"), asks: merge("asks"), questions: merge("questions"), evidence: merge("evidence") };
}

/** The structured playbook: the resolved leverage map and, for each point, who to approach and what to ask. */
export function buildPlaybookModel(input: PlaybookInput): PlaybookModel {
  const leverageMap = resolveLeverageMap(input.type, input.overrides);
  const point = (cell: ResolvedCell): LeveragePoint => ({
    ...cell,
    ...guidanceFor(input.type, cell),
    targets: (input.targets ?? []).filter(
      (target) => target.locus === cell.locus && target.domains.includes(cell.domain),
    ),
  });
  const at = (level: LeverageLevel) => leverageMap.filter((cell) => cell.level === level);
  const primary = at("primary").map(point);
  return {
    type: input.type,
    typeLabel: systemTypeLabels[input.type],
    context: input.context ?? null,
    leverageMap,
    primary,
    secondary: at("secondary").map(point),
    weak: at("weak").map((cell) => ({ ...cell, reason: weakReasons[cell.locus] })),
    gaps: input.targets ? primary.filter((p) => p.targets.length === 0) : null,
    moves: systemMoves.filter((move) => move.from === input.type),
  };
}

/** Escapes text typed by people so it reads literally in markdown (CommonMark lets any ASCII punctuation be escaped). */
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

const cellTitle = (cell: { domain: Domain; locus: Locus }) =>
  `${domainLabels[cell.domain]} — ${locusLabels[cell.locus]}`;

function cellLabel(cell: ResolvedCell): string {
  const level = leverageLabels[cell.level];
  if (cell.override) return `**${level}** (observed; the type says ${leverageLabels[cell.typeLevel].toLowerCase()})`;
  return cell.inferred ? `${level} (inferred)` : level;
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

function pointSection(point: LeveragePoint, withTargets: boolean): string {
  const lines = [`### ${cellTitle(point)}`, ""];
  if (point.override?.note) lines.push(`> Observed by your coalition: ${escapeMarkdown(point.override.note)}`, "");
  lines.push(`**Who usually holds this work:** ${point.holders.join(", ")}.`, "");
  if (withTargets) {
    lines.push(
      point.targets.length
        ? `**Your targets here:** ${point.targets.map((t) => escapeMarkdown(t.title ? `${t.name} (${t.title})` : t.name)).join(", ")}.`
        : "**Your targets here:** none yet.",
      "",
    );
  }
  lines.push(
    "**What to ask**",
    "",
    bullets(point.asks),
    "",
    "**Questions to put**",
    "",
    bullets(point.questions),
    "",
    "**Evidence to gather**",
    "",
    bullets(point.evidence),
  );
  return lines.join("\n");
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** Renders a playbook as markdown. Pure: the same input and content give the same text. */
export function renderPlaybook(input: PlaybookInput, content: PlaybookContent): string {
  const model = buildPlaybookModel(input);
  const prose = content.types[input.type];
  const withTargets = input.targets !== undefined;
  const where = input.district ? escapeMarkdown(input.district.name) : `A ${model.typeLabel.toLowerCase()} district`;
  const scope = model.context ? escapeMarkdown(model.context) : "district-wide";
  const out: string[] = [];

  out.push(`# Playbook: ${where} (${scope})`, "");
  const byline = [
    input.coalition ? `For ${escapeMarkdown(input.coalition)}` : null,
    input.district ? escapeMarkdown(stateName(input.district.state)) : null,
    input.declared
      ? `declared ${model.typeLabel.toLowerCase()} on ${dateFormat.format(input.declared.at)} by ${escapeMarkdown(input.declared.by)}`
      : null,
  ].filter(Boolean);
  if (byline.length) out.push(`*${byline.join(" · ")}*`, "");

  out.push("## The system at a glance", "");
  out.push(
    `**Declared type:** ${prose.title}${model.context ? ` (for ${scope})` : ""}. ${systemTypeTheories[input.type]}`,
    "",
  );
  out.push("### Theory of action", "", prose.sections["Theory of action"]!, "");
  out.push("### How it looks from the outside", "", prose.sections["How it looks from the outside"]!, "");

  if (input.contextKind && model.context) out.push(renderContextSection(input.contextKind, scope), "");

  out.push(`## ${content.sections["how-to-read"].title}`, "", content.sections["how-to-read"].body, "");

  out.push("## Leverage map", "");
  out.push("| Domain of work | Central office | Schools |", "| --- | --- | --- |");
  for (const domain of Object.keys(domainLabels) as Domain[]) {
    const row = (locus: Locus) => cellLabel(model.leverageMap.find((c) => c.domain === domain && c.locus === locus)!);
    out.push(`| ${domainLabels[domain]} | ${row("central-office")} | ${row("school")} |`);
  }
  out.push(
    "",
    "Inferred cells are Fulcrum's reading of the research, not a charted finding; observed cells are your coalition's own correction.",
    "",
  );

  out.push("## Primary leverage targets", "", prose.sections["Where pressure works"]!, "");
  for (const point of model.primary) out.push(pointSection(point, withTargets), "");

  out.push("## Secondary targets", "");
  if (model.secondary.length === 0) out.push("None in this map: spend your effort on the primary points.", "");
  for (const point of model.secondary) out.push(pointSection(point, withTargets), "");

  if (model.gaps) {
    out.push("## Gaps: primary points with no target yet", "");
    out.push(
      model.gaps.length
        ? bullets(model.gaps.map((gap) => `No one mapped yet for ${cellTitle(gap).toLowerCase()} (primary).`))
        : "Every primary point has at least one target.",
      "",
    );
  }

  out.push("## Weak points", "");
  out.push(
    model.weak.length
      ? "Volunteer time is scarce. These are places where pressure is unlikely to change classrooms in this kind of system:"
      : "No weak points in this map.",
    "",
  );
  if (model.weak.length) out.push(bullets(model.weak.map((cell) => `**${cellTitle(cell)}**: ${cell.reason}`)), "");

  if (input.type === "american-default")
    out.push(`## ${defaultOnlyHeading}`, "", prose.sections[defaultOnlyHeading]!, "");

  out.push(`## ${content.sections["moving-the-system"].title}`, "", content.sections["moving-the-system"].body, "");
  if (model.moves.length === 0) {
    out.push(
      "The research names no standard move away from this type. Press for the work it assigns to be done well, and watch for drift back toward sorting and resourcing.",
      "",
    );
  }
  for (const move of model.moves) {
    out.push(
      `### Toward a ${systemTypeLabels[move.to].toLowerCase()} system`,
      "",
      `**When:** ${move.when}`,
      "",
      bullets(move.asks),
      "",
    );
  }

  out.push(`## ${content.sections["cross-cutting"].title}`, "", content.sections["cross-cutting"].body, "");

  if (input.guidance?.length) {
    out.push("## Guidance from your state", "");
    for (const item of input.guidance) {
      const mark = item.verifiedBy ? ` · ${escapeMarkdown(item.verifiedBy)}` : "";
      const source = `*From ${escapeMarkdown(item.source)}*${mark}`;
      out.push(`### ${escapeMarkdown(item.title)}`, "", source, "", escapeMarkdown(item.summary), "");
    }
  }

  for (const note of input.stateNotes ?? []) {
    out.push(
      `## From ${escapeMarkdown(note.source)}: notes for ${systemTypeLabels[input.type].toLowerCase()} systems`,
      "",
      `*This section was written by ${escapeMarkdown(note.source)}, not by Fulcrum or the research it draws on.*` +
        (note.verifiedBy ? ` ${escapeMarkdown(note.verifiedBy)}.` : ""),
      "",
      // The agency writes markdown on purpose (links, lists); headings are kept below this section's own level.
      // That covers "#" headings indented or inside a quote or list item, and setext ones (a line of = or - right
      // under text), which get a blank line (inside the same quote) so they cannot underline anything.
      note.body
        .replace(/\r\n?/g, "\n")
        .replace(/(^|\n)((?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)#{1,2}(?=\s|$)/g, "$1$2###")
        .replace(/(^|\n)((?:[ \t]*>)*)(?=[^\S\n]*(?:=+|-+)[^\S\n]*(?:\n|$))/g, "$1$2\n$2"),
      "",
    );
  }

  const citedIds = new Set([
    ...prose.sources,
    ...Object.values(content.sections).flatMap((section) => section.sources),
  ]);
  out.push(`## ${content.sections.sources.title}`, "");
  out.push(bullets(content.citations.filter((c) => citedIds.has(c.id)).map((c) => c.citation)), "");
  out.push(
    "Generated by Fulcrum from the typology of education systems in Peurach & Yurkofsky (NEPC, 2018); the wording is Fulcrum's own.",
  );
  return out.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}
