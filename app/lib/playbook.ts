import { createInstance } from "i18next";

import { formatMoment, localeFor } from "./format-dates";
import { fallbackLanguage, type Language } from "./i18n";
import {
  allCells,
  cellMoments,
  domains,
  evidenceGrades,
  generalGuidance,
  leverageLevels,
  levelShapes,
  resolveLeverageMap,
  systemMoves,
  typeFirstMoves,
  typeGuidance,
  type CellGuidance,
  type CellKey,
  type Domain,
  type EvidenceGrade,
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
import { contextKindGuides, contextKindKeys, type ContextKind } from "./typology/context-kinds";
import { typologyKeys } from "./typology/keys";
import { playbookNamespaces, type ContextsKey, type PlaybookKey, type TypologyKey } from "./typology/playbook-keys";
import { stateName } from "./us-states";

type Values = Record<string, string | number>;
/** A playbook's words in one language: every key is checked against the English catalog by its type. */
export type PlaybookWords = {
  language: Language;
  t: (key: PlaybookKey | TypologyKey | ContextsKey, values?: Values) => string;
};

const translators = new WeakMap<PlaybookContent, { words: PlaybookWords; english: PlaybookWords }>();

/**
 * The words of the content's language (and English's, which decides what counts as the same holder in every
 * language), from the catalogs the content carries: the generator stays pure, and the same content gives the same
 * text.
 */
function wordsOf(content: PlaybookContent): { words: PlaybookWords; english: PlaybookWords } {
  let found = translators.get(content);
  if (!found) {
    const instance = createInstance();
    void instance.init({
      lng: content.language,
      fallbackLng: fallbackLanguage,
      ns: [...playbookNamespaces],
      defaultNS: "playbook",
      resources: content.messages,
      // Markdown is escaped where people's words come in (escapeMarkdown); HTML is sanitized when rendered.
      interpolation: { escapeValue: false },
      initImmediate: false,
    });
    const fixed = (language: Language): PlaybookWords => {
      const t = instance.getFixedT(language);
      return { language, t: remembered((key, values) => t(key, values)) };
    };
    found = { words: fixed(content.language), english: fixed(fallbackLanguage) };
    translators.set(content, found);
  }
  return found;
}

/**
 * A playbook asks for about 600 words, and i18next takes some microseconds for each: together they were most of a
 * playbook's cost. The catalogs never change while the content lives, and the values come from a small set (the
 * typology's words, the coalition's own names), so each key with its values is resolved once; the store is emptied
 * when it fills, which bounds it whatever people type.
 */
function remembered(t: PlaybookWords["t"], capacity = 20_000): PlaybookWords["t"] {
  const words = new Map<string, string>();
  return (key, values) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let word = words.get(id);
    if (word === undefined) {
      if (words.size >= capacity) words.clear();
      word = t(key, values);
      words.set(id, word);
    }
    return word;
  };
}

/** A typed key chosen by a value, for t(): "playbook:doc.observed" and the like are written out in full. */
const levelKeys = typologyKeys.level;
const gradeKeys = typologyKeys.grade;

export type PlaybookTarget = { id?: string; name: string; title?: string | null; locus: Locus; domains: Domain[] };
// verifiedBy: who checked the agency (the operators' name), shown as "Verified by …" in the playbook's language.
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

/** A cell of the map with its reason (and any tension) in the playbook's language. */
export type PlaybookCell = Omit<ResolvedCell, "reason" | "tension"> & { reason: string; tension?: string };

/** Who to approach, what to ask and which records to request at one point, in the playbook's language. */
export type PointGuidance = { [field in keyof CellGuidance]: string[] };

export type LeveragePoint = PlaybookCell & PointGuidance & { targets: PlaybookTarget[] };

/** A first move placed on the map: the cell it works on (null for the American default's sorting steps). */
export type PlannedMove = {
  cell: PlaybookCell | null;
  label?: string;
  who: string;
  when: string;
  record: string;
  action: string;
  targets: PlaybookTarget[];
};

export type PlaybookMove = { from: SystemType; to: SystemType[]; when: string; asks: string[] };

