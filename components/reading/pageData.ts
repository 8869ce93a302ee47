/**
 * What every generated reading page needs: the dataset, source lookup, the build date and the
 * modes in vocabulary order (only those already in the data, since data files land over time).
 */
import { loadDataset } from '../dataset.ts';
import { buildDate } from '../../src/dates.ts';
import type { Dataset } from '../../src/dataset.ts';
import type { Mode, Source } from '../../src/schema.ts';
import { MODES } from '../../src/vocab.ts';

export type ReadingData = {
  data: Dataset;
  sourceById: Map<string, Source>;
  today: string;
  modes: Mode[];
};

let cached: Promise<ReadingData> | undefined;

/** Built once per build, like loadDataset(): every page and widget shares the same lookups. */
export function readingData(): Promise<ReadingData> {
  cached ??= loadDataset().then((data) => ({
    data,
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    today: buildDate(),
    modes: MODES.map((id) => data.modes.find((m) => m.id === id)).filter((m): m is Mode => Boolean(m)),
  }));
  return cached;
}
