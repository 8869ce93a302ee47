#!/usr/bin/env node
/**
 * `npm test`: every check of the project, in order, with one total at the end.
 *
 *   1. data lint    node scripts/lint-data.mjs          (npm run lint:data)
 *   2. unit         vitest run                          (npm run test:unit)
 *   3. types        astro check, 0 errors               (npm run test:types)
 *   4. build        astro build (runs Pagefind)         (npm run test:build)
 *   5. e2e          node scripts/run-e2e.mjs            (npm run test:e2e; needs the build)
 *   6. e2e + CSP    the same runner with E2E_CSP=1 for pages, search, compare, finder, hostile (npm run test:csp)
 *
 * Every stage runs even when an earlier one failed (except e2e after a failed build), so one
 * run shows everything that is red. Counts: vitest's own test counts, every e2e check, and one
 * check for each other stage (or its own `N passed, N failed` line when it prints one).
 * The last line is exactly `N passed, N failed`; the exit code is non-zero on any failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const SUMMARY = /^(\d+) passed, (\d+) failed$/;
const totals = { passed: 0, failed: 0 };
const report = [];
const started = performance.now();

/** Runs a command with inherited output teed to memory; resolves to { code, output }. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    const tee = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('error', (error) => resolve({ code: 127, output: output + String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The stage's own `N passed, N failed` line, if it printed one (the last wins). */
function ownSummary(output) {
  const line = output.split(/\r?\n/).map((l) => l.trim()).filter((l) => SUMMARY.test(l)).at(-1);
  if (!line) return null;
  const [, passed, failed] = line.match(SUMMARY);
  return { passed: Number(passed), failed: Number(failed) };
}

function record(name, { passed, failed }, seconds, note = '') {
  totals.passed += passed;
  totals.failed += failed;
  report.push({ name, passed, failed, seconds, note });
}

function banner(name) {
  console.log(`\n━━━━ ${name} ━━━━`);
}

/** A stage that is one command: counted by its own summary line or as one check by exit code. */
async function stage(name, command, args, env) {
  banner(name);
  const t0 = performance.now();
  const { code, output } = await run(command, args, env);
  const seconds = (performance.now() - t0) / 1000;
  const counted = ownSummary(output);
  if (counted) {
    // A stage that exits non-zero without a failed check still failed.
    if (code !== 0 && counted.failed === 0) counted.failed = 1;
    record(name, counted, seconds);
  } else {
    record(name, code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }, seconds, code === 0 ? '' : `exit code ${code}`);
  }
  return code === 0;
}

// 1. Data lint (written by the lint helper): its absence is loud, never a silent pass.
if (existsSync('scripts/lint-data.mjs')) {
  await stage('data lint', process.execPath, ['scripts/lint-data.mjs']);
} else {
  banner('data lint');
  console.log('!!! scripts/lint-data.mjs is missing: the data lint did NOT run (stage skipped) !!!');
  report.push({ name: 'data lint', passed: 0, failed: 0, seconds: 0, note: 'SKIPPED: scripts/lint-data.mjs missing' });
}

// 2. Unit tests, counted from vitest's JSON report.
{
  banner('unit (vitest)');
  const dir = mkdtempSync(path.join(tmpdir(), 'vitest-'));
  const json = path.join(dir, 'report.json');
  const t0 = performance.now();
  const { code } = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  const seconds = (performance.now() - t0) / 1000;
  if (existsSync(json)) {
    const r = JSON.parse(readFileSync(json, 'utf8'));
    const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
    const note = r.numTotalTests === 0 ? 'no unit tests found' : r.numFailedTestSuites ? `${r.numFailedTestSuites} file(s) failed to run` : '';
    record('unit (vitest)', { passed: r.numPassedTests, failed }, seconds, note);
  } else {
    record('unit (vitest)', { passed: 0, failed: 1 }, seconds, `vitest wrote no report (exit code ${code})`);
  }
  rmSync(dir, { recursive: true, force: true });
}

// 3. Types.
await stage('types (astro check)', 'npx', ['astro', 'check']);

// 4. Build (also writes the Pagefind index and the sitemap the e2e suites read).
const built = await stage('build (astro build)', 'npx', ['astro', 'build']);

// 5. Browser suites.
if (!built) {
  banner('e2e');
  console.log('The build failed: the browser suites cannot run.');
  record('e2e', { passed: 0, failed: 1 }, 0, 'not run: build failed');
} else {
  let browserReady = true;
  try {
    ensureChromium({ install: true });
  } catch (error) {
    banner('e2e');
    console.error(error.message);
    browserReady = false;
    record('e2e', { passed: 0, failed: 1 }, 0, 'not run: Chromium or fonts-noto-cjk missing');
  }
  if (browserReady) {
    await stage('e2e', process.execPath, ['scripts/run-e2e.mjs'], { E2E_VERBOSE: process.env.E2E_VERBOSE ?? '0' });
    // 6. The suites that run scripts again, under the deployment CSP of dist/_headers: a blocked
    // inline script, worker or WebAssembly call shows up as a console error or a broken feature.
    await stage('e2e under CSP', process.execPath, ['scripts/run-e2e.mjs', 'pages', 'search', 'compare', 'finder', 'hostile'], { E2E_VERBOSE: process.env.E2E_VERBOSE ?? '0', E2E_CSP: '1' });
  }
}

const total = (performance.now() - started) / 1000;
console.log('\n━━━━ summary ━━━━');
for (const r of report) {
  const mark = r.note.startsWith('SKIPPED') ? '!' : r.failed ? '✗' : '✓';
  console.log(`${mark} ${r.name.padEnd(22)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed ${r.seconds.toFixed(1).padStart(7)} s${r.note ? `  (${r.note})` : ''}`);
}
console.log(`npm test took ${total.toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
