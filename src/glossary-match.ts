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
