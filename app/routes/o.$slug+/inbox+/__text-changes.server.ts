import { diffLines } from "diff";

export type ChangedLine = { change: "added" | "removed"; text: string };

/** The lines one text added and removed compared with another (blank lines left out), in reading order. */
export function changedLines(before: string, after: string, limit = 200): ChangedLine[] {
  return diffLines(before, after)
    .filter((part) => part.added || part.removed)
    .flatMap((part) =>
      part.value
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((text): ChangedLine => ({ change: part.added ? "added" : "removed", text })),
    )
    .slice(0, limit);
}
