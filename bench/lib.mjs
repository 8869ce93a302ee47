// Shared helpers for the benchmarks. Chromium and the static server are the e2e suite's own
// (e2e/lib), so benches and tests run the same browser flags and the same server.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser as launchE2eBrowser } from '../e2e/lib/browser.mjs';
import { startServer as startE2eServer } from '../e2e/lib/server.mjs';

export { CHROMIUM, CHROMIUM_ARGS };

/** A fresh Chromium context; `close()` also removes its temp profile. */
export async function launchBrowser() {
  const { context, close } = await launchE2eBrowser();
  return { newPage: () => context.newPage(), close };
}

/** scripts/serve.mjs over `dir` on a free port: { origin, stop }. */
export async function startServer(dir = 'dist') {
  const server = await startE2eServer(dir);
  return { origin: server.origin, stop: () => server.stop() };
}

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const gzipFile = (path) => gzipSize(readFileSync(path));

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
export const kib = (bytes) => (bytes / 1024).toFixed(1) + ' KiB';
export const ms = (v) => (Number.isFinite(v) ? v.toFixed(2) + ' ms' : 'n/a');

/** Print an aligned table of objects. */
export function printTable(title, rows) {
  console.log(`\n## ${title}`);
  if (!rows.length) return console.log('(no rows)');
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(width[i])).join('  ');
  console.log(line(cols));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
}
