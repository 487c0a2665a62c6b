import type { Domain, Locus } from "./typology";

// Where each point and gap sits on the playbook page, so a form started from it can bring the organizer back.
export const pointAnchor = (cell: { domain: Domain; locus: Locus }) => `point-${cell.domain}-${cell.locus}`;
export const gapAnchor = (cell: { domain: Domain; locus: Locus }) => `gap-${cell.domain}-${cell.locus}`;

// A suggested ask is named by its point and its place in the point's list (the playbook shows at most a few).
export const maxSuggestedAsks = 5;
