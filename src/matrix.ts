/**
 * Rows of the comparison matrix and the markets × modes pivot, for a locale and a date.
 * Output is plain serialisable data: the compare island recomputes it in the browser when the
 * as-of date changes, so this module imports no Zod (types only) and no Astro or React.
 */
import type { IsoDate } from './dates.ts';
import { marketOpenedOn, type Dataset } from './dataset.ts';
import { lastSourced, mayBeOutdated } from './freshness.ts';
import type { Offering } from './schema.ts';
import { mostAvailable, statusAt } from './status.ts';
import {
  MODES, pick, type Confidence, type EntityOrigin, type EntityType, type FulfilmentOption, type Locale,
  type MarketId, type ModeId, type Region, type Status,
} from './vocab.ts';

/** The slice of the dataset the matrix needs; small enough to ship to the island. */
export type MatrixData = Pick<Dataset, 'markets' | 'modes' | 'offerings' | 'requirements'> & {
  sources: { id: string; publisher: string; title: string; url: string | null; published: string | null; kind: string }[];
};

export type MatrixRow = {
  id: string;
  market: MarketId;
  marketName: string;
  region: Region;
  mode: ModeId;
  modeName: string;
  storeType: string;
  name: string;
  status: Status;
  /** Start of the status in force, or null when derived (not offered yet / unknown). */
  statusSince: IsoDate | null;
  statusNote: string | null;
  statusBasis: 'history' | 'before-market-launch' | 'no-entry-yet';
  entities: EntityType[];
  entityOrigin: EntityOrigin[];
  invitation: 'yes' | 'no' | 'some' | null;
  requirements: { id: string; name: string }[];
  fulfilment: FulfilmentOption[];
  /** Latest deposit in force at the date, as "1500 USD" or "0–4000 GBP". */
  deposit: string | null;
  confidence: Confidence | null;
  /** Newest source date among every claim of the offering. */
  lastSourced: IsoDate | null;
  outdated: boolean;
  sourceIds: string[];
};

const CN_HK: ReadonlySet<EntityType> = new Set(['cn-mainland-company', 'cn-mainland-individual-business', 'hk-company']);

/** Entity origin facet: CN/HK accepted if any CN/HK entity type may open it; local required if only local ones may. */
export function entityOrigins(entities: readonly EntityType[]): EntityOrigin[] {
  if (entities.length === 0) return [];
  const origins: EntityOrigin[] = [];
  if (entities.some((e) => CN_HK.has(e))) origins.push('cn-hk-accepted');
  if (entities.every((e) => !CN_HK.has(e))) origins.push('local-required');
  return origins;
}

/** Every source id cited anywhere in an offering. */
export function offeringSourceIds(o: Offering): string[] {
  const ids = new Set<string>();
  const claims: { sources: readonly string[] }[] = [...o.history, ...o.entities, ...o.requirements, ...o.fulfilment, ...o.deposit, ...o.commission, ...o.facts];
  if (o.invitation) claims.push(o.invitation);
  for (const c of claims) for (const s of c.sources) ids.add(s);
  return [...ids];
}

function inForce(item: { from?: string; until?: string }, date: IsoDate): boolean {
  return (!item.from || item.from <= date) && (!item.until || item.until >= date);
}

function depositAt(o: Offering, date: IsoDate): string | null {
  const current = o.deposit.filter((d) => !d.from || d.from <= date).at(-1);
  if (!current) return null;
  const amount = current.max !== undefined ? `${current.amount}–${current.max}` : String(current.amount);
  return `${amount} ${current.currency}`;
}

type StaticParts = { entities: EntityType[]; entityOrigin: EntityOrigin[]; sourceIds: string[]; newest: IsoDate | null };

/**
 * The date-independent parts of each row, cached per source list and offering object: the
 * compare island recomputes rows on every as-of change. The cached arrays are shared between
 * calls; callers treat rows as read-only.
 */
const staticCache = new WeakMap<readonly object[], WeakMap<Offering, StaticParts>>();

function staticParts(o: Offering, sources: MatrixData['sources'], sourceById: () => Map<string, { published: string | null }>): StaticParts {
  let perOffering = staticCache.get(sources);
  if (!perOffering) staticCache.set(sources, (perOffering = new WeakMap()));
  let parts = perOffering.get(o);
  if (!parts) {
    const entities = o.entities.map((e) => e.type);
    const sourceIds = offeringSourceIds(o);
    parts = { entities, entityOrigin: entityOrigins(entities), sourceIds, newest: lastSourced(sourceIds, sourceById()) };
    perOffering.set(o, parts);
  }
  return parts;
}

