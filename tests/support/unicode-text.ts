import fc from "fast-check";

// fast-check's own string unit "binary" (any code point) builds a map of all 1.1 million code points the first time
// a string of it is made, to shrink values it did not make itself: 1.1-1.4 s of each test worker's time. This is the
// same unit, drawn from the same integers (so the same values, biases and shrinking), without that map.
const surrogates = 0xe000 - 0xd800;
const anyCodePoint = fc
  .nat({ max: 0x10ffff - surrogates })
  .map((index) => String.fromCodePoint(index < 0xd800 ? index : index + surrogates));

/** Any text of Unicode scalar values (no lone surrogates): `fc.string({ unit: "binary" })`, made quickly. */
export const unicodeText = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({ ...constraints, unit: anyCodePoint });
