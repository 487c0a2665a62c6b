// What the form's fields show (maxLength, counters); no validator here, so pages stay light.
export const limitsCampaign = { title: 160, win: 300, chartField: 4000 } as const;
