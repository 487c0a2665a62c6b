export const verificationLimits = {
  officialName: 160,
  requesterRole: 120,
  phone: 40,
  website: 300,
  note: 1000,
} as const;

/** A verification request as its form's schema (__verification-form.server.ts) hands it on, trimmed and checked. */
export type VerificationRequestInput = {
  officialName: string;
  requesterRole: string;
  officialEmail: string;
  phone: string;
  website: string;
};

/**
 * The form of a name used to spot lookalikes: compatibility forms folded (NFKC: full-width letters, ligatures),
 * accents, case, spacing and punctuation dropped. "Ohio Dept. of Education" and "ohio  dept of educatión" match.
 */
export function normalizeAgencyName(name: string): string {
  return name
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
