/**
 * What a seller can say about themself in the eligibility finder.
 * Requirement checks in content/requirements/*.yaml (`check.anyOf`) name these fact ids;
 * the lint refuses an id that is not listed here.
 */
import type { Localized, MarketId } from './vocab.ts';

export const PROFILE_FACT_GROUPS = ['documents', 'tax', 'company', 'warehouse', 'history', 'access'] as const;
export type ProfileFactGroup = (typeof PROFILE_FACT_GROUPS)[number];

export const PROFILE_GROUP_LABELS: Record<ProfileFactGroup, Localized> = {
  documents: { zh: '证件与联系方式', en: 'Documents and contacts' },
  tax: { zh: '税号', en: 'Tax numbers' },
  company: { zh: '公司资质', en: 'Company papers' },
  warehouse: { zh: '仓储与发货', en: 'Warehouse and shipping' },
  history: { zh: '其他平台经营记录', en: 'Sales history elsewhere' },
  access: { zh: '邀请与账户', en: 'Invitation and accounts' },
};

export type ProfileFact = { id: string; group: ProfileFactGroup; label: Localized };

export const PROFILE_FACTS = [
  { id: 'us-id', group: 'documents', label: { zh: '美国护照、驾照、州身份证或绿卡', en: 'US passport, driver licence, state ID or green card' } },
  { id: 'us-address', group: 'documents', label: { zh: '美国地址及地址证明', en: 'US address with proof' } },
  { id: 'us-phone', group: 'documents', label: { zh: '美国手机号', en: 'US phone number' } },
  { id: 'us-bank', group: 'documents', label: { zh: '美国银行账户', en: 'US bank account' } },
  { id: 'uk-id', group: 'documents', label: { zh: '英国护照或驾照', en: 'UK passport or driving licence' } },
  { id: 'uk-address', group: 'documents', label: { zh: '英国地址证明', en: 'Proof of UK address' } },
  { id: 'sg-id', group: 'documents', label: { zh: '新加坡身份证（NRIC）或护照', en: 'Singapore NRIC or passport' } },
  { id: 'sg-bank', group: 'documents', label: { zh: '新加坡银行账户', en: 'Singapore bank account' } },
  { id: 'legal-rep-id', group: 'documents', label: { zh: '法定代表人身份证或护照', en: "Legal representative's ID card or passport" } },
  { id: 'ssn', group: 'tax', label: { zh: '美国社会安全号（SSN）', en: 'US Social Security Number (SSN)' } },
  { id: 'itin', group: 'tax', label: { zh: '美国个人纳税识别号（ITIN）', en: 'US Individual Taxpayer ID Number (ITIN)' } },
  { id: 'ein', group: 'tax', label: { zh: '美国雇主识别号（EIN）', en: 'US Employer Identification Number (EIN)' } },
  { id: 'irs-letter', group: 'tax', label: { zh: 'IRS 147C 或 CP 575 信函', en: 'IRS 147C or CP 575 letter' } },
  { id: 'uk-vat', group: 'tax', label: { zh: '英国 VAT 税号', en: 'UK VAT number' } },
  { id: 'eu-vat', group: 'tax', label: { zh: '目标国欧盟 VAT 税号', en: 'EU VAT number for the target country' } },
  { id: 'mx-rfc', group: 'tax', label: { zh: '墨西哥税号（RFC）', en: 'Mexican tax ID (RFC)' } },
  { id: 'cn-business-licence', group: 'company', label: { zh: '中国大陆或香港营业执照', en: 'China mainland or Hong Kong business licence' } },
  { id: 'company-60-days', group: 'company', label: { zh: '公司成立满 60 天', en: 'Company registered 60+ days ago' } },
  { id: 'company-14-days', group: 'company', label: { zh: '公司成立满 14 天', en: 'Company registered 14+ days ago' } },
  { id: 'us-company-docs', group: 'company', label: { zh: '美国公司注册文件', en: 'US company formation documents' } },
  { id: 'uk-company-number', group: 'company', label: { zh: '英国公司注册号与注册证书', en: 'UK company number and certificate of incorporation' } },
  { id: 'us-majority-owned', group: 'company', label: { zh: '公司 51% 以上由美国人持有，且由美国护照持有人担任负责人', en: 'Company 51%+ US-owned and chaired by a US passport holder' } },
  { id: 'trademark', group: 'company', label: { zh: '商标或品牌授权', en: 'Trademark or brand authorisation' } },
  { id: 'us-warehouse', group: 'warehouse', label: { zh: '美国本地仓（海外仓）', en: 'US warehouse (overseas warehouse)' } },
  { id: 'fba', group: 'warehouse', label: { zh: '亚马逊 FBA 库存（可多渠道配送）', en: 'Amazon FBA stock (multi-channel fulfilment)' } },
  { id: 'uk-warehouse', group: 'warehouse', label: { zh: '英国海外仓', en: 'UK overseas warehouse' } },
  { id: 'eu-warehouse', group: 'warehouse', label: { zh: '欧盟国家海外仓', en: 'Warehouse in an EU country' } },
  { id: 'mx-warehouse', group: 'warehouse', label: { zh: '墨西哥本地仓', en: 'Mexico warehouse' } },
  { id: 'jp-warehouse', group: 'warehouse', label: { zh: '日本海外仓', en: 'Japan overseas warehouse' } },
  { id: 'sg-warehouse', group: 'warehouse', label: { zh: '新加坡本地仓', en: 'Singapore warehouse' } },
  { id: 'ship-from-china', group: 'warehouse', label: { zh: '只能从中国发货', en: 'Can ship from China only' } },
  { id: 'amazon-2m', group: 'history', label: { zh: '亚马逊等平台单店年销售额 ≥ 200 万美元', en: 'Amazon or similar: one store with ≥ US$2M sales a year' } },
  { id: 'platform-experience', group: 'history', label: { zh: '在其他电商平台经营满 3 个月（同一主体）', en: '3+ months selling on another marketplace (same entity)' } },
  { id: 'store-rating', group: 'history', label: { zh: '其他平台店铺评分达标（如 4 分以上）', en: 'Good store rating elsewhere (e.g. 4+)' } },
  { id: 'invitation-code', group: 'access', label: { zh: '有邀请码或平台定向邀约', en: 'Invitation code or targeted invitation' } },
  { id: 'payoneer', group: 'access', label: { zh: '派安盈（Payoneer）等跨境收款账户', en: 'Payoneer or another cross-border payout account' } },
] as const satisfies readonly ProfileFact[];

export type ProfileFactId = (typeof PROFILE_FACTS)[number]['id'];
export const PROFILE_FACT_IDS: ReadonlySet<string> = new Set(PROFILE_FACTS.map((f) => f.id));

/** Where the seller's entity (or, for an individual, residence) is. */
export const ENTITY_COUNTRIES = ['cn', 'hk', 'us', 'gb', 'es', 'ie', 'de', 'fr', 'it', 'id', 'my', 'th', 'vn', 'ph', 'sg', 'sa', 'mx', 'br', 'jp'] as const;
export type EntityCountry = (typeof ENTITY_COUNTRIES)[number];
export const ENTITY_KINDS = ['company', 'individual-business', 'individual'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export type SellerProfile = {
  entityCountry: EntityCountry | null;
  entityKind: EntityKind | null;
  /** For a local company: whether its owners or legal representative are Chinese (ACCU). */
  chineseOwned: boolean;
  facts: ReadonlySet<string>;
};

export function isLocalTo(country: EntityCountry | null, market: MarketId): boolean {
  return country === market;
}
