import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, isEmptyProfile, normaliseProfile, parseFinderQuery, serializeFinderQuery } from '../../src/finder-state.ts';
import { PROFILE_FACTS } from '../../src/profile.ts';

const plain = (p: ReturnType<typeof parseFinderQuery>) => ({ ...p, facts: [...p.facts].sort() });

describe('finder state in the URL', () => {
  it('parses the documented example', () => {
    expect(plain(parseFinderQuery('?country=cn&kind=company&facts=cn-business-licence,us-warehouse'))).toEqual({
      entityCountry: 'cn', entityKind: 'company', chineseOwned: false, facts: ['cn-business-licence', 'us-warehouse'],
    });
  });
  it('round-trips every valid profile shape', () => {
    const cases = [
      '?country=us&kind=company&owned=1&facts=us-phone,ein',
      '?country=gb&kind=individual&facts=uk-id',
      '?country=cn&kind=individual-business',
      '?facts=us-warehouse',
      '',
    ];
    for (const q of cases) expect(serializeFinderQuery(parseFinderQuery(q))).toBe(q);
  });
  it('writes facts in the profile list order and without duplicates', () => {
    const p = parseFinderQuery('facts=us-warehouse,ein,ein&facts=ssn');
    expect(serializeFinderQuery(p)).toBe('?facts=ssn,ein,us-warehouse');
  });
  it('accepts every profile fact', () => {
    const q = `?facts=${PROFILE_FACTS.map((f) => f.id).join(',')}`;
    expect(parseFinderQuery(q).facts.size).toBe(PROFILE_FACTS.length);
  });
  it('defaults the kind to company once a country is given, and drops a kind without a country', () => {
    expect(parseFinderQuery('?country=hk').entityKind).toBe('company');
    expect(parseFinderQuery('?kind=individual').entityKind).toBeNull();
  });
  it('keeps Chinese ownership only for a company registered in a market', () => {
    expect(parseFinderQuery('?country=us&kind=company&owned=1').chineseOwned).toBe(true);
    expect(parseFinderQuery('?country=us&kind=individual&owned=1').chineseOwned).toBe(false);
    expect(parseFinderQuery('?country=cn&kind=company&owned=1').chineseOwned).toBe(false);
    expect(parseFinderQuery('?country=us&kind=company&owned=true').chineseOwned).toBe(false);
  });
  it('knows an empty profile', () => {
    expect(isEmptyProfile(parseFinderQuery(''))).toBe(true);
    expect(isEmptyProfile(EMPTY_PROFILE)).toBe(true);
    expect(isEmptyProfile(parseFinderQuery('?facts=ssn'))).toBe(false);
  });
});

describe('hostile or broken input is ignored silently', () => {
  const hostile = [
    '?country=<script>alert(1)</script>&kind=company',
    '?country=__proto__&kind=constructor&facts=__proto__,toString,hasOwnProperty',
    '?country=US&kind=COMPANY&facts=SSN',
    '?country=cn%00&facts=ssn%00,ein ',
    '?facts=%E0%A4%A',
    '?facts=' + 'x,'.repeat(100000),
    '?country=cn&country=us&kind=individual&kind=company',
    '?&&&=&=%3D&facts=,,,',
    '#country=cn',
    'country=zz&kind=robot&owned=1',
  ];
  it('never throws and never yields an unknown value', () => {
    for (const q of hostile) {
      const p = parseFinderQuery(q);
      expect(p.entityCountry === null || typeof p.entityCountry === 'string').toBe(true);
      for (const f of p.facts) expect(PROFILE_FACTS.some((x) => x.id === f)).toBe(true);
    }
  });
  it('returns what makes sense and drops the rest', () => {
    expect(plain(parseFinderQuery(hostile[0]))).toEqual({ entityCountry: null, entityKind: null, chineseOwned: false, facts: [] });
    expect(plain(parseFinderQuery(hostile[1])).facts).toEqual([]);
    expect(parseFinderQuery(hostile[2]).entityCountry).toBeNull(); // ids are lower case
    expect(plain(parseFinderQuery(hostile[3]))).toMatchObject({ entityCountry: null, facts: ['ein'] }); // trimmed space kept, NUL dropped
    expect(parseFinderQuery(hostile[5]).facts.size).toBe(0);
    expect(parseFinderQuery(hostile[6])).toMatchObject({ entityCountry: 'cn', entityKind: 'individual' }); // first value wins
    expect(isEmptyProfile(parseFinderQuery(hostile[8]))).toBe(true);
    expect(parseFinderQuery(hostile[9])).toMatchObject({ entityCountry: null, entityKind: null, chineseOwned: false });
    expect(parseFinderQuery(undefined as unknown as string).facts.size).toBe(0);
  });
  it('normalises a profile built in code too', () => {
    expect(normaliseProfile({ entityCountry: null, entityKind: 'company', chineseOwned: true, facts: ['nope', 'ssn'] })).toEqual({
      entityCountry: null, entityKind: null, chineseOwned: false, facts: new Set(['ssn']),
    });
  });
});
