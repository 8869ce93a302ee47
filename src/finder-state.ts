/**
 * The finder's profile in the URL query, e.g.
 * `?country=cn&kind=company&facts=cn-business-licence,us-warehouse` (`owned=1` for a Chinese-owned
 * local company). Parsing never throws: unknown keys, values and fact ids are ignored silently, so a
 * hand-edited or hostile link still opens the page with whatever part of it makes sense.
 */
import { ENTITY_COUNTRIES, ENTITY_KINDS, PROFILE_FACTS, type EntityCountry, type EntityKind, type SellerProfile } from './profile.ts';

/** Longer queries are cut: the longest meaningful one is well under this. */
export const MAX_QUERY_LENGTH = 4096;

export const EMPTY_PROFILE: SellerProfile = { entityCountry: null, entityKind: null, chineseOwned: false, facts: new Set() };

const FACT_ORDER = PROFILE_FACTS.map((f) => f.id as string);
const FACT_SET: ReadonlySet<string> = new Set(FACT_ORDER);
const isCountry = (v: string | null): v is EntityCountry => v !== null && (ENTITY_COUNTRIES as readonly string[]).includes(v);
const isKind = (v: string | null): v is EntityKind => v !== null && (ENTITY_KINDS as readonly string[]).includes(v);

/** Whether the Chinese-owned question applies: a company registered in one of the markets. */
export function canBeChineseOwned(country: EntityCountry | null, kind: EntityKind | null): boolean {
  return country !== null && country !== 'cn' && country !== 'hk' && kind === 'company';
}

/**
 * Keep a profile consistent: no kind without a country (a country without a kind means company),
 * Chinese ownership only for a local company, facts only from PROFILE_FACTS.
 */
export function normaliseProfile(p: { entityCountry: EntityCountry | null; entityKind: EntityKind | null; chineseOwned: boolean; facts: Iterable<string> }): SellerProfile {
  const entityCountry = p.entityCountry;
  const entityKind = entityCountry === null ? null : (p.entityKind ?? 'company');
  const facts = new Set<string>();
  for (const f of p.facts) if (FACT_SET.has(f)) facts.add(f);
  return { entityCountry, entityKind, chineseOwned: p.chineseOwned && canBeChineseOwned(entityCountry, entityKind), facts };
}

function safeParams(query: string): URLSearchParams {
  try {
    return new URLSearchParams(query.slice(0, MAX_QUERY_LENGTH));
  } catch {
    return new URLSearchParams();
  }
}

/** Profile from `location.search` (with or without the leading `?`). */
export function parseFinderQuery(query: string): SellerProfile {
  const params = safeParams(typeof query === 'string' ? query : '');
  const country = params.get('country');
  const kind = params.get('kind');
  const facts = params.getAll('facts').flatMap((v) => v.split(',')).map((v) => v.trim());
  return normaliseProfile({
    entityCountry: isCountry(country) ? country : null,
    entityKind: isKind(kind) ? kind : null,
    chineseOwned: params.get('owned') === '1',
    facts,
  });
}

/** The query for a profile, `?…` or '' when empty; facts in PROFILE_FACTS order so links are stable. */
export function serializeFinderQuery(profile: SellerProfile): string {
  const p = normaliseProfile(profile);
  const parts: string[] = [];
  if (p.entityCountry) parts.push(`country=${p.entityCountry}`);
  if (p.entityKind) parts.push(`kind=${p.entityKind}`);
  if (p.chineseOwned) parts.push('owned=1');
  const facts = FACT_ORDER.filter((f) => p.facts.has(f));
  if (facts.length) parts.push(`facts=${facts.join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** True when the seller has said nothing yet (the page then shows the plain list). */
export function isEmptyProfile(p: SellerProfile): boolean {
  return p.entityCountry === null && p.facts.size === 0;
}
