import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { MARKET_ISO_NUMERIC, MARKET_POINTS, mapStatuses, mappableModes, marketsByStatus } from '../../src/map.ts';
import { pivotAt } from '../../src/matrix.ts';
import { MARKETS, MODES } from '../../src/vocab.ts';
import { fixtureDataset } from './fixtures/reading-pages.ts';

describe('MARKET_ISO_NUMERIC', () => {
  const ids = new Set((world as { objects: { countries: { geometries: { id: string }[] } } }).objects.countries.geometries.map((g) => g.id));
  it('gives every market a distinct three-digit code', () => {
    const codes = MARKETS.map((m) => MARKET_ISO_NUMERIC[m]);
    expect(new Set(codes).size).toBe(MARKETS.length);
    for (const c of codes) expect(c).toMatch(/^\d{3}$/);
  });
  it('finds each market in the atlas, or draws it as a point', () => {
    for (const m of MARKETS) expect(ids.has(MARKET_ISO_NUMERIC[m]) || MARKET_POINTS[m] !== undefined, m).toBe(true);
  });
});

describe('mapStatuses', () => {
  const data = fixtureDataset();
  const pivot = pivotAt(data, 'en', '2025-01-01');
  it('gives each market the status of the chosen mode', () => {
    const local = mapStatuses(pivot, 'local');
    expect(local.map((e) => [e.market, e.status])).toEqual([['us', 'open'], ['sg', 'unknown']]);
    const cross = mapStatuses(pivot, 'cross-border');
    expect(cross.find((e) => e.market === 'sg')).toEqual({ market: 'sg', iso: '702', status: 'open', point: [103.82, 1.35] });
  });
  it('says a market had nothing before it opened', () => {
    const early = mapStatuses(pivotAt(data, 'en', '2021-01-01'), 'local');
    expect(early.every((e) => e.status === 'not-offered')).toBe(true);
  });
  it('groups markets by status in legend order and drops empty groups', () => {
    const groups = marketsByStatus(mapStatuses(pivot, 'local'));
    expect(groups).toEqual([{ status: 'open', markets: ['us'] }, { status: 'unknown', markets: ['sg'] }]);
  });
  it('lists only modes that some market offers', () => {
    expect(mappableModes(pivot, MODES)).toEqual(['cross-border', 'local']);
  });
});
