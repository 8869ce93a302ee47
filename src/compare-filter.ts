/**
 * Filtering and faceted counts for the compare page, over MatrixRow[]. Pure and linear in the
 * number of rows, so the island can rerun it on every keystroke and the bench can time it.
 * Semantics: OR within a facet, AND across facets and the text filter; a facet's counts apply
 * every other active filter but not its own (the usual faceted-search rule).
 */
import type { CompareFilters, FacetKey, InvitationValue } from './compare-state.ts';
import { FACET_KEYS, FACETS, cleanQuery } from './compare-state.ts';
import type { MatrixData, MatrixRow } from './matrix.ts';
import {
  CONFIDENCE_META, ENTITY_LABELS, FULFILMENT_LABELS, REGION_LABELS, STATUS_META, type Localized,
} from './vocab.ts';

export type FilterInput = CompareFilters & { q: string };

/** The values a row has for a facet (a row may have several, e.g. fulfilment routes). */
export function rowFacetValues(row: MatrixRow, facet: FacetKey): readonly string[] {
  switch (facet) {
    case 'market': return [row.market];
    case 'region': return [row.region];
    case 'mode': return [row.mode];
    case 'status': return [row.status];
    case 'origin': return row.entityOrigin;
    case 'invitation': return [(row.invitation ?? 'unknown') satisfies InvitationValue];
    case 'fulfilment': return row.fulfilment;
    case 'confidence': return row.confidence ? [row.confidence] : [];
  }
}

/** Lower-case, width-folded (full-width Latin and digits become ASCII) text for matching. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const both = (t: Localized | undefined) => (t ? `${t.zh}\n${t.en}` : '');

/**
 * Per offering id, the text the filter box searches: names and requirements in both languages,
 * so "SSN", "营业执照" or "individual" match on either locale's page. Depends on the data only,
 * not on the date, so it is built once.
 */
export function searchTexts(data: MatrixData): Map<string, string> {
  const market = new Map(data.markets.map((m) => [m.id, m]));
  const mode = new Map(data.modes.map((m) => [m.id, m]));
  const requirement = new Map(data.requirements.map((r) => [r.id, r]));
  const out = new Map<string, string>();
  for (const o of data.offerings) {
    const m = market.get(o.market);
    const md = mode.get(o.mode);
    const parts = [
      o.id, o.storeType, both(o.name), both(o.summary),
      m ? `${m.id}\n${both(m.name)}\n${both(REGION_LABELS[m.region])}` : o.market,
      md ? `${both(md.name)}\n${(md.aka?.zh ?? []).join('\n')}\n${(md.aka?.en ?? []).join('\n')}` : o.mode,
      ...o.requirements.map((r) => {
        const req = requirement.get(r.ref);
        return `${r.ref}\n${both(req?.name)}\n${both(req?.description)}\n${both(r.detail)}`;
      }),
      ...o.entities.map((e) => both(ENTITY_LABELS[e.type])),
      ...o.fulfilment.map((f) => both(FULFILMENT_LABELS[f.option])),
      ...o.history.map((h) => `${both(STATUS_META[h.status].label)}\n${both(h.note)}`),
      ...o.history.map((h) => both(CONFIDENCE_META[h.confidence].label)),
    ];
    out.set(o.id, normalizeText(parts.join('\n')));
  }
  return out;
}

/** Whitespace-separated terms; every term must occur (AND). */
export function queryTerms(q: string): string[] {
  const clean = normalizeText(cleanQuery(q));
  return clean ? clean.split(' ').filter(Boolean) : [];
}

function matchesText(row: MatrixRow, terms: readonly string[], texts: ReadonlyMap<string, string>): boolean {
  if (terms.length === 0) return true;
  const hay = texts.get(row.id) ?? normalizeText(`${row.id}\n${row.name}\n${row.requirements.map((r) => r.name).join('\n')}`);
  for (const t of terms) if (!hay.includes(t)) return false;
  return true;
}

type ActiveFacet = { key: FacetKey; allowed: ReadonlySet<string> };

function activeFacets(filters: FilterInput): ActiveFacet[] {
  return FACET_KEYS.filter((k) => filters[k].length > 0).map((k) => ({ key: k, allowed: new Set<string>(filters[k]) }));
}

const anyIn = (values: readonly string[], allowed: ReadonlySet<string>) => {
  for (const v of values) if (allowed.has(v)) return true;
  return false;
};

/** Same answer as rowFacetValues(row, key).some(allowed.has), without allocating (hot loop). */
function passes(row: MatrixRow, f: ActiveFacet): boolean {
  const a = f.allowed;
  switch (f.key) {
    case 'market': return a.has(row.market);
    case 'region': return a.has(row.region);
    case 'mode': return a.has(row.mode);
    case 'status': return a.has(row.status);
    case 'origin': return anyIn(row.entityOrigin, a);
    case 'invitation': return a.has(row.invitation ?? 'unknown');
    case 'fulfilment': return anyIn(row.fulfilment, a);
    case 'confidence': return row.confidence !== null && a.has(row.confidence);
  }
}

/** Add a row's values to the counts: every facet, or only `only`. */
function count(counts: FacetCounts, row: MatrixRow, only: FacetKey | null): void {
  if (!only || only === 'market') counts.market[row.market]++;
  if (!only || only === 'region') counts.region[row.region]++;
  if (!only || only === 'mode') counts.mode[row.mode]++;
  if (!only || only === 'status') counts.status[row.status]++;
  if (!only || only === 'origin') for (const v of row.entityOrigin) counts.origin[v]++;
  if (!only || only === 'invitation') counts.invitation[row.invitation ?? 'unknown']++;
  if (!only || only === 'fulfilment') for (const v of row.fulfilment) counts.fulfilment[v]++;
  if ((!only || only === 'confidence') && row.confidence) counts.confidence[row.confidence]++;
}

export type FacetCounts = { [K in FacetKey]: Record<string, number> };

export type FilterResult = {
  rows: MatrixRow[];
  /** Per facet and value: rows that would show if that value were (also) ticked. */
  counts: FacetCounts;
  total: number;
};

function emptyCounts(): FacetCounts {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, Object.fromEntries(FACETS[k].map((v) => [v, 0]))])) as FacetCounts;
}

/**
 * Filter the rows and count facet values in one pass. A row that fails no facet is shown and
 * counts in every facet; a row that fails exactly one facet still counts in that facet only.
 */
export function filterRows(rows: readonly MatrixRow[], filters: FilterInput, texts: ReadonlyMap<string, string> = new Map()): FilterResult {
  const facets = activeFacets(filters);
  const terms = queryTerms(filters.q);
  const counts = emptyCounts();
  const shown: MatrixRow[] = [];
  for (const row of rows) {
    if (!matchesText(row, terms, texts)) continue;
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const f of facets) {
      if (!passes(row, f)) {
        failures++;
        failed = f.key;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    count(counts, row, failures === 1 ? failed : null);
    if (failures === 0) shown.push(row);
  }
  return { rows: shown, counts, total: rows.length };
}

/** Ids of rows whose status differs between two computations (e.g. two as-of dates). */
export function changedIds(now: readonly MatrixRow[], before: readonly MatrixRow[]): Set<string> {
  const prev = new Map(before.map((r) => [r.id, r.status]));
  const changed = new Set<string>();
  for (const r of now) if (prev.get(r.id) !== r.status) changed.add(r.id);
  return changed;
}
