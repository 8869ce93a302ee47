/**
 * Budgets (DESIGN.md "Budgets") that tests hold:
 * - Reading pages (guides, markets, offerings, glossary, timeline, sources, …: every sitemap page
 *   but the compare and finder tools) ship no JS of their own: no <astro-island>, and every
 *   script they reference is one the Starlight shell already loads on a plain guide page.
 * - The compare and finder pages load ≤ 90 KiB gzip of JS beyond that shell (measured in Chromium,
 *   after the reader's first activity, which hydrates client:intent islands).
 * A tool page that does not exist yet fails with a message saying so.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileForPath, sitemapPages } from './lib/site.mjs';

export const ISLAND_BUDGET = 90 * 1024;
/** Plain MDX guides: Starlight's shell and nothing else. The first that exists is the baseline. */
export const BASELINE_CANDIDATES = ['/modes/cross-border/', '/modes/local/', '/modes/full-managed/'];
export const TOOL_PAGES = ['/compare/', '/finder/', '/en/compare/', '/en/finder/'];

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi;
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** The scripts a page's HTML references: `src:<url>`, `inline:<sha1>` and `preload:<url>` keys. */
export function scriptSet(html) {
  const set = new Set();
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    const type = attr(attrs, 'type');
    if (type && /json/i.test(type)) continue; // data, not code
    const src = attr(attrs, 'src');
    if (src) set.add(`src:${src}`);
    else if (body.trim()) set.add(`inline:${createHash('sha1').update(body.trim()).digest('hex').slice(0, 12)}`);
  }
  for (const [tag] of html.matchAll(MODULE_PRELOAD)) set.add(`preload:${attr(tag, 'href')}`);
  return set;
}

function baseline(dist) {
  for (const p of BASELINE_CANDIDATES) {
    const file = fileForPath(dist, p);
    if (file) return { path: p, file, scripts: scriptSet(readFileSync(file, 'utf8')) };
  }
  return null;
}

export async function budgets({ t, dist, origin, context }) {
  const base = baseline(dist);
  if (!base) {
    t.fail('budget baseline: a plain guide page', `none of ${BASELINE_CANDIDATES.join(', ')} exists in ${dist}: the own-JS budget cannot be checked`);
  } else {
    console.log(`  (baseline shell: ${base.path}, ${base.scripts.size} scripts)`);
    // The 404 page is Starlight's shell too (no table of contents): its scripts are allowed.
    const notFound = fileForPath(dist, '/404.html');
    const shell = new Set([...base.scripts, ...(notFound ? scriptSet(readFileSync(notFound, 'utf8')) : [])]);
    for (const { pathname } of sitemapPages(dist)) {
      if (TOOL_PAGES.includes(pathname)) continue;
      await t.check(`budget no own JS ${pathname}`, () => {
        const file = fileForPath(dist, pathname);
        if (!file) throw new Error(`listed in the sitemap but ${pathname} has no file in dist`);
        const html = readFileSync(file, 'utf8');
        const problems = [];
        const islands = (html.match(/<astro-island\b/g) ?? []).length;
        if (islands) problems.push(`${islands} <astro-island> on a reading page (islands belong on /compare/ and /finder/ only)`);
        const extra = [...scriptSet(html)].filter((s) => !shell.has(s));
        if (extra.length) problems.push(`scripts beyond the Starlight shell of ${base.path}: ${extra.join(', ')}`);
        if (problems.length) throw new Error(problems.join('\n'));
      });
    }
  }
  await islandSizes({ t, dist, origin, context, basePath: base?.path });
}

/** gzip size of every same-origin JS file the page loads once idle, keyed by URL path. */
async function loadedScripts(context, url, dist) {
  const page = await context.newPage();
  const paths = new Set();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (r.request().resourceType() === 'script' || /\.m?js$/.test(u.pathname)) paths.add(u.pathname);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The search dialog's Pagefind UI loads on intent (components/overrides/Search.astro), on no page
    // here, so the shell and the tools are measured alike without it.
    // client:intent islands hydrate on the reader's first activity. (No scrolling islands into view:
    // none is client:visible, and <astro-island> is display: contents, so Playwright waited 30 s for it.)
    await page.mouse.move(5, 5);
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    // Wait until every island has hydrated (Astro removes the `ssr` attribute when it has).
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 15_000 }).catch(() => {});
  } finally {
    await page.close();
  }
  const sizes = new Map();
  for (const p of paths) {
    const file = fileForPath(dist, p);
    if (file) sizes.set(p, gzipSync(readFileSync(file)).length);
  }
  return sizes;
}

async function islandSizes({ t, dist, origin, context, basePath }) {
  const shell = basePath ? await loadedScripts(context, origin + basePath, dist) : new Map();
  for (const tool of TOOL_PAGES) {
    await t.check(`budget JS of ${tool} ≤ 90 KiB gzip beyond the shell`, async () => {
      if (!fileForPath(dist, tool)) throw new Error(`${tool} does not exist yet (no ${tool}index.html in dist); it is due by the end of the build-out`);
      if (!basePath) throw new Error('no plain guide page to measure the Starlight shell against');
      const sizes = await loadedScripts(context, origin + tool, dist);
      const own = [...sizes].filter(([p]) => !shell.has(p));
      const total = own.reduce((sum, [, n]) => sum + n, 0);
      const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(`      ${tool}: ${kib(total)} gzip own JS in ${own.length} file(s)`);
      if (total > ISLAND_BUDGET) {
        const list = own.sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${kib(n)}`).join('\n');
        throw new Error(`${kib(total)} gzip > 90 KiB:\n${list}`);
      }
    });
  }
}
