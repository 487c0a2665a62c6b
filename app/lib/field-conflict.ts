/** A value that clashes with a stored record (a taken email, slug or name); `field` is the form field to blame. */
export class FieldConflictError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
