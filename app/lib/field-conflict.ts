/**
 * A value that clashes with a stored record (a taken email, slug or name); `field` is the form field to blame. The
 * message is a catalog key, and `values` what it interpolates (the taken address, a free one).
 */
export class FieldConflictError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
  }
}
