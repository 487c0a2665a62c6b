// A campaign's timeline and the weekly digest read activity as events, not sentences: each entry is a kind and the
// details it needs (people's own words kept as typed, statuses as values), put into words when it is read, in the
// reader's language. Entries written before events existed are English sentences, shown as they were stored.
import type { TFunction } from "i18next";

import type english from "~/locales/en/activity.json";

import type { AskStatus, CampaignStatus, MeetingStatus } from "./domain";
import { formatDay, type Locale } from "./format-dates";
import { inSentence } from "./in-sentence";
import { labelKeys } from "./labels";

type Details = {
  "campaign.started": { title: string };
  "campaign.statusChanged": { from: CampaignStatus; to: CampaignStatus };
  "campaign.edited": Record<string, never>;
  "ask.planned": { target: string; text: string };
  "ask.edited": { text: string };
  "ask.moved": { target: string; text: string; from: AskStatus; to: AskStatus };
  // The day as the task stores it (YYYY-MM-DD), written out in the reader's language.
  "task.assigned": { title: string; dueOn: string };
  "task.done": { title: string };
  "task.handedBack": { title: string; note: string };
  "task.reopened": { title: string };
  "task.reassigned": { title: string };
  "task.confirmed": { title: string };
  "meeting.scheduled": { title: string };
  "meeting.statusChanged": { title: string; status: MeetingStatus };
  "meeting.rescheduled": { title: string };
  "meeting.edited": { title: string };
  "meeting.writtenUp": { title: string };
};

export type ActivityKind = keyof Details;
export type ActivityDetails<K extends ActivityKind> = Details[K];
export type ActivityEvent = { [K in ActivityKind]: { kind: K; details: Details[K] } }[ActivityKind];

/** Every message of the activity catalog ("activity:task.done", ...), so a key it lacks fails to compile. */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type ActivityMessage = `activity:${Leaves<typeof english>}`;

/** The message each kind is put into words with. */
export const activityKeys = {
  "campaign.started": "activity:campaign.started",
  "campaign.statusChanged": "activity:campaign.statusChanged",
  "campaign.edited": "activity:campaign.edited",
  "ask.planned": "activity:ask.planned",
  "ask.edited": "activity:ask.edited",
  "ask.moved": "activity:ask.moved",
  "task.assigned": "activity:task.assigned",
  "task.done": "activity:task.done",
  "task.handedBack": "activity:task.handedBack",
  "task.reopened": "activity:task.reopened",
  "task.reassigned": "activity:task.reassigned",
  "task.confirmed": "activity:task.confirmed",
  "meeting.scheduled": "activity:meeting.scheduled",
  "meeting.statusChanged": "activity:meeting.statusChanged",
  "meeting.rescheduled": "activity:meeting.rescheduled",
  "meeting.edited": "activity:meeting.edited",
  "meeting.writtenUp": "activity:meeting.writtenUp",
} as const satisfies Record<ActivityKind, ActivityMessage>;

export const isActivityKind = (value: unknown): value is ActivityKind =>
  typeof value === "string" && Object.hasOwn(activityKeys, value);

/** Shown for an entry this server cannot read (a kind written by a newer version, details it cannot parse). */
export const unreadableActivityKey = "activity:unknown" satisfies ActivityMessage;

/** What is stored for one entry: an event, or (before events) an English sentence, or neither when unreadable. */
export type StoredActivity = { event: ActivityEvent | null; summary: string | null };

/** One entry as a reader sees it; `lang` marks a sentence stored in English before entries were events. */
export type ActivityText = { text: string; lang: "en" | null };

/**
 * The entry in words, through `t` (a translator with the "activity" and "labels" namespaces of the reader's
 * language). A status reads inside the sentence ("from made to committed").
 */
export function activityText(stored: StoredActivity, t: TFunction, locale: Locale): ActivityText {
  if (stored.event) return { text: eventText(stored.event, t, locale), lang: null };
  if (stored.summary !== null) return { text: stored.summary, lang: "en" };
  return { text: t(unreadableActivityKey), lang: null };
}

// A status as it reads inside a sentence, looked up once per translator: a search puts every entry of a campaign
// into words, and most of them name one of a few statuses.
const statusWords = new WeakMap<TFunction, Map<string, string>>();

function statusWord(key: string, t: TFunction, locale: Locale): string {
  let words = statusWords.get(t);
  if (!words) statusWords.set(t, (words = new Map()));
  let word = words.get(key);
  if (word === undefined) words.set(key, (word = inSentence(t(key), locale)));
  return word;
}

function eventText(event: ActivityEvent, t: TFunction, locale: Locale): string {
  const status = (key: string) => statusWord(key, t, locale);
  switch (event.kind) {
    case "campaign.statusChanged": {
      const { from, to } = event.details;
      return t(activityKeys[event.kind], {
        from: status(labelKeys.campaignStatus[from]),
        to: status(labelKeys.campaignStatus[to]),
      });
    }
    case "ask.moved": {
      const { from, to } = event.details;
      return t(activityKeys[event.kind], {
        ...event.details,
        from: status(labelKeys.askStatus[from]),
        to: status(labelKeys.askStatus[to]),
      });
    }
    case "task.assigned":
      return t(activityKeys[event.kind], {
        title: event.details.title,
        due: formatDay(event.details.dueOn, "date", locale),
      });
    case "meeting.statusChanged":
      return t(activityKeys[event.kind], {
        title: event.details.title,
        status: status(labelKeys.meetingStatus[event.details.status]),
      });
    default:
      // Every other kind's details are its message's values, as typed.
      return t(activityKeys[event.kind], { ...event.details });
  }
}
