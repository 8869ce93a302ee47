// Page weight per template: HTML, CSS and JS bytes (gzip, level 9, from dist/), JS loaded before
// interaction (at the load event), after idle and after the reader's first activity (the compare
// and finder islands hydrate then: client:intent), the island data fetched then, and the number of
// requests. "own js" is the JS beyond Starlight's shell, i.e. beyond what the plain guide template
// loads (DESIGN.md: 0 B on reading pages); the compare and finder islands show up there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipFile, kib, launchBrowser, startServer } from './lib.mjs';
import { templateUrls } from './templates.mjs';

function distPath(dist, pathname) {
  const p = join(dist, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? join(p, 'index.html') : p;
}

/** The guide template goes first: its scripts define the shell that "own js" is measured against. */
const guideFirst = (a, b) => (b.name === 'guide') - (a.name === 'guide');

export async function benchPages({ dist = 'dist', templates } = {}) {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  const results = [];
  const shellScripts = new Set(); // JS paths the guide template (Starlight's shell) loads
  try {
    for (const t of templateUrls(templates && [...new Set(['guide', ...templates])]).sort(guideFirst)) {
      const page = await browser.newPage();
      const requests = [];
      let phase = 'load';
      page.on('request', (r) => requests.push({ url: new URL(r.url()), type: r.resourceType(), phase }));
      const res = await page.goto(server.origin + t.path, { waitUntil: 'load' });
      if (!res || res.status() !== 200) { results.push({ ...t, error: `HTTP ${res?.status()}` }); await page.close(); continue; }
      phase = 'idle';
      // Starlight loads Pagefind's UI on requestIdleCallback; islands hydrate on idle/visible.
      await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 500), { timeout: 3000 })));
      await page.waitForLoadState('networkidle');
      phase = 'active';
      await page.mouse.move(5, 5);
      // waitForLoadState('networkidle') returns at once once reached, so wait for the islands
      // themselves: each marks itself data-hydrated once its data is in and it has rendered.
      const islands = await page.locator('astro-island').count();
      if (islands) await page.waitForFunction((n) => document.querySelectorAll('[data-hydrated]').length >= n, islands, { timeout: 15_000 });
      const size = (filter) => requests.filter(filter).reduce((sum, r) => {
        const file = distPath(dist, r.url.pathname);
        return sum + (r.url.origin === server.origin && existsSync(file) ? gzipFile(file) : 0);
      }, 0);
      const js = (r) => r.type === 'script' || r.url.pathname.endsWith('.js') || r.url.pathname.endsWith('.mjs');
      if (t.name === 'guide') for (const r of requests) if (js(r)) shellScripts.add(r.url.pathname);
      results.push({
        template: t.name, locale: t.locale, path: t.path,
        htmlGz: size((r) => r.type === 'document'),
        cssGz: size((r) => r.type === 'stylesheet'),
        jsLoadGz: size((r) => js(r) && r.phase === 'load'),
        jsIdleGz: size((r) => js(r) && r.phase !== 'active'),
        jsActiveGz: size((r) => js(r)),
        islandDataGz: size((r) => r.url.pathname.startsWith('/data/island/')),
        ownJsGz: size((r) => js(r) && !shellScripts.has(r.url.pathname)),
        requests: requests.length,
        otherOrigins: requests.filter((r) => r.url.origin !== server.origin).length,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const order = templateUrls().map((t) => t.path);
  return results.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
}

export function formatPages(results) {
  return results.map((r) => r.error ? { template: r.template, locale: r.locale, path: r.path, html: r.error, css: '', 'js@load': '', 'js@idle': '', 'js@active': '', 'own js': '', 'island data': '', requests: '', 'other origins': '' } : {
    template: r.template, locale: r.locale, path: r.path,
    html: kib(r.htmlGz), css: kib(r.cssGz), 'js@load': kib(r.jsLoadGz), 'js@idle': kib(r.jsIdleGz), 'js@active': kib(r.jsActiveGz), 'own js': kib(r.ownJsGz), 'island data': kib(r.islandDataGz),
    requests: r.requests, 'other origins': r.otherOrigins,
  });
}
