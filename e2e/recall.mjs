/**
 * Search recall: every query of e2e/search-recall.json must rank one of its expected pages in
 * the top 5 of the built Pagefind index, queried through Pagefind's JS API inside Chromium on a
 * page of the query's language (Pagefind picks the index from <html lang>, and segments Chinese
 * queries with Intl.Segmenter at query time; the index was segmented at build time by charabia:
 * anchors.md §4). A failing query means content or indexing needs fixing, not the list.
 * One check per query.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_RANKING } from '../src/search.ts';

const LIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'search-recall.json');
const TOP = 5;
const PAGE_FOR = { zh: '/', en: '/en/' };

/** `*` in an expected path stands for any characters within one path segment. */
export function pathMatcher(pattern) {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`);
}

export async function recall({ t, origin, context }) {
  const { queries } = JSON.parse(readFileSync(LIST, 'utf8'));
  const page = await context.newPage();
  try {
    for (const lang of Object.keys(PAGE_FOR)) {
      const cases = queries.filter((c) => c.lang === lang);
      await page.goto(origin + PAGE_FOR[lang], { waitUntil: 'load' });
      const results = await page.evaluate(
        async ({ terms, top, ranking }) => {
          const pagefind = await import('/pagefind/pagefind.js');
          // Rank as the search dialog does (Starlight passes the same options to Pagefind's UI).
          await pagefind.options({ ranking });
          await pagefind.init?.();
          const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
          const out = [];
          for (const q of terms) {
            const search = await pagefind.search(q);
            const data = await Promise.all(search.results.slice(0, top).map((r) => r.data()));
            out.push({
              total: search.results.length,
              urls: data.map((d) => new URL(d.url, location.origin).pathname),
              segments: [...segmenter.segment(q)].filter((s) => s.isWordLike).map((s) => s.segment),
            });
          }
          return { lang: document.documentElement.lang, out };
        },
        { terms: cases.map((c) => c.q), top: TOP, ranking: SEARCH_RANKING },
      );
      cases.forEach((c, i) => {
        const r = results.out[i];
        const name = `recall ${lang} "${c.q}" → ${c.any.join(' | ')}`;
        const hit = r.urls.some((u) => c.any.some((p) => pathMatcher(p).test(u)));
        if (hit) return t.pass(name);
        const seg = lang === 'zh' ? `; query segmented as [${r.segments.join(' / ')}]` : '';
        t.fail(name, `not in top ${TOP} (${r.total} results on <html lang="${results.lang}">${seg}); top ${TOP}: ${r.urls.join(', ') || 'none'}`);
      });
    }
  } finally {
    await page.close();
  }
}
