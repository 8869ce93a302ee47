/**
 * Where each source is cited, and which sources a page about a market cites. The sources page
 * lists, for every source, the offerings, markets, modes, events, glossary terms and seed-article
 * checks that cite it, so a reader can go from a source to what rests on it.
 */
import type { Dataset } from './dataset.ts';
import { offeringSourceIds } from './matrix.ts';
import type { Market, Mode } from './schema.ts';
import type { Localized } from './vocab.ts';

export const CITING_KINDS = ['offering', 'market', 'mode', 'event', 'glossary', 'seed-check'] as const;
export type CitingKind = (typeof CITING_KINDS)[number];

export type Citation = { kind: CitingKind; id: string; name: Localized };

type WithSources = { sources: readonly string[] };

/** Every source id cited by a market's own claims (currency, launch, onboarding, seller centres, facts). */
export function marketClaimSourceIds(market: Market): string[] {
  const claims: WithSources[] = [market.currency, market.launch, ...market.sellerCenter, ...market.facts];
  if (market.onboarding) claims.push(market.onboarding);
  return unique(claims.flatMap((c) => c.sources));
}

/** Every source id cited by a mode's claims (roles, end date, facts). */
export function modeSourceIds(mode: Mode): string[] {
  const claims: WithSources[] = [mode.roles, ...mode.facts];
  if (mode.ended) claims.push(mode.ended);
  return unique(claims.flatMap((c) => c.sources));
}

/** Sources a market page cites: the market's claims, its offerings and its events, in that order. */
export function marketPageSourceIds(data: Pick<Dataset, 'markets' | 'offerings' | 'events'>, marketId: string): string[] {
  const market = data.markets.find((m) => m.id === marketId);
  const ids = market ? marketClaimSourceIds(market) : [];
  for (const o of data.offerings) if (o.market === marketId) ids.push(...offeringSourceIds(o));
  for (const e of data.events) if (e.markets.includes(marketId as never)) ids.push(...e.sources);
  return unique(ids);
}

/** Source id → the entries that cite it, in CITING_KINDS order, each entry once. */
export function citationsBySource(data: Dataset): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  const add = (ids: readonly string[], citation: Citation) => {
    for (const id of unique(ids)) {
      const list = out.get(id) ?? [];
      list.push(citation);
      out.set(id, list);
    }
  };
  for (const o of data.offerings) add(offeringSourceIds(o), { kind: 'offering', id: o.id, name: o.name });
  for (const m of data.markets) add(marketClaimSourceIds(m), { kind: 'market', id: m.id, name: m.name });
  for (const m of data.modes) add(modeSourceIds(m), { kind: 'mode', id: m.id, name: m.name });
  for (const e of data.events) add(e.sources, { kind: 'event', id: e.id, name: e.title });
  for (const g of data.glossary) add(g.sources, { kind: 'glossary', id: g.id, name: { zh: g.zh, en: g.en } });
  for (const s of data.seedChecks) add(s.sources, { kind: 'seed-check', id: s.id, name: s.claim });
  return out;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** A short label for inline citations: the publisher without any "(…)" part, and the year; S0 for the seed article. */
export function sourceShortLabel(source: { id: string; publisher: string; title: string; published: string | null; kind: string }): string {
  if (source.kind === 'seed') return 'S0';
  const publisher = source.publisher.replace(/\s*\(.*\)\s*$/, '').trim() || source.id;
  return source.published ? `${publisher} ${source.published.slice(0, 4)}` : publisher;
}
