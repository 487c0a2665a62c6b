// What the form's fields show (maxLength, counters); no validator here, so pages stay light.
export const limitsAsk = { text: 500, note: 1000, evidenceUrl: 500 } as const;
