import { z } from "zod";

import { schoolLevels } from "~/lib/domain";
import { limits } from "~/lib/limits";
import { isOneLine } from "~/lib/schemas.server";

import { schoolListLimits, type LineProblem } from "./__school-list";

export const schoolListSchema = z.object({
  names: z
    .string()
    .max(
      schoolListLimits.characters,
      `That list is too long to check at once: paste up to ${schoolListLimits.lines} schools at a time.`,
    ),
  level: z.enum(schoolLevels, "Choose the level all these schools get (you can change each one later)."),
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
      problems.push({ line, name, message: `Keep a school's name to ${limits.schoolName} characters or fewer.` });
    } else if (!isOneLine(name)) {
      problems.push({ line, name, message: "Remove the hidden control characters (they can come with copied text)." });
    } else if (earlier !== undefined) {
      problems.push({ line, name, message: `Already in this list, on line ${earlier}.` });
    } else if (taken.has(key)) {
      problems.push({ line, name, message: "This district already has a school with this name." });
    }
    if (earlier === undefined) seen.set(key, line);
    names.push(name);
  });
  return { names, problems, tooMany: names.length > schoolListLimits.lines };
}
