/**
 * Suite "compare": the matrix island used the way a reader does, in both locales. Checks hold for
 * any dataset (they compare counts with each other, never with fixed numbers):
 * server HTML holds the full table with offering links; rows past the first fold behind a "show all"
 * toggle that works without JS and never folds on paper; filters narrow the rows and write the URL;
 * sort buttons set aria-sort; back/forward restores the state; the as-of presets recompute the view;
 * the grid opens an accessible dialog from the keyboard; exports download CSV (with BOM) and JSON;
 * hostile query strings are ignored; the island loads nothing until the reader acts (client:intent),
 * a click that comes before it is ready is replayed, and a URL with state hydrates by itself;
 * no console errors.
 */
import { collectErrors, LOCALE_PREFIXES } from './lib/page.mjs';
import { assert } from './lib/tally.mjs';

const ratio = async (page) => {
  const text = (await page.locator('.cmp-ratio').textContent()) ?? '';
  const m = text.match(/(\d+)\s*\/\s*(\d+)/);
  assert(m, `no "n / total" count in "${text}"`);
  return { n: Number(m[1]), total: Number(m[2]) };
};
/** The island hydrates on the reader's first activity (client:intent): move the mouse, then wait. */
const hydrated = async (page) => {
  await page.mouse.move(5, 5);
  await page.waitForSelector('.cmp[data-hydrated]', { timeout: 15_000 });
};
/** Same-origin scripts the page has requested so far, by file name. */
const scriptsOf = (page) => {
  const names = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') names.push(new URL(r.url()).pathname.split('/').pop()); });
  return names;
};

