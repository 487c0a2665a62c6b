import type { ActivityText } from "~/lib/activity";

type Entry = { id: number; actorName: string; at: string | Date } & ActivityText;

/**
 * A campaign's timeline, each line already in the reader's words; a line stored in English before entries were
 * events says so with its lang attribute, so a screen reader reads it in English.
 */
export function ActivityTimeline({ entries, moment }: { entries: Entry[]; moment: (at: string | Date) => string }) {
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="muted">{moment(entry.at)}</span> · {entry.actorName}:{" "}
          {entry.lang ? <span lang={entry.lang}>{entry.text}</span> : entry.text}
        </li>
      ))}
    </ol>
  );
}
