/**
 * Tables for download: RFC 4180 CSV and the offerings table behind /data/offerings.csv.
 * Pure functions over the dataset; the page that serves the files is pages/data/[file].ts.
 */
import type { IsoDate } from './dates.ts';
import type { Dataset } from './dataset.ts';
import { matrixRows } from './matrix.ts';
import type { Offering } from './schema.ts';
import {
  CONFIDENCE_META, ENTITY_LABELS, FULFILMENT_LABELS, pick, REGION_LABELS, STATUS_META, type Locale,
} from './vocab.ts';

/** Byte order mark, so spreadsheet apps (Excel in particular) read the file as UTF-8 and Chinese survives. */
export const UTF8_BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

/** Characters that force a field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: quoted when it holds a comma, quote or line break, with quotes doubled; empty for null. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (RFC 4180): BOM, header row, CRLF after every record. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}

export type Table = { header: string[]; rows: Cell[][] };

/** Several values in one cell. */
const LIST_SEPARATOR = '; ';

function commissionAt(o: Offering, date: IsoDate): string | null {
  const current = o.commission.filter((c) => !c.from || c.from <= date).at(-1);
  if (!current) return null;
  return current.maxPercent !== undefined ? `${current.percent}–${current.maxPercent}%` : `${current.percent}%`;
}

/**
 * The offerings as one table at a date: ids stay machine-readable (market, mode, status ...), and
 * a `*_label` column beside each gives the locale's wording. Header names are the same in every locale.
 */
export function offeringsTable(dataset: Dataset, locale: Locale, date: IsoDate): Table {
  const header = [
    'id', 'market', 'market_name', 'region', 'mode', 'mode_name', 'store_type', 'name',
    'as_of', 'status', 'status_label', 'status_since', 'status_note', 'confidence', 'confidence_label',
    'entities', 'invitation', 'requirements', 'fulfilment', 'deposit', 'commission',
    'last_sourced', 'may_be_outdated', 'sources',
  ];
  const byId = new Map(dataset.offerings.map((o) => [o.id, o]));
  const rows = matrixRows(dataset, locale, date, date).map((r): Cell[] => [
    r.id,
    r.market,
    r.marketName,
    pick(REGION_LABELS[r.region], locale),
    r.mode,
    r.modeName,
    r.storeType,
    r.name,
    date,
    r.status,
    pick(STATUS_META[r.status].label, locale),
    r.statusSince,
    r.statusNote,
    r.confidence,
    r.confidence ? pick(CONFIDENCE_META[r.confidence].label, locale) : null,
    r.entities.map((e) => pick(ENTITY_LABELS[e], locale)).join(LIST_SEPARATOR),
    r.invitation,
    r.requirements.map((q) => q.name).join(LIST_SEPARATOR),
    r.fulfilment.map((f) => pick(FULFILMENT_LABELS[f], locale)).join(LIST_SEPARATOR),
    r.deposit,
    commissionAt(byId.get(r.id)!, date),
    r.lastSourced,
    r.outdated,
    r.sourceIds.join(' '),
  ]);
  return { header, rows };
}
