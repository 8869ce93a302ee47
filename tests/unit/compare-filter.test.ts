import { describe, expect, it } from 'vitest';
import { changedIds, filterRows, normalizeText, queryTerms, rowFacetValues, searchTexts, type FilterInput } from '../../src/compare-filter.ts';
import { exportFileName } from '../../src/compare-export.ts';
import { UTF8_BOM, toCsv } from '../../src/export.ts';
import { FACET_KEYS, FACETS, defaultCompareState, type FacetKey } from '../../src/compare-state.ts';
import { matrixRows, pivotAt } from '../../src/matrix.ts';
import { COMPARE_FIXTURE as data, syntheticMatrixData } from './fixtures/compare-dataset.ts';

const TODAY = '2026-11-27';
const none = (): FilterInput => {
  const { market, region, mode, status, origin, invitation, fulfilment, confidence, q } = defaultCompareState();
  return { market, region, mode, status, origin, invitation, fulfilment, confidence, q };
};
const rows = matrixRows(data, 'zh-CN', TODAY, TODAY);
const texts = searchTexts(data);
const ids = (f: Partial<FilterInput>, r = rows) => filterRows(r, { ...none(), ...f }, texts).rows.map((x) => x.id);

describe('filterRows', () => {
  it('no filter keeps every row and counts each value', () => {
    const res = filterRows(rows, none(), texts);
    expect(res.rows).toHaveLength(6);
    expect(res.total).toBe(6);
    expect(res.counts.market).toMatchObject({ us: 2, gb: 3, id: 1, jp: 0 });
    expect(res.counts.status).toMatchObject({ open: 4, restricted: 1, closed: 1, suspended: 0 });
    expect(res.counts.invitation).toMatchObject({ no: 1, some: 1, yes: 0, unknown: 4 });
  });
  it('OR within a facet, AND across facets', () => {
    expect(ids({ market: ['us', 'id'] })).toEqual(['us-local-individual', 'us-cross-border-pop', 'id-local']);
    expect(ids({ market: ['us', 'id'], mode: ['local'] })).toEqual(['us-local-individual', 'id-local']);
    expect(ids({ origin: ['cn-hk-accepted'] })).toEqual(['us-cross-border-pop', 'gb-cross-border']);
    expect(ids({ origin: ['local-required'], region: ['europe'] })).toEqual(['gb-local']);
    expect(ids({ fulfilment: ['fbt'] })).toEqual(['us-local-individual']);
    expect(ids({ confidence: ['unverified'] })).toEqual(['gb-semi-closed-loop']);
  });
  it('facet counts ignore their own facet but apply the others', () => {
    const res = filterRows(rows, { ...none(), market: ['us'], mode: ['local'] }, texts);
    expect(res.rows.map((r) => r.id)).toEqual(['us-local-individual']);
    // market counts apply mode=local only
    expect(res.counts.market).toMatchObject({ us: 1, gb: 1, id: 1 });
    // mode counts apply market=us only
    expect(res.counts.mode).toMatchObject({ local: 1, 'cross-border': 1, 'semi-closed-loop': 0 });
    // other facets count the shown rows
    expect(res.counts.status).toMatchObject({ open: 1, closed: 0 });
  });
  it('text filter matches names and requirements in both languages, any locale', () => {
    expect(ids({ q: 'SSN' })).toEqual(['us-local-individual']);
    expect(ids({ q: 'ssn' })).toEqual(['us-local-individual']);
    expect(ids({ q: '营业执照' })).toEqual(['us-cross-border-pop', 'gb-cross-border']);
    // "individual" also matches the entity label "Local individual" of id-local
    expect(ids({ q: 'individual' })).toEqual(['us-local-individual', 'id-local']);
    expect(ids({ q: '个人' })).toEqual(['us-local-individual', 'id-local']);
    expect(ids({ q: 'licence 英国' })).toEqual(['gb-cross-border']);
    expect(ids({ q: 'ＳＳＮ' })).toEqual(['us-local-individual']); // full-width Latin
    const en = matrixRows(data, 'en', TODAY, TODAY);
    expect(ids({ q: '营业执照' }, en)).toEqual(['us-cross-border-pop', 'gb-cross-border']);
    expect(ids({ q: 'nothing-matches-this' })).toEqual([]);
  });
  it('the text filter narrows the counts too', () => {
    const res = filterRows(rows, { ...none(), q: '营业执照' }, texts);
    expect(res.counts.market).toMatchObject({ us: 1, gb: 1, id: 0 });
  });
  it('falls back to the row text without a search index', () => {
    expect(filterRows(rows, { ...none(), q: '印尼' }).rows.map((r) => r.id)).toEqual(['id-local']);
  });
  it('query terms are cleaned and width-folded', () => {
    expect(queryTerms('  SSN\t营业执照  ')).toEqual(['ssn', '营业执照']);
    expect(queryTerms('')).toEqual([]);
    expect(normalizeText('ＡＢＣ')).toBe('abc');
  });
  it('facet values of a row', () => {
    const pop = rows.find((r) => r.id === 'us-cross-border-pop')!;
    expect(rowFacetValues(pop, 'origin')).toEqual(['cn-hk-accepted']);
    expect(rowFacetValues(pop, 'invitation')).toEqual(['some']);
    expect(rowFacetValues(rows.find((r) => r.id === 'gb-local')!, 'invitation')).toEqual(['unknown']);
  });
});

