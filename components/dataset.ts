/**
 * Loads every data collection once per build and hands src/ the plain Dataset.
 * The only place that reads Astro collections for data; pages call loadDataset().
 */
import { getCollection } from 'astro:content';
import type { Dataset } from '../src/dataset.ts';
import type { MatrixData } from '../src/matrix.ts';

let cached: Promise<Dataset> | undefined;

async function load(): Promise<Dataset> {
  const data = async <T>(name: Parameters<typeof getCollection>[0]) =>
    (await getCollection(name)).map((entry) => entry.data as T);
  const [markets, modes, offerings, requirements, sources, events, glossary, seedChecks] = await Promise.all([
    data<Dataset['markets'][number]>('markets'),
    data<Dataset['modes'][number]>('modes'),
    data<Dataset['offerings'][number]>('offerings'),
    data<Dataset['requirements'][number]>('requirements'),
    data<Dataset['sources'][number]>('sources'),
    data<Dataset['events'][number]>('events'),
    data<Dataset['glossary'][number]>('glossary'),
    data<Dataset['seedChecks'][number]>('seedChecks'),
  ]);
  const marketOrder = (id: string) => ['us', 'gb', 'id', 'my', 'th', 'vn', 'ph', 'sg', 'sa', 'es', 'ie', 'de', 'fr', 'it', 'mx', 'br', 'jp'].indexOf(id);
  markets.sort((a, b) => marketOrder(a.id) - marketOrder(b.id));
  offerings.sort((a, b) => marketOrder(a.market) - marketOrder(b.market) || a.id.localeCompare(b.id));
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { markets, modes, offerings, requirements, sources, events, glossary, seedChecks };
}

export function loadDataset(): Promise<Dataset> {
  cached ??= load();
  return cached;
}

/** The slice the matrix island needs, with sources trimmed to what a cell shows. */
export function matrixData(data: Dataset): MatrixData {
  return {
    markets: data.markets,
    modes: data.modes,
    offerings: data.offerings,
    requirements: data.requirements,
    sources: data.sources.map(({ id, publisher, title, url, published, kind }) => ({ id, publisher, title, url, published, kind })),
  };
}
