import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, PAGE_TEXT, periodText } from '../../src/page-text.ts';
import { localePaths as localePath, localeOf, localPath, paths } from '../../src/paths.ts';

describe('page text', () => {
  it('has both languages for every string', () => {
    for (const [key, text] of Object.entries(PAGE_TEXT)) {
      expect(text.zh.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
  it('formats periods, money and percents', () => {
    expect(periodText('zh-CN', '2022-11-10', '2023-04')).toBe('2022-11-10 至 2023-04');
    expect(periodText('en', '2024-08')).toBe('from 2024-08');
    expect(periodText('en', undefined, '2026-02-09')).toBe('until 2026-02-09');
    expect(periodText('en')).toBeNull();
    expect(formatMoney(1500, 'USD')).toBe('1,500 USD');
    expect(formatMoney(0, 'GBP', 4000)).toBe('0–4,000 GBP');
    expect(formatPercent(5, 15)).toBe('5–15%');
  });
});

describe('paths', () => {
  it('puts English under /en/ and keeps anchors and queries', () => {
    expect(localPath('zh-CN', '/sources/#a')).toBe('/sources/#a');
    expect(localPath('en', '/compare/?asOf=2023-11-09')).toBe('/en/compare/?asOf=2023-11-09');
    expect(paths.offering('en', 'us-local-accu')).toBe('/en/offerings/us-local-accu/');
    expect(paths.guide('zh-CN', 'modes/local')).toBe('/modes/local/');
    expect(localeOf('en')).toBe('en');
    expect(localeOf(undefined)).toBe('zh-CN');
    expect(localePath().map((p) => p.params.locale)).toEqual([undefined, 'en']);
    expect(() => localPath('en', 'x/')).toThrow();
  });
});
