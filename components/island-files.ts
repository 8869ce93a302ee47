/**
 * The JSON files the compare and finder islands load their data from (see island-loader.tsx), one
 * per island and locale: /data/island/compare.zh-CN.<hash>.json … The hash is of the content, so
 * a page never meets a stale file from a cache and the files can be cached for good.
 * Build time only: the pages and the pages/data/island/ endpoint both read this list.
 */
import { createHash } from 'node:crypto';
import { eligibilityData } from '../src/eligibility.ts';
import { LOCALES, type Locale } from '../src/vocab.ts';
import { islandMatrixData } from './compare/island-data.ts';
import { loadDataset, matrixData } from './dataset.ts';

export type IslandName = 'compare' | 'finder';

export interface IslandFile {
  island: IslandName;
  locale: Locale;
  /** File name under /data/island/. */
  file: string;
  url: string;
  json: string;
  /** The data parsed back from `json`: what the server renders is exactly what the browser reads. */
  data: unknown;
}

async function islandData(island: IslandName, locale: Locale): Promise<unknown> {
  const dataset = await loadDataset();
  return island === 'compare' ? islandMatrixData(matrixData(dataset), locale) : eligibilityData(dataset, locale);
}

let cached: Promise<IslandFile[]> | undefined;

export function islandFiles(): Promise<IslandFile[]> {
  cached ??= Promise.all((['compare', 'finder'] as const).flatMap((island) => LOCALES.map(async (locale) => {
    const json = JSON.stringify(await islandData(island, locale));
    const file = `${island}.${locale}.${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
    return { island, locale, file, url: `/data/island/${file}`, json, data: JSON.parse(json) as unknown };
  })));
  return cached;
}

export async function islandFile(island: IslandName, locale: Locale): Promise<IslandFile> {
  const found = (await islandFiles()).find((f) => f.island === island && f.locale === locale);
  if (!found) throw new Error(`no island data file for ${island} in ${locale}`);
  return found;
}
