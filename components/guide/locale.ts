/**
 * Locale and link helpers for the guide components. MDX pages do not pass a locale, so the
 * components read it from the request: Astro.currentLocale (root → zh-CN), with the URL as fallback.
 */
import type { Locale, Localized } from '../../src/vocab.ts';
import { pick } from '../../src/vocab.ts';

export function guideLocale(astro: { currentLocale?: string | undefined; url: URL }): Locale {
  if (astro.currentLocale === 'en') return 'en';
  if (astro.currentLocale === 'zh-CN') return 'zh-CN';
  return astro.url.pathname === '/en/' || astro.url.pathname.startsWith('/en/') ? 'en' : 'zh-CN';
}

/** The one site-wide rule for locale paths ('/sources/' → '/en/sources/'), re-exported for the fact boxes. */
export { localPath } from '../../src/paths.ts';

/** UI strings of the fact boxes (data labels come from src/vocab.ts). */
export const GUIDE_STRINGS = {
  noData: { zh: '暂无数据：这部分资料仍在整理中。', en: 'No data yet: this part of the dataset is still being compiled.' },
  asOf: { zh: '状态截至', en: 'Status as of' },
  market: { zh: '站点', en: 'Market' },
  storeType: { zh: '店铺类型', en: 'Store type' },
  status: { zh: '状态', en: 'Status' },
  since: { zh: '自', en: 'Since' },
  confidence: { zh: '可信度', en: 'Confidence' },
  sources: { zh: '来源', en: 'Sources' },
  sourcePrefix: { zh: '来源：', en: 'Source: ' },
  mayBeOutdated: { zh: '可能已过时', en: 'May be outdated' },
  newestSource: { zh: '最新来源', en: 'newest source' },
  otherMarkets: { zh: '其余站点', en: 'Other markets' },
  noOfferingUnknown: { zh: '找到的资料没有说明这些站点是否提供该模式（对照矩阵中显示为“未知”）。', en: 'the sources found do not say whether these markets offer this mode (shown as “unknown” in the matrix).' },
  noOfferingEnded: { zh: '该模式已全面停止，这些站点现在都不提供。', en: 'the mode has ended everywhere, so none of these markets offers it now.' },
  details: { zh: '详情', en: 'Details' },
  opener: { zh: '开店主体', en: 'Who opens the store' },
  aka: { zh: '又称', en: 'Also called' },
  ended: { zh: '停止日期', en: 'Ended on' },
  undated: { zh: '未注明日期', en: 'undated' },
  entities: { zh: '可入驻的主体', en: 'Who may open it' },
  invitation: { zh: '邀请', en: 'Invitation' },
  requirements: { zh: '入驻要求', en: 'Requirements' },
  fulfilment: { zh: '履约方式', en: 'Fulfilment' },
  deposit: { zh: '保证金', en: 'Deposit' },
  commission: { zh: '佣金', en: 'Commission' },
  facts: { zh: '其他要点', en: 'Other facts' },
  history: { zh: '状态历史', en: 'Status history' },
  from: { zh: '自', en: 'from' },
  until: { zh: '至', en: 'until' },
  seeOffering: { zh: '查看完整的来源与历史', en: 'Full claim list with sources' },
  sourceNotFound: { zh: '原文已无法找到', en: 'could not be found again' },
  original: { zh: '原文', en: 'Original' },
  noUrl: { zh: '无网址', en: 'no URL' },
  modesNow: { zh: '目前可开的模式', en: 'Modes available now' },
  none: { zh: '资料未说明', en: 'not stated in the sources' },
  launch: { zh: 'TikTok Shop 上线', en: 'TikTok Shop launch' },
  region: { zh: '区域', en: 'Region' },
  mode: { zh: '模式', en: 'Mode' },
  roles: { zh: '分工', en: 'Division of work' },
  marketsNow: { zh: '目前提供的站点', en: 'Markets offering it now' },
  statusByMarket: { zh: '各站点状态', en: 'Status by market' },
  guide: { zh: '指南', en: 'Guide' },
  symbol: { zh: '符号', en: 'Symbol' },
  meaning: { zh: '含义', en: 'Meaning' },
  rule: { zh: '判定规则', en: 'Rule' },
  statusLegend: { zh: '状态图例', en: 'Status legend' },
  confidenceLegend: { zh: '可信度图例', en: 'Confidence legend' },
} satisfies Record<string, Localized>;

export type GuideString = keyof typeof GUIDE_STRINGS;

export function t(locale: Locale, key: GuideString): string {
  return pick(GUIDE_STRINGS[key], locale);
}

/** Text in brackets of the locale: (x) in English, （x） in Chinese. */
export function paren(locale: Locale, text: string): string {
  return locale === 'en' ? `(${text})` : `（${text}）`;
}

/** "A: B" with the colon of the locale (full-width in Chinese). */
export function labelled(locale: Locale, a: string, b: string): string {
  return locale === 'en' ? `${a}: ${b}` : `${a}：${b}`;
}
