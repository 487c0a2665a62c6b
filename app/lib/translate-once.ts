import type { TFunction } from "i18next";

type Values = Record<string, string | number>;

/**
 * `t` for the rows of a list: each key, with the same values, is looked up in i18next once per render instead
 * of once per row. A list's rows repeat the same few words (a status, "Overdue", a lever's name), and i18next's
 * lookup cost more than the rest of rendering such a row.
 */
export function translateOnce(t: TFunction): (key: string, values?: Values) => string {
  const found = new Map<string, string>();
  return (key, values) => {
    const cacheKey = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = found.get(cacheKey);
    if (text === undefined) {
      text = String(values ? t(key, values) : t(key));
      found.set(cacheKey, text);
    }
    return text;
  };
}
