/**
 * State of the compare page and its URL form. Pure (no DOM, no React) so it can be unit-tested:
 * parseCompareState never throws; unknown or malformed values are dropped silently and the
 * defaults used, so a hand-edited or stale link still opens a sensible view.
 */
import { isValidIsoDate } from './dates.ts';
import {
  CONFIDENCES, ENTITY_ORIGINS, FULFILMENT_OPTIONS, MARKETS, MODES, REGIONS, STATUSES,
  type Confidence, type EntityOrigin, type FulfilmentOption, type MarketId, type ModeId, type Region, type Status,
} from './vocab.ts';

export const VIEWS = ['table', 'grid'] as const;
export type View = (typeof VIEWS)[number];

/** Invitation facet: the offering's `invitation.required`, or `unknown` when no source says. */
export const INVITATION_VALUES = ['yes', 'some', 'no', 'unknown'] as const;
export type InvitationValue = (typeof INVITATION_VALUES)[number];

/** Table columns, in display order. `name` is the row header and cannot be hidden. */
export const COMPARE_COLUMNS = [
  'name', 'market', 'region', 'mode', 'status', 'since', 'entities', 'invitation',
  'requirements', 'fulfilment', 'deposit', 'confidence', 'sourced',
] as const;
export type CompareColumn = (typeof COMPARE_COLUMNS)[number];
export const HIDEABLE_COLUMNS: readonly CompareColumn[] = COMPARE_COLUMNS.filter((c) => c !== 'name');

/** The faceted filters, each a list of allowed values (OR within a facet, AND across facets). */
export type CompareFilters = {
  market: MarketId[];
  region: Region[];
  mode: ModeId[];
  status: Status[];
  origin: EntityOrigin[];
  invitation: InvitationValue[];
  fulfilment: FulfilmentOption[];
  confidence: Confidence[];
};
export type FacetKey = keyof CompareFilters;

/** Every facet with its closed vocabulary; also the order of the filter groups and of URL keys. */
export const FACETS: { [K in FacetKey]: readonly CompareFilters[K][number][] } = {
  market: MARKETS,
  region: REGIONS,
  mode: MODES,
  status: STATUSES,
  origin: ENTITY_ORIGINS,
  invitation: INVITATION_VALUES,
  fulfilment: FULFILMENT_OPTIONS,
  confidence: CONFIDENCES,
};
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

export type CompareSort = { column: CompareColumn; desc: boolean };

export type CompareState = CompareFilters & {
  view: View;
  /** YYYY-MM-DD, or null for "today" (the build date). */
  asOf: string | null;
  q: string;
  sort: CompareSort | null;
  /** Hidden columns, in COMPARE_COLUMNS order. */
  cols: CompareColumn[];
};

/** Longest text filter kept from a URL; longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

export function defaultCompareState(): CompareState {
  return {
    view: 'table', asOf: null, q: '', sort: null, cols: [],
    market: [], region: [], mode: [], status: [], origin: [], invitation: [], fulfilment: [], confidence: [],
  };
}

/** Keep only known values, once each, in vocabulary order (so equal sets give equal URLs). */
function pickList<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(',').map((v) => v.trim().toLowerCase()));
  return allowed.filter((v) => wanted.has(v));
}

function parseDate(raw: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  return value.length === 10 && isValidIsoDate(value) ? value : null;
}

function parseSort(raw: string | null): CompareSort | null {
  if (!raw) return null;
  const [column, dir, ...rest] = raw.trim().toLowerCase().split(':');
  if (rest.length || !(COMPARE_COLUMNS as readonly string[]).includes(column)) return null;
  if (dir !== 'asc' && dir !== 'desc') return null;
  return { column: column as CompareColumn, desc: dir === 'desc' };
}

/** Collapse whitespace and control characters; cut to MAX_QUERY_LENGTH. */
export function cleanQuery(raw: string | null | undefined): string {
  if (!raw) return '';
  return raw.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Parse `?view=grid&market=us,gb…` (with or without the leading `?`) or URLSearchParams. Never throws. */
export function parseCompareState(input: string | URLSearchParams): CompareState {
  let params: URLSearchParams;
  try {
    params = typeof input === 'string' ? new URLSearchParams(input.startsWith('?') ? input.slice(1) : input) : input;
  } catch {
    return defaultCompareState();
  }
  const state = defaultCompareState();
  const view = params.get('view')?.trim().toLowerCase();
  if (view === 'table' || view === 'grid') state.view = view;
  state.asOf = parseDate(params.get('asOf'));
  state.q = cleanQuery(params.get('q'));
  state.sort = parseSort(params.get('sort'));
  state.cols = pickList(params.get('cols'), HIDEABLE_COLUMNS);
  for (const key of FACET_KEYS) (state as Record<FacetKey, string[]>)[key] = pickList(params.get(key), FACETS[key]);
  return state;
}

/**
 * The query string for a state, without `?`; defaults are left out, keys come in a fixed order
 * and list values in vocabulary order, so one state has exactly one URL.
 */
export function serializeCompareState(state: CompareState): string {
  const parts: [string, string][] = [];
  if (state.view !== 'table') parts.push(['view', state.view]);
  if (state.asOf) parts.push(['asOf', state.asOf]);
  for (const key of FACET_KEYS) {
    const values = pickList(state[key].join(','), FACETS[key]);
    if (values.length) parts.push([key, values.join(',')]);
  }
  const q = cleanQuery(state.q);
  if (q) parts.push(['q', q]);
  if (state.sort) parts.push(['sort', `${state.sort.column}:${state.sort.desc ? 'desc' : 'asc'}`]);
  const cols = pickList(state.cols.join(','), HIDEABLE_COLUMNS);
  if (cols.length) parts.push(['cols', cols.join(',')]);
  // Commas and colons stay readable; everything else is percent-encoded.
  return parts
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
    .join('&');
}

/** True when any facet or the text filter narrows the rows. */
export function hasActiveFilters(state: CompareFilters & { q: string }): boolean {
  return cleanQuery(state.q) !== '' || FACET_KEYS.some((k) => state[k].length > 0);
}

/** The same state with every filter cleared (view, date, sort and columns kept). */
export function clearFilters(state: CompareState): CompareState {
  const empty = defaultCompareState();
  return { ...state, q: '', ...Object.fromEntries(FACET_KEYS.map((k) => [k, empty[k]])) } as CompareState;
}
