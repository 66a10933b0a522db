/**
 * CSV for spreadsheets (pure). UTF-8 with a byte-order mark so Excel shows Korean correctly, CRLF
 * line ends, RFC 4180 quoting, and spreadsheet formula injection neutralized: a cell starting
 * with = + - @, a tab or a carriage return is prefixed with an apostrophe, so Excel and Sheets
 * show it as text instead of running it (OWASP "CSV injection").
 */
export const CSV_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  // Numbers are data, not formulas: -3 stays -3. Only text is neutralized.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/** A whole document: BOM, header row, rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + csvRow(header) + rows.map(csvRow).join("");
}
