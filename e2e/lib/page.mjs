/** Helpers for the suites that use one page the way a reader does (compare, finder). */

/** Both locales of a page: [path prefix, locale]. */
export const LOCALE_PREFIXES = [['', 'zh-CN'], ['/en', 'en']];

/** Console errors and uncaught exceptions of `page`, collected from now on into the returned array. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
