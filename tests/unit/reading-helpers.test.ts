import { describe, expect, it } from 'vitest';
import { citationsBySource, marketClaimSourceIds, marketPageSourceIds, sourceShortLabel } from '../../src/citations.ts';
import { chronological, eventInMarket, eventInMode, latestEvents } from '../../src/events.ts';
import { offeringTerms, termsMentioned } from '../../src/glossary-match.ts';
import { fixtureDataset } from './fixtures/reading-pages.ts';

const data = fixtureDataset();

describe('citations', () => {
  it('collects a market’s own claim sources once each', () => {
    expect(marketClaimSourceIds(data.markets[0])).toEqual(['src-a', 'src-b', 'src-c']);
  });
  it('adds the market’s offerings and events to its page sources', () => {
    expect(marketPageSourceIds(data, 'us')).toEqual(['src-a', 'src-b', 'src-c', 'src-e']);
    expect(marketPageSourceIds(data, 'sg')).toEqual(['src-a', 'src-b', 'src-f']);
  });
  it('lists every entry that cites a source, by kind', () => {
    const cites = citationsBySource(data);
    expect(cites.get('src-b')!.map((c) => `${c.kind}:${c.id}`)).toEqual([
      'offering:us-local-individual', 'offering:sg-cross-border', 'market:us', 'event:ev-1', 'seed-check:sc-1',
    ]);
    expect(cites.get('src-d')!.map((c) => c.kind)).toEqual(['mode', 'mode']);
    expect(cites.has('src-z')).toBe(false);
  });
});

describe('events', () => {
  it('gives the newest events up to today, newest first', () => {
    expect(latestEvents(data.events, '2025-01-01', 2).map((e) => e.id)).toEqual(['ev-1', 'ev-2']);
    expect(latestEvents(data.events, '2031-01-01', 1).map((e) => e.id)).toEqual(['ev-3']);
  });
  it('treats an event without markets or modes as concerning all of them', () => {
    expect(eventInMarket(data.events[1], 'sg')).toBe(true);
    expect(eventInMarket(data.events[0], 'sg')).toBe(false);
    expect(eventInMode(data.events[0], 'local')).toBe(true);
    expect(eventInMode(data.events[2], 'cross-border')).toBe(false);
  });
  it('sorts by the start of each date’s period', () => {
    expect(chronological(data.events).map((e) => e.id)).toEqual(['ev-0', 'ev-1', 'ev-2', 'ev-3']);
  });
});

describe('termsMentioned', () => {
  it('matches Latin aliases as whole words, case-insensitively', () => {
    expect(termsMentioned(data.glossary, ['Needs an ssn or ITIN']).map((g) => g.id)).toEqual(['ssn']);
    expect(termsMentioned(data.glossary, ['protein bars'])).toEqual([]);
  });
  it('matches Chinese names and aliases inside text', () => {
    expect(termsMentioned(data.glossary, ['需定邀入驻']).map((g) => g.id)).toEqual(['invitation-code']);
  });
  it('matches by id', () => {
    expect(termsMentioned(data.glossary, [], ['ein']).map((g) => g.id)).toEqual(['ein']);
  });
});

describe('offeringTerms', () => {
  it('finds terms through the referenced requirement and the detail text', () => {
    const o = data.offerings[0];
    expect(offeringTerms(data.glossary, o, data.requirements).map((g) => g.id)).toEqual(['ssn']);
  });
  it('finds terms in notes of any claim', () => {
    const o = { ...data.offerings[1], invitation: { required: 'yes' as const, sources: ['src-a'], confidence: 'reported' as const, note: { zh: '需邀请码', en: 'Invitation code needed' } } };
    expect(offeringTerms(data.glossary, o, data.requirements).map((g) => g.id)).toEqual(['invitation-code']);
  });
});

describe('sourceShortLabel', () => {
  it('uses publisher and year, and S0 for the seed article', () => {
    expect(sourceShortLabel({ id: 'x', publisher: 'financetom (Reuters, David Kirton)', title: 't', published: '2024-03-27', kind: 'news' })).toBe('financetom 2024');
    expect(sourceShortLabel({ id: 'x', publisher: 'Pandaily', title: 't', published: null, kind: 'news' })).toBe('Pandaily');
    expect(sourceShortLabel({ id: 'x-id', publisher: '', title: 't', published: null, kind: 'other' })).toBe('x-id');
    expect(sourceShortLabel({ id: 's0', publisher: '', title: 't', published: '2023-11-09', kind: 'seed' })).toBe('S0');
  });
});
