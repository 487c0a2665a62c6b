import type { LeverageLevel } from "./vocabulary";

// Plain words first. Members are parents and volunteers, not researchers: every page, email and CLI text names a
// domain, a level or an evidence grade by its plain name, and gives the research term once, in brackets, where
// the reader first meets it (the legend of a leverage map, the glossary of a playbook). The words live in the
// "typology" catalogs (keys.ts: typologyKeys), so the app, the emails and the CLI never drift apart.

export const evidenceGrades = ["stated", "described", "inferred"] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];

/** A level drawn as three dots, beside its words wherever a level is shown. */
export const levelShapes: Record<LeverageLevel, string> = { primary: "●●●", secondary: "●●○", weak: "●○○" };
