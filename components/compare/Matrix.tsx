/**
 * The comparison matrix island: a sortable table of offerings and a markets × modes grid,
 * both replayed at an as-of date, with faceted filters, URL state and CSV/JSON export.
 * Server-rendered with the defaults (today, no filters) so the page reads without JS; the URL
 * state is applied after hydration. Domain logic lives in src/ (matrix, compare-filter,
 * compare-state, compare-export); this file only renders.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createColumnHelper, createSortedRowModel, functionalUpdate, metaHelper,
  rowSortingFeature, tableFeatures, useTable, type Row, type SortingState,
} from '@tanstack/react-table';
import { changedIds, filterRows, searchTexts } from '../../src/compare-filter.ts';
import { exportFileName } from '../../src/compare-export.ts';
import { toCsv } from '../../src/export.ts';
import {
  FACET_KEYS, FACETS, HIDEABLE_COLUMNS, clearFilters, defaultCompareState, hasActiveFilters,
  parseCompareState, serializeCompareState,
  type CompareColumn, type CompareState, type FacetKey,
} from '../../src/compare-state.ts';
import { isValidIsoDate, startOf } from '../../src/dates.ts';
import { matrixRows, pivotAt, type MatrixData, type MatrixRow, type PivotCell } from '../../src/matrix.ts';
import { AVAILABILITY_ORDER } from '../../src/status.ts';
import {
  CONFIDENCE_META, CONFIDENCES, ENTITY_LABELS, ENTITY_ORIGIN_LABELS, FULFILMENT_LABELS, MODES, REGION_LABELS,
  STATUS_META, STATUSES, pick, type Locale, type ModeId, type Status,
} from '../../src/vocab.ts';
import { fill, type CompareStrings } from './strings.ts';

import { withIslandData } from '../island-loader.tsx';
import GridView from './Grid.tsx';
import { ConfidenceBadge, StatusBadge, offeringHref, type T } from './parts.tsx';

type Props = { data: MatrixData; locale: Locale; today: string; strings: CompareStrings };

/** The date of the 2023-11-09 seed article (S0), one click away. */
const S0_DATE = '2023-11-09';
/**
 * Rows laid out before the reader asks for all. The rest are in the HTML (readable without JS via the
 * CSS-only toggle, printed, indexed by search) but `display: none`, so a phone does not style and lay
 * out 55 rows of lists on load: that table layout was most of the page's blocking time. 10, not 20:
 * a phone shows about 6 rows in the scroll box, and Lighthouse mobile TBT went 204 → 116 ms
 * (median of 5; 10 rows is also the page size data tables commonly default to).
 */
const FIRST_ROWS = 10;
/** Above this many rows, later rows stay out of the DOM until asked for all (synthetic-scale data). */
const ROW_CAP = 400;

type Ctx = {
  locale: Locale;
  t: T;
  s: CompareStrings;
  base: string;
  collator: Intl.Collator;
  /** Offering id → its status at the previous date, for rows that changed (highlight on). */
  changed: Map<string, Status> | null;
};

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  tableMeta: metaHelper<Ctx>(),
});
type Features = typeof features;

const list = (locale: Locale, items: readonly string[]) => items.join(locale === 'en' ? ', ' : '、');

