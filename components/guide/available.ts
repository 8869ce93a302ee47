/**
 * Helpers shared by the fact boxes: the matrix rows of the build date, computed only over
 * offerings whose market and mode files exist (data is written in parallel; a dangling
 * reference must not break a guide, the lint reports it).
 */
import { buildDate } from '../../src/dates.ts';
import type { Dataset } from '../../src/dataset.ts';
import { matrixRows, type MatrixRow } from '../../src/matrix.ts';
import type { Locale } from '../../src/vocab.ts';
import { matrixData } from '../dataset.ts';

export function completeData(data: Dataset): Dataset {
  const markets = new Set(data.markets.map((m) => m.id));
  const modes = new Set(data.modes.map((m) => m.id));
  return { ...data, offerings: data.offerings.filter((o) => markets.has(o.market) && modes.has(o.mode)) };
}

export function rowsToday(data: Dataset, locale: Locale): { today: string; rows: MatrixRow[] } {
  const today = buildDate();
  return { today, rows: matrixRows(matrixData(completeData(data)), locale, today, today) };
}
