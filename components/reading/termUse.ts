/** Term id → the offerings whose pages list it (see offeringTerms), with names in a locale. */
import type { Dataset } from '../../src/dataset.ts';
import { offeringTerms } from '../../src/glossary-match.ts';
import { pick, type Locale } from '../../src/vocab.ts';

export function termUse(data: Dataset, locale: Locale): Map<string, { id: string; name: string }[]> {
  const use = new Map<string, { id: string; name: string }[]>();
  for (const o of data.offerings) {
    for (const g of offeringTerms(data.glossary, o, data.requirements)) {
      use.set(g.id, [...(use.get(g.id) ?? []), { id: o.id, name: pick(o.name, locale) }]);
    }
  }
  return use;
}
