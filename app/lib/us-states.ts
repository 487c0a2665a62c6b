import type { i18n } from "i18next";

import { localeFor } from "./format-dates";
import { languageOrFallback, type Language } from "./i18n";

// USPS postal codes of the states, the District of Columbia and the inhabited territories, each of which runs
// public schools with NCES ids. The code is what is stored; the name is only ever shown, in the reader's language.
const english = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
  AS: "American Samoa",
  GU: "Guam",
  MP: "Northern Mariana Islands",
  PR: "Puerto Rico",
  VI: "U.S. Virgin Islands",
} as const;

export type UsStateCode = keyof typeof english;

// The names US Spanish-language newspapers and schools use; a name Spanish keeps as in English stays as it is.
const spanish: Record<UsStateCode, string> = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "Distrito de Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawái",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Luisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Míchigan",
  MN: "Minnesota",
  MS: "Misisipi",
  MO: "Misuri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "Nuevo Hampshire",
  NJ: "Nueva Jersey",
  NM: "Nuevo México",
  NY: "Nueva York",
  NC: "Carolina del Norte",
  ND: "Dakota del Norte",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregón",
  PA: "Pensilvania",
  RI: "Rhode Island",
  SC: "Carolina del Sur",
  SD: "Dakota del Sur",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "Virginia Occidental",
  WI: "Wisconsin",
  WY: "Wyoming",
  AS: "Samoa Americana",
  GU: "Guam",
  MP: "Islas Marianas del Norte",
  PR: "Puerto Rico",
  VI: "Islas Vírgenes de los Estados Unidos",
};

/**
 * Each code's name in each language. A typed map rather than a catalog namespace: the type makes a missing name
 * a compile error, and every layer reads it the same way (components, loaders, the playbook generator, emails,
 * i18next messages through the `stateName` format) with no namespace to declare on each page that shows a state.
 */
export const usStateNames: Record<Language, Record<UsStateCode, string>> = { en: english, es: spanish };

export const usStateCodes = Object.keys(english) as UsStateCode[];

export const isUsStateCode = (code: string): code is UsStateCode => Object.hasOwn(english, code);

/** The state's name in the reader's language; a code Fulcrum does not know is shown as it is. */
export function stateName(code: string, language: Language): string {
  return isUsStateCode(code) ? usStateNames[language][code] : code;
}

const sortedOptions = new Map<Language, readonly { code: UsStateCode; name: string }[]>();

/** What a state <select> offers: the codes as values, the names in the reader's language, in its order. */
export function stateOptions(language: Language): readonly { code: UsStateCode; name: string }[] {
  let options = sortedOptions.get(language);
  if (!options) {
    const locale = localeFor(language);
    options = usStateCodes
      .map((code) => ({ code, name: stateName(code, language) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    sortedOptions.set(language, options);
  }
  return options;
}

/**
 * `{{state, stateName}}` in a message: a state code a model put into a message's values (it does not know who
 * will read it) becomes the state's name in the language the message is shown in.
 */
export function formatStateNames(instance: i18n) {
  instance.services.formatter?.add("stateName", (value: unknown, language: string | undefined) =>
    typeof value === "string" ? stateName(value, languageOrFallback(language)) : String(value),
  );
}
