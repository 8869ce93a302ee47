/**
 * Suite (e) "search": Starlight's Pagefind dialog, used the way a reader does. On / and on /en/:
 * open it with the search button (and with Ctrl+K), type a Chinese and an English query, and
 * expect a given page among the listed results. The Pagefind UI is built on intent (hover, focus,
 * touch, opening), not at idle.
 */
import { assert } from './lib/tally.mjs';

/** The page each query must list; mode guides are the stablest targets of the site. */
export const DIALOG_CASES = [
  { page: '/', query: '半闭环', expect: '/modes/semi-closed-loop/' },
  { page: '/', query: '本土店', expect: '/modes/local/' },
  { page: '/en/', query: 'semi-closed loop', expect: '/en/modes/semi-closed-loop/' },
  { page: '/en/', query: 'full-managed', expect: '/en/modes/full-managed/' },
];

export async function searchDialog({ t, origin, context }) {
  const page = await context.newPage();
  try {
    for (const { page: at, query, expect } of DIALOG_CASES) {
      await t.check(`search dialog on ${at}: "${query}" lists ${expect}`, async () => {
        await page.goto(origin + at, { waitUntil: 'load' });
        const button = page.locator('site-search button[data-open-modal]');
        await button.waitFor({ state: 'visible', timeout: 10_000 });
        await page.waitForFunction(() => !document.querySelector('site-search button[data-open-modal]')?.disabled, null, { timeout: 10_000 });
        await button.click();
        const dialog = page.locator('site-search dialog');
        assert(await dialog.evaluate((d) => d.open), 'the search button did not open the dialog');
        const input = dialog.locator('input[type="text"], input[type="search"]').first();
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        assert(await input.evaluate((el) => el === document.activeElement), 'the search input is not focused when the dialog opens');
        await input.fill(query);
        const links = dialog.locator('.pagefind-ui__result-link');
        const found = await waitForResult(page, expect);
        if (!found) {
          const listed = await links.evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
          throw new Error(`${expect} not among the results; listed: ${[...new Set(listed)].join(', ') || 'none'}`);
        }
        await page.keyboard.press('Escape');
        assert(!(await dialog.evaluate((d) => d.open)), 'Escape did not close the dialog');
      });
    }
    await t.check('the Pagefind UI is built on intent, not when the page goes idle', async () => {
      await page.goto(origin + '/en/modes/cross-border/', { waitUntil: 'load' });
      await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 300), { timeout: 3000 })));
      await page.waitForLoadState('networkidle');
      assert(!(await page.locator('#starlight__search .pagefind-ui').count()), 'the Pagefind UI was built before any sign of intent (a long task on every page)');
      await page.locator('site-search button[data-open-modal]').hover();
      await page.locator('#starlight__search .pagefind-ui').waitFor({ state: 'attached', timeout: 10_000 });
    });
    await t.check('search dialog opens with Ctrl+K', async () => {
      await page.goto(origin + '/', { waitUntil: 'load' });
      await page.waitForFunction(() => !document.querySelector('site-search button[data-open-modal]')?.disabled, null, { timeout: 10_000 });
      await page.keyboard.press('Control+k');
      assert(await page.locator('site-search dialog').evaluate((d) => d.open), 'Ctrl+K did not open the dialog');
      await page.keyboard.press('Control+k');
      assert(!(await page.locator('site-search dialog').evaluate((d) => d.open)), 'a second Ctrl+K did not close the dialog');
    });
  } finally {
    await page.close();
  }
}

/** Polls the result list (Pagefind renders it in steps) until the expected path shows or 10 s pass. */
async function waitForResult(page, expected) {
  try {
    await page.waitForFunction(
      (want) => [...document.querySelectorAll('site-search .pagefind-ui__result-link')].some((a) => new URL(a.href).pathname === want),
      expected,
      { timeout: 10_000, polling: 200 },
    );
    return true;
  } catch {
    return false;
  }
}
