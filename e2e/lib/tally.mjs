/**
 * A minimal check runner: every check is one named pass or fail, printed as it ends.
 * The final line `N passed, N failed` is what scripts/test-all.mjs adds up.
 */
const VERBOSE = process.env.E2E_VERBOSE !== '0';

export class Tally {
  passed = 0;
  failed = 0;
  failures = [];

  /** Runs fn; a throw (or a rejected promise) fails the check with its message. */
  async check(name, fn) {
    const started = performance.now();
    try {
      await fn();
      this.pass(name, performance.now() - started);
    } catch (error) {
      this.fail(name, error instanceof Error ? error.message : String(error));
    }
  }

  pass(name, ms) {
    this.passed++;
    if (VERBOSE) console.log(`  ✓ ${name}${ms > 2000 ? ` (${(ms / 1000).toFixed(1)} s)` : ''}`);
    this.progress();
  }

  fail(name, message) {
    this.failed++;
    this.failures.push({ name, message });
    console.log(`  ✗ ${name}\n${indent(message)}`);
    this.progress();
  }

  /** Without the ✓ lines, a line every 100 checks shows a long run is moving. */
  progress() {
    const done = this.passed + this.failed;
    if (!VERBOSE && done % 100 === 0) console.log(`  … ${done} checks, ${this.failed} failed`);
  }
}

const indent = (text) => text.split('\n').map((l) => `      ${l}`).join('\n');

/** Throws with message unless condition holds. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
