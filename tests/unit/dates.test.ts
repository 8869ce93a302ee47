import { describe, expect, test } from 'vitest';
import {
  buildDate, compareDates, formatIsoDate, isOnOrAfter, isValidIsoDate, monthsBetween, precisionOf, startOf,
} from '../../src/dates.ts';

describe('isValidIsoDate', () => {
  test.each(['2023', '2023-11', '2023-11-09', '2024-02-29'])('accepts %s', (d) => expect(isValidIsoDate(d)).toBe(true));
  test.each(['23', '2023-1', '2023-13', '2023-00', '2023-11-9', '2023-02-30', '2023-02-29', '2023/11/09', '2023-11-09T00:00', ''])(
    'refuses %s', (d) => expect(isValidIsoDate(d)).toBe(false),
  );
});

describe('precision and start of period', () => {
  test('precisionOf', () => {
    expect(precisionOf('2023')).toBe('year');
    expect(precisionOf('2023-11')).toBe('month');
    expect(precisionOf('2023-11-09')).toBe('day');
  });
  test('startOf gives the first day', () => {
    expect(startOf('2023')).toBe('2023-01-01');
    expect(startOf('2023-11')).toBe('2023-11-01');
    expect(startOf('2023-11-09')).toBe('2023-11-09');
  });
});

describe('compareDates orders by the first day of each period', () => {
  test('mixed precisions', () => {
    expect(compareDates('2022-06', '2022-05-31')).toBe(1);
    expect(compareDates('2022', '2022-01-01')).toBe(0);
    expect(compareDates('2022-01', '2022')).toBe(0);
    expect(compareDates('2021-12-31', '2022')).toBe(-1);
  });
  test('sorts a list', () => {
    expect(['2023-11-09', '2023', '2022-12', '2023-11'].sort(compareDates)).toEqual(['2022-12', '2023', '2023-11', '2023-11-09']);
  });
  test('isOnOrAfter counts a period from its first day', () => {
    expect(isOnOrAfter('2022-06-01', '2022-06')).toBe(true);
    expect(isOnOrAfter('2022-05-31', '2022-06')).toBe(false);
    expect(isOnOrAfter('2023-11-09', '2023-11-09')).toBe(true);
  });
});

describe('monthsBetween', () => {
  test('whole months, by start days', () => {
    expect(monthsBetween('2025-11-27', '2026-11-27')).toBe(12);
    expect(monthsBetween('2025-11-28', '2026-11-27')).toBe(11);
    expect(monthsBetween('2025-11', '2026-11-27')).toBe(12);
    expect(monthsBetween('2025', '2026-11-27')).toBe(22);
    expect(monthsBetween('2026-11-27', '2025-11-27')).toBe(-12);
  });
});

describe('buildDate', () => {
  test('honours a pinned day-precision BUILD_DATE', () => {
    expect(buildDate({ BUILD_DATE: '2026-11-27' })).toBe('2026-11-27');
  });
  test('ignores a malformed or coarse BUILD_DATE and falls back to today (UTC)', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(buildDate({ BUILD_DATE: '2026-11' })).toBe(today);
    expect(buildDate({ BUILD_DATE: 'tomorrow' })).toBe(today);
    expect(buildDate({})).toBe(today);
  });
});

describe('formatIsoDate', () => {
  test('keeps the precision and names a missing date', () => {
    expect(formatIsoDate('2023-11', 'en')).toBe('2023-11');
    expect(formatIsoDate(null, 'en')).toBe('undated');
    expect(formatIsoDate(undefined, 'zh-CN')).toBe('未注明日期');
  });
});
