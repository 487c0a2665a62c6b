/**
 * A name as it reads inside a sentence ("Toward federated", "a main lever"): only its first letter is lowered, so
 * abbreviations such as "EE. UU." keep their capitals.
 */
export const inSentence = (name: string, locale: string): string =>
  name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
