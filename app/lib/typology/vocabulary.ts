// The words of the typology (Peurach & Yurkofsky, NEPC policy brief, 2018). Slugs are what URLs, the
// database and the CLI use; what people read is in the "typology" catalogs, by the keys in keys.ts.

export const systemTypes = ["managerial", "market-driven", "federated", "networked", "american-default"] as const;
export type SystemType = (typeof systemTypes)[number];

export const domains = ["environment", "infrastructure", "use", "performance", "leadership"] as const;
export type Domain = (typeof domains)[number];

export const loci = ["central-office", "school"] as const;
export type Locus = (typeof loci)[number];

export const leverageLevels = ["primary", "secondary", "weak"] as const;
export type LeverageLevel = (typeof leverageLevels)[number];

export type CellKey = `${Domain}.${Locus}`;
export const cellKey = (domain: Domain, locus: Locus): CellKey => `${domain}.${locus}`;
export const allCells: Array<{ domain: Domain; locus: Locus; key: CellKey }> = domains.flatMap((domain) =>
  loci.map((locus) => ({ domain, locus, key: cellKey(domain, locus) })),
);
