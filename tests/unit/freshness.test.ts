import { describe, expect, test } from 'vitest';
import { lastSourced, mayBeOutdated, OUTDATED_AFTER_MONTHS } from '../../src/freshness.ts';

const byId = new Map([
  ['a', { published: '2023-09-12' }],
  ['b', { published: '2025-12' }],
  ['c', { published: '2024' }],
  ['undated', { published: null }],
]);

describe('lastSourced', () => {
  test('the newest publication date, across precisions', () => {
    expect(lastSourced(['a', 'c'], byId)).toBe('2024');
    expect(lastSourced(['a', 'b', 'c'], byId)).toBe('2025-12');
  });
  test('undated and unknown sources are skipped; none dated gives null', () => {
    expect(lastSourced(['undated', 'a', 'missing'], byId)).toBe('2023-09-12');
    expect(lastSourced(['undated'], byId)).toBeNull();
    expect(lastSourced([], byId)).toBeNull();
  });
});

describe('mayBeOutdated', () => {
  test('the threshold is 12 months', () => {
    expect(OUTDATED_AFTER_MONTHS).toBe(12);
  });
  test('exactly 12 months is still current; more is outdated', () => {
    expect(mayBeOutdated('2025-11-27', '2026-11-27')).toBe(false);
    expect(mayBeOutdated('2025-10-27', '2026-11-27')).toBe(true);
  });
  test('a month or year date counts from its first day', () => {
    expect(mayBeOutdated('2025-12', '2026-11-27')).toBe(false);
    expect(mayBeOutdated('2025', '2026-11-27')).toBe(true);
  });
  test('undated claims are not flagged here', () => {
    expect(mayBeOutdated(null, '2026-11-27')).toBe(false);
  });
});
