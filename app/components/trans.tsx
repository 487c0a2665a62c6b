import type { ComponentProps } from "react";
import { Trans as I18nextTrans } from "react-i18next";

/**
 * react-i18next's `<Trans>`, with its values read as text. i18next reads a message as markup after filling it in,
 * so a value that is someone's own words (a coalition named "Maple <strong>Families", a task's title) would become a
 * tag or swallow the rest of the sentence; escaped, then unescaped as text, it is shown exactly as typed. Every
 * sentence with markup goes through this one (a lint rule keeps react-i18next's own out of the app).
 */
export function Trans(props: ComponentProps<typeof I18nextTrans>) {
  const tOptions = { ...props.tOptions, interpolation: { ...props.tOptions?.interpolation, escapeValue: true } };
  return <I18nextTrans {...props} shouldUnescape tOptions={tOptions} />;
}
