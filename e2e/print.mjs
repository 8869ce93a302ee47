/**
 * Suite "print": the compare page and an offering page on paper, both locales. With print media at
 * the width of an A4 sheet between 10 mm margins (portrait 718 CSS px; compare asks for landscape,
 * 1047 px): what only works on screen (search, pickers, sidebar, compare controls, report links) is
 * gone; compare prints every row, folded or not, with its as-of summary; folded notes and lazily
 * laid-out sections print; nothing is wider than the sheet; and Chromium's PDF output has pages,
 * each of compare's repeating the column header (read back with pdftotext). scripts/print-preview.mjs
 * writes the same PDFs (and PNGs) to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assert } from './lib/tally.mjs';
import { distDir } from './lib/site.mjs';
import { LOCALE_PREFIXES } from './lib/page.mjs';

/** The first offering page in the build: any one will do, they share one template. */
function firstOffering() {
  const ids = readdirSync(path.join(distDir(), 'offerings'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return ids[0];
}

/** The pages the suite prints. A function, so importing this module never reads dist/ (the runner
 *  reports a missing build itself). */
export const printPaths = () => {
  const offering = firstOffering();
  return LOCALE_PREFIXES.flatMap(([prefix]) => [`${prefix}/compare/`, `${prefix}/offerings/${offering}/`]);
};

/** CSS px between 10 mm margins: A4 portrait (reading pages) and landscape (compare's @page). */
const SHEET_PX = { portrait: 718, landscape: 1047 };
/** The PDF options scripts/print-preview.mjs uses too: the page's own @page size wins, as in a browser. */
export const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: false, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } };

/** What print media shows of the page: chrome still visible, widest element, hidden rows, closed parts. */
function printState() {
  const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // The site title may print (it says where the page came from); controls that only work on screen may not.
  const chrome = ['site-search', 'starlight-theme-select', 'starlight-lang-select', '#starlight__sidebar', 'starlight-menu-button', 'mobile-starlight-toc', '.report-link', '.cmp-controls', '.cmp-all']
    .filter((s) => [...document.querySelectorAll(s)].some(shown));
  let widest = { width: 0, what: '' };
  for (const el of document.querySelectorAll('main *')) {
    const r = el.getBoundingClientRect();
    if (r.right > widest.width) widest = { width: Math.round(r.right), what: `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}` };
  }
  const rows = [...document.querySelectorAll('.cmp-table tbody tr')];
  return {
    chrome,
    widest,
    rows: rows.length,
    hiddenRows: rows.filter((r) => !shown(r)).length,
    summary: shown(document.querySelector('.cmp-print-summary')),
    // A folded note prints closed if its text (beyond the summary) is not in the rendered text.
    closedNotes: [...document.querySelectorAll('main details')].filter((d) => {
      const body = d.textContent.replace(d.querySelector('summary')?.textContent ?? '', '').trim().slice(0, 12);
      return body && !d.innerText.includes(body);
    }).length,
    skipped: [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).contentVisibility !== 'visible').length,
    mainText: (document.querySelector('main')?.innerText ?? '').length,
  };
}

/** The text of each page of a PDF, via pdftotext (Debian poppler-utils, installed by .ci/run). */
function pdfPageTexts(pdf) {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-'));
  try {
    const file = path.join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (run.error) throw new Error('pdftotext not found: apt-get install -y poppler-utils');
    return run.stdout.split('\f').filter((page) => page.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function printView({ t, origin, context }) {
  const page = await context.newPage();
  try {
    for (const p of printPaths()) {
      const isCompare = p.endsWith('/compare/');
      const sheet = SHEET_PX[isCompare ? 'landscape' : 'portrait'];
      await page.setViewportSize({ width: sheet, height: 1000 });
      await t.check(`print ${p}: no site chrome, nothing wider than A4, every part printed`, async () => {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(origin + p, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const s = await page.evaluate(printState);
        assert(s.chrome.length === 0, `prints site chrome: ${s.chrome.join(', ')}`);
        assert(s.widest.width <= sheet, `${s.widest.what} reaches ${s.widest.width} px on a ${sheet} px sheet`);
        assert(s.mainText > 200, `only ${s.mainText} characters of content print`);
        assert(s.skipped === 0, `${s.skipped} elements keep content-visibility on paper (they could print blank)`);
        assert(s.closedNotes === 0, `${s.closedNotes} folded notes print closed`);
        if (isCompare) {
          assert(s.rows > 0 && s.hiddenRows === 0, `${s.hiddenRows} of ${s.rows} table rows do not print`);
          assert(s.summary, 'the as-of summary line does not print');
        }
      });
      await t.check(`print ${p}: Chromium writes an A4 PDF${isCompare ? ' whose every table page repeats the column header' : ''}`, async () => {
        const pdf = await page.pdf(PDF_OPTIONS);
        const pages = pdfPageTexts(pdf);
        assert(pages.length > 0, `no PDF pages (${pdf.length} bytes)`);
        if (!isCompare) return;
        const { header, names } = await page.evaluate(() => ({
          // The label without the sort arrow (print hides the arrow).
          header: [...(document.querySelector('.cmp-table thead th .cmp-sort')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
          names: [...document.querySelectorAll('.cmp-table tbody th')].map((th) => th.textContent.trim()),
        }));
        const bare = pages.map((text, i) => ({ i: i + 1, text })).filter(({ text }) => names.some((n) => text.includes(n)) && !text.includes(header));
        assert(bare.length === 0, `pages ${bare.map((b) => b.i).join(', ')} of ${pages.length} print table rows without the "${header}" header`);
      });
    }
  } finally {
    await page.close();
  }
}
