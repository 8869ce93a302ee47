// Finder: median time of evaluate() for 1,000 generated seller profiles over the real data (Node 24).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { median, percentile } from './lib.mjs';

const loadDir = (dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(join(dir, f), 'utf8')));

export async function benchFinder({ profiles = 1000 } = {}) {
  const { evaluate, eligibilityData } = await import('../src/eligibility.ts');
  const { PROFILE_FACTS, ENTITY_COUNTRIES, ENTITY_KINDS } = await import('../src/profile.ts');
  const withDefaults = (o) => ({ entities: [], requirements: [], fulfilment: [], deposit: [], commission: [], facts: [], ...o });
  const data = eligibilityData({ markets: loadDir('content/markets'), offerings: loadDir('content/offerings').map(withDefaults), requirements: loadDir('content/requirements') });
  // Deterministic pseudo-random profiles (LCG), so runs compare.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const times = [];
  const t0 = performance.now();
  for (let i = 0; i < profiles; i++) {
    const profile = {
      entityCountry: ENTITY_COUNTRIES[Math.floor(rand() * ENTITY_COUNTRIES.length)],
      entityKind: ENTITY_KINDS[Math.floor(rand() * ENTITY_KINDS.length)],
      chineseOwned: rand() < 0.3,
      facts: new Set(PROFILE_FACTS.filter(() => rand() < 0.3).map((f) => f.id)),
    };
    const s = performance.now();
    evaluate(profile, data, '2026-11-27');
    times.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  return { profiles, times: undefined, summary: { profiles, offerings: data.offerings.length, 'median per profile': median(times).toFixed(3) + ' ms', p95: percentile(times, 95).toFixed(3) + ' ms', total: total.toFixed(1) + ' ms' } };
}
