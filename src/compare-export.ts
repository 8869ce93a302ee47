/**
 * File names for the compare page's "export the current view" buttons. The CSV text itself comes
 * from src/export.ts (toCsv: RFC 4180 with a UTF-8 BOM), shared with the open-data downloads.
 */

/** A file name for an export: `tiktok-shop-matrix-<view>-<date>.<ext>`, reduced to safe characters. */
export function exportFileName(view: string, asOf: string, ext: 'csv' | 'json'): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '');
  return `tiktok-shop-matrix-${safe(view)}-${safe(asOf)}.${ext}`;
}
