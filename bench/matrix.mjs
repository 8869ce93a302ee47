// Matrix cost in Chromium at 500, 5,000 and 20,000 synthetic rows:
//  - filter change: filterRows (facets + counts) over precomputed rows, as the island does on a click;
//  - as-of change: matrixRows at a new date, then filterRows.
// The domain modules are bundled with esbuild and run in the page, so the figures are Chromium's.
import { build } from 'esbuild';
import { median, percentile } from './lib.mjs';
import { launchBrowser } from './lib.mjs';
import { loadRealOfferings, syntheticOfferings } from './synthetic.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const SIZES = [500, 5000, 20000];
const REPEATS = 41;

function loadDir(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(join(dir, f), 'utf8')));
}

async function harnessSource() {
  const entry = `
    import { matrixRows } from './src/matrix.ts';
    import { filterRows, searchTexts } from './src/compare-filter.ts';
    import { defaultCompareState } from './src/compare-state.ts';
    window.benchMatrix = (data, repeats) => {
      const base = { ...defaultCompareState() };
      const texts = searchTexts(data);
      const time = (fn) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
      let rows = matrixRows(data, 'zh-CN', '2026-11-27');
      const filter = [], asOf = [];
      const dates = ['2023-11-09', '2024-06-01', '2025-06-30', '2026-11-27'];
      for (let i = 0; i < repeats; i++) {
        const markets = i % 2 ? ['us'] : ['us', 'gb', 'my'];
        filter.push(time(() => filterRows(rows, { ...base, market: markets }, texts)));
        asOf.push(time(() => { rows = matrixRows(data, 'zh-CN', dates[i % dates.length]); filterRows(rows, base, texts); }));
      }
      return { filter, asOf };
    };`;
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'iife', target: 'es2022' });
  return out.outputFiles[0].text;
}

export async function benchMatrix() {
  const base = {
    markets: loadDir('content/markets'), modes: loadDir('content/modes'), requirements: loadDir('content/requirements'),
    sources: parse(readFileSync('content/sources.yaml', 'utf8')).map(({ id, publisher, title, url, published, kind }) => ({ id, publisher, title, url, published, kind })),
  };
  const real = loadRealOfferings();
  // Defaults the schema would add (YAML may omit empty lists).
  const withDefaults = (o) => ({ entities: [], requirements: [], fulfilment: [], deposit: [], commission: [], facts: [], ...o });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: await harnessSource() });
  const results = [];
  try {
    for (const n of SIZES) {
      const data = { ...base, offerings: syntheticOfferings(real, n).map(withDefaults) };
      const { filter, asOf } = await page.evaluate(([d, r]) => window.benchMatrix(d, r), [data, REPEATS]);
      results.push({ rows: n, filterMedian: median(filter), filterP95: percentile(filter, 95), asOfMedian: median(asOf), asOfP95: percentile(asOf, 95) });
    }
  } finally {
    await browser.close();
  }
  return results;
}

export function formatMatrix(results) {
  return results.map((r) => ({
    rows: r.rows,
    'filter median': r.filterMedian.toFixed(2) + ' ms', 'filter p95': r.filterP95.toFixed(2) + ' ms',
    'as-of median': r.asOfMedian.toFixed(2) + ' ms', 'as-of p95': r.asOfP95.toFixed(2) + ' ms',
  }));
}
