/**
 * Data for the home page's world map: which country shape is which market, and the status
 * of one mode in each market. The drawing (projection, SVG paths) is in components/home/WorldMap.astro.
 */
import type { PivotCell } from './matrix.ts';
import { STATUSES, type MarketId, type ModeId, type Status } from './vocab.ts';

/**
 * ISO 3166-1 numeric codes, as used for country ids in world-atlas (zero-padded strings).
 * Typed as a full Record so adding a market to MARKETS fails the type check here.
 */
export const MARKET_ISO_NUMERIC: Record<MarketId, string> = {
  us: '840', gb: '826', id: '360', my: '458', th: '764', vn: '704', ph: '608', sg: '702', sa: '682',
  es: '724', ie: '372', de: '276', fr: '250', it: '380', mx: '484', br: '076', jp: '392',
};

/**
 * Markets too small to appear in the 1:110m atlas, drawn as a dot at [longitude, latitude]
 * (approximate country centre; geography, not a sourced claim).
 */
export const MARKET_POINTS: Partial<Record<MarketId, [number, number]>> = {
  sg: [103.82, 1.35],
};

/** Antarctica (ISO 010) takes a fifth of the map's height and has no market. */
export const MAP_EXCLUDED_ISO: ReadonlySet<string> = new Set(['010']);

export type MapMarket = { market: MarketId; iso: string; status: Status; point: [number, number] | null };

/** One entry per market in the pivot, with the status of `mode` in that market. */
export function mapStatuses(pivot: readonly (readonly PivotCell[])[], mode: ModeId): MapMarket[] {
  return pivot.map((row) => {
    const cell = row.find((c) => c.mode === mode);
    const market = row[0]?.market ?? cell?.market;
    if (!market) throw new Error('mapStatuses: empty pivot row');
    return { market, iso: MARKET_ISO_NUMERIC[market], status: cell?.status ?? 'unknown', point: MARKET_POINTS[market] ?? null };
  });
}

/** Markets grouped by status, in the legend's order, leaving out statuses no market has. */
export function marketsByStatus(entries: readonly MapMarket[]): { status: Status; markets: MarketId[] }[] {
  return STATUSES.map((status) => ({ status, markets: entries.filter((e) => e.status === status).map((e) => e.market) })).filter(
    (g) => g.markets.length > 0,
  );
}

/** The modes a map can show: those with at least one cell that is not `not-offered` or `unknown`. */
export function mappableModes(pivot: readonly (readonly PivotCell[])[], modes: readonly ModeId[]): ModeId[] {
  return modes.filter((mode) => pivot.some((row) => row.some((c) => c.mode === mode && c.status !== 'not-offered' && c.status !== 'unknown')));
}
