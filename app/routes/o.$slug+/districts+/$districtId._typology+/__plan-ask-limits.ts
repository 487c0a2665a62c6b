// The ask form's own limit (campaigns' ask form), so an ask planned here can be edited there.
export const limitsPlanAsk = { text: 500 } as const;