describe('as-of replay', () => {
  it('2023-11-09: Indonesia suspended, semi-closed loop closed, POP invite-only', () => {
    const at = matrixRows(data, 'en', '2023-11-09', TODAY);
    const status = Object.fromEntries(at.map((r) => [r.id, r.status]));
    expect(status).toMatchObject({ 'id-local': 'suspended', 'gb-semi-closed-loop': 'closed', 'us-cross-border-pop': 'invite-only' });
    expect(ids({ status: ['suspended'] }, at)).toEqual(['id-local']);
    expect([...changedIds(rows, at)].sort()).toEqual(['id-local', 'us-cross-border-pop']);
  });
  it('before the US launch its offerings are not offered', () => {
    const at = matrixRows(data, 'en', '2022-01-01', TODAY);
    expect(ids({ status: ['not-offered'] }, at)).toEqual(['us-local-individual', 'us-cross-border-pop']);
  });
  it('pivotAt accepts precomputed rows and gives the same grid', () => {
    const a = pivotAt(data, 'zh-CN', '2023-11-09');
    const b = pivotAt(data, 'zh-CN', '2023-11-09', matrixRows(data, 'zh-CN', '2023-11-09'));
    expect(b).toEqual(a);
    expect(a[0].find((c) => c.mode === 'cross-border')).toMatchObject({ status: 'invite-only', hasNotes: true });
  });
});

describe('export', () => {
  it('the shared CSV writer gives a BOM, CRLF and quoting (what the export buttons download)', () => {
    const csv = toCsv(['id', '名称'], [['a,b', 'say "hi"'], ['x', null]]);
    expect(csv).toBe(`${UTF8_BOM}id,名称\r\n"a,b","say ""hi"""\r\nx,\r\n`);
  });
  it('file names are safe', () => {
    expect(exportFileName('table', '2023-11-09', 'csv')).toBe('tiktok-shop-matrix-table-2023-11-09.csv');
    expect(exportFileName('../x', '2023/11', 'json')).toBe('tiktok-shop-matrix-x-202311.json');
  });
});

describe('agrees with a naive implementation', () => {
  const big = syntheticMatrixData(600);
  const r = matrixRows(big, 'en', '2024-06-01', TODAY);
  const tx = searchTexts(big);
  const naive = (f: FilterInput) => {
    const ok = (row: typeof r[number], skip: FacetKey | null) => FACET_KEYS.every((k) =>
      k === skip || f[k].length === 0 || rowFacetValues(row, k).some((v) => (f[k] as string[]).includes(v)));
    const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, Object.fromEntries(FACETS[k].map((v) => [v, 0]))])) as Record<FacetKey, Record<string, number>>;
    for (const k of FACET_KEYS) for (const row of r) if (ok(row, k)) for (const v of rowFacetValues(row, k)) counts[k][v]++;
    return { ids: r.filter((row) => ok(row, null)).map((x) => x.id), counts };
  };
  let seed = 3;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 25; i++) {
    const f = none();
    for (const k of FACET_KEYS) if (rnd() < 0.35) (f[k] as string[]) = FACETS[k].filter(() => rnd() < 0.4);
    it(`random filter ${i}`, () => {
      const got = filterRows(r, f, tx);
      const want = naive(f);
      expect(got.rows.map((x) => x.id)).toEqual(want.ids);
      expect(got.counts).toEqual(want.counts);
    });
  }
});

describe('scale', () => {
  it('filters 5,000 synthetic rows with consistent counts', () => {
    const big = syntheticMatrixData(5000);
    const r = matrixRows(big, 'en', TODAY, TODAY);
    const res = filterRows(r, { ...none(), status: ['open'] }, searchTexts(big));
    expect(res.rows.every((x) => x.status === 'open')).toBe(true);
    expect(res.counts.status.open).toBe(res.rows.length);
    const sumStatus = Object.values(res.counts.status).reduce((a, b) => a + b, 0);
    expect(sumStatus).toBe(5000);
  });
});
