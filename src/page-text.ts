/**
 * UI strings of the generated reading pages (markets, offerings, glossary, timeline, sources,
 * seed article, home widgets). Data labels (statuses, modes, kinds …) come from src/vocab.ts;
 * this file holds only the words around them, once per locale.
 */
import { OUTDATED_AFTER_MONTHS } from './freshness.ts';
import type { CitingKind } from './citations.ts';
import { pick, type Locale, type Localized } from './vocab.ts';

export const PAGE_TEXT = {
  // claims
  sources: { zh: '来源', en: 'Sources' },
  confidence: { zh: '可信度', en: 'Confidence' },
  newestSource: { zh: '最新来源', en: 'Newest source' },
  mayBeOutdated: { zh: '可能已过时', en: 'May be outdated' },
  mayBeOutdatedHint: {
    zh: `最新来源已超过 ${OUTDATED_AFTER_MONTHS} 个月，情况可能已变化`,
    en: `The newest source is over ${OUTDATED_AFTER_MONTHS} months old; things may have changed`,
  },
  report: { zh: '报告问题', en: 'Report a problem' },
  reportHint: { zh: '（打开预先填好的反馈）', en: '(opens a pre-filled report)' },
  note: { zh: '说明', en: 'Note' },
  onSourcesPage: { zh: '来源详情', en: 'Source details' },
  noUrl: { zh: '无网址', en: 'no URL' },
  none: { zh: '暂无', en: 'None yet' },
  notStated: { zh: '资料未说明', en: 'Not stated in the sources' },
  from: { zh: '起始', en: 'From' },
  until: { zh: '止', en: 'until' },
  since: { zh: '起始日期', en: 'Since' },
  status: { zh: '状态', en: 'Status' },
  statusToday: { zh: '当前状态', en: 'Status today' },
  asOf: { zh: '状态截至', en: 'Status as of' },
  legend: { zh: '图例', en: 'Legend' },
  statusLegend: { zh: '状态图例', en: 'Status legend' },
  confidenceLegend: { zh: '可信度图例', en: 'Confidence legend' },
  symbol: { zh: '符号', en: 'Symbol' },
  meaning: { zh: '含义', en: 'Meaning' },
  dataPending: { zh: '这部分资料仍在整理中，暂无数据。', en: 'This part of the dataset is still being compiled; no data yet.' },
  // markets
  marketsTitle: { zh: '站点一览', en: 'Markets' },
  marketsDescription: {
    zh: 'TikTok Shop 17 个站点的区域、币种、上线时间，以及目前可开的店铺模式。',
    en: 'The 17 TikTok Shop markets: region, currency, launch date and the store modes offered today.',
  },
  market: { zh: '站点', en: 'Market' },
  region: { zh: '区域', en: 'Region' },
  currency: { zh: '币种', en: 'Currency' },
  launch: { zh: 'TikTok Shop 上线', en: 'TikTok Shop launch' },
  onboarding: { zh: '商家入驻开放', en: 'Seller registration opened' },
  modesToday: { zh: '目前的模式', en: 'Modes today' },
  mode: { zh: '模式', en: 'Mode' },
  storeType: { zh: '店铺类型', en: 'Store type' },
  storeTypesToday: { zh: '模式与店铺类型', en: 'Modes and store types' },
  keyRequirements: { zh: '主要入驻要求', en: 'Key requirements' },
  keyRequirementsIntro: {
    zh: '下表列出当前在用的要求；每条要求的细则、来源与日期见对应店铺类型页面。',
    en: 'Requirements in force today; each store type’s page gives the detail, sources and dates.',
  },
  usedBy: { zh: '适用的店铺类型', en: 'Applies to' },
  sellerCenter: { zh: '卖家中心', en: 'Seller Center' },
  marketFacts: { zh: '站点概况', en: 'About this market' },
  timeline: { zh: '时间线', en: 'Timeline' },
  sourcesCited: { zh: '本页引用的来源', en: 'Sources cited on this page' },
  noEvents: { zh: '暂无该站点的时间线事件。', en: 'No timeline events for this market yet.' },
  openOffering: { zh: '详情', en: 'Details' },
  noOfferings: { zh: '暂无该站点的店铺类型数据。', en: 'No store types recorded for this market yet.' },
  pairUnknown: { zh: '资料未说明是否提供', en: 'Sources do not say' },
  compareLink: { zh: '在对照矩阵中比较', en: 'Compare in the matrix' },
  // offerings
  offeringDescription: { zh: '入驻条件、状态历史与全部来源', en: 'Requirements, status history and every source' },
  history: { zh: '状态历史', en: 'Status history' },
  requirements: { zh: '入驻要求', en: 'Requirements' },
  requirement: { zh: '要求', en: 'Requirement' },
  kind: { zh: '类别', en: 'Kind' },
  description: { zh: '说明', en: 'Description' },
  marketDetail: { zh: '本店铺类型的细则', en: 'Detail for this store type' },
  check: { zh: '自测项（满足任一）', en: 'Finder check (any one of)' },
  checkNone: { zh: '无自动核对，需自行确认', en: 'No automatic check; confirm yourself' },
  entities: { zh: '可入驻的主体', en: 'Who may open it' },
  fulfilment: { zh: '履约方式', en: 'Fulfilment' },
  deposit: { zh: '保证金', en: 'Deposit' },
  commission: { zh: '佣金', en: 'Commission' },
  invitation: { zh: '邀请', en: 'Invitation' },
  facts: { zh: '其他要点', en: 'Other facts' },
  terms: { zh: '相关术语', en: 'Related terms' },
  aka: { zh: '又称', en: 'Also called' },
  modeGuide: { zh: '模式指南', en: 'Mode guide' },
  marketPage: { zh: '站点页面', en: 'Market page' },
  allClaims: { zh: '本页每条内容都注明来源、日期与可信度。', en: 'Every statement on this page carries its sources, dates and confidence.' },
  // glossary
  glossaryTitle: { zh: '术语表', en: 'Glossary' },
  glossaryDescription: { zh: 'TikTok Shop 开店常用术语的中英对照与释义，附来源。', en: 'TikTok Shop seller terms in Chinese and English, with definitions and sources.' },
  definition: { zh: '释义', en: 'Definition' },
  related: { zh: '相关术语', en: 'Related terms' },
  allTerms: { zh: '全部术语', en: 'All terms' },
  termDescription: { zh: '术语释义与来源', en: 'Definition and sources' },
  // timeline
  timelineTitle: { zh: '时间线', en: 'Timeline' },
  timelineDescription: { zh: '各站点、各模式的开放、调整与关闭，按日期排列，每条都有来源。', en: 'Openings, changes and closures by market and mode, by date, each with sources.' },
  filterMarket: { zh: '按站点筛选', en: 'Filter by market' },
  filterMode: { zh: '按模式筛选', en: 'Filter by mode' },
  all: { zh: '全部', en: 'All' },
  allMarkets: { zh: '所有站点', en: 'All markets' },
  allModes: { zh: '所有模式', en: 'All modes' },
  date: { zh: '日期', en: 'Date' },
  markets: { zh: '站点', en: 'Markets' },
  modes: { zh: '模式', en: 'Modes' },
  eventCount: { zh: '条事件', en: 'events' },
  noMatch: { zh: '没有同时符合这两个条件的事件。', en: 'No event matches both filters.' },
  // sources
  sourcesTitle: { zh: '来源', en: 'Sources' },
  sourcesDescription: { zh: '本站数据引用的每一个来源：发布方、标题、日期、类别、复核情况、支持的内容与引用位置。', en: 'Every source behind the data: publisher, title, date, kind, whether it was found again, what it supports and where it is cited.' },
  publisher: { zh: '发布方', en: 'Publisher' },
  title: { zh: '标题', en: 'Title' },
  published: { zh: '发布日期', en: 'Published' },
  sourceKind: { zh: '类别', en: 'Kind' },
  verified: { zh: '复核', en: 'Found again' },
  supports: { zh: '支持的内容（英文，取自数据）', en: 'Supports' },
  citedIn: { zh: '引用位置', en: 'Cited in' },
  notCited: { zh: '尚未被数据引用', en: 'Not cited by the data yet' },
  language: { zh: '语言', en: 'Language' },
  open: { zh: '打开原文', en: 'Open the original' },
  unpublisher: { zh: '未署名', en: 'Publisher not named' },
  sourceCounts: { zh: '来源数量', en: 'Number of sources' },
  // seed article
  seedTitle: { zh: '2023 年原始文章逐条核查', en: 'The 2023 seed article, checked claim by claim' },
  seedDescription: { zh: '本项目起点是一篇 2023-11-09 的文章（S0）。这里逐条列出它的说法和我们核查的结果。', en: 'This project started from an article dated 2023-11-09 (S0). Here is each of its claims and what checking it found.' },
  seedIntro: {
    zh: '下列说法均为转述，不引用原文。核查依据列在每条之后；原文本身的网址已无法找到，所以只凭它支持的内容一律标为“未核实”。',
    en: 'Claims are paraphrased, not quoted. The evidence follows each one; the article’s own web page could not be found again, so anything resting on it alone is marked “unverified”.',
  },
  seedClaim: { zh: '原文说法（转述）', en: 'What the article said (paraphrased)' },
  finding: { zh: '核查结果', en: 'Finding' },
  explanation: { zh: '依据', en: 'What we found' },
  snapshot: { zh: '查看 2023-11-09 当天的对照快照', en: 'See the matrix as of 2023-11-09' },
  // home
  latestChanges: { zh: '最近的变化', en: 'Latest changes' },
  allEvents: { zh: '完整时间线', en: 'Full timeline' },
  gridCaption: { zh: '各站点 × 各模式，截至', en: 'Markets × modes as of' },
  mapTitle: { zh: '世界地图：按模式查看各站点状态', en: 'World map: market status by mode' },
  mapPick: { zh: '选择模式', en: 'Choose a mode' },
  mapAlt: { zh: '文字版：各站点状态', en: 'Text version: status by market' },
} satisfies Record<string, Localized>;

