/**
 * Props for `<Trans>` whose values are people's own words (a coalition's name, an address). i18next reads the
 * message as markup after filling it in, so a name typed as "Maple <strong>Families" would otherwise become a tag
 * or swallow the rest of the sentence; escaped, then unescaped as text, it is shown exactly as typed.
 */
export const valuesAsText = { shouldUnescape: true, tOptions: { interpolation: { escapeValue: true } } } as const;