/** Plain text per column: the CSV export and the print view read the same words as the cells. */
const TEXT: Record<CompareColumn, (r: MatrixRow, c: Ctx) => string> = {
  name: (r) => r.name,
  market: (r) => r.marketName,
  region: (r, c) => pick(REGION_LABELS[r.region], c.locale),
  mode: (r) => r.modeName,
  status: (r, c) => pick(STATUS_META[r.status].label, c.locale),
  since: (r, c) => r.statusSince ?? c.t(r.statusBasis === 'before-market-launch' ? 'beforeLaunch' : 'noEntryYet'),
  entities: (r, c) => list(c.locale, r.entities.map((e) => pick(ENTITY_LABELS[e], c.locale))),
  invitation: (r, c) => c.s.invitation[r.invitation ?? 'unknown'],
  requirements: (r, c) => list(c.locale, r.requirements.map((q) => q.name)),
  fulfilment: (r, c) => list(c.locale, r.fulfilment.map((f) => pick(FULFILMENT_LABELS[f], c.locale))),
  deposit: (r, c) => r.deposit ?? c.t('none'),
  confidence: (r, c) => (r.confidence ? pick(CONFIDENCE_META[r.confidence].label, c.locale) : c.t('none')),
  sourced: (r, c) => (r.lastSourced ?? c.t('undated')) + (r.outdated ? ` (${c.t('outdated')})` : ''),
};

/** Ascending comparison of sort keys: numbers numerically, text by the page language's collation. */
function compareKeys(a: Row<Features, MatrixRow>, b: Row<Features, MatrixRow>, id: string): number {
  const x = a.getValue<string | number>(id);
  const y = b.getValue<string | number>(id);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return a.table.options.meta!.collator.compare(String(x), String(y));
}

const orderOf = <T,>(order: readonly T[]) => (v: T | null) => (v === null ? undefined : order.indexOf(v));
const statusRank = orderOf(AVAILABILITY_ORDER);
const confidenceRank = orderOf(CONFIDENCES);
const invitationRank = orderOf(FACETS.invitation);
const modeRank = orderOf<ModeId>(MODES);
const joinedOrUndefined = (items: string[]) => (items.length ? items.join(' ') : undefined);

function ListCell({ items, t }: { items: string[]; t: T }) {
  if (items.length === 0) return <span className="cmp-muted">{t('none')}</span>;
  return <ul className="cmp-list">{items.map((i) => <li key={i}>{i}</li>)}</ul>;
}

const helper = createColumnHelper<Features, MatrixRow>();
const sortable = { sortFn: compareKeys, sortUndefined: 'last' as const };

