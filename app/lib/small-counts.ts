/** Counts of 1 and 2 could point at one coalition: they are shown as "<3". */
export const smallestShown = 3;
export const shownCount = (n: number): string => (n === 0 ? "0" : n < smallestShown ? `<${smallestShown}` : String(n));
