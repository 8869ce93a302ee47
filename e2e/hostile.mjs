/**
 * Hostile and malformed query strings on the pages that keep state in the URL (compare, finder):
 * each page loads every string; the check fails on an uncaught exception, a console error, a dialog,
 * script execution from the payload (window.__xss), an injected element, or an empty view.
 */
import { assert } from './lib/tally.mjs';
import { LOCALE_PREFIXES } from './lib/page.mjs';

/** Compare and finder in both locales: the en views wrap the same state in different strings. */
export const STATEFUL_PAGES = LOCALE_PREFIXES.flatMap(([prefix]) => [`${prefix}/compare/`, `${prefix}/finder/`]);

const XSS = 'window.__xss=1';
/** 50 query strings: script injection, broken encodings, prototype keys, huge and repeated values. */
export const HOSTILE_QUERIES = [
  `q=<script>${XSS}</script>`,
  `q="><img src=x onerror="${XSS}">`,
  `q=<svg/onload=${XSS}>`,
  `q=javascript:${XSS}`,
  `q=%3Cscript%3E${encodeURIComponent(XSS)}%3C%2Fscript%3E`,
  'q=%E0%A4%A',
  'q=%',
  'q=%00%01%02',
  // Long values stay under the ~8 KB request-line limit of common servers and CDNs (Node's is 16 KB).
  `q=${'字'.repeat(800)}`,
  `q=${'a'.repeat(7000)}`,
  'asOf=2023-13-45',
  'asOf=2023-02-30',
  'asOf=0000-00-00',
  'asOf=9999-12-31',
  'asOf=-1',
  `asOf=<script>${XSS}</script>`,
  'asOf=2023-11-09T00:00:00Z',
  'asOf=NaN',
  'view=<b>grid</b>',
  'view=grid&view=table&view=__proto__',
  'view=constructor',
  'market=__proto__',
  'market=us,<img src=x onerror=window.__xss=1>',
  `market=${Array.from({ length: 2000 }, () => 'us').join(',')}`,
  'market=,,,,',
  'market=US,GB',
  'mode=cross-border,,local,../../etc/passwd',
  'status=open&status=closed&status=toString',
  'region=north-america%00',
  'origin=hasOwnProperty',
  'invitation=yes,no,maybe',
  'fulfilment=fbt,<svg onload=window.__xss=1>',
  'confidence=confirmed;drop table',
  'sort=__proto__:asc',
  'sort=name:sideways',
  'sort=:::',
  'cols=name,market,status,name,__proto__',
  'cols=' + 'x,'.repeat(3000),
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  'country=__proto__',
  'country=<script>window.__xss=1</script>',
  'kind=individual&kind=company',
  'kind=toString',
  'facts=' + Array.from({ length: 1000 }, (_, i) => `f${i}`).join(','),
  'facts=ssn,ssn,ssn,<img src=x onerror=window.__xss=1>',
  'facts=%E2%80%AE%E2%80%8Bssn',
  'chineseOwned=<script>',
  '&&&===&=&',
  '#<img src=x onerror=window.__xss=1>',
];

export async function hostile({ t, origin, context }) {
  for (const path of STATEFUL_PAGES) {
    await t.check(`hostile URLs: ${path} × ${HOSTILE_QUERIES.length}`, async () => {
      const problems = [];
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
      try {
        for (const query of HOSTILE_QUERIES) {
          errors.length = 0;
          const url = `${origin}${path}${query.startsWith('#') ? query : `?${query}`}`;
          const label = query.length > 60 ? `${query.slice(0, 60)}…` : query;
          let res;
          try {
            // Start from a blank page so a hash-only URL is a full load, not a same-document jump
            // (the islands rewrite the URL to its canonical form, which would make it one).
            await page.goto('about:blank');
            res = await page.goto(url, { waitUntil: 'load' });
          } catch (error) {
            problems.push(`${label}: ${String(error.message).split('\n')[0].slice(0, 120)}`);
            continue;
          }
          // The island hydrates on the reader's first activity (client:intent), or by itself when the
          // URL has a query: move the mouse either way, wait until it is ready, then let it settle.
          await page.mouse.move(5, 5);
          try {
            await page.waitForSelector('[data-hydrated]', { timeout: 15_000 });
          } catch {
            problems.push(`${label}: the island did not hydrate`);
          }
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
          const state = await page.evaluate(() => ({
            xss: (window).__xss === 1,
            polluted: ({}).polluted !== undefined,
            injected: document.querySelectorAll('main [onerror], main [onload], main img[src="x"], main svg[onload]').length,
            mainText: (document.querySelector('main')?.textContent ?? '').trim().length,
          }));
          if (res?.status() !== 200) problems.push(`${label}: HTTP ${res?.status()}`);
          if (state.xss) problems.push(`${label}: payload executed`);
          if (state.polluted) problems.push(`${label}: Object.prototype polluted`);
          if (state.injected) problems.push(`${label}: ${state.injected} injected element(s)`);
          if (state.mainText < 200) problems.push(`${label}: empty view (${state.mainText} characters of text in main)`);
          for (const e of errors) problems.push(`${label}: ${e.slice(0, 200)}`);
        }
      } finally {
        await page.close();
      }
      assert(problems.length === 0, problems.slice(0, 15).join('\n') + (problems.length > 15 ? `\n… ${problems.length - 15} more` : ''));
    });
  }
}
