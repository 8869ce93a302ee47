// Lighthouse 12.2.3 (mobile preset) on every template with Debian Chromium; median of `runs` per URL.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, median, startServer } from './lib.mjs';
import { templateUrls } from './templates.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function runOnce(url) {
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  const flags = CHROMIUM_ARGS.filter((f) => f !== '--headless').concat('--headless=new').join(' ');
  const run = spawnSync('npx', ['lighthouse', url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`], {
    env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}: ${run.stderr?.slice(-500)}`);
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const score = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  // Audits that cost points: weighted audits under 1 in each category (why a score is not 100).
  const lost = CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id} ${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score}`));
  return {
    ...score, lost,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    // Lighthouse's own CPU speed probe: lower means a slower or busier machine, and simulated
    // TBT/LCP grow with it, so the figure explains a run that scores lower on unchanged code.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

export async function benchLighthouse({ dist = 'dist', runs = 5, locales = ['zh-CN', 'en'], templates } = {}) {
  const server = await startServer(dist);
  const results = [];
  try {
    for (const t of templateUrls(templates).filter((t) => locales.includes(t.locale))) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(runOnce(server.origin + t.path));
      const pickMedian = (k) => median(samples.map((s) => s[k]));
      results.push({
        template: t.name, locale: t.locale, path: t.path, runs,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, pickMedian(c)])),
        // The spread shows how far one run can be from the median on this machine.
        performanceRange: [Math.min(...samples.map((s) => s.performance)), Math.max(...samples.map((s) => s.performance))],
        lcpMs: pickMedian('lcpMs'), tbtMs: pickMedian('tbtMs'), cls: pickMedian('cls'),
        benchmarkIndex: pickMedian('benchmarkIndex'),
        lost: [...new Set(samples.flatMap((s) => s.lost))],
      });
    }
  } finally {
    await server.stop();
  }
  return results;
}

export function formatLighthouse(results) {
  return results.map((r) => ({
    template: r.template, locale: r.locale, perf: r.performance,
    'perf min–max': r.performanceRange[0] === r.performanceRange[1] ? String(r.performanceRange[0]) : r.performanceRange.join('–'), a11y: r.accessibility, bp: r['best-practices'], seo: r.seo,
    LCP: (r.lcpMs / 1000).toFixed(2) + ' s', TBT: Math.round(r.tbtMs) + ' ms', CLS: r.cls.toFixed(3),
    'CPU index': Math.round(r.benchmarkIndex),
  }));
}
