#!/usr/bin/env node
/**
 * Browser and built-site tests against dist/ (or ASTRO_OUT_DIR / E2E_DIST).
 *
 *   node scripts/run-e2e.mjs [pages] [a11y] [html] [links] [search] [recall] [budgets] [compare] [finder] [hostile] [print]
 *
 * No names = every suite. Starts scripts/serve.mjs on a free port and one Chromium (playwright-core,
 * /usr/bin/chromium, temp profile), aborts any request to another origin, and stops both by PID at
 * the end. Each check prints ✓ or ✗; the last line is `N passed, N failed` (read by test-all).
 * Env: E2E_CONCURRENCY (pages in parallel, default 3), E2E_CSP=1 (serve with dist/_headers),
 * E2E_VERBOSE=0 (print failures only).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { budgets } from '../e2e/budgets.mjs';
import { compareIsland } from '../e2e/compare.mjs';
import { crawl } from '../e2e/crawl.mjs';
import { finderIsland } from '../e2e/finder.mjs';
import { validateHtml } from '../e2e/html.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { startServer } from '../e2e/lib/server.mjs';
import { distDir } from '../e2e/lib/site.mjs';
import { Tally } from '../e2e/lib/tally.mjs';
import { checkLinks } from '../e2e/links.mjs';
import { recall } from '../e2e/recall.mjs';
import { searchDialog } from '../e2e/search.mjs';
import { hostile } from '../e2e/hostile.mjs';
import { printView } from '../e2e/print.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

/** Suite name → what it needs and what it runs. pages + a11y share one crawl (each page loads once). */
const SUITES = {
  pages: { browser: true, title: 'pages: status 200, no console errors, no other origins' },
  a11y: { browser: true, title: 'a11y: axe, light and dark theme' },
  html: { browser: false, title: 'html: html-validate', run: validateHtml },
  links: { browser: false, title: 'links: internal links and anchors', run: checkLinks },
  search: { browser: true, title: 'search: Pagefind dialog', run: searchDialog },
  recall: { browser: true, title: 'search recall: e2e/search-recall.json', run: recall },
  budgets: { browser: true, title: 'budgets: no own JS on reading pages, island size', run: budgets },
  compare: { browser: true, title: 'compare: matrix island (filters, sort, URL, as-of, grid dialog, export)', run: compareIsland },
  finder: { browser: true, title: 'finder: eligibility island (hydration on activity, profile, URL)', run: finderIsland },
  hostile: { browser: true, title: 'hostile: 50 malformed query strings on compare and finder, both locales', run: hostile },
  print: { browser: true, title: 'print: compare and an offering page on A4 (chrome hidden, every row, PDF)', run: printView },
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !(a in SUITES));
if (unknown.length) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Known: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
const selected = asked.length ? Object.keys(SUITES).filter((s) => asked.includes(s)) : Object.keys(SUITES);
const t = new Tally();
const dist = distDir();
const started = performance.now();

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Build it first: npm run build`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const needsBrowser = selected.some((s) => SUITES[s].browser);
let server;
let browser;
let closing = false;
let lostBrowser = false;
// Stop the server and Chromium (and remove the temp profile) when interrupted, then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.log(`\n${signal}: stopping Chromium and the server`);
    closing = true;
    await browser?.close();
    await server?.stop();
    process.exit(130);
  });
}
try {
  if (needsBrowser) {
    try {
      ensureChromium({ install: false });
    } catch (error) {
      console.error(error.message);
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
    server = await startServer(dist, { csp: process.env.E2E_CSP === '1' });
    browser = await launchBrowser();
    // If something outside the run kills Chromium, say so: the checks after it fail for that reason.
    browser.context.once('close', () => {
      if (!closing) {
        lostBrowser = true;
        console.log('\n!!! Chromium was closed from outside this run; the checks after this point cannot pass !!!');
      }
    });
    // No request may leave the local server: abort it (the pages suite reports it).
    await browser.context.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== server.origin,
      (route) => route.abort('blockedbyclient'),
    );
    console.log(`Testing ${dist} at ${server.origin}/ (server PID ${server.pid})`);
  }
  const env = { t, dist, origin: server?.origin, context: browser?.context };
  const crawlOptions = { smoke: selected.includes('pages'), axe: selected.includes('a11y') };
  let crawled = false;
  for (const name of selected) {
    const suite = SUITES[name];
    console.log(`\n${suite.title}`);
    const suiteStart = performance.now();
    const before = { passed: t.passed, failed: t.failed };
    try {
      if (name === 'pages' || name === 'a11y') {
        if (crawled) {
          console.log('  (checked in the same page loads as above)');
          continue;
        }
        crawled = true;
        await crawl(env, crawlOptions);
      } else {
        await suite.run(env);
      }
    } catch (error) {
      t.fail(`suite ${name}`, error instanceof Error ? error.stack ?? error.message : String(error));
    }
    const seconds = ((performance.now() - suiteStart) / 1000).toFixed(1);
    console.log(`  suite ${name}: ${t.passed - before.passed} passed, ${t.failed - before.failed} failed in ${seconds} s`);
  }
} finally {
  closing = true;
  await browser?.close();
  await server?.stop();
}

if (t.failures.length) {
  console.log(`\nFailed (${t.failures.length}):`);
  for (const f of t.failures) console.log(`  ✗ ${f.name}`);
}
if (lostBrowser) console.log('\nChromium was closed from outside during the run (another process killed it?): rerun before reading the failures.');
console.log(`\ne2e took ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${t.passed} passed, ${t.failed} failed`);
process.exit(t.failed ? 1 : 0);
