// `npm run bench`: every benchmark of DESIGN.md "Budgets", printed as tables and written to
// bench/results.json. Figures, not pass/fail: the hard limits live in the tests.
//   --build        rebuild dist/ first (otherwise the existing dist/ is measured)
//   --runs N       Lighthouse runs per URL (median; default 5: Lighthouse's docs/variability.md finds
//                  the median of 5 runs twice as stable as 1 run)
//   --only a,b     run only some parts: pages, lighthouse, matrix, finder, search, build
//   --templates a,b  measure only some templates in the pages and Lighthouse parts (home, guide, …)
//   --sizes a,b    extra synthetic offerings for the build-scaling part (default 500,1000,2000)
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { printTable } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const only = opt('only', 'pages,lighthouse,matrix,finder,search,build').split(',');
const runs = Number(opt('runs', '5'));
const templates = opt('templates', '') ? opt('templates', '').split(',') : undefined;
const sizes = [0, ...opt('sizes', '500,1000,2000').split(',').map(Number)];

if (args.includes('--build') || !existsSync('dist/index.html')) {
  console.log('building dist/ …');
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const save = () => writeFileSync('bench/results.json', JSON.stringify(results, null, 2));
const results = { date: new Date().toISOString(), machine: `${(await import('node:os')).cpus().length} cores`, node: process.version };

if (only.includes('pages')) {
  const { benchPages, formatPages } = await import('./pages.mjs');
  results.pages = await benchPages({ templates });
  printTable('Page weight per template (gzip)', formatPages(results.pages));
  save();
}
if (only.includes('matrix')) {
  const { benchMatrix, formatMatrix } = await import('./matrix.mjs');
  results.matrix = await benchMatrix();
  printTable('Matrix: filter and as-of change computed in Chromium (filterRows; matrixRows + filterRows)', formatMatrix(results.matrix));
  save();
}
if (only.includes('finder')) {
  const { benchFinder } = await import('./finder.mjs');
  results.finder = await benchFinder();
  printTable('Finder: evaluation of 1,000 profiles', [results.finder.summary]);
  save();
}
if (only.includes('search')) {
  const { benchSearch, summariseSearch } = await import('./search.mjs');
  results.search = await benchSearch();
  printTable('Search: time to first result and bytes fetched', summariseSearch(results.search));
  save();
}
if (only.includes('lighthouse')) {
  const { benchLighthouse, formatLighthouse } = await import('./lighthouse.mjs');
  results.lighthouse = await benchLighthouse({ runs, templates });
  printTable(`Lighthouse 12.2.3 mobile (median of ${runs})`, formatLighthouse(results.lighthouse));
  save();
}
if (only.includes('build')) {
  const { benchBuild, linearFit } = await import('./build.mjs');
  results.build = benchBuild({ sizes });
  results.buildFit = linearFit(results.build);
  printTable('Build time against dataset size', results.build.map((r) => ({ offerings: r.offerings, pages: r.pages, wall: r.wallS.toFixed(1) + ' s' })));
  console.log(`growth: ${results.buildFit.secondsPer1000.toFixed(1)} s per 1,000 offerings, R² ${results.buildFit.r2.toFixed(3)}`);
}

save();
console.log('\nwrote bench/results.json');
