// Search: bytes fetched and time to first result for 10 zh and 10 en queries, cold (fresh browser
// profile, empty cache) and warm (the same query again in the same page), through Pagefind's JS API.
import { launchBrowser, median, startServer } from './lib.mjs';

export const SEARCH_QUERIES = {
  'zh-CN': { page: '/', queries: ['营业执照', '邀请码', '保证金', '海外仓', '珠宝水晶', '中资美企', '本土店', '全托管', 'SSN', 'EIN'] },
  en: { page: '/en/', queries: ['business licence', 'invitation code', 'deposit', 'overseas warehouse', 'ITIN', 'EIN', 'Payoneer', 'VAT', 'Tokopedia', 'full-managed'] },
};

async function timeQuery(page, q) {
  return page.evaluate(async (query) => {
    const t0 = performance.now();
    const pf = await import('/pagefind/pagefind.js');
    const search = await pf.search(query);
    const first = search.results[0] ? await search.results[0].data() : null;
    return { ms: performance.now() - t0, url: first?.url ?? null, count: search.results.length };
  }, q);
}

export async function benchSearch({ dist = 'dist' } = {}) {
  const server = await startServer(dist);
  const results = [];
  try {
    for (const [locale, { page: path, queries }] of Object.entries(SEARCH_QUERIES)) {
      for (const q of queries) {
        const browser = await launchBrowser(); // fresh profile: nothing cached
        const page = await browser.newPage();
        let bytes = 0;
        page.on('response', async (r) => {
          if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
        });
        await page.goto(server.origin + path, { waitUntil: 'load' });
        const cold = await timeQuery(page, q);
        await page.waitForLoadState('networkidle');
        const coldBytes = bytes;
        const warm = await timeQuery(page, q);
        results.push({ locale, query: q, coldMs: cold.ms, warmMs: warm.ms, coldBytes, results: cold.count, first: cold.url });
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }
  return results;
}

export function summariseSearch(results) {
  return ['zh-CN', 'en'].map((locale) => {
    const rs = results.filter((r) => r.locale === locale);
    return {
      locale, queries: rs.length,
      'cold median': median(rs.map((r) => r.coldMs)).toFixed(1) + ' ms',
      'warm median': median(rs.map((r) => r.warmMs)).toFixed(1) + ' ms',
      'bytes first query (median)': (median(rs.map((r) => r.coldBytes)) / 1024).toFixed(1) + ' KiB',
      'queries with 0 results': rs.filter((r) => r.results === 0).length,
    };
  });
}
