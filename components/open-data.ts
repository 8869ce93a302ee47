/**
 * The /data/ downloads for this build, computed once and shared by the file endpoints and the
 * data page (which shows their sizes).
 */
import { datasetVersion } from '../src/dataset-version.ts';
import { buildDate } from '../src/dates.ts';
import { openDataFiles, type OpenDataMeta } from '../src/open-data.ts';
import { loadDataset } from './dataset.ts';

export type OpenData = { meta: OpenDataMeta; files: Map<string, string> };

let cached: Promise<OpenData> | undefined;

export function loadOpenData(): Promise<OpenData> {
  cached ??= (async () => {
    const dataset = await loadDataset();
    const meta = { datasetVersion: datasetVersion(dataset), buildDate: buildDate() };
    return { meta, files: openDataFiles(dataset, meta) };
  })();
  return cached;
}
