import { stringify } from "csv-stringify/sync";

/**
 * A CSV file of text people typed. A cell that starts like a formula (=, +, -, @, a tab or CR, or their
 * full-width forms) is run by spreadsheet apps when the file is opened; the library's own escaping puts an
 * apostrophe in front so that it is shown as text. A byte-order mark makes spreadsheet apps read UTF-8 names.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${stringify(
    rows.map((row) => [...row]),
    { escape_formulas: true },
  )}`;
}
