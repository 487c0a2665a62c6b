// Shared by the form and its schema; the campaign form's own limits, and room for every target and ask of a
// district's playbook (a point lists at most two asks, and a district rarely maps more than a few dozen targets).
export const limitsStartCampaign = { title: 160, win: 300, targets: 200, asks: 400 } as const;
