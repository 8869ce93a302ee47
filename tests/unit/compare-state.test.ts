import { describe, expect, it } from 'vitest';
import {
  COMPARE_COLUMNS, FACET_KEYS, FACETS, HIDEABLE_COLUMNS, MAX_QUERY_LENGTH, clearFilters, defaultCompareState,
  hasActiveFilters, parseCompareState, serializeCompareState, type CompareState,
} from '../../src/compare-state.ts';

const full: CompareState = {
  view: 'grid', asOf: '2023-11-09', q: 'SSN 营业执照', sort: { column: 'sourced', desc: true }, cols: ['region', 'deposit'],
  market: ['us', 'gb'], region: ['europe', 'north-america'], mode: ['cross-border'], status: ['open', 'invite-only'],
  origin: ['cn-hk-accepted'], invitation: ['yes', 'unknown'], fulfilment: ['fbt'], confidence: ['confirmed', 'disputed'],
};

describe('defaults', () => {
  it('an empty query gives the default state and serialises to nothing', () => {
    expect(parseCompareState('')).toEqual(defaultCompareState());
    expect(parseCompareState('?')).toEqual(defaultCompareState());
    expect(serializeCompareState(defaultCompareState())).toBe('');
  });
});

describe('round trip', () => {
  it('parse(serialize(state)) gives the state back (lists in vocabulary order)', () => {
    const back = parseCompareState(serializeCompareState(full));
    expect(back).toEqual({ ...full, region: ['north-america', 'europe'] });
  });
  it('serialize(parse(url)) is stable and readable', () => {
    const qs = serializeCompareState(full);
    expect(qs).toBe(
      'view=grid&asOf=2023-11-09&market=us,gb&region=north-america,europe&mode=cross-border&status=open,invite-only'
      + '&origin=cn-hk-accepted&invitation=yes,unknown&fulfilment=fbt&confidence=confirmed,disputed'
      + '&q=SSN%20%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7&sort=sourced:desc&cols=region,deposit',
    );
    expect(serializeCompareState(parseCompareState(qs))).toBe(qs);
    expect(serializeCompareState(parseCompareState(`?${qs}`))).toBe(qs);
  });
  it('round-trips every single facet value and every sort column', () => {
    for (const key of FACET_KEYS) {
      for (const value of FACETS[key]) {
        const s = { ...defaultCompareState(), [key]: [value] } as CompareState;
        expect(parseCompareState(serializeCompareState(s))).toEqual(s);
      }
    }
    for (const column of COMPARE_COLUMNS) {
      for (const desc of [false, true]) {
        const s = { ...defaultCompareState(), sort: { column, desc } };
        expect(parseCompareState(serializeCompareState(s))).toEqual(s);
      }
    }
  });
  it('accepts URLSearchParams and the + form of spaces', () => {
    expect(parseCompareState(new URLSearchParams('q=us+local&view=grid'))).toMatchObject({ q: 'us local', view: 'grid' });
    expect(parseCompareState('q=individual+store').q).toBe('individual store');
  });
  it('orders and de-duplicates lists, ignores case', () => {
    expect(parseCompareState('market=GB,us,gb,US').market).toEqual(['us', 'gb']);
    expect(serializeCompareState({ ...defaultCompareState(), market: ['gb', 'us', 'gb'] })).toBe('market=us,gb');
  });
});

describe('hostile and malformed values are ignored silently', () => {
  const cases: [string, Partial<CompareState>][] = [
    ['view=chart', { view: 'table' }],
    ['view=', { view: 'table' }],
    ['asOf=2023-02-30', { asOf: null }],
    ['asOf=2023-11', { asOf: null }],
    ['asOf=20231109', { asOf: null }],
    ['asOf=2023-11-09T00:00:00Z', { asOf: null }],
    ['asOf=<script>alert(1)</script>', { asOf: null }],
    ['asOf=2023-11-09&asOf=2024-01-01', { asOf: '2023-11-09' }],
    ['market=xx,us,,%00,../etc', { market: ['us'] }],
    ['market=__proto__,constructor', { market: [] }],
    ['status=open;DROP TABLE', { status: [] }],
    ['status=open%2Cclosed', { status: ['open', 'closed'] }],
    ['sort=name', { sort: null }],
    ['sort=name:up', { sort: null }],
    ['sort=toString:asc', { sort: null }],
    ['sort=status:asc:extra', { sort: null }],
    ['sort=STATUS:DESC', { sort: { column: 'status', desc: true } }],
    ['cols=name,region,bogus', { cols: ['region'] }],
    ['cols=', { cols: [] }],
    ['q=%E0%A4%A', { q: '\uFFFD%A' }], // broken escapes decode to U+FFFD, never throw
    ['q=a%0Ab%09c', { q: 'a b c' }],
  ];
  for (const [qs, expected] of cases) {
    it(qs, () => {
      expect(() => parseCompareState(qs)).not.toThrow();
      expect(parseCompareState(qs)).toMatchObject(expected);
    });
  }
  it('cuts a very long query', () => {
    const s = parseCompareState(`q=${'x'.repeat(10_000)}`);
    expect(s.q.length).toBe(MAX_QUERY_LENGTH);
  });
  it('ignores unknown keys and keeps the rest', () => {
    expect(parseCompareState('foo=bar&market=jp&__proto__=x')).toEqual({ ...defaultCompareState(), market: ['jp'] });
  });
  it('never lets the row header column be hidden', () => {
    expect(HIDEABLE_COLUMNS).not.toContain('name');
    expect(parseCompareState('cols=name').cols).toEqual([]);
  });
  it('survives random garbage', () => {
    let seed = 7;
    const chars = 'abc=&,:%?+ 09-_<>"\'\u4e2d\u0000';
    for (let i = 0; i < 500; i++) {
      let s = '';
      for (let j = 0; j < 40; j++) s += chars[(seed = (seed * 48271) % 2147483647) % chars.length];
      const parsed = parseCompareState(s);
      expect(parseCompareState(serializeCompareState(parsed))).toEqual(parsed);
    }
  });
});

describe('filter helpers', () => {
  it('hasActiveFilters and clearFilters', () => {
    expect(hasActiveFilters(defaultCompareState())).toBe(false);
    expect(hasActiveFilters({ ...defaultCompareState(), q: '  ' })).toBe(false);
    expect(hasActiveFilters(full)).toBe(true);
    const cleared = clearFilters(full);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ view: 'grid', asOf: '2023-11-09', sort: full.sort, cols: full.cols });
  });
});
