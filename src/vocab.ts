/**
 * The project's closed vocabularies, each with its labels in both locales.
 * One source of truth: schemas, lint, views and exports all read these lists;
 * no page retypes a status name, symbol or colour.
 */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text in both site languages. */
export type Localized = { zh: string; en: string };

/** Pick the text for a locale. */
export function pick(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

export const STATUSES = ['open', 'invite-only', 'restricted', 'suspended', 'closed', 'not-offered', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Symbol, CSS colour token and label per status. Symbols make every cell readable
 * without colour (WCAG 1.4.1); colours are CSS custom properties defined for both themes.
 */
export const STATUS_META: Record<Status, { symbol: string; color: string; label: Localized; description: Localized }> = {
  open: {
    symbol: '✓',
    color: 'var(--status-open)',
    label: { zh: '开放', en: 'Open' },
    description: { zh: '符合条件的商家可自行申请入驻', en: 'Eligible sellers can apply on their own' },
  },
  'invite-only': {
    symbol: '✉',
    color: 'var(--status-invite-only)',
    label: { zh: '邀请制', en: 'Invite only' },
    description: { zh: '需邀请码或平台定向邀约', en: 'Needs an invitation code or a targeted invitation' },
  },
  restricted: {
    symbol: '◐',
    color: 'var(--status-restricted)',
    label: { zh: '有限开放', en: 'Restricted' },
    description: { zh: '仅限部分类目、履约方式或商家类型', en: 'Limited to some categories, fulfilment routes or seller types' },
  },
  suspended: {
    symbol: '‖',
    color: 'var(--status-suspended)',
    label: { zh: '暂停', en: 'Suspended' },
    description: { zh: '暂停运营，之后可能恢复', en: 'Paused, may resume' },
  },
  closed: {
    symbol: '✕',
    color: 'var(--status-closed)',
    label: { zh: '已关闭', en: 'Closed' },
    description: { zh: '该模式已停止', en: 'This mode has ended' },
  },
  'not-offered': {
    symbol: '—',
    color: 'var(--status-not-offered)',
    label: { zh: '未提供', en: 'Not offered' },
    description: { zh: '该站点没有这种模式（或站点尚未上线）', en: 'The market does not offer this mode (or had not launched)' },
  },
  unknown: {
    symbol: '?',
    color: 'var(--status-unknown)',
    label: { zh: '未知', en: 'Unknown' },
    description: { zh: '找到的资料没有说明', en: 'The sources found do not say' },
  },
};

export const CONFIDENCES = ['confirmed', 'reported', 'unverified', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_META: Record<Confidence, { symbol: string; label: Localized; rule: Localized }> = {
  confirmed: {
    symbol: '●',
    label: { zh: '已证实', en: 'Confirmed' },
    rule: { zh: '有官方或新闻来源，或两个相互独立的来源', en: 'An official or news source, or two independent sources' },
  },
  reported: {
    symbol: '◑',
    label: { zh: '有报道', en: 'Reported' },
    rule: { zh: '仅有一个行业媒体或其他二手来源', en: 'One trade or other secondary source' },
  },
  unverified: {
    symbol: '○',
    label: { zh: '未核实', en: 'Unverified' },
    rule: { zh: '仅有 2023 年的原始文章（S0），或来源已无法找到', en: 'Only the 2023 seed article (S0), or a source that cannot be found again' },
  },
  disputed: {
    symbol: '⚠',
    label: { zh: '有争议', en: 'Disputed' },
    rule: { zh: '来源之间相互矛盾，两方都列出', en: 'Sources conflict; both are shown' },
  },
};

export const SOURCE_KINDS = ['official', 'news', 'trade', 'other', 'seed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, Localized> = {
  official: { zh: '官方', en: 'Official' },
  news: { zh: '新闻', en: 'News' },
  trade: { zh: '行业媒体', en: 'Trade press' },
  other: { zh: '其他', en: 'Other' },
  seed: { zh: '原始文章', en: 'Seed article' },
};

export const VERIFIED = ['yes', 'partly', 'no'] as const;
export type Verified = (typeof VERIFIED)[number];

export const MODES = ['cross-border', 'local', 'full-managed', 'brand-managed', 'semi-closed-loop'] as const;
export type ModeId = (typeof MODES)[number];

export const MARKETS = ['us', 'gb', 'id', 'my', 'th', 'vn', 'ph', 'sg', 'sa', 'es', 'ie', 'de', 'fr', 'it', 'mx', 'br', 'jp'] as const;
export type MarketId = (typeof MARKETS)[number];

export const REGIONS = ['north-america', 'europe', 'southeast-asia', 'middle-east', 'latin-america', 'east-asia'] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_LABELS: Record<Region, Localized> = {
  'north-america': { zh: '北美', en: 'North America' },
  europe: { zh: '欧洲', en: 'Europe' },
  'southeast-asia': { zh: '东南亚', en: 'Southeast Asia' },
  'middle-east': { zh: '中东', en: 'Middle East' },
  'latin-america': { zh: '拉美', en: 'Latin America' },
  'east-asia': { zh: '东亚', en: 'East Asia' },
};

export const REQUIREMENT_KINDS = [
  'identity', 'tax-id', 'entity', 'address', 'phone', 'bank', 'invitation', 'experience', 'warehouse', 'deposit', 'compliance',
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export const REQUIREMENT_KIND_LABELS: Record<RequirementKind, Localized> = {
  identity: { zh: '身份证件', en: 'Identity' },
  'tax-id': { zh: '税号', en: 'Tax ID' },
  entity: { zh: '主体资质', en: 'Legal entity' },
  address: { zh: '地址', en: 'Address' },
  phone: { zh: '电话与邮箱', en: 'Phone and email' },
  bank: { zh: '收款账户', en: 'Bank and payout' },
  invitation: { zh: '邀请', en: 'Invitation' },
  experience: { zh: '经营经验与业绩', en: 'Experience and sales' },
  warehouse: { zh: '仓储与发货', en: 'Warehouse and shipping' },
  deposit: { zh: '保证金', en: 'Deposit' },
  compliance: { zh: '合规', en: 'Compliance' },
};

/** Fulfilment routes (履约方式). */
export const FULFILMENT_OPTIONS = ['seller-warehouse', 'platform-stocking', 'overseas-warehouse', 'fbt', 'fba-mcf', 'direct-mail'] as const;
export type FulfilmentOption = (typeof FULFILMENT_OPTIONS)[number];
export const FULFILMENT_LABELS: Record<FulfilmentOption, Localized> = {
  'seller-warehouse': { zh: '商家仓自发货', en: 'Seller warehouse' },
  'platform-stocking': { zh: '国内备货仓', en: 'Platform stocking warehouse' },
  'overseas-warehouse': { zh: '海外仓', en: 'Overseas warehouse' },
  fbt: { zh: 'FBT（TikTok 官方仓配）', en: 'FBT (Fulfilled by TikTok)' },
  'fba-mcf': { zh: '亚马逊 FBA 多渠道配送', en: 'Amazon FBA multi-channel' },
  'direct-mail': { zh: '跨境直邮', en: 'Cross-border direct mail' },
};

/** Who may open a store: the entity types sellers pick in filters and in the finder. */
export const ENTITY_TYPES = [
  'cn-mainland-company', 'cn-mainland-individual-business', 'hk-company',
  'local-company', 'local-company-chinese-owned', 'local-sole-proprietor', 'local-individual',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const ENTITY_LABELS: Record<EntityType, Localized> = {
  'cn-mainland-company': { zh: '中国大陆公司', en: 'China mainland company' },
  'cn-mainland-individual-business': { zh: '中国大陆个体工商户', en: 'China mainland individual business' },
  'hk-company': { zh: '中国香港公司', en: 'Hong Kong company' },
  'local-company': { zh: '当地公司', en: 'Local company' },
  'local-company-chinese-owned': { zh: '中资当地公司', en: 'Chinese-owned local company' },
  'local-sole-proprietor': { zh: '当地个体经营者', en: 'Local sole proprietor' },
  'local-individual': { zh: '当地个人', en: 'Local individual' },
};

/** Entity origin facet of the matrix: derived from entity types (see matrix.ts). */
export const ENTITY_ORIGINS = ['cn-hk-accepted', 'local-required'] as const;
export type EntityOrigin = (typeof ENTITY_ORIGINS)[number];
export const ENTITY_ORIGIN_LABELS: Record<EntityOrigin, Localized> = {
  'cn-hk-accepted': { zh: '接受中国大陆/香港主体', en: 'China mainland / HK entity accepted' },
  'local-required': { zh: '需当地主体', en: 'Local entity required' },
};

/** Whether a source was found again when it was checked (sources.tsv `verified`). */
export const VERIFIED_LABELS: Record<Verified, Localized> = {
  yes: { zh: '已复核', en: 'Checked' },
  partly: { zh: '部分复核', en: 'Partly checked' },
  no: { zh: '未能找到原文', en: 'Not found again' },
};

/** An offering's `invitation.required`. */
export const INVITATION_REQUIRED = ['yes', 'some', 'no'] as const;
export type InvitationRequired = (typeof INVITATION_REQUIRED)[number];
export const INVITATION_LABELS: Record<InvitationRequired, Localized> = {
  yes: { zh: '需要邀请码或定向邀约', en: 'Invitation required' },
  some: { zh: '部分商家类型需要邀请', en: 'Some seller types need an invitation' },
  no: { zh: '无需邀请', en: 'No invitation needed' },
};

/** What checking a claim of the 2023 seed article (S0) found. */
export const SEED_FINDINGS = ['confirmed', 'partly', 'outdated', 'not-found', 'wrong'] as const;
export type SeedFinding = (typeof SEED_FINDINGS)[number];
export const SEED_FINDING_META: Record<SeedFinding, { symbol: string; label: Localized }> = {
  confirmed: { symbol: '✓', label: { zh: '属实', en: 'Confirmed' } },
  partly: { symbol: '◐', label: { zh: '部分属实', en: 'Partly true' } },
  outdated: { symbol: '◷', label: { zh: '已过时', en: 'Outdated' } },
  'not-found': { symbol: '?', label: { zh: '未找到佐证', en: 'No support found' } },
  wrong: { symbol: '✕', label: { zh: '有误', en: 'Wrong' } },
};

/** Who does a job in a store mode (mode.roles in src/schema.ts). */
export const ROLE_VALUES = ['merchant', 'platform', 'shared'] as const;
export type RoleValue = (typeof ROLE_VALUES)[number];
export const ROLE_VALUE_LABELS: Record<RoleValue, Localized> = {
  merchant: { zh: '商家', en: 'Merchant' },
  platform: { zh: '平台', en: 'Platform' },
  shared: { zh: '商家与平台分担', en: 'Shared' },
};
export const ROLE_FIELDS = ['operates', 'prices', 'fulfils'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];
export const ROLE_FIELD_LABELS: Record<RoleField, Localized> = {
  operates: { zh: '店铺运营', en: 'Runs the store' },
  prices: { zh: '定价', en: 'Sets prices' },
  fulfils: { zh: '备货与发货', en: 'Stock and shipping' },
};
