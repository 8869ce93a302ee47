/**
 * The downloads, built in-process from the real content, validate against the published
 * /data/schema.json (the same bytes the build serves).
 */
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { datasetVersion } from '../../src/dataset-version.ts';
import { loadDatasetFrom } from '../../src/lint/index.ts';
import { JSON_COLLECTIONS, jsonFileName, openDataFiles } from '../../src/open-data.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataset = loadDatasetFrom(root);
const meta = { datasetVersion: datasetVersion(dataset), buildDate: '2026-11-27' };
const files = openDataFiles(dataset, meta);
const schema = JSON.parse(files.get('schema.json')!);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // z.url() becomes format "uri"; ajv-formats is not installed, so define it the way Zod checks it.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addSchema(schema);
  return ajv;
}

describe('open data against schema.json', () => {
  test('the schema compiles in strict mode', () => {
    expect(() => validator().getSchema('schema.json')).not.toThrow();
  });

  test('offerings.json validates against #/$defs/offeringsFile', () => {
    const validate = validator().getSchema('schema.json#/$defs/offeringsFile')!;
    const ok = validate(JSON.parse(files.get('offerings.json')!));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test.each([...JSON_COLLECTIONS])('%s validates against the root schema', (collection) => {
    const validate = validator().getSchema('schema.json')!;
    const ok = validate(JSON.parse(files.get(jsonFileName(collection))!));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('a broken offering is refused', () => {
    const validate = validator().getSchema('schema.json#/$defs/offeringsFile')!;
    const bad = { meta, offerings: [{ id: 'x', market: 'us' }] };
    expect(validate(bad)).toBe(false);
    const badDate = JSON.parse(files.get('offerings.json')!);
    if (badDate.offerings.length > 0) {
      badDate.offerings[0].history[0].from = '2023-13';
      expect(validate(badDate)).toBe(false);
    }
  });

  test('meta is required and typed', () => {
    const validate = validator().getSchema('schema.json#/$defs/sourcesFile')!;
    expect(validate({ sources: [] })).toBe(false);
    expect(validate({ meta: { datasetVersion: 'nothex', buildDate: '2026-11-27' }, sources: [] })).toBe(false);
    expect(validate({ meta, sources: [] })).toBe(true);
  });
});
