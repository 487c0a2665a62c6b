// What the paste-a-list form and its page share; no zod here, so the page's browser bundle stays small.

/** Enough for the biggest US districts' school lists in one go, small enough to read back line by line. */
export const schoolListLimits = { lines: 300, characters: 60_000 } as const;

/**
 * A line of the pasted list that cannot be saved, by its number in the box (from 1), with why: a catalog key of
 * the "districts" namespace and what it interpolates.
 */
export type LineProblem = { line: number; name: string; message: string; values?: Record<string, number> };
