/**
 * The part of MatrixData the compare island reads, and nothing else: island props are
 * serialised into the page's HTML, so prose the island never shows (market and mode facts,
 * summaries, claim notes outside the status history, commission and fact texts) stays out.
 * Source ids of every claim are kept, so lastSourced and the source lists are unchanged.
 * Names stay in both languages (the text filter searches both); notes and requirement details
 * keep only the page's language.
 * Runs at build time only (imported by the page, not by the island).
 */
import type { MatrixData } from '../../src/matrix.ts';
import type { Locale, Localized } from '../../src/vocab.ts';

const ids = (claims: readonly { sources: string[]; confidence: string }[]) => claims.map(({ sources, confidence }) => ({ sources, confidence }));

export function islandMatrixData(data: MatrixData, locale: Locale): MatrixData {
  const own = (t: Localized | undefined) => t && (locale === 'en' ? { zh: '', en: t.en } : { zh: t.zh, en: '' });
  const offerings = data.offerings.map((o) => ({
    id: o.id, market: o.market, mode: o.mode, storeType: o.storeType, name: o.name,
    history: o.history.map((h) => ({ ...h, note: own(h.note) })),
    entities: o.entities.map(({ type, sources, confidence }) => ({ type, sources, confidence })),
    requirements: o.requirements.map(({ ref, detail, from, until, sources, confidence }) => ({ ref, detail: own(detail), from, until, sources, confidence })),
    fulfilment: o.fulfilment.map(({ option, from, until, sources, confidence }) => ({ option, from, until, sources, confidence })),
    deposit: o.deposit.map(({ amount, max, currency, from, sources, confidence }) => ({ amount, max, currency, from, sources, confidence })),
    commission: ids(o.commission),
    facts: ids(o.facts),
    invitation: o.invitation && { required: o.invitation.required, sources: o.invitation.sources, confidence: o.invitation.confidence },
  }));
  const cited = new Set(offerings.flatMap((o) =>
    [...o.history, ...o.entities, ...o.requirements, ...o.fulfilment, ...o.deposit, ...o.commission, ...o.facts, ...(o.invitation ? [o.invitation] : [])]
      .flatMap((c) => c.sources)));
  // JSON round trip drops undefined keys, which would otherwise be serialised one by one.
  return JSON.parse(JSON.stringify({
    markets: data.markets.map(({ id, name, region, launch, onboarding }) => ({
      id, name, region, launch: { date: launch.date }, onboarding: onboarding && { date: onboarding.date },
    })),
    modes: data.modes.map(({ id, name, aka, ended }) => ({ id, name, aka, ended: ended && { date: ended.date } })),
    requirements: data.requirements.map(({ id, name, kind }) => ({ id, name, kind })),
    sources: data.sources.filter((s) => cited.has(s.id)),
    offerings,
  })) as MatrixData;
}
