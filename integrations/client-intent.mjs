// @ts-check
/**
 * `client:intent`: hydrate an island once the reader shows activity, not as soon as the page is idle.
 * The compare and finder islands are server-rendered and read fully without JavaScript; their
 * ~80–90 KiB of React only matters to someone about to use a control. Idle hydration cost the
 * compare page 300–450 ms of Lighthouse's total blocking time on a phone profile, for readers
 * who never touch it as much as for those who do.
 *
 * - A URL with a query string carries state (filters, a profile) that the island must show, so
 *   such a page hydrates at idle, as `client:idle` would.
 * - Otherwise the reader's first sign of activity starts hydration: a pointer moving, a touch, a
 *   key, a wheel or a scroll anywhere on the page, or focus inside the island. Both islands fill
 *   their page, so this comes well before a first click on one of their controls in practice.
 * - A click on a control before the island is ready (it marks itself with `data-hydrated`) is
 *   held and replayed once it is, so the first tap or key press is not lost.
 */

/** Events on the window that show a reader is there and may act. */
const ACTIVITY = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'];
/** Controls whose click is an action; text fields and selects just take focus or open early. */
const CONTROL = 'button, label, input[type="checkbox"], input[type="radio"]';

/** @type {import('astro').ClientDirective} */
export default function intentDirective(load, _options, el) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of ACTIVITY) removeEventListener(type, start, true);
    el.removeEventListener('focusin', start, true);
    load().then((hydrate) => hydrate());
  };

  const isReady = () => el.querySelector('[data-hydrated]') !== null;
  /** @type {Element | null} */
  let held = null;
  const replayWhenReady = () => {
    const observer = new MutationObserver(() => {
      if (!isReady()) return;
      observer.disconnect();
      const control = held;
      held = null;
      if (control instanceof HTMLElement && control.isConnected) control.click();
    });
    observer.observe(el, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
  };
  el.addEventListener('click', (event) => {
    if (isReady() || !(event.target instanceof Element)) return;
    const control = event.target.closest(CONTROL);
    if (!control || !el.contains(control)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!held) replayWhenReady();
    held = control;
    start();
  }, true);

  if (location.search.length > 1) {
    // With a timeout: an idle period may be slow to come (in the e2e suite it sometimes did not come
    // within 15 s).
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
    return;
  }
  for (const type of ACTIVITY) addEventListener(type, start, { capture: true, passive: true });
  el.addEventListener('focusin', start, { capture: true, passive: true });
}
