/**
 * CSV and JSON text for the compare page's "export the current view" buttons. Pure: the island
 * turns the strings into Blob downloads.
 */

/** Byte order mark: lets spreadsheet apps (Excel in particular) read the CSV as UTF-8, so Chinese survives. */
export const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula (=, +, @, tab, CR) gets a leading apostrophe.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a BOM and CRLF line ends; the first row is the header. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A file name for an export: `tiktok-shop-matrix-<view>-<date>.<ext>`. */
export function exportFileName(view: string, asOf: string, ext: 'csv' | 'json'): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '');
  return `tiktok-shop-matrix-${safe(view)}-${safe(asOf)}.${ext}`;
}
