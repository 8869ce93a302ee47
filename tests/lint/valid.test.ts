import { describe, expect, test } from 'vitest';
import { lint, RULES } from '../../src/lint/index.ts';
import { baseTree, lintTree, TODAY, writeTree } from './tree.ts';

describe('minimal valid fixture', () => {
  test('yields zero problems', () => {
    expect(lintTree(baseTree())).toEqual([]);
  });

  test('counts files and claims', () => {
    const result = lint(writeTree(baseTree()), { today: TODAY });
    // 17 markets + 17 local offerings + 2 more offerings + 1 requirement + 5 modes + 4 list files
    expect(result.files).toBe(46);
    // markets 17 × (currency, launch) + US onboarding = 35; offerings 17 + 1 requirement + 3 + 2 = 23;
    // modes 5 roles + 1 ended = 6; 1 event; 2 glossary terms. Seed checks cite sources but are not claims.
    expect(result.claims).toBe(67);
  });

  test('every rule has a name, a description and a check', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of RULES) {
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(typeof rule.check).toBe('function');
    }
  });
});
