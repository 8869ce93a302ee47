// Where a page's main-thread time goes, for finding the cause of a Lighthouse miss:
//   node bench/trace.mjs /compare/ /markets/us/     (serves dist/, or $BENCH_DIST; mobile viewport, 4× CPU)
// Prints, per URL: the long tasks (> 50 ms) with their largest child events, the totals of parse,
// style and layout, and every layout shift with the elements that moved (y and height before → after).
// Throttled durations on a shared machine are noisy; compare runs, not single figures.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/browser.mjs';
import { startServer } from './lib.mjs';

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error('usage: node bench/trace.mjs <path> [<path> …]   e.g. node bench/trace.mjs /compare/');
  process.exit(2);
}

const ms = (us) => (us / 1000).toFixed(0);

/** Collects layout-shift entries in the page, from the first paint on. */
function observeShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value, at: Math.round(e.startTime), input: e.hadRecentInput,
        sources: e.sources.map((s) => `${s.node?.nodeName ?? '?'}.${String(s.node?.className ?? '').split(' ')[0]} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const server = await startServer(process.env.BENCH_DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(observeShifts);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(6000); // islands hydrate on idle
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const shifts = await page.evaluate(() => window.__shifts);
    await context.close();

    const main = traceEvents.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
    const events = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const total = (name) => events.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur, 0);
    const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
    const t0 = events.find((e) => e.name === 'RunTask')?.ts ?? 0;
    console.log(`\n${path}: blocking ${ms(tasks.reduce((s, t) => s + t.dur - 50_000, 0))} ms over ${tasks.length} long tasks; parse ${ms(total('ParseHTML'))} ms, style ${ms(total('UpdateLayoutTree'))} ms, layout ${ms(total('Layout'))} ms`);
    for (const task of tasks) {
      const inside = events.filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const longest = new Map();
      for (const e of inside) {
        const key = e.name + (e.args?.data?.url ? ` ${e.args.data.url.split('/').pop().slice(0, 40)}` : '');
        longest.set(key, Math.max(longest.get(key) ?? 0, e.dur));
      }
      const top = [...longest].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, d]) => `${k} ${ms(d)}`);
      console.log(`  ${ms(task.dur).padStart(5)} ms at ${ms(task.ts - t0).padStart(5)} ms: ${top.join(' | ')}`);
    }
    const counted = shifts.filter((s) => !s.input);
    console.log(`  layout shifts: ${counted.length ? counted.map((s) => `${s.value.toFixed(3)} at ${s.at} ms (${s.sources.join('; ')})`).join('\n                 ') : 'none'}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
