// What the form's fields show (maxLength, counters); no validator here, so pages stay light.
export const limitsTask = { title: 160, details: 4000, note: 1000 } as const;
