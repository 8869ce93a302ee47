/**
 * Suites (a) "pages" and (b) "a11y": every page of dist/sitemap-*.xml, loaded once in Chromium.
 * - pages: status 200, no console errors or page errors, no failed same-origin request, and no
 *   request to any origin other than the local server (those are also aborted by the runner).
 * - a11y: axe with Starlight's WCAG tag set, 0 violations in the light and in the dark theme.
 * When both suites run, each page is loaded once and checked for both.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { sitemapPages } from './lib/site.mjs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The theme only changes colours (Starlight swaps CSS variables on :root[data-theme]), so the
 * light run checks every rule and the dark run the rules whose outcome depends on colour.
 */
const THEMES = [
  { theme: 'light', rules: null },
  { theme: 'dark', rules: ['color-contrast', 'link-in-text-block'] },
];

/** Runs the selected checks over every sitemap page with a few pages in parallel. */
export async function crawl(env, { smoke, axe }) {
  const { t, dist } = env;
  const pages = sitemapPages(dist);
  if (!pages.length) {
    t.fail('sitemap lists pages', `no <loc> in ${dist}/sitemap-*.xml: did the build run with @astrojs/sitemap?`);
    return;
  }
  console.log(`  (${pages.length} sitemap pages${smoke ? ', load checks' : ''}${axe ? ', axe light + dark' : ''})`);
  const queue = [...pages];
  const workers = Array.from({ length: Number(process.env.E2E_CONCURRENCY ?? 3) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await visit(env, next.pathname, { smoke, axe });
  });
  await Promise.all(workers);
}

async function visit({ t, origin, context }, pathname, { smoke, axe }) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (/^(https?|wss?):$/.test(u.protocol) && u.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('requestfailed', (r) => r.url().startsWith(origin) && problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.url().startsWith(origin) && r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    let response;
    try {
      response = await page.goto(origin + pathname, { waitUntil: 'load', timeout: 30_000 });
      // Starlight loads the Pagefind UI when idle: wait so its requests and errors are seen too.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    } catch (error) {
      problems.unshift(`navigation failed: ${error.message.split('\n')[0]}`);
    }
    if (smoke) {
      const status = response?.status();
      if (status !== 200) problems.unshift(`status ${status ?? 'none'} (expected 200)`);
      if (problems.length) t.fail(`page ${pathname}`, problems.join('\n'));
      else t.pass(`page ${pathname}`);
    }
    if (axe) {
      for (const { theme, rules } of THEMES) await axeCheck(t, page, pathname, theme, rules);
    }
  } finally {
    await page.close();
  }
}

async function axeCheck(t, page, pathname, theme, rules) {
  await t.check(`axe ${theme} ${pathname}`, async () => {
    // The attribute only: localStorage is shared by the pages loading in parallel.
    await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    // Two frames so styles of the new theme are applied before contrast is measured.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS };
    // Only violations carry node details: serialising every passing node is slow on big tables.
    const options = { runOnly, resultTypes: ['violations'] };
    let violations;
    if (await page.evaluate(() => typeof window.axe?.run === 'function')) {
      // axe is already in the page (injected by the first theme's run): run it again directly,
      // saving a second injection of its 500 KB source.
      violations = await page.evaluate(async (o) => (await window.axe.run(document, o)).violations, options);
    } else {
      // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge
      // frame results, which costs seconds and is of no use here (the site has no iframes).
      const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: options.resultTypes });
      violations = (await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze()).violations;
    }
    if (violations.length) throw new Error(formatViolations(violations));
  });
}

/** One line per rule and up to three offending nodes, so the failing markup is found at once. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`);
      const more = v.nodes.length > 3 ? [`    … ${v.nodes.length - 3} more`] : [];
      return [`${v.id} (${v.impact}): ${v.help} [${v.nodes.length} node(s)]`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}
