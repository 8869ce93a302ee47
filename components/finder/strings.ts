/**
 * Every string of the eligibility finder (island and page), zh + en. Labels of statuses,
 * confidences, profile facts and groups come from src/vocab.ts and src/profile.ts instead.
 * Plain data and small functions only: this module ships in the island.
 */
import type { Evaluation, NotOpenReason, Verdict } from '../../src/eligibility.ts';
import type { EntityKind } from '../../src/profile.ts';
import { pick, type EntityType, type Locale, type Localized } from '../../src/vocab.ts';

export const FINDER_STRINGS = {
  title: { zh: '开店资格自测', en: 'Eligibility finder' },
  description: {
    zh: '勾选你的主体和已有资料，查看今天开放的 TikTok Shop 店铺类型里哪些符合条件、还缺什么。',
    en: 'Tick your entity and what you already have to see which TikTok Shop store types open today you meet, and what is missing for the rest.',
  },
  intro: {
    zh: '结果只依据本站整理的来源：能自动核对的条件才算“已满足”，资料未说明或无法自动核对的条件列为“需自行确认”，不会算作满足。',
    en: 'Results rest only on the sources collected here: a requirement counts as met only when it can be checked against your answers; anything the sources leave open, or that cannot be checked, is listed as "to check", never as met.',
  },
  noScript: {
    zh: '自测表单需要启用 JavaScript。下面列出今天开放的全部店铺类型及其要求。',
    en: 'The form needs JavaScript. Below is every store type open today with its requirements.',
  },
  formHeading: { zh: '你的情况', en: 'Your situation' },
  entityLegend: { zh: '经营主体', en: 'Your entity' },
  countryLabel: { zh: '主体所在地（个人则为居住地）', en: 'Where your entity is registered (for an individual: where you live)' },
  countryNone: { zh: '暂无主体', en: 'No entity yet' },
  countryCn: { zh: '中国大陆', en: 'China mainland' },
  countryHk: { zh: '中国香港', en: 'Hong Kong' },
  kindLegend: { zh: '主体类型', en: 'Entity kind' },
  chineseOwned: { zh: '中资公司（股东或法定代表人为中国人）', en: 'Chinese-owned company (Chinese shareholders or legal representative)' },
  factsHeading: { zh: '你已有的资料', en: 'What you already have' },
  reset: { zh: '清空', en: 'Clear' },
  resultsHeading: { zh: '结果', en: 'Results' },
  overviewHint: {
    zh: '选择主体或勾选资料后，这里会按站点列出你符合的店铺类型和缺少的条件。',
    en: 'Pick your entity or tick what you have, and this list shows, market by market, what you meet and what is missing.',
  },
  asOf: { zh: '数据日期', en: 'As of' },
  verdictMeets: { zh: '符合已核对的条件', en: 'Meets the checked requirements' },
  verdictNotOpen: { zh: '不对你的主体开放', en: 'Not open to your entity' },
  missingLabel: { zh: '还缺：', en: 'Missing:' },
  toCheckLabel: { zh: '需自行确认：', en: 'To check yourself:' },
  metLabel: { zh: '已满足：', en: 'Met:' },
  requirementsLabel: { zh: '要求：', en: 'Requirements:' },
  noRequirements: { zh: '资料未列出具体要求', en: 'The sources list no requirements' },
  entitiesLabel: { zh: '可入驻主体：', en: 'Who may open it:' },
  entitiesUnknown: { zh: '资料未说明', en: 'The sources do not say' },
  statusLabel: { zh: '状态', en: 'Status' },
  confidenceLabel: { zh: '可信度', en: 'Confidence' },
  notOpenGroup: { zh: '不对你开放', en: 'Not open to you' },
  chineseOwnedFlag: {
    zh: '该店铺类型的资料未列出中资当地公司。中资公司请先核对下列主体与合规要求：',
    en: 'The sources for this store type do not list Chinese-owned local companies. If yours is Chinese-owned, check these entity and compliance rules first:',
  },
  chineseOwnedFlagNone: {
    zh: '该店铺类型的资料未列出中资当地公司，中资公司请先向平台确认。',
    en: 'The sources for this store type do not list Chinese-owned local companies; if yours is Chinese-owned, confirm with the platform first.',
  },
  noneOpen: { zh: '所选日期没有开放的店铺类型。', en: 'No store type is open at this date.' },
} satisfies Record<string, Localized>;

