// Synthetic data for the scaling benchmarks, generated on the fly and never committed.
// Clones the real offerings round-robin under new ids, shifting history dates so as-of changes do work.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
 * plus `extra` synthetic ones. Everything but content/ is symlinked, so the build uses the same code.
 */
export function makeSyntheticProject(dir, extra) {
  const root = resolve('.');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (['content', 'dist', '.git', 'bench'].includes(entry)) continue;
    symlinkSync(join(root, entry), join(dir, entry));
  }
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const real = loadRealOfferings(root);
  for (const o of syntheticOfferings(real, extra)) {
    writeFileSync(join(dir, 'content/offerings', `${o.id}.yaml`), stringify(o));
  }
  return { offerings: real.length + extra };
}
