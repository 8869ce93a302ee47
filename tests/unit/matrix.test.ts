import { describe, expect, test } from 'vitest';
import { entityOrigins, matrixRows, offeringSourceIds, pivotAt, type MatrixData } from '../../src/matrix.ts';
import { MODES } from '../../src/vocab.ts';
import { CORE } from './fixtures/core-dataset.ts';

const data: MatrixData = CORE;
const row = (rows: ReturnType<typeof matrixRows>, id: string) => rows.find((r) => r.id === id)!;

describe('entityOrigins', () => {
  test('no entity types: no facet value', () => {
    expect(entityOrigins([])).toEqual([]);
  });
  test('only local entity types: local required', () => {
    expect(entityOrigins(['local-company', 'local-individual'])).toEqual(['local-required']);
  });
  test('any China mainland or HK type: CN/HK accepted', () => {
    expect(entityOrigins(['hk-company'])).toEqual(['cn-hk-accepted']);
    expect(entityOrigins(['cn-mainland-company', 'local-company-chinese-owned'])).toEqual(['cn-hk-accepted']);
  });
  test('a Chinese-owned local company is a local entity', () => {
    expect(entityOrigins(['local-company-chinese-owned'])).toEqual(['local-required']);
  });
});

describe('offeringSourceIds', () => {
  test('every cited source once, from every kind of claim', () => {
    const o = CORE.offerings.find((x) => x.id === 'us-local-individual')!;
    expect(offeringSourceIds(o).sort()).toEqual(['news-1', 'trade-1', 'trade-2']);
  });
});

describe('matrixRows', () => {
  test('one row per offering, in dataset order', () => {
    const rows = matrixRows(data, 'zh-CN', '2023-11-09');
    expect(rows.map((r) => r.id)).toEqual(CORE.offerings.map((o) => o.id));
  });

  test('labels follow the locale', () => {
    const zh = row(matrixRows(data, 'zh-CN', '2023-11-09'), 'gb-local');
    const en = row(matrixRows(data, 'en', '2023-11-09'), 'gb-local');
    expect([zh.marketName, zh.modeName]).toEqual(['英国', '本土店']);
    expect([en.marketName, en.modeName]).toEqual(['United Kingdom', 'Local']);
  });

  test('status, since and note come from the entry in force', () => {
    const r = row(matrixRows(data, 'en', '2023-11-09'), 'us-local-individual');
    expect(r.status).toBe('open');
    expect(r.statusSince).toBe('2023-04');
    expect(r.statusNote).toBe('Registration opened to US sellers.');
    expect(r.statusBasis).toBe('history');
    expect(r.confidence).toBe('confirmed');
  });

  test('derived statuses have no since, note or confidence', () => {
    const before = row(matrixRows(data, 'en', '2022-01-01'), 'us-local-individual');
    expect([before.status, before.statusBasis, before.statusSince, before.confidence]).toEqual(['not-offered', 'before-market-launch', null, null]);
    const gap = row(matrixRows(data, 'en', '2023-01-01'), 'us-cross-border-pop');
    expect([gap.status, gap.statusBasis]).toEqual(['unknown', 'no-entry-yet']);
  });

  test('the market opens at onboarding when it precedes the buyer launch', () => {
    expect(row(matrixRows(data, 'en', '2022-11-10'), 'us-local-individual').status).toBe('invite-only');
  });

  test('requirements and fulfilment in force at the date', () => {
    const early = row(matrixRows(data, 'en', '2023-01-15'), 'us-local-individual');
    expect(early.requirements.map((r) => r.id)).toEqual(['us-ssn-or-itin', 'invite']);
    expect(early.fulfilment).toEqual(['seller-warehouse']);
    const late = row(matrixRows(data, 'en', '2026-03-01'), 'us-local-individual');
    expect(late.requirements).toEqual([{ id: 'us-ssn-or-itin', name: 'US SSN or ITIN' }]);
    expect(late.fulfilment).toEqual(['seller-warehouse', 'fbt']);
  });

  test('the latest deposit in force, with ranges', () => {
    expect(row(matrixRows(data, 'en', '2024-01-01'), 'us-local-individual').deposit).toBeNull();
    expect(row(matrixRows(data, 'en', '2024-09-01'), 'us-local-individual').deposit).toBe('500 USD');
    expect(row(matrixRows(data, 'en', '2026-01-01'), 'us-local-individual').deposit).toBe('1500 USD');
    expect(row(matrixRows(data, 'en', '2026-01-01'), 'us-cross-border-pop').deposit).toBe('0–4000 USD');
  });

  test('entities, origin and invitation', () => {
    const rows = matrixRows(data, 'en', '2024-01-01');
    expect(row(rows, 'us-cross-border-pop').entityOrigin).toEqual(['cn-hk-accepted']);
    expect(row(rows, 'gb-local').entityOrigin).toEqual(['local-required']);
    expect(row(rows, 'us-local-individual').invitation).toBe('no');
    expect(row(rows, 'gb-local').invitation).toBeNull();
  });

  test('freshness: newest source, and outdated against today, not the as-of date', () => {
    const past = row(matrixRows(data, 'en', '2023-11-09', '2026-11-27'), 'gb-local');
    expect(past.lastSourced).toBe('2023-09-12');
    expect(past.outdated).toBe(true);
    const fresh = row(matrixRows(data, 'en', '2023-11-09', '2026-11-27'), 'us-local-individual');
    expect(fresh.lastSourced).toBe('2025-12');
    expect(fresh.outdated).toBe(false);
    // Without `today`, the as-of date is today.
    expect(row(matrixRows(data, 'en', '2023-11-09'), 'gb-local').outdated).toBe(false);
  });
});