const columns = helper.columns([
  helper.accessor((r) => r.name, {
    id: 'name', ...sortable,
    cell: ({ row, table }) => {
      const r = row.original;
      return <a href={offeringHref(table.options.meta!.base, r.id)}>{r.name}</a>;
    },
  }),
  helper.accessor((r) => r.marketName, { id: 'market', ...sortable }),
  helper.accessor((r) => r.region, {
    id: 'region', ...sortable,
    cell: ({ row, table }) => TEXT.region(row.original, table.options.meta!),
  }),
  helper.accessor((r) => modeRank(r.mode), { id: 'mode', ...sortable, cell: ({ row }) => row.original.modeName }),
  helper.accessor((r) => statusRank(r.status), {
    id: 'status', ...sortable,
    cell: ({ row, table }) => {
      const { locale, changed, t } = table.options.meta!;
      const r = row.original;
      const before = changed?.get(r.id);
      return (
        <>
          <StatusBadge status={r.status} locale={locale} />
          {before !== undefined && (
            <span className="cmp-changed">
              <span aria-hidden="true">Δ</span> {t('changedFrom', { status: pick(STATUS_META[before].label, locale) })}
            </span>
          )}
          {r.statusNote && (
            <details className="cmp-note">
              <summary>{t('note')}</summary>
              {r.statusNote}
            </details>
          )}
        </>
      );
    },
  }),
  helper.accessor((r) => r.statusSince ?? undefined, {
    id: 'since', ...sortable,
    cell: ({ row, table }) => {
      const r = row.original;
      return r.statusSince ?? <span className="cmp-muted">{TEXT.since(r, table.options.meta!)}</span>;
    },
  }),
  helper.accessor((r) => joinedOrUndefined(r.entities), {
    id: 'entities', ...sortable,
    cell: ({ row, table }) => {
      const { locale, t } = table.options.meta!;
      const r = row.original;
      return (
        <>
          <ListCell items={r.entities.map((e) => pick(ENTITY_LABELS[e], locale))} t={t} />
          {r.entityOrigin.length > 0 && <span className="cmp-muted">{list(locale, r.entityOrigin.map((o) => pick(ENTITY_ORIGIN_LABELS[o], locale)))}</span>}
        </>
      );
    },
  }),
  helper.accessor((r) => invitationRank(r.invitation ?? 'unknown'), {
    id: 'invitation', ...sortable,
    cell: ({ row, table }) => TEXT.invitation(row.original, table.options.meta!),
  }),
  helper.accessor((r) => r.requirements.length, {
    id: 'requirements', ...sortable,
    cell: ({ row, table }) => <ListCell items={row.original.requirements.map((q) => q.name)} t={table.options.meta!.t} />,
  }),
  helper.accessor((r) => joinedOrUndefined(r.fulfilment), {
    id: 'fulfilment', ...sortable,
    cell: ({ row, table }) => {
      const { locale, t } = table.options.meta!;
      return <ListCell items={row.original.fulfilment.map((f) => pick(FULFILMENT_LABELS[f], locale))} t={t} />;
    },
  }),
  helper.accessor((r) => r.deposit ?? undefined, {
    id: 'deposit', ...sortable,
    cell: ({ row, table }) => row.original.deposit ?? <span className="cmp-muted">{table.options.meta!.t('none')}</span>,
  }),
  helper.accessor((r) => confidenceRank(r.confidence), {
    id: 'confidence', ...sortable,
    cell: ({ row, table }) => <ConfidenceBadge confidence={row.original.confidence} locale={table.options.meta!.locale} t={table.options.meta!.t} />,
  }),
  helper.accessor((r) => (r.lastSourced ? startOf(r.lastSourced) : undefined), {
    id: 'sourced', ...sortable,
    cell: ({ row, table }) => {
      const { t } = table.options.meta!;
      const r = row.original;
      return (
        <>
          {r.lastSourced ?? <span className="cmp-muted">{t('undated')}</span>}
          {r.outdated && <span className="cmp-outdated" title={t('outdatedTitle')}><span aria-hidden="true">△</span> {t('outdated')}</span>}
        </>
      );
    },
  }),
]);

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Option = { value: string; label: string };

