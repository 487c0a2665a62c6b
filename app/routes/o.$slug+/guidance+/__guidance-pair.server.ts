// What the agency's guidance page says about the piece's other language's version.
import type { GuidanceStatus } from "~/lib/domain";
import type { Language } from "~/lib/i18n";
import { guidancePair, otherLanguage, type Guidance } from "~/models/guidance.server";

export type PairPanelData = {
  id: string;
  language: Language;
  isTranslation: boolean;
  otherLanguage: Language;
  other: { id: string; title: string; status: GuidanceStatus; language: Language } | null;
};

export function pairPanelData(guidance: Guidance): PairPanelData {
  const pair = guidancePair(guidance);
  const isTranslation = Boolean(guidance.translationOfId);
  const other = isTranslation ? pair?.original : pair?.translation;
  return {
    id: guidance.id,
    language: guidance.language,
    isTranslation,
    otherLanguage: other?.language ?? otherLanguage(guidance.language),
    other: other ? { id: other.id, title: other.title, status: other.status, language: other.language } : null,
  };
}
