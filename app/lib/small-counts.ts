/**
 * The smallest number of distinct coalitions a state agency may see counted, in any cell of its overview
 * (a type, a month, a piece of guidance). Below it the cell is hidden, zero included: an exact 0 beside a
 * hidden cell would say "the hidden one is not empty". Five, not three: with three, two coalitions that compare
 * notes learn the third's type; five is the floor common in published education statistics, and a state with
 * fewer sharing coalitions than that has nothing to see yet.
 */
export const smallestShown = 5;

/** Nothing at all is shown for a month until this many coalitions in the state were counted in it. */
export const fewestSharing = 5;

/** A count as the agency may see it: the number, or null when it is too small to show. */
export type Cell = number | null;

export const shownCell = (n: number): Cell => (n >= smallestShown ? n : null);