export type PlaybookModel = {
  type: SystemType;
  typeLabel: string;
  context: string | null;
  /** The map itself, the same in every language (its reasons are catalog keys: see cellsIn). */
  leverageMap: LeverageMap;
  firstMoves: PlannedMove[];
  primary: LeveragePoint[];
  secondary: LeveragePoint[];
  weak: PlaybookCell[];
  gaps: LeveragePoint[] | null;
  moves: PlaybookMove[];
};

// How much of each list a point shows: enough to act on this month, short enough to read on a phone.
const shown = {
  primary: { holders: 3, asks: 2, questions: 0, evidence: 2 },
  secondary: { holders: 2, asks: 1, questions: 0, evidence: 1 },
} as const;

/**
 * "Principal (as the district's agent)" and "Principal" are one holder: keep the first, most specific one. What
 * counts as the same holder is decided on the English words, so every language keeps the same people.
 */
function distinctHolders(holders: readonly PlaybookKey[], english: PlaybookWords): PlaybookKey[] {
  const core = (holder: PlaybookKey) =>
    english
      .t(holder)
      .toLowerCase()
      .replace(/\(.*?\)/g, "")
      .trim();
  const kept: PlaybookKey[] = [];
  for (const holder of holders) {
    if (!kept.some((earlier) => core(earlier).includes(core(holder)) || core(holder).includes(core(earlier))))
      kept.push(holder);
  }
  return kept;
}

function guidanceFor(
  type: SystemType,
  cell: ResolvedCell,
  level: "primary" | "secondary",
  { words, english }: { words: PlaybookWords; english: PlaybookWords },
): PointGuidance {
  const specific = typeGuidance[type]?.[cell.key] ?? {};
  const general = generalGuidance[cell.key];
  const limit = shown[level];
  // The type's own asks when it has them (they are what the research names for this type), else the general one.
  // Only one general ask: the type-specific ones are the point of a type's playbook.
  const pick = (field: keyof CellGuidance, count: number) =>
    specific[field]?.length ? specific[field].slice(0, count) : general[field].slice(0, Math.min(count, 1));
  const say = (keys: readonly PlaybookKey[]) => keys.map((key) => words.t(key));
  return {
    holders: say(distinctHolders([...(specific.holders ?? []), ...general.holders], english).slice(0, limit.holders)),
    asks: say(pick("asks", limit.asks)),
    questions: say(pick("questions", limit.questions)),
    evidence: say([...new Set([...(specific.evidence ?? []), ...general.evidence])].slice(0, limit.evidence)),
  };
}

const targetsOn = (targets: readonly PlaybookTarget[], cell: { domain: Domain; locus: Locus }) =>
  targets.filter((target) => target.locus === cell.locus && target.domains.includes(cell.domain));

function cellIn(cell: ResolvedCell, words: PlaybookWords): PlaybookCell {
  const { reason, tension, ...rest } = cell;
  const said = { ...rest, reason: words.t(reason) };
  return tension ? { ...said, tension: words.t(tension) } : said;
}

/** A map's cells with their reasons in the content's language (for the CLI's JSON). */
export const cellsIn = (map: LeverageMap, content: PlaybookContent): PlaybookCell[] =>
  map.map((cell) => cellIn(cell, wordsOf(content).words));

/**
 * The first three moves: the type's own steps and the general step for every cell, ranked by the coalition's map
 * (main levers, then steps on no cell, then second levers; never a cell with little leverage), one per cell.
 */
