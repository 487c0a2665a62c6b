import { createEvents, type EventAttributes } from "ics";

export type CalendarMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoUrl: string;
  agenda: string;
  status: "scheduled" | "held" | "cancelled";
  sequence: number;
  url: string;
};

export type CalendarTask = { id: string; title: string; dueOn: string; url: string };

const utcParts = (date: Date): [number, number, number, number, number] => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
  date.getUTCHours(),
  date.getUTCMinutes(),
];

function meetingEvent(meeting: CalendarMeeting): EventAttributes {
  return {
    uid: `meeting-${meeting.id}@fulcrum`,
    sequence: meeting.sequence,
    title: meeting.title,
    start: utcParts(meeting.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(meeting.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: meeting.location || meeting.videoUrl || undefined,
    description: [meeting.agenda, meeting.videoUrl ? `Video: ${meeting.videoUrl}` : "", `In Fulcrum: ${meeting.url}`].filter(Boolean).join("\n\n"),
    url: meeting.url,
    status: meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    productId: "fulcrum/meetings",
  };
}

function taskEvent(task: CalendarTask): EventAttributes {
  const [y, m, d] = task.dueOn.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return {
    uid: `task-${task.id}@fulcrum`,
    title: `Due: ${task.title}`,
    start: [y, m, d],
    end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
    description: `In Fulcrum: ${task.url}`,
    url: task.url,
    productId: "fulcrum/tasks",
  };
}

/** An RFC 5545 calendar with the given meetings and task due dates. */
export function calendar(name: string, meetings: CalendarMeeting[], tasks: CalendarTask[] = [], method?: "PUBLISH"): string {
  const events = [...meetings.map(meetingEvent), ...tasks.map(taskEvent)];
  if (events.length === 0) {
    return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:fulcrum", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${name.replace(/[\r\n,;\\]/g, " ")}`, "END:VCALENDAR", ""].join("\r\n");
  }
  const { error, value } = createEvents(events, { calName: name, method });
  if (error || !value) throw error ?? new Error("The calendar could not be built.");
  return value;
}
