/**
 * The open-data files published under /data/: which files exist, what each holds, and their text.
 * Pure: the caller passes the dataset, its version and the build date (components/open-data.ts on
 * the Astro side, tests in-process), so the same bytes come out of the build and of a test.
 */
import type { Dataset } from './dataset.ts';
import { offeringsTable, toCsv } from './export.ts';
import { dataJsonSchema } from './json-schema.ts';
import type { Localized } from './vocab.ts';

export type OpenDataMeta = { datasetVersion: string; buildDate: string };

/** The collections published as JSON lists, with the key that holds the list in each file. */
export const JSON_COLLECTIONS = ['markets', 'modes', 'offerings', 'requirements', 'sources', 'events', 'glossary', 'seedChecks'] as const;
export type JsonCollection = (typeof JSON_COLLECTIONS)[number];

/** File name of a collection's JSON file (seedChecks → seed-checks.json). */
export function jsonFileName(collection: JsonCollection): string {
  return `${collection.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`;
}

export type OpenDataFile = {
  name: string;
  contentType: string;
  description: Localized;
};

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** Every file under /data/, in the order the data page lists them. */
export const OPEN_DATA_FILES: readonly OpenDataFile[] = [
  { name: 'offerings.json', contentType: JSON_TYPE, description: { zh: '全部店铺类型：站点、模式、带日期的状态历史、主体、入驻要求、履约方式、保证金、佣金及每条说法的来源与可信度。', en: 'Every store type: market, mode, dated status history, entities, requirements, fulfilment, deposit, commission, and the sources and confidence of each claim.' } },
  { name: 'offerings.csv', contentType: CSV_TYPE, description: { zh: '店铺类型一览表（构建当日的状态），中文标签，UTF-8 带 BOM，可直接用 Excel 打开。', en: 'Store types as one table (status on the build date), Chinese labels, UTF-8 with BOM so Excel opens it directly.' } },
  { name: 'offerings-en.csv', contentType: CSV_TYPE, description: { zh: '同上，英文标签。', en: 'The same table with English labels.' } },
  { name: 'markets.json', contentType: JSON_TYPE, description: { zh: '17 个站点：名称、地区、币种、上线与开放入驻日期、卖家中心网址。', en: 'The 17 markets: names, region, currency, launch and onboarding dates, seller-centre URLs.' } },
  { name: 'modes.json', contentType: JSON_TYPE, description: { zh: '店铺模式：谁运营、谁定价、谁履约，由谁开店，结束日期。', en: 'Store modes: who operates, prices and fulfils, who opens the store, end date.' } },
  { name: 'requirements.json', contentType: JSON_TYPE, description: { zh: '入驻要求（证件、税号、主体、仓储等）及资格自测使用的判断条件。', en: 'Requirements (documents, tax ids, entity, warehouse ...) and the checks the eligibility finder uses.' } },
  { name: 'sources.json', contentType: JSON_TYPE, description: { zh: '所有来源：发布方、标题、网址、发布日期、类型、是否复核找到。', en: 'Every source: publisher, title, URL, publication date, kind, whether it was found again.' } },
  { name: 'events.json', contentType: JSON_TYPE, description: { zh: '时间线事件：日期、涉及站点与模式、说明及来源。', en: 'Timeline events: date, markets and modes, description and sources.' } },
  { name: 'glossary.json', contentType: JSON_TYPE, description: { zh: '术语表：中英文术语、别名、定义、相关术语。', en: 'Glossary: Chinese and English terms, aliases, definitions, related terms.' } },
  { name: 'seed-checks.json', contentType: JSON_TYPE, description: { zh: '2023-11-09 原始文章（S0）的逐条核查结果。', en: 'The 2023-11-09 seed article (S0) checked claim by claim.' } },
  { name: 'schema.json', contentType: JSON_TYPE, description: { zh: '以上 JSON 文件的 JSON Schema（2020-12），由站点使用的 Zod 模式生成。', en: 'JSON Schema (2020-12) of the JSON files above, generated from the Zod schemas the site uses.' } },
];

/** The text of one JSON collection file: `{ meta, <collection>: [...] }`. */
export function collectionJson(dataset: Dataset, collection: JsonCollection, meta: OpenDataMeta): string {
  return `${JSON.stringify({ meta, [collection]: dataset[collection] }, null, 2)}\n`;
}

/** The text of every file under /data/, by file name. */
export function openDataFiles(dataset: Dataset, meta: OpenDataMeta): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of JSON_COLLECTIONS) files.set(jsonFileName(c), collectionJson(dataset, c, meta));
  const zh = offeringsTable(dataset, 'zh-CN', meta.buildDate);
  const en = offeringsTable(dataset, 'en', meta.buildDate);
  files.set('offerings.csv', toCsv(zh.header, zh.rows));
  files.set('offerings-en.csv', toCsv(en.header, en.rows));
  files.set('schema.json', `${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
  return files;
}
