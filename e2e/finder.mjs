/**
 * Suite "finder": the eligibility finder used the way a reader does, in both locales. The island
 * hydrates on the reader's first activity (client:intent): before that the form is disabled and no
 * island JS or data is loaded; after it, a profile narrows the results and is written to the URL,
 * and a shared profile URL hydrates and applies by itself. On a phone the results, which start
 * below the form, lay out only when scrolled near (the first layout stays small). Checks compare
 * the page with itself (counts before and after), never with fixed numbers; no console errors.
 */
import { collectErrors, LOCALE_PREFIXES } from './lib/page.mjs';
import { assert } from './lib/tally.mjs';

const ready = (page) => page.waitForSelector('.finder[data-hydrated]', { timeout: 15_000 });
const counts = async (page) => (await page.locator('.finder-counts').textContent())?.trim() ?? '';

export async function finderIsland({ t, origin, context }) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    for (const [prefix, locale] of LOCALE_PREFIXES) {
      const url = `${origin}${prefix}/finder/`;
      await t.check(`finder ${locale}: form disabled and no island JS until the reader acts; activity enables it`, async () => {
        const scripts = [];
        const onRequest = (r) => { if (r.resourceType() === 'script' || r.url().includes('/data/island/')) scripts.push(new URL(r.url()).pathname); };
        page.on('request', onRequest);
        try {
          await page.goto(url, { waitUntil: 'load' });
          await page.waitForTimeout(1500);
          assert(!scripts.some((p) => /\/Finder\.|\/data\/island\//.test(p)), `loaded before any activity: ${scripts.join(', ')}`);
          assert(await page.locator('select[id$="-country"]').isDisabled(), 'form is enabled before hydration');
          assert((await page.locator('.finder-card').count()) > 0, 'no offerings listed before hydration');
          await page.mouse.move(5, 5);
          await ready(page);
          assert(await page.locator('select[id$="-country"]').isEnabled(), 'form still disabled after hydration');
        } finally {
          page.off('request', onRequest);
        }
      });
      await t.check(`finder ${locale}: a company registered in mainland China changes the verdicts and is written to the URL`, async () => {
        const before = await counts(page);
        await page.locator('select[id$="-country"]').selectOption('cn');
        await page.locator('input[type=radio][value="company"]').check();
        await page.waitForFunction(() => new URLSearchParams(location.search).get('kind') === 'company');
        const query = new URL(page.url()).searchParams;
        assert(query.get('country') === 'cn', `URL country is ${query.get('country')}`);
        const after = await counts(page);
        assert(after && after !== before, `counts did not change: "${before}" → "${after}"`);
      });
      await t.check(`finder ${locale}: on a phone the results below the form lay out only when scrolled near, then in full`, async () => {
        const phone = await context.newPage();
        try {
          await phone.setViewportSize({ width: 412, height: 823 });
          await phone.goto(url, { waitUntil: 'load' });
          const state = () => phone.evaluate(() => {
            const card = document.querySelector('.finder-markets .finder-card');
            return { shown: card?.checkVisibility({ contentVisibilityAuto: true }) ?? null, cardHeight: card?.getBoundingClientRect().height ?? 0 };
          });
          const before = await state();
          assert(before.shown === false, `first result card is laid out before the reader scrolls to it (checkVisibility ${before.shown})`);
          await phone.locator('.finder-markets .finder-card').first().scrollIntoViewIfNeeded();
          await phone.waitForFunction(() => document.querySelector('.finder-markets .finder-card')?.checkVisibility({ contentVisibilityAuto: true }));
          const after = await state();
          assert(after.cardHeight > 40, `first result card is ${after.cardHeight} px tall once in view`);
        } finally {
          await phone.close();
        }
      });
      await t.check(`finder ${locale}: a shared profile URL hydrates and applies with no activity`, async () => {
        await page.goto(url + '?country=cn&kind=company', { waitUntil: 'load' });
        await ready(page);
        assert((await page.locator('select[id$="-country"]').inputValue()) === 'cn', 'country from the URL not applied');
        assert(await page.locator('input[type=radio][value="company"]').isChecked(), 'kind from the URL not applied');
      });
    }
    await t.check('finder: no console errors', async () => {
      assert(errors.length === 0, errors.join('\n'));
    });
  } finally {
    await page.close();
  }
}
