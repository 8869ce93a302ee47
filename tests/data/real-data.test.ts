/**
 * Facts the real content/ must keep true, read through the lint's loader (src/lint/load.ts).
 * These pin the research (facts.md as corrected by corrections.md), not the code: if one fails,
 * the data is wrong or incomplete.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { marketOpenedOn } from '../../src/dataset.ts';
import { startOf } from '../../src/dates.ts';
import { formatProblem, lint, loadDatasetFrom } from '../../src/lint/index.ts';
import { statusAt } from '../../src/status.ts';
import { MARKETS } from '../../src/vocab.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = loadDatasetFrom(root);
const marketById = new Map(data.markets.map((m) => [m.id, m]));
const offeringsOf = (market: string) => data.offerings.filter((o) => o.market === market);
const statusOn = (offeringId: string, date: string) => {
  const o = data.offerings.find((x) => x.id === offeringId);
  if (!o) throw new Error(`no offering ${offeringId}`);
  return statusAt(o, date, marketOpenedOn(marketById.get(o.market)!)).status;
};

/** The calendar day before an ISO date of any precision (by its first day). */
function dayBefore(date: string): string {
  const d = new Date(`${startOf(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('real data: the lint passes', () => {
  test('no lint problems', () => {
    expect(lint(root).problems.map(formatProblem)).toEqual([]);
  });
});

describe('real data: the seed article date, 2023-11-09', () => {
  test('Indonesia local is suspended (closed 2023-10-04, back 2023-12-11)', () => {
    expect(statusOn('id-local', '2023-11-09')).toBe('suspended');
  });

  test('every semi-closed-loop offering is closed (ended 2023-09-12)', () => {
    const scl = data.offerings.filter((o) => o.mode === 'semi-closed-loop');
    expect(scl.length).toBeGreaterThan(0);
    expect(scl.map((o) => [o.id, statusOn(o.id, '2023-11-09')])).toEqual(scl.map((o) => [o.id, 'closed']));
  });
});

describe('real data: 2026-11-27', () => {
  test.each(['es', 'ie', 'de', 'fr', 'it', 'mx', 'br', 'jp'])('%s has an offering that is neither not-offered nor unknown', (market) => {
    const live = offeringsOf(market)
      .map((o) => [o.id, statusOn(o.id, '2026-11-27')] as const)
      .filter(([, s]) => s !== 'not-offered' && s !== 'unknown');
    expect(live.length, `offerings of ${market}: ${offeringsOf(market).map((o) => o.id).join(', ') || 'none'}`).toBeGreaterThan(0);
  });
});

describe('real data: markets', () => {
  test('all 17 markets are present', () => {
    expect(data.markets.map((m) => m.id)).toEqual([...MARKETS]);
  });

  test.each([...MARKETS])('%s: every offering is not-offered the day before the market opened', (market) => {
    const m = marketById.get(market);
    expect(m, `content/markets/${market}.yaml`).toBeDefined();
    const before = dayBefore(marketOpenedOn(m!));
    const offerings = offeringsOf(market);
    expect(offerings.map((o) => [o.id, statusOn(o.id, before)])).toEqual(offerings.map((o) => [o.id, 'not-offered']));
  });

  test.each([...MARKETS])('%s has a local store offering', (market) => {
    expect(offeringsOf(market).filter((o) => o.mode === 'local').map((o) => o.id)).not.toEqual([]);
  });
});
