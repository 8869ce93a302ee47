/**
 * Island data that stays out of the page's HTML. Astro serialises every island prop into an
 * attribute that the browser must parse before the server-rendered markup after it (227 KB of the
 * 335 KB compare page); here the island gets a URL instead, and reads the same data from a JSON
 * file (pages/data/island/) when it hydrates.
 *
 * Build time: the page calls provideIslandData(url, data) before rendering the island, which then
 * renders from memory. Browser: the island suspends on a fetch of the URL; during hydration React
 * keeps the server HTML of a suspended boundary as it is and hydrates it once the data is in, so
 * the first client render sees exactly the data the server rendered.
 */
import { Suspense, use, type ComponentType } from 'react';

const provided = new Map<string, unknown>();
const pending = new Map<string, Promise<unknown>>();

/** Build time only: the data the island at `url` renders with on the server. */
export function provideIslandData(url: string, data: unknown): void {
  provided.set(url, data);
}

function load(url: string): Promise<unknown> {
  let promise = pending.get(url);
  if (!promise) {
    // A failed fetch never settles: the boundary stays suspended and the server HTML stays on
    // screen, readable as without JavaScript, instead of being replaced by an error.
    promise = fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: HTTP ${response.status}`))))
      .catch((error: unknown) => {
        console.warn('island data not loaded, the page stays static:', error);
        return new Promise(() => {});
      });
    pending.set(url, promise);
  }
  return promise;
}

function requireProvided(url: string): void {
  if (!provided.has(url)) throw new Error(`island data ${url}: the page must call provideIslandData() before rendering the island`);
}

function useIslandData<D>(url: string): D {
  if (import.meta.env.SSR) return provided.get(url) as D;
  return use(load(url)) as D;
}

/** The island form of a component that takes `data`: it takes `dataUrl` and loads the data itself. */
export function withIslandData<P extends { data: unknown }>(Component: ComponentType<P>) {
  type IslandProps = Omit<P, 'data'> & { dataUrl: string };
  function Loaded({ dataUrl, ...rest }: IslandProps) {
    const props = { ...rest, data: useIslandData<P['data']>(dataUrl) } as unknown as P;
    return <Component {...props} />;
  }
  return function Island(props: IslandProps) {
    // Checked outside the boundary: an error inside a Suspense boundary does not stop a server
    // render (React renders the fallback and leaves the rest to the browser), and must fail the build.
    if (import.meta.env.SSR) requireProvided(props.dataUrl);
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
