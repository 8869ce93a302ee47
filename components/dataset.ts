/**
 * Loads every data collection once per build and hands src/ the plain Dataset.
 * The only place that reads Astro collections for data; pages call loadDataset().
 */
import { getCollection } from 'astro:content';
import type { Dataset } from '../src/dataset.ts';
import type { MatrixData } from '../src/matrix.ts';

let cached: Promise<Dataset> | undefined;

async function load(): Promise<Dataset> {
  const [markets, modes, offerings, requirements, sources, events, glossary, seedChecks] = await Promise.all([
    getCollection('markets'), getCollection('modes'), getCollection('offerings'), getCollection('requirements'),
    getCollection('sources'), getCollection('events'), getCollection('glossary'), getCollection('seedChecks'),
  ]).then((all) => all.map((entries) => entries.map((entry) => entry.data))) as [
    Dataset['markets'], Dataset['modes'], Dataset['offerings'], Dataset['requirements'],
    Dataset['sources'], Dataset['events'], Dataset['glossary'], Dataset['seedChecks'],
  ];
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
