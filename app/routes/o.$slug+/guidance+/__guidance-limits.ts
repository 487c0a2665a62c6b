// What the form's fields show (maxLength, counters); no validator here, so pages stay light.
export const guidanceLimits = { title: 160, summary: 400, body: 20_000, changeNote: 400 } as const;
