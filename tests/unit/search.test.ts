import { describe, expect, test } from 'vitest';
import { FILTER_KEYS, PAGE_TYPE_LABELS, PAGE_TYPES, searchFilters } from '../../src/search.ts';

const us = { id: 'us' as const, name: { zh: '美国', en: 'United States' } };
const gb = { id: 'gb' as const, name: { zh: '英国', en: 'United Kingdom' } };
const local = { id: 'local' as const, name: { zh: '本土店', en: 'Local store' } };

describe('searchFilters', () => {
  test('a page type alone, in Chinese', () => {
    expect(searchFilters('zh-CN', { type: 'guide' })).toEqual([{ key: '页面类型', values: ['指南'] }]);
  });
  test('markets and modes in English', () => {
    expect(searchFilters('en', { type: 'offering', markets: [us, gb], modes: [local] })).toEqual([
      { key: 'Page type', values: ['Store type'] },
      { key: 'Market', values: ['United States', 'United Kingdom'] },
      { key: 'Mode', values: ['Local store'] },
    ]);
  });
  test('empty market and mode lists add no filter', () => {
    expect(searchFilters('zh-CN', { type: 'market', markets: [], modes: [] })).toEqual([{ key: '页面类型', values: ['站点'] }]);
  });
  test('every page type and filter key has both labels', () => {
    for (const type of PAGE_TYPES) {
      expect(PAGE_TYPE_LABELS[type].zh).not.toBe('');
      expect(PAGE_TYPE_LABELS[type].en).not.toBe('');
    }
    for (const key of Object.values(FILTER_KEYS)) expect(key.zh && key.en).toBeTruthy();
  });
  test('keys differ by locale, so zh and en pages never share a filter', () => {
    const zh = searchFilters('zh-CN', { type: 'guide', markets: [us], modes: [local] }).map((f) => f.key);
    const en = searchFilters('en', { type: 'guide', markets: [us], modes: [local] }).map((f) => f.key);
    expect(zh.filter((k) => en.includes(k))).toEqual([]);
  });
});
