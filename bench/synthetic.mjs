// Synthetic data for the scaling benchmarks, generated on the fly and never committed.
// Clones the real offerings round-robin under new ids, shifting history dates so as-of changes do work.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export function loadRealOfferings(root = '.') {
  const dir = join(root, 'content/offerings');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(join(dir, f), 'utf8')));
}

/** `n` offerings cloned from `real`; the i-th clone gets id `<id>-syn-<i>`. */
export function syntheticOfferings(real, n) {
  if (!real.length) throw new Error('no real offerings to clone: content/offerings is empty');
  const out = [];
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length];
    out.push({ ...base, id: `${base.id}-syn-${i}`, name: { zh: `${base.name.zh}（合成 ${i}）`, en: `${base.name.en} (synthetic ${i})` } });
  }
  return out;
}

/**
 * A throw-away copy of the project under `dir` whose content/offerings holds the real offerings
 * plus `extra` synthetic ones. The code is copied (it is small), so the build uses the same code.
 * `dir` must be inside the project (tmp/…): node_modules is then found by Node's usual lookup. A
 * project elsewhere with node_modules or sources symlinked does not build: Vite resolves the links
 * to their real paths, and Astro then misses the compile metadata it keyed by the linked path.
 */
export function makeSyntheticProject(dir, extra) {
  const root = resolve('.');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (['content', 'dist', '.git', 'bench', 'tmp', '.astro'].includes(entry)) continue;
    if (entry === 'node_modules') continue;
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const real = loadRealOfferings(root);
  for (const o of syntheticOfferings(real, extra)) {
    writeFileSync(join(dir, 'content/offerings', `${o.id}.yaml`), stringify(o));
  }
  return { offerings: real.length + extra };
}
