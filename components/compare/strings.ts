/**
 * Every UI string of the compare island, in both locales. Vocabulary labels (statuses,
 * confidences, regions, fulfilment, entity types and origins) come from src/vocab.ts and are
 * not repeated here.
 */
import type { CompareColumn, FacetKey, InvitationValue } from '../../src/compare-state.ts';
import { INVITATION_LABELS as INVITATION_REQUIRED_LABELS, type Locale, type Localized } from '../../src/vocab.ts';

const S = {
  pageTitle: { zh: '对照矩阵', en: 'Comparison matrix' },
  pageDescription: {
    zh: 'TikTok Shop 各站点有哪些开店模式、需要什么条件、在任一日期处于什么状态：可筛选、排序、回看历史并导出。',
    en: 'Which TikTok Shop store modes exist in which market, on what terms, at any date: filter, sort, replay history and export.',
  },
  views: { zh: '视图', en: 'View' },
  viewTable: { zh: '表格', en: 'Table' },
  viewGrid: { zh: '站点 × 模式', en: 'Markets × modes' },
  controls: { zh: '对照矩阵的筛选与设置', en: 'Matrix filters and settings' },
  asOf: { zh: '截至日期', en: 'As of' },
  presets: { zh: '快捷日期', en: 'Preset dates' },
  today: { zh: '今天', en: 'Today' },
  s0: { zh: 'S0 文章', en: 'S0 article' },
  launch: { zh: '{market}上线', en: '{market} launch' },
  launchPick: { zh: '站点上线日期…', en: 'Market launch dates…' },
  note: { zh: '备注', en: 'Note' },
  highlight: { zh: '标出与上一个日期（{date}）相比的变化', en: 'Highlight changes since the previous date ({date})' },
  highlightNone: { zh: '标出变化（先换一个日期）', en: 'Highlight changes (pick another date first)' },
  changed: { zh: '有变化', en: 'Changed' },
  changedFrom: { zh: '此前：{status}', en: 'Before: {status}' },
  filters: { zh: '筛选', en: 'Filters' },
  search: { zh: '搜索名称与要求', en: 'Search names and requirements' },
  searchHint: { zh: '例如：SSN、营业执照、individual', en: 'e.g. SSN, 营业执照, individual' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
  count: { zh: '显示 {n} / {total} 个店铺类型', en: 'Showing {n} / {total} store types' },
  columns: { zh: '显示的列', en: 'Columns' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  exportHint: { zh: '导出当前视图（已应用筛选与日期）', en: 'Exports the current view (filters and date applied)' },
  caption: { zh: '各店铺类型截至 {date} 的状态', en: 'Status of each store type as of {date}' },
  gridCaption: { zh: '各站点、各模式截至 {date} 的状态（点击单元格查看详情）', en: 'Status by market and mode as of {date} (select a cell for details)' },
  printSummary: { zh: '截至 {date}；{n} 个店铺类型；{sources} 个来源；生成于 {today}', en: 'As of {date}; {n} store types; {sources} sources; generated {today}' },
  outdated: { zh: '可能已过时', en: 'may be outdated' },
  outdatedTitle: { zh: '最新来源距今超过 12 个月', en: 'The newest source is more than 12 months old' },
  none: { zh: '未说明', en: 'Not stated' },
  undated: { zh: '未注明日期', en: 'undated' },
  beforeLaunch: { zh: '站点尚未上线', en: 'Market not launched yet' },
  noEntryYet: { zh: '此日期前没有来源记载', en: 'No source covers this date yet' },
  showAll: { zh: '显示全部 {n} 行', en: 'Show all {n} rows' },
  firstRows: { zh: '表格先列出前 {first} 行。', en: 'The table lists the first {first} rows.' },
  noRows: { zh: '没有符合筛选条件的店铺类型。', en: 'No store type matches the filters.' },
  legend: { zh: '图例', en: 'Legend' },
  notes: { zh: '注释', en: 'Notes' },
  noteMarker: { zh: '注释 {n}', en: 'note {n}' },
  market: { zh: '站点', en: 'Market' },
  filteredOut: { zh: '不在筛选结果中', en: 'Not in the filtered results' },
  noOffering: { zh: '未收录店铺类型', en: 'No store type recorded' },
  cellDetail: { zh: '{market} · {mode}', en: '{market} · {mode}' },
  close: { zh: '关闭', en: 'Close' },
  history: { zh: '状态历史', en: 'Status history' },
  requirements: { zh: '要求', en: 'Requirements' },
  sources: { zh: '来源', en: 'Sources' },
  confidence: { zh: '可信度', en: 'Confidence' },
  openPage: { zh: '打开店铺类型页面', en: 'Open the store type page' },
  from: { zh: '自', en: 'from' },
  until: { zh: '至', en: 'until' },
  colon: { zh: '：', en: ': ' },
  noTitle: { zh: '（无标题）', en: '(untitled)' },
  sortHint: { zh: '点击列标题排序', en: 'Select a column heading to sort' },
  noScript: { zh: '筛选、排序与导出需要 JavaScript；下表为今天的完整数据。', en: 'Filters, sorting and export need JavaScript; the table below holds today’s full data.' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof S;

/** Fill `{name}` placeholders. */
export function fill(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

/** A UI string for the locale, with `{name}` placeholders filled in. */
export function tr(locale: Locale, key: StringKey, vars?: Record<string, string | number>): string {
  return fill(locale === 'en' ? S[key].en : S[key].zh, vars);
}

export const COLUMN_LABELS: Record<CompareColumn, Localized> = {
  name: { zh: '店铺类型', en: 'Store type' },
  market: { zh: '站点', en: 'Market' },
  region: { zh: '区域', en: 'Region' },
  mode: { zh: '模式', en: 'Mode' },
  status: { zh: '状态', en: 'Status' },
  since: { zh: '起始日期', en: 'Since' },
  entities: { zh: '主体类型', en: 'Entity types' },
  invitation: { zh: '邀请', en: 'Invitation' },
  requirements: { zh: '主要要求', en: 'Key requirements' },
  fulfilment: { zh: '履约方式', en: 'Fulfilment' },
  deposit: { zh: '保证金', en: 'Deposit' },
  confidence: { zh: '可信度', en: 'Confidence' },
  sourced: { zh: '最新来源日期', en: 'Newest source' },
};

export const FACET_LABELS: Record<FacetKey, Localized> = {
  market: { zh: '站点', en: 'Market' },
  region: { zh: '区域', en: 'Region' },
  mode: { zh: '模式', en: 'Mode' },
  status: { zh: '状态', en: 'Status' },
  origin: { zh: '主体来源', en: 'Entity origin' },
  invitation: { zh: '邀请', en: 'Invitation' },
  fulfilment: { zh: '履约方式', en: 'Fulfilment' },
  confidence: { zh: '可信度', en: 'Confidence' },
};

/** Invitation facet labels: src/vocab.ts for the sourced values, plus the facet's own "not stated". */
export const INVITATION_LABELS: Record<InvitationValue, Localized> = {
  ...INVITATION_REQUIRED_LABELS,
  unknown: { zh: '未说明', en: 'Not stated' },
};

/** One locale's strings, handed to the island as a prop so its JS carries no second language. */
export type CompareStrings = {
  ui: Record<StringKey, string>;
  columns: Record<CompareColumn, string>;
  facets: Record<FacetKey, string>;
  invitation: Record<InvitationValue, string>;
};

export function compareStrings(locale: Locale): CompareStrings {
  const one = <K extends string>(table: Record<K, Localized>) =>
    Object.fromEntries(Object.entries<Localized>(table).map(([k, v]) => [k, locale === 'en' ? v.en : v.zh])) as Record<K, string>;
  return { ui: one(S), columns: one(COLUMN_LABELS), facets: one(FACET_LABELS), invitation: one(INVITATION_LABELS) };
}
