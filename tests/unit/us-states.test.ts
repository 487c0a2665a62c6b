// State names are shown in the reader's language: every state and territory has a name in each, the menus list
// them in the reader's alphabetical order, and a message holding a state's code names it in its own language.
import { describe, expect, it } from "vitest";

import { localeFor } from "~/lib/format-dates";
import { languages } from "~/lib/i18n";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { stateName, stateOptions, usStateCodes, usStateNames } from "~/lib/us-states";

describe("US state names", () => {
  it("give every state and territory a name in every language", () => {
    expect(usStateCodes).toHaveLength(56);
    for (const language of languages) {
      expect(Object.keys(usStateNames[language]).sort(), language).toEqual([...usStateCodes].sort());
      for (const code of usStateCodes) {
        const name = stateName(code, language);
        expect(name.trim(), `${language} ${code}`).not.toBe("");
        expect(name, `${language} ${code}`).not.toBe(code);
      }
      // Two states never share a name, or the menu could not tell them apart.
      expect(new Set(usStateCodes.map((code) => stateName(code, language))).size, language).toBe(56);
    }
  });

  it("use the names US Spanish speakers use, and keep those Spanish writes as English does", () => {
    const spanish = Object.fromEntries(usStateCodes.map((code) => [code, stateName(code, "es")]));
    expect(spanish).toMatchObject({
      NY: "Nueva York",
      NC: "Carolina del Norte",
      SC: "Carolina del Sur",
      ND: "Dakota del Norte",
      SD: "Dakota del Sur",
      NM: "Nuevo México",
      NJ: "Nueva Jersey",
      NH: "Nuevo Hampshire",
      PA: "Pensilvania",
      MO: "Misuri",
      LA: "Luisiana",
      MI: "Míchigan",
      HI: "Hawái",
      OR: "Oregón",
      MS: "Misisipi",
      WV: "Virginia Occidental",
      DC: "Distrito de Columbia",
      VI: "Islas Vírgenes de los Estados Unidos",
      AS: "Samoa Americana",
      MP: "Islas Marianas del Norte",
      PR: "Puerto Rico",
      GU: "Guam",
      OH: "Ohio",
      TX: "Texas",
      CA: "California",
    });
    expect(stateName("NY", "en")).toBe("New York");
    expect(stateName("VI", "en")).toBe("U.S. Virgin Islands");
  });

  it("show a code it does not know as it is, including names an object inherits", () => {
    expect(stateName("ZZ", "es")).toBe("ZZ");
    expect(stateName("toString", "en")).toBe("toString");
  });

  it("list the menu's states in the reader's alphabetical order, each code once", () => {
    for (const language of languages) {
      const options = stateOptions(language);
      expect(options.map(({ code }) => code).sort(), language).toEqual([...usStateCodes].sort());
      const names = options.map(({ name }) => name);
      expect(names, language).toEqual([...names].sort((a, b) => a.localeCompare(b, localeFor(language))));
      for (const { code, name } of options) expect(name).toBe(stateName(code, language));
    }
    const spanish = stateOptions("es").map(({ name }) => name);
    // Accents do not move a name to the end, as they would in plain code-point order.
    expect(spanish.slice(spanish.indexOf("Massachusetts"), spanish.indexOf("Minnesota") + 1)).toEqual([
      "Massachusetts",
      "Míchigan",
      "Minnesota",
    ]);
    expect(spanish.slice(0, 6)).toEqual([
      "Alabama",
      "Alaska",
      "Arizona",
      "Arkansas",
      "California",
      "Carolina del Norte",
    ]);
    expect(spanish.indexOf("Nueva York")).toBeLessThan(spanish.indexOf("Nuevo Hampshire"));
    const english = stateOptions("en").map(({ name }) => name);
    expect(english.slice(0, 4)).toEqual(["Alabama", "Alaska", "American Samoa", "Arizona"]);
    expect(english.indexOf("New York")).toBeLessThan(english.indexOf("North Carolina"));
  });

  it("name the state a message holds by its code in the language the message is read in", () => {
    const message = (language: "en" | "es") =>
      createTranslator(language, ["common"]).getFixedT(language)("common:access.verifiedLocked.state", {
        state: "PA",
      });
    expect(message("es")).toContain("(Pensilvania)");
    expect(message("en")).toContain("(Pennsylvania)");
    const lookalike = createTranslator("es", ["common"]).getFixedT("es")("common:access.verifiedLookalike", {
      name: "Departamento de Educación",
      state: "NY",
    });
    expect(lookalike).toContain("ya es una agencia verificada de Nueva York");
  });
});
