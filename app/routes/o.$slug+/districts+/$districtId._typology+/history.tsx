import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { formatMoment, localeFor } from "~/lib/format-dates";
import { inSentence } from "~/lib/in-sentence";
import { href } from "~/lib/paths";
import { contextKindKeys } from "~/lib/typology/context-kinds";
import { typologyKeys } from "~/lib/typology/keys";
import { useLocale } from "~/lib/use-language";
import { declarationHistory } from "~/models/typology.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";

import { declarationChanges, type DeclarationChange } from "./__declaration-changes";

export const handle = { i18n: ["diagnostic", "contexts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const { t, language } = await requestTranslator(request, "diagnostic");
  const history = declarationHistory(district.id);
  const entries = history.map((declaration, index) => {
    const previous = history.slice(index + 1).find((older) => older.context === declaration.context);
    return {
      id: declaration.id,
      context: declaration.context,
      type: declaration.systemType,
      by: declaration.declaredByName,
      at: formatMoment(declaration.createdAt, "dateTime", organization.timeZone, localeFor(language)),
      note: declaration.note,
      changes: declarationChanges(declaration, previous),
    };
  });
  return {
    title: t("history.metaTitle"),
    district: {
      name: district.name,
      href: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    },
    entries,
  };
}

/** A change in words: "Type changed from managerial to networked." */
function useChangeText() {
  const { t } = useTranslation("diagnostic");
  const locale = useLocale();
  const lower = (text: string) => inSentence(text, locale);
  const cell = (domain: keyof typeof typologyKeys.domain, locus: keyof typeof typologyKeys.locus) =>
    t("history.cell", { domain: t(typologyKeys.domain[domain].plain), locus: lower(t(typologyKeys.locus[locus])) });
  const level = (value: keyof typeof typologyKeys.level) => lower(t(typologyKeys.level[value].plain));
  const type = (value: keyof typeof typologyKeys.systemType) => lower(t(typologyKeys.systemType[value].name));
  return (change: DeclarationChange): string => {
    switch (change.change) {
      case "first":
        return t("history.first", { type: type(change.type) });
      case "contextKind":
        return t("history.contextKind", {
          from: change.from ? lower(t(contextKindKeys[change.from].label)) : t("history.noKind"),
          to: lower(t(contextKindKeys[change.to].label)),
        });
      case "type":
        return t("history.type", { from: type(change.from), to: type(change.to) });
      case "observed":
        return t("history.observed", { cell: cell(change.domain, change.locus), level: level(change.level) });
      case "reverted":
        return t("history.reverted", { cell: cell(change.domain, change.locus) });
      case "level":
        return t("history.level", {
          cell: cell(change.domain, change.locus),
          from: level(change.from),
          to: level(change.to),
        });
      case "cellNote":
        return t("history.cellNote", { cell: cell(change.domain, change.locus) });
      case "note":
        return t("history.note");
      case "none":
        return t("history.none");
    }
  };
}

export default function DeclarationHistory() {
  const { district, entries } = useLoaderData<typeof loader>();
  const { t } = useTranslation("diagnostic");
  const changeText = useChangeText();
  return (
    <section aria-labelledby="history-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <h1 id="history-title">{t("history.title")}</h1>
      {entries.length === 0 ? (
        <p className="empty">{t("history.empty")}</p>
      ) : (
        <ol className="history" reversed>
          {entries.map((entry) => (
            <li key={entry.id} className="declaration">
              <h2 className="declaration__title">
                {t("history.entryTitle", {
                  type: t(typologyKeys.systemType[entry.type].name),
                  context: entry.context || t("history.districtWide"),
                })}
              </h2>
              <p className="muted">{t("history.byAt", { name: entry.by, date: entry.at })}</p>
              <ul>
                {entry.changes.map((change) => {
                  const text = changeText(change);
                  return <li key={text}>{text}</li>;
                })}
              </ul>
              {entry.note ? <p>{t("history.entryNote", { note: entry.note })}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
