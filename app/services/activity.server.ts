// Activity entries put into words in one reader's language: the campaign page in the viewer's, the weekly digest in
// each recipient's.
import type { TFunction } from "i18next";

import { activityText, type ActivityText } from "~/lib/activity";
import { localeFor } from "~/lib/format-dates";
import type { Language } from "~/lib/i18n";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { activityPageSize, allCampaignActivity, campaignActivity, type ActivityRow } from "~/models/activity.server";

const translators = new Map<Language, TFunction>();

/** The "activity" catalog with the status labels, in one language, made once per process. */
function activityTranslator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createTranslator(language, ["activity", "labels"]).getFixedT(language, "activity");
    translators.set(language, t);
  }
  return t;
}

export type ActivityLine = { id: number; actorName: string; at: Date } & ActivityText;

export function activityLines(rows: ActivityRow[], language: Language): ActivityLine[] {
  const t = activityTranslator(language);
  const locale = localeFor(language);
  return rows.map(({ id, actorName, at, event, summary }) => ({
    id,
    actorName,
    at,
    ...activityText({ event, summary }, t, locale),
  }));
}

/**
 * Lower case, without accents: "Terminó" is found by "termino", as a phone keyboard often types it. (English and
 * Spanish lower-case the same in every locale, so the quicker toLowerCase does.)
 */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * One page of a campaign's timeline in the reader's language, newest first, and how many pages there are. A search
 * matches the words the reader sees (who, and what they did), in either case and with or without accents.
 */
export function campaignTimeline(campaignId: string, options: { page: number; search: string; language: Language }) {
  const { page, search, language } = options;
  if (!search) {
    const { rows, total } = campaignActivity(campaignId, page);
    return { lines: activityLines(rows, language), pages: pageCount(total) };
  }
  const wanted = folded(search);
  const matching = activityLines(allCampaignActivity(campaignId), language).filter((line) =>
    folded(`${line.actorName}: ${line.text}`).includes(wanted),
  );
  const start = (page - 1) * activityPageSize;
  return { lines: matching.slice(start, start + activityPageSize), pages: pageCount(matching.length) };
}

const pageCount = (total: number) => Math.max(1, Math.ceil(total / activityPageSize));
