#!/usr/bin/env node
/**
 * The browser tests need Debian's Chromium and the Noto CJK fonts (Chinese must render for the
 * contrast checks), and the print suite pdftotext (poppler-utils) to read Chromium's PDFs back. `ensureChromium({ install: true })` installs them with apt when running as root;
 * otherwise it throws with the exact command to run. Never a silent skip.
 *
 *   node scripts/ensure-chromium.mjs [--install]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium fonts-noto-cjk poppler-utils';

function fontsInstalled() {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', 'fonts-noto-cjk'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    // Not a dpkg system: accept the font files themselves.
    return ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc'].some(existsSync);
  }
}

/** What is missing: a list of package names (empty when all is there). */
export function missing() {
  const out = [];
  if (!existsSync(CHROMIUM)) out.push('chromium');
  if (!fontsInstalled()) out.push('fonts-noto-cjk');
  if (spawnSync('pdftotext', ['-v']).error) out.push('poppler-utils');
  return out;
}

export function ensureChromium({ install = false } = {}) {
  const lack = missing();
  if (!lack.length) return;
  const isRoot = process.getuid?.() === 0;
  if (!install || !isRoot) {
    throw new Error(`Browser tests need ${lack.join(' and ')}. Install with:\n  ${isRoot ? '' : 'sudo '}sh -c '${INSTALL_COMMAND}'`);
  }
  console.log(`Installing ${lack.join(' and ')}: ${INSTALL_COMMAND}`);
  const r = spawnSync('sh', ['-c', INSTALL_COMMAND], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0 || missing().length) throw new Error(`apt-get failed (exit ${r.status}); run as root:\n  ${INSTALL_COMMAND}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureChromium({ install: process.argv.includes('--install') });
    console.log(`Chromium (${CHROMIUM}), fonts-noto-cjk and poppler-utils are installed.`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
