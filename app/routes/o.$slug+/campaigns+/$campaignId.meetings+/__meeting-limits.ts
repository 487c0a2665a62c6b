// What the form's fields show (maxLength, counters); no validator here, so pages stay light.
export const limitsMeeting = {
  title: 160,
  location: 300,
  videoUrl: 500,
  agenda: 4000,
  notes: 8000,
  outcome: 2000,
} as const;
