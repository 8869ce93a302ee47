/**
 * Which glossary terms a page is about. Offering and market pages list these terms with their
 * aliases, so a search for an alias (SSN, 营业执照, 邀请码 …) also lands on the pages that use it.
 */
import type { GlossaryTerm } from './schema.ts';

/** Latin terms match as whole words only, so "EIN" does not match "protein". */
function matcher(term: string): (text: string) => boolean {
  const t = term.trim();
  if (/^[\x20-\x7e]+$/.test(t)) {
    const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'i');
    return (text) => re.test(text);
  }
  return (text) => text.includes(t);
}

/** Shortest term worth matching in free text; single letters and characters match too much. */
export const MIN_TERM_LENGTH = 2;

/**
 * Glossary terms named in `texts` (by their zh or en name or an alias) or whose id is in `ids`
 * (a requirement ref, mode id, fulfilment option …), in glossary order.
 */
export function termsMentioned(glossary: readonly GlossaryTerm[], texts: readonly string[], ids: readonly string[] = []): GlossaryTerm[] {
  const idSet = new Set(ids);
  const haystack = texts.join('\n');
  return glossary.filter((g) => {
    if (idSet.has(g.id)) return true;
    return [g.zh, g.en, ...g.aliases].some((name) => name.trim().length >= MIN_TERM_LENGTH && matcher(name)(haystack));
  });
}

type Text = { zh: string; en: string };
type OfferingLike = {
  mode: string;
  storeType: string;
  name: Text;
  summary?: Text;
  history: readonly { note?: Text }[];
  requirements: readonly { ref: string; detail?: Text; note?: Text }[];
  facts: readonly { text: Text; note?: Text }[];
  fulfilment: readonly { option: string; note?: Text }[];
  deposit: readonly { note?: Text }[];
  commission: readonly { note?: Text }[];
  entities: readonly { type: string; note?: Text }[];
  invitation?: { note?: Text };
};
type RequirementLike = { id: string; name: Text; description: Text };

/**
 * Glossary terms an offering's page is about: named anywhere in its text (both languages, so the
 * result does not depend on the page's locale, including the names and descriptions of the
 * requirements it references) or matching its mode, store type, requirement, fulfilment or entity ids.
 */
export function offeringTerms(glossary: readonly GlossaryTerm[], o: OfferingLike, requirements: readonly RequirementLike[]): GlossaryTerm[] {
  const reqById = new Map(requirements.map((r) => [r.id, r]));
  const both = (t?: Text) => (t ? [t.zh, t.en] : []);
  const texts = [
    ...both(o.name), ...both(o.summary),
    ...o.history.flatMap((h) => both(h.note)),
    ...o.requirements.flatMap((r) => [...both(r.detail), ...both(r.note), ...both(reqById.get(r.ref)?.name), ...both(reqById.get(r.ref)?.description)]),
    ...o.facts.flatMap((f) => [...both(f.text), ...both(f.note)]),
    ...[...o.fulfilment, ...o.deposit, ...o.commission, ...o.entities].flatMap((x) => both(x.note)),
    ...both(o.invitation?.note),
  ];
  const ids = [o.mode, o.storeType, ...o.requirements.map((r) => r.ref), ...o.fulfilment.map((f) => f.option), ...o.entities.map((e) => e.type)];
  return termsMentioned(glossary, texts, ids);
}
