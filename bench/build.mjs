// Build time of the real site and of synthetic datasets with more offerings, to show how it grows.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeSyntheticProject } from './synthetic.mjs';

function countHtml(dir) {
  let n = 0;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) n += countHtml(p);
    else if (e.endsWith('.html')) n++;
  }
  return n;
}

function timedBuild(root, outDir) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync('npx', ['astro', 'build', '--root', root], {
    env: { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(outDir, '..', 'cache') }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (run.status !== 0) throw new Error(`build failed in ${root}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  return { wallS, pages: countHtml(outDir) };
}

export function benchBuild({ sizes = [0, 500, 1000, 2000] } = {}) {
  const results = [];
  for (const extra of sizes) {
    const dir = `tmp/bench-synthetic-${extra}`; // inside the project: see makeSyntheticProject
    const root = extra === 0 ? '.' : dir;
    const offerings = extra === 0 ? readdirSync('content/offerings').length : makeSyntheticProject(dir, extra).offerings;
    const { wallS, pages } = timedBuild(root, resolve(`tmp/bench-build-out-${extra}/dist`));
    results.push({ offerings, pages, wallS });
  }
  return results;
}

/** Least-squares slope and R² of wall time against offerings. */
export function linearFit(results) {
  const xs = results.map((r) => r.offerings), ys = results.map((r) => r.wallS);
  const n = xs.length, mx = xs.reduce((a, b) => a + b) / n, my = ys.reduce((a, b) => a + b) / n;
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0), sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx, icpt = my - slope * mx;
  const ssRes = ys.reduce((s, y, i) => s + (y - (icpt + slope * xs[i])) ** 2, 0), ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  return { secondsPer1000: slope * 1000, r2: 1 - ssRes / ssTot };
}
