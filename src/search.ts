/**
 * Pagefind filters and meta for a page, named in the page's language so the search dialog
 * shows "站点 / 模式 / 页面类型" on Chinese pages and "Market / Mode / Page type" on English ones.
 */
import { pick, type Locale, type Localized, type MarketId, type ModeId } from './vocab.ts';

export const PAGE_TYPES = ['guide', 'market', 'offering', 'glossary', 'event', 'source', 'tool', 'about'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const PAGE_TYPE_LABELS: Record<PageType, Localized> = {
  guide: { zh: '指南', en: 'Guide' },
  market: { zh: '站点', en: 'Market' },
  offering: { zh: '店铺类型', en: 'Store type' },
  glossary: { zh: '术语', en: 'Glossary term' },
  event: { zh: '时间线', en: 'Timeline' },
  source: { zh: '来源', en: 'Source' },
  tool: { zh: '工具', en: 'Tool' },
  about: { zh: '关于', en: 'About' },
};

export const FILTER_KEYS: Record<'type' | 'market' | 'mode', Localized> = {
  type: { zh: '页面类型', en: 'Page type' },
  market: { zh: '站点', en: 'Market' },
  mode: { zh: '模式', en: 'Mode' },
};

export type SearchFilterInput = {
  type: PageType;
  markets?: readonly { id: MarketId; name: Localized }[];
  modes?: readonly { id: ModeId; name: Localized }[];
};

/** Filter key → values for Pagefind, in the page's language. */
export function searchFilters(locale: Locale, input: SearchFilterInput): { key: string; values: string[] }[] {
  const filters = [{ key: pick(FILTER_KEYS.type, locale), values: [pick(PAGE_TYPE_LABELS[input.type], locale)] }];
  if (input.markets?.length) filters.push({ key: pick(FILTER_KEYS.market, locale), values: input.markets.map((m) => pick(m.name, locale)) });
  if (input.modes?.length) filters.push({ key: pick(FILTER_KEYS.mode, locale), values: input.modes.map((m) => pick(m.name, locale)) });
  return filters;
}

/**
 * Pagefind ranking, shared by the search dialog (astro.config.mjs → Starlight) and the recall test
 * (e2e/recall.mjs), so the test ranks exactly as sellers see it. Chinese pages are indexed in short
 * segments (跨境店 → 跨 / 境 / 店), so long pages that repeat a term outrank the short page that is
 * about it: titles weigh 40× and term frequency and page length count half, which puts a glossary
 * term or an offering name on its own page first. Chosen over a grid of settings against all the
 * queries of e2e/search-recall.json (every query passes; the defaults failed 2 to 4 of them).
 */
export const SEARCH_RANKING = {
  pageLength: 0.5,
  termFrequency: 0.5,
  termSaturation: 1.4,
  termSimilarity: 1.0,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 40 },
} as const;