/** id → item maps, built once per array (not on every as-of date). */
const mapCache = new WeakMap<readonly object[], Map<string, unknown>>();
function byIdCached<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  let m = mapCache.get(items) as Map<string, T> | undefined;
  if (!m) mapCache.set(items, (m = new Map(items.map((i) => [i.id, i]))));
  return m;
}
const openedCache = new WeakMap<readonly object[], Map<string, IsoDate>>();
function openedOn(markets: MatrixData['markets']): Map<string, IsoDate> {
  let m = openedCache.get(markets);
  if (!m) openedCache.set(markets, (m = new Map(markets.map((x) => [x.id, marketOpenedOn(x)]))));
  return m;
}

export function matrixRows(data: MatrixData, locale: Locale, date: IsoDate, today: IsoDate = date): MatrixRow[] {
  const idx = { market: byIdCached(data.markets), mode: byIdCached(data.modes), requirement: byIdCached(data.requirements), opened: openedOn(data.markets) };
  let byId: Map<string, { published: string | null }> | undefined;
  const sourceById = () => (byId ??= new Map(data.sources.map((s) => [s.id, s])));
  const outdatedBy = new Map<IsoDate | null, boolean>();
  const outdated = (newest: IsoDate | null) => {
    let v = outdatedBy.get(newest);
    if (v === undefined) outdatedBy.set(newest, (v = mayBeOutdated(newest, today)));
    return v;
  };
  return data.offerings.map((o) => {
    const market = idx.market.get(o.market)!;
    const mode = idx.mode.get(o.mode)!;
    const at = statusAt(o, date, idx.opened.get(o.market));
    const { entities, entityOrigin, sourceIds, newest } = staticParts(o, data.sources, sourceById);
    return {
      id: o.id,
      market: o.market,
      marketName: pick(market.name, locale),
      region: market.region,
      mode: o.mode,
      modeName: pick(mode.name, locale),
      storeType: o.storeType,
      name: pick(o.name, locale),
      status: at.status,
      statusSince: at.entry?.from ?? null,
      statusNote: at.entry?.note ? pick(at.entry.note, locale) : null,
      statusBasis: at.basis,
      entities,
      entityOrigin,
      invitation: o.invitation?.required ?? null,
      requirements: o.requirements
        .filter((r) => inForce(r, date))
        .map((r) => ({ id: r.ref, name: pick(idx.requirement.get(r.ref)?.name ?? { zh: r.ref, en: r.ref }, locale) })),
      fulfilment: [...new Set(o.fulfilment.filter((f) => inForce(f, date)).map((f) => f.option))],
      deposit: depositAt(o, date),
      confidence: at.entry?.confidence ?? null,
      lastSourced: newest,
      outdated: outdated(newest),
      sourceIds,
    };
  });
}

export type PivotCell = {
  market: MarketId;
  mode: ModeId;
  status: Status;
  /** The offerings (store types) behind the cell, each with its own status. */
  offerings: { id: string; name: string; status: Status }[];
  hasNotes: boolean;
};

/**
 * The markets × modes grid at a date. A cell combines its store types by mostAvailable();
 * a pair with no offering at all is `not-offered` before the market opened or after the mode ended
 * everywhere, and `unknown` otherwise, so no pair is ever left out.
 */
export function pivotAt(data: MatrixData, locale: Locale, date: IsoDate, rows: readonly MatrixRow[] = matrixRows(data, locale, date)): PivotCell[][] {
  // `rows` lets a caller that already computed matrixRows for this date skip a second pass.
  const byPair = new Map<string, MatrixRow[]>();
  for (const r of rows) {
    const key = `${r.market}|${r.mode}`;
    const list = byPair.get(key);
    if (list) list.push(r);
    else byPair.set(key, [r]);
  }
  return data.markets.map((market) =>
    MODES.map((mode) => {
      const cellRows = byPair.get(`${market.id}|${mode}`) ?? [];
      const opened = marketOpenedOn(market);
      const ended = data.modes.find((m) => m.id === mode)?.ended?.date;
      const status: Status = cellRows.length
        ? mostAvailable(cellRows.map((r) => r.status))
        : date < opened || (ended !== undefined && date >= ended) ? 'not-offered' : 'unknown';
      return {
        market: market.id,
        mode,
        status,
        offerings: cellRows.map((r) => ({ id: r.id, name: r.name, status: r.status })),
        hasNotes: cellRows.some((r) => r.statusNote !== null),
      };
    }),
  );
}
