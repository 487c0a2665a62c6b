// What the form's fields show (maxLength, counters); no validator here, so pages stay light.
export const limitsTarget = { name: 120, title: 120, phone: 40, notes: 2000 } as const;
