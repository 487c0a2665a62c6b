import { z } from "zod";

import { schoolLevels } from "~/lib/domain";
import { limits } from "~/lib/limits";
import { isOneLine } from "~/lib/schemas.server";

import { schoolListLimits, type LineProblem } from "./__school-list";

export const schoolListSchema = z.object({
  names: z.string().max(schoolListLimits.characters, "districts:paste.validation.tooLong"),
  level: z.enum(schoolLevels, "districts:paste.validation.level"),
});

/** Schools are the same when their names match ignoring case and spacing, as people read them. */
const sameName = (name: string) => name.toLocaleLowerCase("en-US").replace(/\s+/g, " ");

/**
 * The names of a pasted list, one a line (blank lines skipped, spaces trimmed), with every line that cannot
 * be saved and why: too long, hidden characters, twice in the list, or already a school of the district.
 */
export function readSchoolList(
  text: string,
  existing: readonly string[],
): { names: string[]; problems: LineProblem[]; tooMany: boolean } {
  const taken = new Set(existing.map(sameName));
  const seen = new Map<string, number>();
  const names: string[] = [];
  const problems: LineProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const name = raw.trim();
    const line = index + 1;
    if (!name) return;
    const key = sameName(name);
    const earlier = seen.get(key);
    if (name.length > limits.schoolName) {
      problems.push({ line, name, message: "districts:paste.line.tooLong", values: { maximum: limits.schoolName } });
    } else if (!isOneLine(name)) {
      problems.push({ line, name, message: "districts:paste.line.hidden" });
    } else if (earlier !== undefined) {
      problems.push({ line, name, message: "districts:paste.line.twice", values: { earlier } });
    } else if (taken.has(key)) {
      problems.push({ line, name, message: "districts:conflict.schoolName" });
    }
    if (earlier === undefined) seen.set(key, line);
    names.push(name);
  });
  return { names, problems, tooMany: names.length > schoolListLimits.lines };
}