function FacetGroup({ facet, label, options, selected, counts, onToggle }: {
  facet: FacetKey; label: string; options: Option[]; selected: readonly string[]; counts: Record<string, number>;
  onToggle: (facet: FacetKey, value: string, on: boolean) => void;
}) {
  return (
    <fieldset className="cmp-facet">
      <legend>{label}</legend>
      {options.map((o) => {
        const on = selected.includes(o.value);
        const n = counts[o.value] ?? 0;
        return (
          <label key={o.value} className={n === 0 && !on ? 'cmp-chip cmp-zero' : 'cmp-chip'}>
            <input type="checkbox" checked={on} onChange={(e) => onToggle(facet, o.value, e.currentTarget.checked)} />
            <span>{o.label}</span> <span className="cmp-count">{n}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

function Legend({ statuses, locale, t }: { statuses: Status[]; locale: Locale; t: T }) {
  return (
    <div className="cmp-legend">
      <h2 className="cmp-legend-title">{t('legend')}</h2>
      <dl>
        {statuses.map((s) => (
          <div key={s}>
            <dt><StatusBadge status={s} locale={locale} /></dt>
            <dd>{pick(STATUS_META[s].description, locale)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Matrix({ data, locale, today, strings }: Props) {
  const t = useCallback<T>((key, vars) => fill(strings.ui[key], vars), [strings]);
  const base = locale === 'en' ? '/en/' : '/';
  const [state, setState] = useState<CompareState>(defaultCompareState);
  const stateRef = useRef(state);
  const [mounted, setMounted] = useState(false);
  const [prevAsOf, setPrevAsOf] = useState<string | null>(null);
  const [highlight, setHighlight] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(true);

  /** Set the state; write the URL with pushState (discrete changes) or replaceState (typing). */
  const apply = useCallback((next: CompareState, how: 'push' | 'replace' | null) => {
    const before = stateRef.current.asOf ?? today;
    if ((next.asOf ?? today) !== before) setPrevAsOf(before);
    stateRef.current = next;
    setState(next);
    if (!how) return;
    const qs = serializeCompareState(next);
    const url = location.pathname + (qs ? `?${qs}` : '') + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, [today]);
  const update = useCallback((patch: Partial<CompareState>, how: 'push' | 'replace') => apply({ ...stateRef.current, ...patch }, how), [apply]);

  useEffect(() => {
    // A URL that says what the page already shows (the server-rendered defaults) changes nothing.
    const fromUrl = () => {
      const next = parseCompareState(location.search);
      if (serializeCompareState(next) !== serializeCompareState(stateRef.current)) apply(next, null);
    };
    // A transition, so the re-render of the whole table with the URL's state is time-sliced rather
    // than one blocking task (an update from an effect is not sliced otherwise).
    startTransition(() => {
      fromUrl();
      setMounted(true);
      // Narrow screens start with the filter groups folded, so the table is in view. matrix.css hides
      // them there until hydration, so folding them now moves nothing (it moved the table: CLS 0.27).
      if (matchMedia('(max-width: 50rem)').matches) setFiltersOpen(false);
    });
    addEventListener('popstate', fromUrl);
    return () => removeEventListener('popstate', fromUrl);
  }, [apply]);

  const asOf = state.asOf ?? today;
  const texts = useMemo(() => searchTexts(data), [data]);
  const rows = useMemo(() => matrixRows(data, locale, asOf, today), [data, locale, asOf, today]);
  const compareTo = highlight && prevAsOf && prevAsOf !== asOf ? prevAsOf : null;
  const prevRows = useMemo(() => (compareTo ? matrixRows(data, locale, compareTo, today) : null), [data, locale, compareTo, today]);
  const changed = useMemo(() => {
    if (!prevRows) return null;
    const ids = changedIds(rows, prevRows);
    const prevStatus = new Map(prevRows.map((r) => [r.id, r.status]));
    return new Map([...ids].map((id) => [id, prevStatus.get(id) ?? 'unknown'] as const));
  }, [rows, prevRows]);

  const { market, region, mode, status, origin, invitation, fulfilment, confidence, q } = state;
  const result = useMemo(
    () => filterRows(rows, { market, region, mode, status, origin, invitation, fulfilment, confidence, q }, texts),
    [rows, texts, market, region, mode, status, origin, invitation, fulfilment, confidence, q],
  );

  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true }), [locale]);
  const meta = useMemo<Ctx>(() => ({ locale, t, s: strings, base, collator, changed }), [locale, t, strings, base, collator, changed]);
  // A sort on a hidden column is kept in the URL but not applied (the column is not in the table).
  const sorting = useMemo<SortingState>(() => (state.sort && !state.cols.includes(state.sort.column) ? [{ id: state.sort.column, desc: state.sort.desc }] : []), [state.sort, state.cols]);
  // Hidden columns are left out of the column list (cheaper than TanStack's visibility feature, same result).
  const shownColumns = useMemo(() => (state.cols.length ? columns.filter((c) => !(state.cols as string[]).includes(c.id!)) : columns), [state.cols]);

  const table = useTable({
    features,
    columns: shownColumns,
    data: result.rows,
    getRowId: (r) => r.id,
    meta,
    state: { sorting },
    enableMultiSort: false,
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      update({ sort: next ? { column: next.id as CompareColumn, desc: next.desc } : null }, 'push');
    },
  });

  // Grid view: the markets × modes pivot, narrowed by the market, region and mode facets.
  const modes = useMemo(() => MODES.filter((m) => data.modes.some((d) => d.id === m)), [data.modes]);
  const pivot = useMemo(() => (state.view === 'grid' ? pivotAt(data, locale, asOf, rows) : null), [state.view, data, locale, asOf, rows]);
  const prevPivot = useMemo(() => (state.view === 'grid' && prevRows && compareTo ? pivotAt(data, locale, compareTo, prevRows) : null), [state.view, data, locale, compareTo, prevRows]);

  const toggleFacet = useCallback((facet: FacetKey, value: string, on: boolean) => {
    const current = stateRef.current[facet] as string[];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    update({ [facet]: FACETS[facet].filter((v) => next.includes(v)) } as Partial<CompareState>, 'push');
  }, [update]);

  const setAsOf = (value: string | null, how: 'push' | 'replace') => {
    if (value !== null && !(value.length === 10 && isValidIsoDate(value))) return;
    update({ asOf: value === today ? null : value }, how);
  };

  const options = useMemo((): Record<FacetKey, Option[]> => ({
    market: data.markets.map((m) => ({ value: m.id, label: pick(m.name, locale) })),
    region: FACETS.region.filter((r) => data.markets.some((m) => m.region === r)).map((r) => ({ value: r, label: pick(REGION_LABELS[r], locale) })),
    mode: modes.map((m) => ({ value: m, label: pick(data.modes.find((d) => d.id === m)!.name, locale) })),
    status: STATUSES.map((s) => ({ value: s, label: `${STATUS_META[s].symbol} ${pick(STATUS_META[s].label, locale)}` })),
    origin: FACETS.origin.map((o) => ({ value: o, label: pick(ENTITY_ORIGIN_LABELS[o], locale) })),
    invitation: FACETS.invitation.map((v) => ({ value: v, label: strings.invitation[v] })),
    fulfilment: FACETS.fulfilment.map((f) => ({ value: f, label: pick(FULFILMENT_LABELS[f], locale) })),
    confidence: CONFIDENCES.map((c) => ({ value: c, label: `${CONFIDENCE_META[c].symbol} ${pick(CONFIDENCE_META[c].label, locale)}` })),
  }), [data, locale, modes]);

  const launches = useMemo(
    () => data.markets.map((m) => ({ id: m.id, name: pick(m.name, locale), raw: m.launch.date, date: startOf(m.launch.date) }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    [data.markets, locale],
  );

  const sortedRows = table.getRowModel().rows;
  const visibleIds = table.getAllLeafColumns().map((c) => c.id as CompareColumn);
  const sourceCount = useMemo(() => new Set(result.rows.flatMap((r) => r.sourceIds)).size, [result.rows]);

  const exportView = (kind: 'csv' | 'json') => {
    const name = exportFileName(state.view, asOf, kind);
    if (state.view === 'grid' && pivot) {
      const cells = gridRows(pivot, state).flatMap((r) => r.cells.filter((c) => visibleModes.includes(c.mode)));
      if (kind === 'json') {
        download(name, 'application/json', JSON.stringify({ asOf, generated: today, locale, query: serializeCompareState(state), cells }, null, 2));
      } else {
        const header = [t('market'), ...visibleModes.map((m) => modeName(m))];
        const body = gridRows(pivot, state).map((r) => [r.name, ...r.cells.filter((c) => visibleModes.includes(c.mode)).map((c) => pick(STATUS_META[c.status].label, locale))]);
        download(name, 'text/csv;charset=utf-8', toCsv(header, body));
      }
      return;
    }
    const out = sortedRows.map((r) => r.original);
    if (kind === 'json') {
      download(name, 'application/json', JSON.stringify({ asOf, generated: today, locale, query: serializeCompareState(state), count: out.length, total: result.total, rows: out }, null, 2));
    } else {
      const header = ['id', ...visibleIds.map((c) => strings.columns[c])];
      download(name, 'text/csv;charset=utf-8', toCsv(header, out.map((r) => [r.id, ...visibleIds.map((c) => TEXT[c](r, meta))])));
    }
  };

  const modeName = (m: ModeId) => pick(data.modes.find((d) => d.id === m)?.name ?? { zh: m, en: m }, locale);
  const visibleModes = state.mode.length ? modes.filter((m) => state.mode.includes(m)) : modes;
  const shownIds = useMemo(() => new Set(result.rows.map((r) => r.id)), [result.rows]);
  const narrowing = hasActiveFilters({ ...state, market: [], region: [], mode: [] });

  function gridRows(p: PivotCell[][], s: CompareState) {
    return data.markets
      .map((m, i) => ({ market: m, name: pick(m.name, locale), cells: p[i] }))
      .filter((r) => (!s.market.length || s.market.includes(r.market.id)) && (!s.region.length || s.region.includes(r.market.region)));
  }

  const legendStatuses = useMemo(() => {
    const present = new Set<Status>();
    if (state.view === 'grid' && pivot) for (const r of gridRows(pivot, state)) for (const c of r.cells) if (visibleModes.includes(c.mode)) present.add(c.status);
    if (state.view === 'table') for (const r of result.rows) present.add(r.status);
    return STATUSES.filter((s) => present.has(s));
  }, [state, pivot, result.rows, visibleModes.join()]);

  const domRows = showAll || sortedRows.length <= ROW_CAP ? sortedRows : sortedRows.slice(0, ROW_CAP);
  const folds = sortedRows.length > FIRST_ROWS;
  const captionDate = state.asOf ?? today;

  return (
    <div className="cmp" data-hydrated={mounted ? '' : undefined}>
      <div className="cmp-controls">
        <fieldset className="cmp-bar" disabled={!mounted}>
          <legend className="cmp-visually-hidden">{t('controls')}</legend>
          <div className="cmp-views" role="group" aria-label={t('views')}>
            {(['table', 'grid'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={state.view === v} onClick={() => update({ view: v }, 'push')}>
                {t(v === 'table' ? 'viewTable' : 'viewGrid')}
              </button>
            ))}
          </div>
          <div className="cmp-date">
            <label>
              {t('asOf')}{' '}
              <input type="date" value={asOf} max={today} min={launches[0]?.date}
                onChange={(e) => setAsOf(e.currentTarget.value || null, 'replace')} />
            </label>
            <div className="cmp-presets" role="group" aria-label={t('presets')}>
              <button type="button" aria-pressed={state.asOf === null} onClick={() => setAsOf(null, 'push')}>{t('today')}</button>
              <button type="button" aria-pressed={asOf === S0_DATE} onClick={() => setAsOf(S0_DATE, 'push')}>{t('s0')} ({S0_DATE})</button>
              <label className="cmp-visually-hidden" htmlFor="cmp-launch">{t('presets')}</label>
              <select id="cmp-launch" value={launches.find((l) => l.date === asOf)?.id ?? ''}
                onChange={(e) => { const l = launches.find((x) => x.id === e.currentTarget.value); if (l) setAsOf(l.date, 'push'); }}>
                <option value="">{t('launchPick')}</option>
                {launches.map((l) => <option key={l.id} value={l.id}>{t('launch', { market: l.name })} ({l.raw})</option>)}
              </select>
            </div>
            <label className="cmp-check">
              <input type="checkbox" checked={highlight && !!prevAsOf} disabled={!prevAsOf} onChange={(e) => setHighlight(e.currentTarget.checked)} />
              {prevAsOf ? t('highlight', { date: prevAsOf }) : t('highlightNone')}
            </label>
          </div>
          <div className="cmp-search">
            <label>
              {t('search')}{' '}
              <input type="search" value={state.q} placeholder={t('searchHint')} maxLength={100}
                onChange={(e) => update({ q: e.currentTarget.value }, 'replace')} />
            </label>
            <button type="button" disabled={!hasActiveFilters(state)} onClick={() => apply(clearFilters(stateRef.current), 'push')}>{t('clear')}</button>
          </div>
          <details className="cmp-filters" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
            <summary>{t('filters')}</summary>
            <div className="cmp-facets">
              {FACET_KEYS.map((f) => (
                <FacetGroup key={f} facet={f} options={options[f]} selected={state[f]} counts={result.counts[f]} label={strings.facets[f]} onToggle={toggleFacet} />
              ))}
            </div>
          </details>
          <div className="cmp-tools">
            {state.view === 'table' && (
              <details className="cmp-menu">
                <summary>{t('columns')}</summary>
                <ul>
                  {HIDEABLE_COLUMNS.map((c) => (
                    <li key={c}>
                      <label>
                        <input type="checkbox" checked={!state.cols.includes(c)}
                          onChange={(e) => update({ cols: HIDEABLE_COLUMNS.filter((x) => (x === c ? !e.currentTarget.checked : state.cols.includes(x))) }, 'push')} />
                        {strings.columns[c]}
                      </label>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <button type="button" title={t('exportHint')} onClick={() => exportView('csv')}>{t('exportCsv')}</button>
            <button type="button" title={t('exportHint')} onClick={() => exportView('json')}>{t('exportJson')}</button>
          </div>
        </fieldset>
      </div>

      <p className="cmp-summary" aria-live="polite">
        <span className="cmp-ratio">{t('count', { n: result.rows.length, total: result.total })}</span>
      </p>
      <p className="cmp-print-summary">{t('printSummary', { date: captionDate, n: result.rows.length, sources: sourceCount, today })}</p>

      {state.view === 'table' ? (
        <>
        <section className="cmp-scroll" aria-labelledby="cmp-caption" tabIndex={0}>
          <table className="cmp-table">
            <caption id="cmp-caption">{t('caption', { date: captionDate })}</caption>
            <thead>
              {table.getHeaderGroups().map((g) => (
                <tr key={g.id}>
                  {g.headers.map((h) => {
                    const sorted = h.column.getIsSorted();
                    return (
                      <th key={h.id} scope="col" data-col={h.column.id}
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                        <button type="button" className="cmp-sort" onClick={h.column.getToggleSortingHandler()}>
                          {strings.columns[h.column.id as CompareColumn]}
                          <span className="cmp-sort-icon" aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '⇅'}</span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {domRows.map((row, i) => (
                <tr key={row.id} className={[i >= FIRST_ROWS ? 'cmp-row-more' : '', changed?.has(row.id) ? 'cmp-row-changed' : ''].join(' ').trim() || undefined}>
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'name' ? (
                      <th key={cell.id} scope="row" data-col="name"><table.FlexRender cell={cell} /></th>
                    ) : (
                      <td key={cell.id} data-col={cell.column.id}><table.FlexRender cell={cell} /></td>
                    ),
                  )}
                </tr>
              ))}
              {sortedRows.length === 0 && (
                <tr><td colSpan={visibleIds.length}>{t('noRows')}</td></tr>
              )}
            </tbody>
          </table>
        </section>
        {folds && (
          // A checkbox, not a button: without JS it still works, as matrix.css shows the folded rows
          // with :has(:checked); with JS it also renders rows past ROW_CAP.
          <p className="cmp-all">
            <span className="cmp-all-hint">{t('firstRows', { first: FIRST_ROWS })}</span>{' '}
            <label>
              <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
              {t('showAll', { n: sortedRows.length })}
            </label>
          </p>
        )}
        </>
      ) : pivot ? (
        <GridView rows={gridRows(pivot, state)} prev={prevPivot} modes={visibleModes} modeName={modeName} locale={locale} t={t}
          data={data} base={base} matrixRows={rows} shownIds={shownIds} narrowing={narrowing} date={captionDate} />
      ) : null}

      <Legend statuses={legendStatuses} locale={locale} t={t} />
    </div>
  );
}

/** The island: takes `dataUrl` instead of `data` (components/island-loader.tsx). */
export default withIslandData(Matrix);