describe('pivotAt', () => {
  const cell = (date: string, market: string, mode: string) =>
    pivotAt(data, 'en', date).flat().find((c) => c.market === market && c.mode === mode)!;

  test('every market × mode pair has a cell, markets in dataset order', () => {
    const grid = pivotAt(data, 'en', '2023-11-09');
    expect(grid.map((line) => line[0].market)).toEqual(['us', 'gb', 'id']);
    for (const line of grid) expect(line.map((c) => c.mode)).toEqual([...MODES]);
  });

  test('a cell with several store types shows the most available one, and lists each', () => {
    const c = cell('2023-01-01', 'id', 'cross-border');
    expect(c.status).toBe('restricted');
    expect(c.offerings).toEqual([
      { id: 'id-cross-border-a', name: 'id-cross-border-a store', status: 'closed' },
      { id: 'id-cross-border-b', name: 'id-cross-border-b store', status: 'restricted' },
    ]);
  });

  test('a single store type replays its history', () => {
    expect(cell('2023-11-09', 'id', 'local').status).toBe('suspended');
    expect(cell('2023-12-11', 'id', 'local').status).toBe('open');
    expect(cell('2023-11-09', 'us', 'semi-closed-loop').status).toBe('closed');
  });

  test('a pair without offerings: not-offered before the market opened', () => {
    expect(cell('2022-11-09', 'us', 'full-managed').status).toBe('not-offered');
  });

  test('a pair without offerings: unknown once the market is open', () => {
    const c = cell('2022-11-10', 'us', 'full-managed');
    expect(c.status).toBe('unknown');
    expect(c.offerings).toEqual([]);
  });

  test('a pair without offerings: not-offered from the day the mode ended everywhere', () => {
    expect(cell('2023-09-11', 'gb', 'semi-closed-loop').status).toBe('unknown');
    expect(cell('2023-09-12', 'gb', 'semi-closed-loop').status).toBe('not-offered');
  });

  test('hasNotes when a store type in the cell shows a note', () => {
    expect(cell('2023-11-09', 'us', 'local').hasNotes).toBe(true);
    expect(cell('2023-01-01', 'us', 'local').hasNotes).toBe(false);
  });

  test('precomputed rows give the same grid', () => {
    const rows = matrixRows(data, 'en', '2023-11-09');
    expect(pivotAt(data, 'en', '2023-11-09', rows)).toEqual(pivotAt(data, 'en', '2023-11-09'));
  });
});
