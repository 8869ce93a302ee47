import { describe, expect, test } from 'vitest';
import { datasetVersion } from '../../src/dataset-version.ts';
import { csvField, offeringsTable, toCsv, UTF8_BOM } from '../../src/export.ts';
import { jsonFileName, OPEN_DATA_FILES, openDataFiles } from '../../src/open-data.ts';
import { CORE } from './fixtures/core-dataset.ts';

describe('csvField (RFC 4180)', () => {
  test('plain values stay bare; null and undefined are empty', () => {
    expect(csvField('open')).toBe('open');
    expect(csvField(1500)).toBe('1500');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  test('commas, quotes and line breaks force quotes; quotes are doubled', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('Launch, "day one"')).toBe('"Launch, ""day one"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });
  test('full-width Chinese punctuation needs no quotes', () => {
    expect(csvField('跨境店，本土店')).toBe('跨境店，本土店');
  });
});

describe('toCsv', () => {
  test('BOM, header, CRLF after every record', () => {
    expect(toCsv(['id', 'name'], [['a', '美国, 英国'], ['b', null]])).toBe(`${UTF8_BOM}id,name\r\na,"美国, 英国"\r\nb,\r\n`);
  });
  test('a header alone', () => {
    expect(toCsv(['id'], [])).toBe(`${UTF8_BOM}id\r\n`);
  });
});

describe('offeringsTable', () => {
  const zh = offeringsTable(CORE, 'zh-CN', '2024-09-01');
  const en = offeringsTable(CORE, 'en', '2024-09-01');
  const col = (table: typeof zh, id: string, name: string) => table.rows.find((r) => r[0] === id)![table.header.indexOf(name)];

  test('one row per offering; the same header in both locales', () => {
    expect(zh.rows).toHaveLength(CORE.offerings.length);
    expect(en.header).toEqual(zh.header);
    expect(zh.rows.every((r) => r.length === zh.header.length)).toBe(true);
  });

  test('ids stay ids, labels follow the locale', () => {
    expect(col(zh, 'us-local-individual', 'status')).toBe('open');
    expect(col(zh, 'us-local-individual', 'status_label')).toBe('开放');
    expect(col(en, 'us-local-individual', 'status_label')).toBe('Open');
    expect(col(en, 'gb-local', 'market_name')).toBe('United Kingdom');
    expect(col(zh, 'gb-local', 'region')).toBe('欧洲');
    expect(col(en, 'us-local-individual', 'confidence_label')).toBe('Confirmed');
  });

  test('values at the date: since, note, deposit, fulfilment, requirements', () => {
    expect(col(en, 'us-local-individual', 'as_of')).toBe('2024-09-01');
    expect(col(en, 'us-local-individual', 'status_since')).toBe('2023-04');
    expect(col(en, 'us-local-individual', 'status_note')).toBe('Registration opened to US sellers.');
    expect(col(en, 'us-local-individual', 'deposit')).toBe('500 USD');
    expect(col(en, 'us-local-individual', 'fulfilment')).toBe('Seller warehouse');
    expect(col(en, 'us-local-individual', 'requirements')).toBe('US SSN or ITIN');
    expect(col(en, 'us-cross-border-pop', 'entities')).toBe('China mainland company; Chinese-owned local company');
  });

  test('derived statuses have empty since and confidence', () => {
    const before = offeringsTable(CORE, 'en', '2022-01-01');
    expect(col(before, 'us-local-individual', 'status')).toBe('not-offered');
    expect(col(before, 'us-local-individual', 'status_since')).toBeNull();
    expect(col(before, 'us-local-individual', 'confidence_label')).toBeNull();
  });

  test('commission in force, as a range when the source gives one', () => {
    const data = structuredClone(CORE);
    data.offerings[0].commission = [
      { percent: 2, from: '2023', sources: ['news-1'], confidence: 'confirmed' },
      { percent: 5, maxPercent: 15, from: '2025-06-27', sources: ['news-1'], confidence: 'confirmed' },
    ];
    expect(col(offeringsTable(data, 'en', '2024-01-01'), data.offerings[0].id, 'commission')).toBe('2%');
    expect(col(offeringsTable(data, 'en', '2026-01-01'), data.offerings[0].id, 'commission')).toBe('5–15%');
    expect(col(offeringsTable(data, 'en', '2022-01-01'), data.offerings[0].id, 'commission')).toBeNull();
  });
});

describe('open data files', () => {
  const meta = { datasetVersion: datasetVersion(CORE), buildDate: '2026-11-27' };
  const files = openDataFiles(CORE, meta);

  test('every listed file is produced, and nothing else', () => {
    expect([...files.keys()].sort()).toEqual(OPEN_DATA_FILES.map((f) => f.name).sort());
  });

  test('JSON files carry meta and their list', () => {
    const offerings = JSON.parse(files.get('offerings.json')!);
    expect(offerings.meta).toEqual(meta);
    expect(offerings.offerings).toEqual(CORE.offerings);
    expect(JSON.parse(files.get('seed-checks.json')!).seedChecks).toEqual([]);
  });

  test('the CSV has a row per offering after the header', () => {
    const csv = files.get('offerings.csv')!;
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(CORE.offerings.length + 1);
  });

  test('jsonFileName', () => {
    expect(jsonFileName('seedChecks')).toBe('seed-checks.json');
    expect(jsonFileName('offerings')).toBe('offerings.json');
  });
});

describe('datasetVersion', () => {
  test('12 hex digits, stable for equal data whatever the order of entries or keys', () => {
    const v = datasetVersion(CORE);
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    const shuffled = structuredClone(CORE);
    shuffled.offerings.reverse();
    shuffled.markets = shuffled.markets.map((m) => Object.fromEntries(Object.entries(m).reverse()) as typeof m);
    expect(datasetVersion(shuffled)).toBe(v);
  });
  test('changes when a fact changes', () => {
    const changedData = structuredClone(CORE);
    changedData.offerings[0].history[0].status = 'closed';
    expect(datasetVersion(changedData)).not.toBe(datasetVersion(CORE));
  });
});