export const ENTITY_KIND_LABELS: Record<EntityKind, Localized> = {
  company: { zh: '公司', en: 'Company' },
  'individual-business': { zh: '个体工商户 / 个体经营者', en: 'Individual business / sole proprietor' },
  individual: { zh: '个人', en: 'Individual' },
};

/** Entity types as a phrase in a reason; `{m}` is the market name. */
const ENTITY_PHRASES: Record<EntityType, Localized> = {
  'cn-mainland-company': { zh: '中国大陆公司', en: 'a China mainland company' },
  'cn-mainland-individual-business': { zh: '中国大陆个体工商户', en: 'a China mainland individual business' },
  'hk-company': { zh: '中国香港公司', en: 'a Hong Kong company' },
  'local-company': { zh: '{m}本地公司', en: 'a local {m} company' },
  'local-company-chinese-owned': { zh: '{m}中资本地公司', en: 'a Chinese-owned local {m} company' },
  'local-sole-proprietor': { zh: '{m}本地个体经营者', en: 'a local {m} sole proprietor' },
  'local-individual': { zh: '{m}本地个人', en: 'a local {m} individual' },
};

/** An entity type for display, with the market's name where it is local. */
export function entityPhrase(type: EntityType, marketName: Localized, locale: Locale): string {
  return pick(ENTITY_PHRASES[type], locale).replace('{m}', pick(marketName, locale));
}

export const sinceText = (date: string, locale: Locale) => (locale === 'en' ? `since ${date}` : `${date} 起`);
/** Brackets in the page's typography: half-width after a space in English, full-width in Chinese. */
export const paren = (text: string, locale: Locale) => (locale === 'en' ? ` (${text})` : `（${text}）`);
export const colon = (locale: Locale) => (locale === 'en' ? ': ' : '：');
export const orSeparator = (locale: Locale) => (locale === 'en' ? ' or ' : '或');
export const listSeparator = (locale: Locale) => (locale === 'en' ? '; ' : '、');

function joinOr(items: string[], locale: Locale): string {
  if (locale !== 'en') return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}或${items.at(-1)}`;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** "Needs a local United States company", "China mainland/HK entities only: …", "Open to: …". */
export function describeReason(reason: NotOpenReason, marketName: Localized, locale: Locale): string {
  const list = joinOr(reason.accepted.map((e) => entityPhrase(e, marketName, locale)), locale);
  if (reason.code === 'local-only') return locale === 'en' ? `Needs ${list}` : `需要${list}`;
  if (reason.code === 'cn-hk-only') return locale === 'en' ? `China mainland/HK entities only: ${list}` : `仅限中国大陆/香港主体：${list}`;
  return locale === 'en' ? `Open to ${list}` : `仅对${list}开放`;
}

export function verdictText(verdict: Verdict, unmet: number, locale: Locale): string {
  if (verdict === 'meets') return pick(FINDER_STRINGS.verdictMeets, locale);
  if (verdict === 'not-open-to-profile') return pick(FINDER_STRINGS.verdictNotOpen, locale);
  if (unmet === 0) return locale === 'en' ? 'Nothing checkable is missing: see "to check"' : '没有可核对的缺项，请看“需自行确认”';
  return locale === 'en' ? `Missing ${unmet}` : `缺 ${unmet} 项`;
}

/** The sentence the live region reads after each change. */
export function countsText(counts: Evaluation['counts'], locale: Locale, overview: boolean): string {
  if (overview) return locale === 'en' ? `${counts.total} store types open today.` : `今日开放的店铺类型共 ${counts.total} 个。`;
  return locale === 'en'
    ? `Of ${counts.total} store types open today: you meet ${counts.meets}, ${counts.missing} miss something, ${counts['not-open-to-profile']} are not open to your entity.`
    : `今日开放的 ${counts.total} 个店铺类型中：符合 ${counts.meets} 个，缺少条件 ${counts.missing} 个，不对你的主体开放 ${counts['not-open-to-profile']} 个。`;
}
