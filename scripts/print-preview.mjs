#!/usr/bin/env node
/**
 * What the compare and offering pages look like on paper, for a person to look at:
 *   node scripts/print-preview.mjs [path …]     (default: compare and one offering, both locales)
 * Serves dist/, prints each page to A4 PDF with Chromium (print media, the page's @page size,
 * backgrounds off, as a browser's print dialog does by default) into tmp/print/, and renders each PDF page to PNG with
 * pdftoppm (Debian poppler-utils) when it is installed. Prints the page count and file names.
 * The automatic print checks (rows, hidden chrome, widths) are the e2e suite "print".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { startServer } from '../e2e/lib/server.mjs';
import { distDir } from '../e2e/lib/site.mjs';
import { PDF_OPTIONS, printPaths } from '../e2e/print.mjs';

const out = path.resolve('tmp/print');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const paths = process.argv.slice(2).length ? process.argv.slice(2) : printPaths();
const hasPdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;

const server = await startServer(distDir());
const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  for (const p of paths) {
    await page.goto(server.origin + p, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const name = p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    const pdf = path.join(out, `${name}.pdf`);
    await page.pdf({ ...PDF_OPTIONS, path: pdf });
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '';
    const pages = info.match(/Pages:\s+(\d+)/)?.[1] ?? '?';
    if (hasPdftoppm) spawnSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(out, name)]);
    console.log(`${p}: ${pages} A4 page(s) → ${path.relative(process.cwd(), pdf)}${hasPdftoppm ? ` and ${name}-N.png` : ''}`);
  }
  if (!hasPdftoppm) console.log('pdftoppm not found: apt-get install -y poppler-utils to get PNGs of each page');
} finally {
  await close();
  await server.stop();
}