function planFirstMoves(input: PlaybookInput, map: PlaybookCell[], words: PlaybookWords): PlannedMove[] {
  const { t } = words;
  // A general step's people are the cell's first two holders ("Superintendent or School board").
  const general: Array<FirstMove & { whoText?: string }> = allCells.map(({ key }) => {
    const [first, second] = generalGuidance[key].holders.map((holder) => t(holder));
    return {
      cell: key,
      who: generalGuidance[key].holders[0]!,
      whoText: second ? t("playbook:doc.eitherOr", { first: first!, second }) : first!,
      when: cellMoments[key],
      record: generalGuidance[key].evidence[0]!,
      action: (typeGuidance[input.type]?.[key]?.asks ?? generalGuidance[key].asks)[0]!,
    };
  });
  const rank = (move: FirstMove) => {
    if (!move.cell) return 1;
    const level = map.find((cell) => cell.key === move.cell)!.level;
    return level === "primary" ? 0 : level === "secondary" ? 2 : null;
  };
  const candidates = [...typeFirstMoves[input.type], ...general]
    .map((move: FirstMove & { whoText?: string }, order) => ({ move, order, rank: rank(move) }))
    .filter(
      (entry): entry is { move: FirstMove & { whoText?: string }; order: number; rank: number } => entry.rank !== null,
    )
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  const used = new Set<CellKey>();
  const planned: PlannedMove[] = [];
  for (const { move } of candidates) {
    if (planned.length === 3) break;
    if (move.cell && used.has(move.cell)) continue;
    if (move.cell) used.add(move.cell);
    const cell = move.cell ? map.find((c) => c.key === move.cell)! : null;
    planned.push({
      cell,
      ...(move.label ? { label: t(move.label) } : {}),
      who: move.whoText ?? t(move.who),
      when: t(move.when),
      record: t(move.record),
      action: t(move.action),
      targets: cell ? targetsOn(input.targets ?? [], cell) : [],
    });
  }
  return planned;
}

/**
 * The structured playbook in the content's language: the resolved leverage map and, for each point, who to
 * approach and what to ask.
 */
