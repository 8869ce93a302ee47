import { describe, expect, test } from 'vitest';
import { confidenceProblem, strongestConfidence, usableSources } from '../../src/confidence.ts';
import type { Source } from '../../src/schema.ts';

const src = (id: string, kind: Source['kind'], publisher: string, verified: Source['verified'] = 'yes'): Source => ({
  id, kind, publisher, verified, title: id, url: null, published: null, language: 'en', supports: 'x',
});
const official = src('o', 'official', 'TikTok');
const news = src('n', 'news', 'Reuters', 'partly');
const tradeA = src('a', 'trade', 'Trade A');
const tradeA2 = src('a2', 'trade', ' trade a ');
const tradeB = src('b', 'trade', 'Trade B');
const other = src('x', 'other', 'Blog');
const seed = src('s0', 'seed', '', 'no');
const lost = src('l', 'news', 'Gone Daily', 'no');

describe('usableSources', () => {
  test('drops the seed article and sources not found again', () => {
    expect(usableSources([official, seed, lost, tradeA]).map((s) => s.id)).toEqual(['o', 'a']);
  });
});

describe('strongestConfidence', () => {
  test('an official or news source (verified yes or partly) confirms', () => {
    expect(strongestConfidence([official])).toBe('confirmed');
    expect(strongestConfidence([news])).toBe('confirmed');
  });
  test('two trade sources from different publishers confirm', () => {
    expect(strongestConfidence([tradeA, tradeB])).toBe('confirmed');
    expect(strongestConfidence([tradeA, other])).toBe('confirmed');
  });
  test('two pages of one publisher (case and spaces ignored) only report', () => {
    expect(strongestConfidence([tradeA, tradeA2])).toBe('reported');
  });
  test('one trade or other source reports', () => {
    expect(strongestConfidence([tradeA])).toBe('reported');
    expect(strongestConfidence([other])).toBe('reported');
  });
  test('S0 alone, or sources not found again, stay unverified', () => {
    expect(strongestConfidence([seed])).toBe('unverified');
    expect(strongestConfidence([lost])).toBe('unverified');
    expect(strongestConfidence([seed, lost])).toBe('unverified');
    expect(strongestConfidence([])).toBe('unverified');
  });
  test('S0 does not count as a second publisher', () => {
    expect(strongestConfidence([tradeA, seed])).toBe('reported');
  });
});

describe('confidenceProblem', () => {
  test('equal or lower than the sources allow is fine', () => {
    expect(confidenceProblem('confirmed', [official])).toBeNull();
    expect(confidenceProblem('reported', [official])).toBeNull();
    expect(confidenceProblem('unverified', [tradeA])).toBeNull();
  });
  test('higher than the sources allow is a problem naming the ceiling', () => {
    expect(confidenceProblem('confirmed', [tradeA])).toMatch(/^confirmed is stronger than its sources allow \(at most reported/);
    expect(confidenceProblem('reported', [seed])).toMatch(/at most unverified/);
  });
  test('disputed needs two sources, whatever their kind', () => {
    expect(confidenceProblem('disputed', [official])).toBe('disputed needs at least two sources that conflict');
    expect(confidenceProblem('disputed', [tradeA, seed])).toBeNull();
  });
});
