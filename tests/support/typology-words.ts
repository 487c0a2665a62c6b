import {
  domains,
  evidenceGrades,
  leverageLevels,
  levelShapes,
  loci,
  systemTypes,
  type Domain,
  type EvidenceGrade,
  type LeverageLevel,
  type Locus,
  type SystemType,
} from "~/lib/typology";
import { typologyKeys } from "~/lib/typology/keys";

import { messagesIn } from "./catalog";

// The typology's English words as the tests' oracles read them: from the English catalog (the words live nowhere
// else), by the app's own keys, in the shapes the tests compare with.

const english = messagesIn("en", "typology");
const each = <K extends string, V>(keys: readonly K[], value: (key: K) => V) =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
const entry = (keys: { plain: string; term: string; meaning: string }) => ({
  plain: english(keys.plain),
  term: english(keys.term),
  meaning: english(keys.meaning),
});

export const systemTypeLabels = each<SystemType, string>(systemTypes, (type) =>
  english(typologyKeys.systemType[type].name),
);
export const domainGlossary = each<Domain, ReturnType<typeof entry>>(domains, (domain) =>
  entry(typologyKeys.domain[domain]),
);
export const domainLabels = each<Domain, string>(domains, (domain) => domainGlossary[domain].plain);
export const locusLabels = each<Locus, string>(loci, (locus) => english(typologyKeys.locus[locus]));
export const levelGlossary = each<LeverageLevel, ReturnType<typeof entry> & { shape: string }>(
  leverageLevels,
  (level) => ({ ...entry(typologyKeys.level[level]), shape: levelShapes[level] }),
);
export const gradeGlossary = each<EvidenceGrade, ReturnType<typeof entry>>(evidenceGrades, (grade) =>
  entry(typologyKeys.grade[grade]),
);