export function buildPlaybookModel(input: PlaybookInput, content: PlaybookContent): PlaybookModel {
  const both = wordsOf(content);
  const { t } = both.words;
  const resolved = resolveLeverageMap(input.type, input.overrides);
  const leverageMap = resolved.map((cell) => cellIn(cell, both.words));
  const point =
    (level: "primary" | "secondary") =>
    (cell: ResolvedCell): LeveragePoint => ({
      ...cellIn(cell, both.words),
      ...guidanceFor(input.type, cell, level, both),
      targets: targetsOn(input.targets ?? [], cell),
    });
  const at = (level: LeverageLevel) => resolved.filter((cell) => cell.level === level);
  const primary = at("primary").map(point("primary"));
  return {
    type: input.type,
    typeLabel: t(typologyKeys.systemType[input.type].name),
    context: input.context ?? null,
    leverageMap: resolved,
    firstMoves: planFirstMoves(input, leverageMap, both.words),
    primary,
    secondary: at("secondary").map(point("secondary")),
    weak: at("weak").map((cell) => cellIn(cell, both.words)),
    gaps: input.targets ? primary.filter((p) => p.targets.length === 0) : null,
    moves: systemMoves
      .filter((move) => move.from === input.type)
      .map((move) => ({ from: move.from, to: [...move.to], when: t(move.when), asks: move.asks.map((a) => t(a)) })),
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

/** "Choosing what is taught and with what — Central office": a point's title in the playbook's language. */
export const cellTitleIn = (cell: { domain: Domain; locus: Locus }, { t }: PlaybookWords) =>
  t("playbook:doc.cellTitle", {
    domain: t(typologyKeys.domain[cell.domain].plain),
    locus: t(typologyKeys.locus[cell.locus]),
  });

const levelPlain = (level: LeverageLevel, { t }: PlaybookWords) => t(levelKeys[level].plain);
const gradePlain = (grade: EvidenceGrade, { t }: PlaybookWords) => t(gradeKeys[grade].plain);
/** "Main lever (primary)": a plain name with its research term, for a reader's first meeting. */
const withTermIn = (keys: { plain: TypologyKey; term: TypologyKey }, { t }: PlaybookWords) =>
  t(typologyKeys.withTerm, { plain: t(keys.plain), term: t(keys.term) });

/** "●●● Main lever · Said outright": the level by shape and words, and how sure the research is of it. */
export function cellTag(cell: PlaybookCell, words: PlaybookWords): string {
  const sure = cell.override ? words.t("playbook:doc.observed") : gradePlain(cell.grade, words);
  return words.t("playbook:doc.cellTag", {
    shape: levelShapes[cell.level],
    level: levelPlain(cell.level, words),
    sure,
  });
}

/** "main lever, said outright": a cell's level and how sure, in running text. */
const sureOf = (cell: PlaybookCell, words: PlaybookWords) =>
  words.t("playbook:doc.sureOf", {
    level: levelPlain(cell.level, words).toLowerCase(),
    sure: (cell.override ? words.t("playbook:doc.observed") : gradePlain(cell.grade, words)).toLowerCase(),
  });

const brief = (cell: PlaybookCell, { t }: PlaybookWords) =>
  t("playbook:doc.briefLines", { lines: cell.lines.replace(/L/g, "") });

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/** What a context kind says (holders, records, what to watch), in the playbook's language. */
function contextGuide(kind: ContextKind, { t }: PlaybookWords) {
  const keys: { label: ContextsKey } & Record<"holders" | "records" | "watch", readonly ContextsKey[]> =
    contextKindKeys[kind];
  // Which points rest on the brief is data, not words: the records hold the lines, item for item with the keys.
  const lines = contextKindGuides[kind].watch.map((item) => item.lines);
  return {
    label: t(keys.label),
    holders: keys.holders.map((key) => t(key)),
    records: keys.records.map((key) => t(key)),
    watch: keys.watch.map((key, index) => ({ text: t(key), fromBrief: Boolean(lines[index]) })),
  };
}

/**
 * The playbook section for a context. `label` is the coalition's own name for it, already made safe for
 * markdown by the caller (the playbook escapes everything people type in one place).
 */
function contextSection(kind: ContextKind, label: string, words: PlaybookWords): string {
  const { t } = words;
  const guide = contextGuide(kind, words);
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  // The kind is named unless it adds nothing: "other", or a label that already says it ("Special education").
  const named = kind !== "other" && !label.toLowerCase().includes(guide.label.toLowerCase());
  return [
    named
      ? t("playbook:doc.context.introKind", { label, kind: guide.label.toLowerCase() })
      : t("playbook:doc.context.intro", { label }),
    "",
    `**${t("playbook:doc.context.holders")}**`,
    "",
    bullets(guide.holders.map(capital)),
    "",
    `**${t("playbook:doc.context.records")}**`,
    "",
    bullets(guide.records.map(capital)),
    "",
    `**${t("playbook:doc.context.watch")}**`,
    "",
    bullets(
      guide.watch.map(
        (item) =>
          `${item.text} *(${item.fromBrief ? t("playbook:doc.context.fromBrief") : t("playbook:doc.context.ours")})*`,
      ),
    ),
  ].join("\n");
}

/** The section with its own heading, as the markdown playbook has it. */
export function renderContextSection(kind: ContextKind, label: string, content: PlaybookContent): string {
  const { words } = wordsOf(content);
  return `## ${words.t("playbook:doc.context.title")}\n\n${contextSection(kind, label, words)}`;
}

const targetNames = (targets: readonly PlaybookTarget[], { t }: PlaybookWords) =>
  targets
    .map((target) =>
      escapeMarkdown(
        target.title ? t("playbook:doc.targetWithTitle", { name: target.name, title: target.title }) : target.name,
      ),
    )
    .join(", ");

function levelLine(cell: PlaybookCell, words: PlaybookWords): string {
  const values = { tag: cellTag(cell, words), reason: cell.reason, brief: brief(cell, words) };
  return cell.override ? words.t("playbook:doc.levelLineObserved", values) : words.t("playbook:doc.levelLine", values);
}

/**
 * A point's text in three parts, so the app can put its own controls beside its suggested asks (a link to plan
 * each one, one to add a target) while the markdown reads as one block.
 */
export type PointParts = { domain: Domain; locus: Locus; head: string; asks: string[]; tail: string };

function pointParts(point: LeveragePoint, withTargets: boolean, words: PlaybookWords): PointParts {
  const { t } = words;
  const lines = [`### ${cellTitleIn(point, words)}`, ""];
  if (point.override?.note) {
    lines.push(`> ${t("playbook:doc.point.observedNote", { note: escapeMarkdown(point.override.note) })}`, "");
  }
  lines.push(levelLine(point, words), "");
  if (point.tension) lines.push(t("playbook:doc.point.tension", { tension: point.tension }), "");
  lines.push(t("playbook:doc.point.holders", { holders: point.holders.join("; ") }), "");
  if (withTargets) {
    lines.push(
      point.targets.length
        ? t("playbook:doc.point.targets", { names: targetNames(point.targets, words) })
        : t("playbook:doc.point.noTargets"),
      "",
    );
  }
  const tail = [
    point.questions.length ? `${t("playbook:doc.point.question", { questions: point.questions.join(" ") })}\n\n` : "",
    t("playbook:doc.point.records", { records: point.evidence.join("; ") }),
  ].join("");
  return { domain: point.domain, locus: point.locus, head: lines.join("\n").trim(), asks: [...point.asks], tail };
}

function pointText(parts: PointParts, { t }: PlaybookWords): string {
  const asks =
    parts.asks.length === 1
      ? t("playbook:doc.point.ask", { ask: parts.asks[0]! })
      : [`**${t("playbook:doc.point.asks")}**`, "", bullets(parts.asks)].join("\n");
  return [parts.head, asks, parts.tail].join("\n\n");
}

function movesSection(model: PlaybookModel, words: PlaybookWords): string {
  const { t } = words;
  const intro = t("playbook:doc.firstMoves.intro");
  const steps = model.firstMoves.map((move, index) => {
    const where = move.cell
      ? `**${cellTitleIn(move.cell, words)}** (${sureOf(move.cell, words)})`
      : `**${move.label ?? t("playbook:doc.firstMoves.noCell")}**`;
    const who = move.targets.length
      ? t("playbook:doc.firstMoves.yourTargets", { names: targetNames(move.targets, words) })
      : move.who;
    return [
      `${index + 1}. ${where}: ${move.action}`,
      `   - **${t("playbook:doc.firstMoves.who")}** ${who}`,
      `   - **${t("playbook:doc.firstMoves.when")}** ${move.when}`,
      `   - **${t("playbook:doc.firstMoves.record")}** ${move.record}`,
    ].join("\n");
  });
  if (steps.length === 0) return `${intro}\n\n${t("playbook:doc.firstMoves.none")}`;
  return `${intro}\n\n${steps.join("\n")}`;
}

function mapSection(model: PlaybookModel, words: PlaybookWords): string {
  const { t } = words;
  const out = [
    `| ${t("playbook:doc.map.kindOfWork")} | ${t(typologyKeys.locus["central-office"])} | ${t(typologyKeys.locus.school)} |`,
    "| --- | --- | --- |",
  ];
  for (const domain of domains) {
    const row = (locus: Locus) => {
      const cell = model.leverageMap.find((c) => c.domain === domain && c.locus === locus)!;
      return cell.override
        ? t("playbook:doc.map.typeSays", {
            tag: cellTag(cell, words),
            shape: levelShapes[cell.typeLevel],
            level: levelPlain(cell.typeLevel, words).toLowerCase(),
          })
        : cellTag(cell, words);
    };
    out.push(`| ${withTermIn(typologyKeys.domain[domain], words)} | ${row("central-office")} | ${row("school")} |`);
  }
  const key = leverageLevels.map((level) => `${levelShapes[level]} ${withTermIn(levelKeys[level], words)}`);
  const sure = evidenceGrades.map((grade) => withTermIn(gradeKeys[grade], words));
  out.push("", t("playbook:doc.map.key", { key: key.join(" · "), sure: sure.join(", ") }));
  return out.join("\n");
}

function weakSection(model: PlaybookModel, words: PlaybookWords): string {
  const { t } = words;
  if (model.weak.length === 0) return t("playbook:doc.none");
  const items = model.weak.map((cell) => {
    const title = cellTitleIn(cell, words);
    if (!cell.override) {
      const sure = gradePlain(cell.grade, words).toLowerCase();
      return t("playbook:doc.weak.item", { title, reason: cell.reason, sure, brief: brief(cell, words) });
    }
    return cell.override.note
      ? t("playbook:doc.weak.observedNote", { title, note: escapeMarkdown(cell.override.note) })
      : t("playbook:doc.weak.observed", { title });
  });
  return `${t("playbook:doc.weak.intro")}\n\n${bullets(items)}`;
}

function movingSection(model: PlaybookModel, body: string, words: PlaybookWords): string {
  const { t } = words;
  const parts = [body];
  if (model.moves.length === 0) parts.push(t("playbook:doc.moving.none"));
  for (const move of model.moves) {
    const title =
      move.to.length === 1
        ? t("playbook:doc.moving.toward", { type: t(typologyKeys.systemType[move.to[0]!].name).toLowerCase() })
        : t("playbook:doc.moving.towardAny");
    parts.push(`### ${title}`, `**${t("playbook:doc.moving.when")}** ${move.when}`, bullets(move.asks));
  }
  return parts.join("\n\n");
}

const stateAsks = ({ t }: PlaybookWords) =>
  [
    t("playbook:doc.state.intro"),
    "",
    bullets([t("playbook:doc.state.keepPressing"), t("playbook:doc.state.helpSee"), t("playbook:doc.state.guidance")]),
    "",
    t("playbook:doc.state.warning"),
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
  /** The language every word of it is in (people's own words, such as names and notes, excepted). */
  language: Language;
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

/** The section titles of the levers, in plain words with the research term once, in the content's language. */
export function levelHeadings(content: PlaybookContent): Record<LeverageLevel, string> {
  const { words } = wordsOf(content);
  const { t } = words;
  return {
    primary: t("playbook:doc.levels.primary", { term: t(levelKeys.primary.term) }),
    secondary: t("playbook:doc.levels.secondary", { term: t(levelKeys.secondary.term) }),
    weak: withTermIn(levelKeys.weak, words),
  };
}

/**
 * The playbook as titled sections, type-specific first and the shared background last, in the content's
 * language. Every sentence that places a level on a kind of work is built here from the coalition's map, never
 * taken from the prose files.
 */
export function playbookDocument(input: PlaybookInput, content: PlaybookContent): PlaybookDocument {
  const { words } = wordsOf(content);
  const { t } = words;
  const model = buildPlaybookModel(input, content);
  const prose = content.types[input.type];
  const withTargets = input.targets !== undefined;
  const typeName = model.typeLabel.toLowerCase();
  const where = input.district
    ? escapeMarkdown(input.district.name)
    : input.type === "american-default"
      ? t("playbook:doc.whereDefault")
      : t("playbook:doc.whereType", { type: typeName });
  const scope = model.context ? escapeMarkdown(model.context) : t("playbook:doc.districtWide");
  const declaredOn =
    input.declared && formatMoment(input.declared.at, "longDate", input.declared.timeZone, localeFor(words.language));
  const byline = [
    input.coalition ? t("playbook:doc.byline.for", { coalition: escapeMarkdown(input.coalition) }) : null,
    input.district ? escapeMarkdown(stateName(input.district.state, words.language)) : null,
    input.declared && declaredOn
      ? t("playbook:doc.byline.declared", { type: typeName, date: declaredOn, name: escapeMarkdown(input.declared.by) })
      : null,
  ].filter(Boolean);
  const corrected = model.leverageMap.filter((cell) => cell.override).length;
  const notice = corrected ? t("playbook:doc.notice", { count: corrected }) : null;

  const sections: PlaybookSection[] = [];
  const add = (id: string, title: string, body: string, appendix = false, extra: Partial<PlaybookSection> = {}) =>
    sections.push({ id, title, body: body.trim(), appendix, ...extra });
  const headings = levelHeadings(content);
  const points = (list: LeveragePoint[], none: string, id: "primary" | "secondary") => {
    const parts = list.map((point) => pointParts(point, withTargets, words));
    const body = parts.length ? parts.map((part) => pointText(part, words)).join("\n\n") : none;
    add(id, headings[id], body, false, { points: parts });
  };

  add("first-moves", t("playbook:doc.firstMoves.title"), movesSection(model, words));
  add("map", t("playbook:doc.map.title"), mapSection(model, words));
  add(
    "type",
    input.type === "american-default"
      ? t("playbook:doc.typeTitleDefault")
      : t("playbook:doc.typeTitle", { type: typeName }),
    [
      `**${prose.title}${model.context ? ` ${t("playbook:doc.proseFor", { scope })}` : ""}.** ${t(
        typologyKeys.systemType[input.type].theory,
      )}`,
      ...prose.sections
        .filter((section) => section.id !== defaultOnlyHeading)
        .map((section) => `### ${section.heading}\n\n${section.text}`),
    ].join("\n\n"),
  );
  if (input.contextKind && model.context) {
    add("context", t("playbook:doc.context.title"), contextSection(input.contextKind, scope, words));
  }
  points(model.primary, t("playbook:doc.none"), "primary");
  points(model.secondary, t("playbook:doc.noneSecondary"), "secondary");
  if (model.gaps) {
    const gaps = model.gaps.map((gap) => ({
      domain: gap.domain,
      locus: gap.locus,
      text: t("playbook:doc.gaps.item", { cell: cellTitleIn(gap, words).toLowerCase(), sure: sureOf(gap, words) }),
    }));
    add(
      "gaps",
      t("playbook:doc.gaps.title"),
      gaps.length
        ? bullets(gaps.map((gap) => gap.text))
        : model.primary.length
          ? t("playbook:doc.gaps.covered")
          : t("playbook:doc.gaps.noLevers"),
      false,
      { gaps },
    );
  }
  add("weak", headings.weak, weakSection(model, words));
  const sorting = prose.sections.find((section) => section.id === defaultOnlyHeading);
  if (input.type === "american-default" && sorting) add("sorting", sorting.heading, sorting.text);
  add(
    "moving",
    content.sections["moving-the-system"].title,
    movingSection(model, content.sections["moving-the-system"].body, words),
  );
  add("state", t("playbook:doc.state.title"), stateAsks(words));
  if (input.guidance?.length) {
    add(
      "state-guidance",
      t("playbook:doc.guidance.title"),
      input.guidance
        .map((item) => {
          const mark = item.verifiedBy
            ? ` · ${t("playbook:doc.verifiedBy", { operator: escapeMarkdown(item.verifiedBy) })}`
            : "";
          const source = `*${t("playbook:doc.guidance.from", { source: escapeMarkdown(item.source) })}*${mark}`;
          return `### ${escapeMarkdown(item.title)}\n\n${source}\n\n${escapeMarkdown(item.summary)}`;
        })
        .join("\n\n"),
    );
  }
  (input.stateNotes ?? []).forEach((note, index) =>
    add(
      `state-notes-${index + 1}`,
      t("playbook:doc.notes.title", { source: escapeMarkdown(note.source), type: typeName }),
      `*${t("playbook:doc.notes.byline", { source: escapeMarkdown(note.source) })}*` +
        (note.verifiedBy ? ` ${t("playbook:doc.verifiedBy", { operator: escapeMarkdown(note.verifiedBy) })}.` : "") +
        `\n\n${demoteHeadings(note.body)}`,
    ),
  );

  const glossary = bullets([
    ...domains.map((d) => `**${withTermIn(typologyKeys.domain[d], words)}**: ${t(typologyKeys.domain[d].meaning)}`),
    ...leverageLevels.map(
      (level) => `**${levelShapes[level]} ${withTermIn(levelKeys[level], words)}**: ${t(levelKeys[level].meaning)}`,
    ),
    ...evidenceGrades.map((grade) => `**${withTermIn(gradeKeys[grade], words)}**: ${t(gradeKeys[grade].meaning)}`),
    t("playbook:doc.glossary.observed"),
  ]);
  add(
    "how-to-read",
    content.sections["how-to-read"].title,
    `${content.sections["how-to-read"].body}\n\n### ${t("playbook:doc.glossary.title")}\n\n${glossary}`,
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
      `\n\n${t("playbook:doc.generatedBy")}`,
    true,
  );
  return {
    language: words.language,
    title: t("playbook:doc.title", { where, scope }),
    byline: byline.length ? byline.join(" · ") : null,
    notice,
    sections,
  };
}

/** Renders a playbook as markdown. Pure: the same input and content give the same text. */
export function renderPlaybook(input: PlaybookInput, content: PlaybookContent): string {
  return playbookMarkdown(playbookDocument(input, content));
}

/** A playbook already built as sections, as the markdown download: building it is most of a playbook's cost. */
export function playbookMarkdown(document: PlaybookDocument): string {
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
