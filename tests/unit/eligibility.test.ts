import { describe, expect, it } from 'vitest';
import {
  eligibilityData, evaluate, inForceAt, matchedEntityTypes, verdictRank, type Evaluation, type OfferingResult, type Verdict,
} from '../../src/eligibility.ts';
import { ENTITY_COUNTRIES, ENTITY_KINDS, PROFILE_FACTS, type EntityCountry, type EntityKind, type SellerProfile } from '../../src/profile.ts';
import { describeReason } from '../../components/finder/strings.ts';
import { FIXTURE, FIXTURE_DATE } from './fixtures/eligibility-dataset.ts';

const profile = (country: EntityCountry | null, kind: EntityKind | null, facts: string[] = [], chineseOwned = false): SellerProfile => ({
  entityCountry: country, entityKind: kind, chineseOwned, facts: new Set(facts),
});

const all = (e: Evaluation): OfferingResult[] => e.markets.flatMap((m) => m.results);
const byId = (e: Evaluation): Record<string, OfferingResult> => Object.fromEntries(all(e).map((r) => [r.id, r]));
/** Offering id → verdict, for exact comparisons. */
const verdicts = (e: Evaluation): Record<string, Verdict> => Object.fromEntries(all(e).map((r) => [r.id, r.verdict]));
const ids = (items: { id: string }[]) => items.map((i) => i.id);

const OPEN_TODAY = [
  'us-local-individual', 'us-local-sole-proprietor', 'us-local-corporation', 'us-local-accu', 'us-cross-border-pop', 'us-full-managed',
  'gb-local', 'gb-cross-border', 'gb-full-managed', 'id-local', 'my-cross-border', 'my-local', 'sg-local', 'jp-cross-border',
];
/** Verdicts for everything, with the exceptions given; everything else is not open. */
const expectVerdicts = (e: Evaluation, exceptions: Record<string, Verdict>) => {
  const expected = Object.fromEntries(OPEN_TODAY.map((id) => [id, exceptions[id] ?? 'not-open-to-profile']));
  expect(verdicts(e)).toEqual(expected);
};

describe('scope and grouping', () => {
  it('lists only offerings open, invite-only or restricted at the date, grouped by market in data order', () => {
    const e = evaluate(profile(null, null), FIXTURE, FIXTURE_DATE);
    expect(e.markets.map((m) => m.market)).toEqual(['us', 'gb', 'id', 'my', 'sg', 'jp']);
    expect(all(e).map((r) => r.id).sort()).toEqual([...OPEN_TODAY].sort());
    expect(byId(e)['us-semi-closed-loop']).toBeUndefined();
    expect(e.counts.total).toBe(14);
  });
  it('replays the date: 2023-11-09 has the suspension and no later offerings', () => {
    const e = evaluate(profile('cn', 'company', ['cn-business-licence']), FIXTURE, '2023-11-09');
    expect(Object.keys(byId(e)).sort()).toEqual([
      'gb-cross-border', 'gb-local', 'my-cross-border', 'my-local', 'sg-local', 'us-cross-border-pop', 'us-full-managed',
      'us-local-accu', 'us-local-corporation', 'us-local-individual', 'us-local-sole-proprietor',
    ]);
    const pop = byId(e)['us-cross-border-pop'];
    expect(pop.status).toBe('invite-only');
    // invite-only status makes the invitation a requirement even though invitation.required is "some"
    // old-rule (until 2024-01) is still in force here
    expect(ids(pop.unmet)).toEqual(['us-warehouse-or-fba', 'amazon-2m', 'old-rule', 'invitation-code']);
    expect(pop.unmet[3].since).toBe('2023-08');
  });
  it('carries status, start date, note and confidence', () => {
    const r = byId(evaluate(profile(null, null), FIXTURE, FIXTURE_DATE))['gb-cross-border'];
    expect(r).toMatchObject({ status: 'restricted', statusSince: '2023-04-15', confidence: 'confirmed', statusNote: { en: 'Three routes only' } });
  });
});

