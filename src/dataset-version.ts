/**
 * A short, stable fingerprint of the data, published as `meta.datasetVersion` in every download:
 * it changes whenever any fact changes, and not when only file order does.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './dataset.ts';

/** Key order and collection order normalised, so equal data gives an equal hash on any machine. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export function datasetVersion(dataset: Dataset): string {
  const sorted = Object.fromEntries(
    Object.entries(dataset).map(([name, list]) => [name, [...(list as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  );
  return createHash('sha256').update(JSON.stringify(canonical(sorted))).digest('hex').slice(0, 12);
}