export type PageTextKey = keyof typeof PAGE_TEXT;

/** A UI string in the page's language. */
export function pt(locale: Locale, key: PageTextKey): string {
  return pick(PAGE_TEXT[key], locale);
}

export const CITING_KIND_LABELS: Record<CitingKind, Localized> = {
  offering: { zh: '店铺类型', en: 'Store type' },
  market: { zh: '站点', en: 'Market' },
  mode: { zh: '模式', en: 'Mode' },
  event: { zh: '时间线', en: 'Timeline' },
  glossary: { zh: '术语', en: 'Glossary' },
  'seed-check': { zh: '原始文章核查', en: 'Seed article check' },
};

/** Chinese and English punctuation differ; list separators follow the page's language. */
export function listSeparator(locale: Locale): string {
  return locale === 'en' ? ', ' : '、';
}

/** "2023-11-09" → page-language phrase "since 2023-11-09" / "2023-11-09 起". */
export function sincePhrase(locale: Locale, date: string): string {
  return locale === 'en' ? `since ${date}` : `${date} 起`;
}

/** A money amount with an optional upper bound: "1500 USD", "0–4000 GBP". */
export function formatMoney(amount: number, currency: string, max?: number): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  return `${max !== undefined ? `${fmt(amount)}–${fmt(max)}` : fmt(amount)} ${currency}`;
}

/** A percent or percent range: "5%", "5–15%". */
export function formatPercent(percent: number, max?: number): string {
  return max !== undefined ? `${percent}–${max}%` : `${percent}%`;
}

/** The colon after a label: full-width in Chinese. */
export function colon(locale: Locale): string {
  return locale === 'en' ? ': ' : '：';
}

/** A validity period in words: "2022-11-10 – 2023-04", "from 2024-08", "until 2026-02-09", or null. */
export function periodText(locale: Locale, from?: string, until?: string): string | null {
  if (from && until) return locale === 'en' ? `${from} – ${until}` : `${from} 至 ${until}`;
  if (from) return locale === 'en' ? `from ${from}` : `${from} 起`;
  if (until) return locale === 'en' ? `until ${until}` : `至 ${until} 止`;
  return null;
}