describe('seller profiles against the fixture (exact verdicts)', () => {
  it('1. China mainland company with a business licence only', () => {
    const e = evaluate(profile('cn', 'company', ['cn-business-licence']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, {
      'us-cross-border-pop': 'missing', 'us-full-managed': 'meets', 'gb-cross-border': 'missing', 'gb-full-managed': 'meets',
      'my-cross-border': 'missing', 'sg-local': 'missing', 'jp-cross-border': 'missing',
    });
    const r = byId(e);
    expect(ids(r['us-cross-border-pop'].unmet)).toEqual(['us-warehouse-or-fba', 'amazon-2m']);
    expect(ids(r['us-cross-border-pop'].toCheck)).toEqual(['invitation-code']);
    expect(ids(r['us-full-managed'].met)).toEqual(['cn-licence']);
    expect(ids(r['us-full-managed'].toCheck)).toEqual(['deposit']);
    expect(ids(r['gb-cross-border'].unmet)).toEqual(['uk-warehouse']);
    expect(ids(r['gb-cross-border'].toCheck)).toEqual(['status']);
    expect(ids(r['my-cross-border'].unmet)).toEqual(['marketplace-experience', 'invitation-code']);
    expect(ids(r['jp-cross-border'].unmet)).toEqual(['invitation']); // no duplicate invitation item
    expect(r['us-local-individual'].reason).toEqual({ code: 'local-only', market: 'us', accepted: ['local-individual'] });
    expect(e.counts).toEqual({ meets: 2, missing: 5, 'not-open-to-profile': 7, total: 14 });
  });

  it('2. Hong Kong company with an invitation code', () => {
    const e = evaluate(profile('hk', 'company', ['cn-business-licence', 'invitation-code']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, {
      'us-cross-border-pop': 'missing', 'us-full-managed': 'meets', 'gb-cross-border': 'missing',
      'my-cross-border': 'missing', 'sg-local': 'missing', 'jp-cross-border': 'meets',
    });
    const r = byId(e);
    expect(ids(r['my-cross-border'].unmet)).toEqual(['marketplace-experience']);
    expect(r['gb-full-managed'].reason).toEqual({ code: 'other', market: 'gb', accepted: ['cn-mainland-company', 'local-company'] });
    expect(r['us-full-managed'].entity).toMatchObject({ state: 'accepted', matched: ['hk-company'], confidence: 'confirmed' });
  });

  it('3. US individual with SSN, ID and phone', () => {
    const e = evaluate(profile('us', 'individual', ['us-id', 'ssn', 'us-phone']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'us-local-individual': 'meets', 'sg-local': 'missing' });
    const r = byId(e)['us-local-individual'];
    expect(ids(r.met)).toEqual(['us-id', 'us-ssn-or-itin', 'us-phone']);
    expect(ids(r.toCheck)).toEqual(['us-address-proof']); // no check: listed, never met
    expect(byId(e)['us-cross-border-pop'].reason?.code).toBe('cn-hk-only');
  });

  it('4. US individual with ITIN and ID but no US phone', () => {
    const e = evaluate(profile('us', 'individual', ['us-id', 'itin']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'us-local-individual': 'missing', 'sg-local': 'missing' });
    expect(ids(byId(e)['us-local-individual'].unmet)).toEqual(['us-phone']);
    expect(ids(byId(e)['us-local-individual'].met)).toEqual(['us-id', 'us-ssn-or-itin']);
  });

  it('5. US company with EIN, formation papers, phone and majority US ownership', () => {
    const e = evaluate(profile('us', 'company', ['us-company-docs', 'ein', 'us-phone', 'us-majority-owned']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'us-local-corporation': 'meets', 'sg-local': 'missing' });
    expect(byId(e)['us-local-corporation'].flags).toEqual([]);
    expect(byId(e)['us-local-accu'].reason).toEqual({ code: 'local-only', market: 'us', accepted: ['local-company-chinese-owned'] });
  });

  it('6. Chinese-owned US company: flagged by the dated ownership rule in the data', () => {
    const facts = ['us-company-docs', 'ein', 'us-phone', 'us-warehouse', 'amazon-2m'];
    const e = evaluate(profile('us', 'company', facts, true), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'us-local-corporation': 'missing', 'us-local-accu': 'meets', 'sg-local': 'missing' });
    const corp = byId(e)['us-local-corporation'];
    expect(ids(corp.unmet)).toEqual(['us-majority-ownership']);
    expect(corp.unmet[0]).toMatchObject({ since: '2024-03-27', confidence: 'confirmed', anyOf: ['us-majority-owned'] });
    expect(corp.flags).toHaveLength(1);
    expect(corp.flags[0].code).toBe('chinese-owned-not-listed');
    expect(ids(corp.flags[0].rules)).toEqual(['us-company-docs', 'us-majority-ownership']);
    const accu = byId(e)['us-local-accu'];
    expect(accu.flags).toEqual([]);
    expect(accu.entity.matched).toEqual(['local-company-chinese-owned']);
    expect(accu).toMatchObject({ status: 'restricted', statusNote: { en: 'Restriction note' } });
    expect(ids(accu.toCheck)).toEqual(['status']);
  });

  it('6b. the same company before the rule took effect (2023-11-09) meets the corporation store, still flagged', () => {
    const e = evaluate(profile('us', 'company', ['us-company-docs', 'ein', 'us-phone'], true), FIXTURE, '2023-11-09');
    const corp = byId(e)['us-local-corporation'];
    expect(corp.verdict).toBe('meets');
    expect(ids(corp.flags[0].rules)).toEqual(['us-company-docs']);
  });

  it('7. UK company with VAT number', () => {
    const e = evaluate(profile('gb', 'company', ['uk-company-number', 'uk-vat']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'gb-local': 'meets', 'gb-full-managed': 'meets', 'sg-local': 'missing' });
    expect(byId(e)['gb-cross-border'].reason?.code).toBe('cn-hk-only');
  });

  it('8. China mainland company: Amazon $2M seller with a US warehouse', () => {
    const e = evaluate(profile('cn', 'company', ['cn-business-licence', 'amazon-2m', 'us-warehouse']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, {
      'us-cross-border-pop': 'meets', 'us-full-managed': 'meets', 'gb-cross-border': 'missing', 'gb-full-managed': 'meets',
      'my-cross-border': 'missing', 'sg-local': 'missing', 'jp-cross-border': 'missing',
    });
    const pop = byId(e)['us-cross-border-pop'];
    expect(ids(pop.met)).toEqual(['cn-licence', 'us-warehouse-or-fba', 'amazon-2m']);
    expect(ids(pop.toCheck)).toEqual(['invitation-code']);
    expect(ids(pop.met).includes('old-rule') || ids(pop.unmet).includes('future-rule')).toBe(false);
  });

  it('9. Southeast Asian (Malaysian) company', () => {
    const e = evaluate(profile('my', 'company'), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'my-local': 'meets', 'sg-local': 'missing' });
    // a reference to a requirement that does not exist goes to "to check"
    expect(byId(e)['my-local'].toCheck).toMatchObject([{ id: 'ghost-requirement', state: 'to-check', name: { en: 'ghost-requirement' } }]);
    expect(byId(e)['my-cross-border'].reason?.code).toBe('cn-hk-only');
  });

  it('10. no entity at all', () => {
    const e = evaluate(profile(null, null, ['us-warehouse']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'sg-local': 'missing' });
    expect(e.counts).toEqual({ meets: 0, missing: 1, 'not-open-to-profile': 13, total: 14 });
  });

  it('11. China mainland individual business with marketplace history and an invitation', () => {
    const e = evaluate(profile('cn', 'individual-business', ['cn-business-licence', 'platform-experience', 'invitation-code']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'us-full-managed': 'meets', 'my-cross-border': 'meets', 'sg-local': 'missing' });
    expect(byId(e)['us-full-managed'].entity).toMatchObject({ matched: ['cn-mainland-individual-business'], confidence: 'unverified' });
    expect(byId(e)['us-cross-border-pop'].reason).toEqual({ code: 'cn-hk-only', market: 'us', accepted: ['cn-mainland-company', 'hk-company'] });
  });

  it('12. Singapore individual with NRIC: offering without entity data is never "meets"', () => {
    const e = evaluate(profile('sg', 'individual', ['sg-id']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'sg-local': 'missing' });
    const r = byId(e)['sg-local'];
    expect(r.unmet).toEqual([]);
    expect(ids(r.met)).toEqual(['sg-id']);
    expect(ids(r.toCheck)).toEqual(['entity']);
    expect(r.entity.state).toBe('to-check');
  });

  it('13. US sole proprietor with SSN', () => {
    const e = evaluate(profile('us', 'individual-business', ['ssn']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'us-local-sole-proprietor': 'meets', 'sg-local': 'missing' });
  });

  it('14. China mainland individual without a business: no entity type matches', () => {
    const e = evaluate(profile('cn', 'individual', ['cn-business-licence']), FIXTURE, FIXTURE_DATE);
    expectVerdicts(e, { 'sg-local': 'missing' });
  });

  it('15. a Hong Kong individual business matches nothing; a US company is not local to the UK', () => {
    expect(matchedEntityTypes(profile('hk', 'individual-business'), 'us')).toEqual([]);
    expect(matchedEntityTypes(profile('us', 'company'), 'gb')).toEqual([]);
    expect(matchedEntityTypes(profile('us', 'company', [], true), 'us')).toEqual(['local-company', 'local-company-chinese-owned']);
    expect(matchedEntityTypes(profile('us', null), 'us')).toEqual([]);
  });
});

describe('reasons in words', () => {
  const us = { zh: '美国', en: 'United States' };
  it('names the local entity the offering needs', () => {
    expect(describeReason({ code: 'local-only', market: 'us', accepted: ['local-company'] }, us, 'en')).toBe('Needs a local United States company');
    expect(describeReason({ code: 'local-only', market: 'us', accepted: ['local-company', 'local-individual'] }, us, 'zh-CN')).toBe('需要美国本地公司或美国本地个人');
  });
  it('says China mainland/HK only', () => {
    expect(describeReason({ code: 'cn-hk-only', market: 'us', accepted: ['cn-mainland-company', 'hk-company'] }, us, 'en'))
      .toBe('China mainland/HK entities only: a China mainland company or a Hong Kong company');
    expect(describeReason({ code: 'cn-hk-only', market: 'us', accepted: ['cn-mainland-company', 'hk-company'] }, us, 'zh-CN'))
      .toBe('仅限中国大陆/香港主体：中国大陆公司或中国香港公司');
  });
});

describe('in force at a date', () => {
  it('treats until as inclusive at its precision', () => {
    expect(inForceAt({ until: '2024-01' }, '2024-01-31')).toBe(true);
    expect(inForceAt({ until: '2024-01' }, '2024-02-01')).toBe(false);
    expect(inForceAt({ from: '2024-03-27' }, '2024-03-26')).toBe(false);
    expect(inForceAt({ from: '2024' }, '2024-01-01')).toBe(true);
  });
});

// Property-like checks over many generated profiles (deterministic pseudo-random generator).
function* profiles(count: number): Generator<SellerProfile> {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const countries = [null, ...ENTITY_COUNTRIES];
  const kinds = [null, ...ENTITY_KINDS];
  for (let i = 0; i < count; i++) {
    const facts = PROFILE_FACTS.filter(() => rand() < 0.3).map((f) => f.id);
    yield profile(countries[Math.floor(rand() * countries.length)], kinds[Math.floor(rand() * kinds.length)], facts, rand() < 0.5);
  }
}
const DATES = ['2023-11-09', '2024-06-01', FIXTURE_DATE];

describe('properties', () => {
  it('a requirement without a machine check is never counted as met, and "meets" never hides an unmet item', () => {
    for (const p of profiles(300)) {
      for (const date of DATES) {
        for (const r of all(evaluate(p, FIXTURE, date))) {
          for (const m of r.met) {
            expect(m.anyOf.length).toBeGreaterThan(0);
            expect(m.anyOf.some((f) => p.facts.has(f))).toBe(true);
          }
          for (const u of r.toCheck) expect(u.state).toBe('to-check');
          if (r.verdict === 'meets') {
            expect(r.unmet).toEqual([]);
            expect(r.entity.state).toBe('accepted');
          }
          if (r.entity.state === 'to-check') expect(r.verdict).toBe('missing');
        }
      }
    }
  });

  it('removing a fact never improves a verdict nor shrinks what is missing', () => {
    for (const p of profiles(120)) {
      for (const date of DATES) {
        const before = byId(evaluate(p, FIXTURE, date));
        for (const fact of p.facts) {
          const facts = new Set(p.facts);
          facts.delete(fact);
          const after = byId(evaluate({ ...p, facts }, FIXTURE, date));
          for (const [id, r] of Object.entries(after)) {
            expect(verdictRank(r.verdict)).toBeLessThanOrEqual(verdictRank(before[id].verdict));
            expect(ids(r.unmet)).toEqual(expect.arrayContaining(ids(before[id].unmet)));
          }
        }
      }
    }
  });

  it('the verdict depends on entity and facts only: counts add up and every result has a status that is open', () => {
    for (const p of profiles(100)) {
      const e = evaluate(p, FIXTURE, FIXTURE_DATE);
      expect(e.counts.meets + e.counts.missing + e.counts['not-open-to-profile']).toBe(e.counts.total);
      for (const r of all(e)) expect(['open', 'invite-only', 'restricted']).toContain(r.status);
      for (const r of all(e)) expect(r.reason === null).toBe(r.verdict !== 'not-open-to-profile');
    }
  });
});

describe('eligibilityData', () => {
  it('keeps the verdicts and only the page language when trimmed for a locale', () => {
    const p = profile('cn', 'company', ['cn-business-licence']);
    const full = evaluate(p, eligibilityData(FIXTURE), FIXTURE_DATE);
    const en = evaluate(p, eligibilityData(FIXTURE, 'en'), FIXTURE_DATE);
    expect(verdicts(en)).toEqual(verdicts(full));
    expect(verdicts(full)).toEqual(verdicts(evaluate(p, FIXTURE, FIXTURE_DATE)));
    const gb = byId(en)['gb-cross-border'];
    expect(gb.statusNote).toEqual({ zh: '', en: 'Three routes only' });
    expect(gb.name.en).toBe('UK cross-border store');
    expect(byId(evaluate(p, eligibilityData(FIXTURE, 'zh-CN'), FIXTURE_DATE))['gb-cross-border'].name).toEqual({ zh: '英国跨境店', en: '' });
  });
});