export async function compareIsland({ t, origin, context }) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    for (const [prefix, locale] of LOCALE_PREFIXES) {
      const url = `${origin}${prefix}/compare/`;
      await t.check(`compare ${locale}: server HTML has every row, each linking to its offering page`, async () => {
        const html = await (await fetch(url)).text();
        const rows = html.match(/<tr[^>]*>\s*<th scope="row"/g)?.length ?? 0;
        const links = html.match(new RegExp(`href="${prefix}/offerings/[a-z0-9-]+/"`, 'g'))?.length ?? 0;
        assert(rows > 0, 'no table rows in the server HTML');
        assert(links >= rows, `${links} offering links for ${rows} rows`);
      });
      await t.check(`compare ${locale}: rows past the first are folded until "show all", which works without JS and on paper`, async () => {
        const nojs = await context.newPage();
        try {
          await (await context.newCDPSession(nojs)).send('Emulation.setScriptExecutionDisabled', { value: true });
          await nojs.goto(url, { waitUntil: 'load' });
          const rows = nojs.locator('.cmp-table tbody tr');
          const all = await rows.count();
          const shown = await nojs.locator('.cmp-table tbody tr:visible').count();
          if (all <= shown) return; // a dataset small enough to need no fold
          assert(shown > 0, 'no row is shown before "show all"');
          await nojs.locator('.cmp-all label').click();
          assert((await nojs.locator('.cmp-table tbody tr:visible').count()) === all, 'without JS, "show all" does not show every row');
          await nojs.locator('.cmp-all label').click();
          assert((await nojs.locator('.cmp-table tbody tr:visible').count()) === shown, 'unticking "show all" does not fold the rows again');
          await nojs.emulateMedia({ media: 'print' });
          assert((await nojs.locator('.cmp-table tbody tr:visible').count()) === all, 'print does not show every row');
          assert(!(await nojs.locator('.cmp-all').isVisible()), 'the "show all" toggle prints');
        } finally {
          await nojs.close();
        }
      });
      await t.check(`compare ${locale}: no island JS or data until the reader acts, then the first activity hydrates it`, async () => {
        const quiet = await context.newPage();
        try {
          const scripts = scriptsOf(quiet);
          const data = [];
          quiet.on('request', (r) => { if (r.url().includes('/data/island/')) data.push(r.url()); });
          await quiet.goto(url, { waitUntil: 'load' });
          await quiet.waitForTimeout(1500);
          assert(!scripts.some((n) => n.startsWith('Matrix.')), `Matrix JS loaded before any activity: ${scripts.join(', ')}`);
          assert(data.length === 0, `island data fetched before any activity: ${data.join(', ')}`);
          assert((await quiet.locator('.cmp-table tbody tr').count()) > 0, 'no table rows before hydration');
          await hydrated(quiet);
          assert(scripts.some((n) => n.startsWith('Matrix.')) && data.length === 1, `after activity: scripts ${scripts.join(', ')}, data ${data.length}`);
        } finally {
          await quiet.close();
        }
      });
      await t.check(`compare ${locale}: a sort click made before the island is ready is replayed`, async () => {
        await page.goto(url, { waitUntil: 'load' });
        // Playwright moves the mouse (activity: hydration starts) and clicks at once, before it is ready.
        await page.locator('thead th[data-col="name"] button').click();
        await page.waitForFunction(() => document.querySelector('thead th[data-col="name"]')?.getAttribute('aria-sort') === 'ascending', null, { timeout: 15_000 });
        assert(new URL(page.url()).searchParams.get('sort') === 'name:asc', `URL sort is ${page.url()}`);
      });
      await t.check(`compare ${locale}: a URL with state hydrates and applies it with no activity`, async () => {
        await page.goto(url + '?view=grid', { waitUntil: 'load' });
        await page.waitForSelector('.cmp[data-hydrated]', { timeout: 15_000 });
        assert(await page.locator('.cmp-cell').count() > 0, 'grid view from ?view=grid not shown');
      });
      await t.check(`compare ${locale}: a market filter narrows the rows and writes ?market=`, async () => {
        await page.goto(url);
        await hydrated(page);
        const all = await ratio(page);
        assert(all.n === all.total, `unfiltered view shows ${all.n} of ${all.total}`);
        await page.locator('.cmp-facet').first().locator('input[type=checkbox]').first().check();
        const some = await ratio(page);
        assert(some.n < all.n && some.n > 0, `market filter left ${some.n} of ${all.n}`);
        assert(new URL(page.url()).searchParams.get('market'), `URL has no market=: ${page.url()}`);
        assert((await page.locator('.cmp-table tbody tr').count()) === some.n, 'row count and table rows differ');
      });
      await t.check(`compare ${locale}: with JS, "show all" shows every row of the current view and unticking folds them`, async () => {
        await page.goto(url);
        await hydrated(page);
        const toggle = page.locator('.cmp-all input[type=checkbox]');
        if (!(await toggle.count())) return;
        const { n } = await ratio(page);
        const shown = await page.locator('.cmp-table tbody tr:visible').count();
        assert(shown < n, `${shown} of ${n} rows shown before "show all"`);
        await toggle.check();
        assert((await page.locator('.cmp-table tbody tr:visible').count()) === n, 'after "show all" not every row is shown');
        await toggle.uncheck();
        assert((await page.locator('.cmp-table tbody tr:visible').count()) === shown, 'unticking does not fold the rows');
      });
      await t.check(`compare ${locale}: sort buttons set aria-sort and back restores the previous state`, async () => {
        const th = page.locator('th[data-col="status"]');
        await th.locator('button').click();
        assert((await th.getAttribute('aria-sort')) === 'ascending', 'first click does not sort ascending');
        await th.locator('button').click();
        assert((await th.getAttribute('aria-sort')) === 'descending', 'second click does not sort descending');
        assert(new URL(page.url()).searchParams.get('sort') === 'status:desc', `URL sort is ${page.url()}`);
        await page.goBack();
        await page.waitForFunction(() => document.querySelector('th[data-col="status"]')?.getAttribute('aria-sort') === 'ascending');
      });
      await t.check(`compare ${locale}: the S0 preset replays 2023-11-09 and the grid dialog opens from the keyboard`, async () => {
        await page.goto(url);
        await hydrated(page);
        await page.locator('.cmp-presets button').nth(1).click();
        assert(new URL(page.url()).searchParams.get('asOf') === '2023-11-09', `URL after S0: ${page.url()}`);
        assert((await page.locator('.cmp-table caption').textContent())?.includes('2023-11-09'), 'caption does not show 2023-11-09');
        await page.locator('.cmp-views button').nth(1).click();
        const cell = page.locator('.cmp-cell').first();
        await cell.focus();
        await page.keyboard.press('Enter');
        const dialog = page.locator('dialog.cmp-dialog');
        await dialog.waitFor({ state: 'visible' });
        assert(await dialog.evaluate((d) => d.open && d.contains(document.activeElement)), 'focus is not inside the dialog');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        assert(await page.evaluate(() => document.activeElement?.classList.contains('cmp-cell')), 'focus did not return to the cell');
        const legend = await page.locator('.cmp-legend dt').count();
        assert(legend > 0, 'grid legend is empty');
      });
      await t.check(`compare ${locale}: CSV export has a UTF-8 BOM, JSON export parses`, async () => {
        await page.goto(url + '?asOf=2023-11-09');
        await hydrated(page);
        const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('.cmp-tools button').nth(0).click()]);
        const csvText = await (await csv.createReadStream()).toArray().then((c) => Buffer.concat(c));
        assert(csvText.subarray(0, 3).toString('hex') === 'efbbbf', 'CSV has no UTF-8 BOM');
        const [json] = await Promise.all([page.waitForEvent('download'), page.locator('.cmp-tools button').nth(1).click()]);
        const body = JSON.parse(Buffer.concat(await (await json.createReadStream()).toArray()).toString('utf8'));
        assert(body.asOf === '2023-11-09' && Array.isArray(body.rows) && body.rows.length === (await ratio(page)).n, 'JSON does not match the view');
      });
      await t.check(`compare ${locale}: hostile query values are ignored`, async () => {
        await page.goto(url + '?view=<b>&asOf=2023-02-30&market=zz,%00&sort=__proto__:asc&cols=name&q=' + 'x'.repeat(300));
        await hydrated(page);
        assert((await page.locator('.cmp-table').count()) === 1, 'table view not shown');
        assert((await page.locator('.cmp-table thead th').count()) > 1, 'columns missing');
        const { n, total } = await ratio(page);
        assert(n <= total, 'bad count');
      });
    }
    await t.check('compare: no console errors', async () => {
      assert(errors.length === 0, errors.join('\n'));
    });
  } finally {
    await page.close();
  }
}
