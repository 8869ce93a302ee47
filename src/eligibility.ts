/**
 * The eligibility finder's rule engine: which offerings open at a date a seller profile can use,
 * and what it still lacks for the others. Pure, shared by the finder island, the finder page's
 * server-rendered list and the unit tests. Types only from schema.ts (no Zod in the island).
 *
 * Rules (everything market-specific comes from content/, never from this file):
 * 1. Scope: only offerings whose status at `date` (statusAt) is `open`, `invite-only` or
 *    `restricted` are evaluated; the rest are left out. Results are grouped by market, in the
 *    order of `data.markets`.
 * 2. Entity: the profile matches entity types as follows
 *    - entityCountry `cn`: `cn-mainland-company` (kind company), `cn-mainland-individual-business`
 *      (kind individual-business);
 *    - entityCountry `hk`: `hk-company` (kind company);
 *    - entityCountry equal to the offering's market: `local-company` (company; also
 *      `local-company-chinese-owned` when chineseOwned), `local-sole-proprietor`
 *      (individual-business), `local-individual` (individual);
 *    - anything else, or no country or kind: no type.
 *    If the offering lists entity types and none matches, the verdict is `not-open-to-profile`
 *    with a reason: `local-only` (only local types accepted), `cn-hk-only` (only China mainland /
 *    Hong Kong types) or `other` (a mix), always with the accepted types. An offering with no entity
 *    data gets an entity item in "to check": it can never reach `meets`.
 * 3. Requirements in force at `date` (`from` ≤ date ≤ `until`, at the precision each gives):
 *    a requirement with `check.anyOf` is met when the profile has any one of those facts, else it
 *    is unmet; a requirement with no check, or a reference to a requirement that does not exist,
 *    goes to "to check". Unknown is never counted as met.
 * 4. Invitation: when `invitation.required` is `yes`, or the status at `date` is `invite-only`,
 *    the `invitation-code` profile fact is one more requirement (unless a listed requirement already
 *    checks that fact); `some` adds an invitation item to "to check". A `restricted` status adds a
 *    "to check" item that carries the status note.
 * 5. Verdict: `meets` when the entity is accepted and no checked requirement is unmet (to-check
 *    items are listed, not counted as met); `missing` when the entity is accepted or unknown and
 *    something is unmet or the entity is to check; `not-open-to-profile` when the entity is refused.
 * 6. Chinese-owned local companies: when a chineseOwned profile is accepted only through
 *    `local-company` (the offering does not list `local-company-chinese-owned`), the result carries a
 *    `chinese-owned-not-listed` flag with the offering's entity and compliance requirements in force,
 *    e.g. a dated majority-ownership rule if the data records one. Whether such a rule applies is
 *    the data's claim, with its own sources and confidence.
 * Each result carries the status, its start date, note and confidence at `date`.
 */
import { compareDates, startOf, type IsoDate } from './dates.ts';
import { marketOpenedOn } from './dataset.ts';
import { PROFILE_FACTS, type SellerProfile } from './profile.ts';
import type { HistoryEntry } from './schema.ts';
import { statusAt } from './status.ts';
import type { Confidence, EntityType, Locale, Localized, MarketId, ModeId, RequirementKind, Status } from './vocab.ts';

/** The slice of the dataset the finder needs; plain data, small enough to ship to the island. */
export type EligibilityData = {
  markets: readonly { id: MarketId; name: Localized; launch: { date: IsoDate }; onboarding?: { date: IsoDate } }[];
  offerings: readonly EligibilityOffering[];
  requirements: readonly EligibilityRequirement[];
};

export type EligibilityOffering = {
  id: string;
  market: MarketId;
  mode: ModeId;
  name: Localized;
  history: readonly HistoryEntry[];
  entities: readonly { type: EntityType; confidence: Confidence }[];
  requirements: readonly { ref: string; detail?: Localized; from?: IsoDate; until?: IsoDate; confidence: Confidence }[];
  invitation?: { required: 'yes' | 'no' | 'some'; confidence: Confidence };
};

export type EligibilityRequirement = {
  id: string;
  name: Localized;
  kind: RequirementKind;
  check?: { anyOf: readonly string[] };
};

/** Statuses under which an offering counts as open today. */
export const OPEN_STATUSES: readonly Status[] = ['open', 'invite-only', 'restricted'];

export const VERDICTS = ['meets', 'missing', 'not-open-to-profile'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The profile fact that stands for holding an invitation. */
export const INVITATION_FACT = 'invitation-code';

export type CheckState = 'met' | 'unmet' | 'to-check';

export type RequirementResult = {
  /** Requirement id, or INVITATION_FACT / 'entity' / 'status' for the derived items. */
  id: string;
  name: Localized;
  origin: 'requirement' | 'invitation' | 'entity' | 'status';
  kind: RequirementKind | null;
  detail: Localized | null;
  since: IsoDate | null;
  confidence: Confidence | null;
  /** Profile facts any one of which meets it (empty: no machine check). */
  anyOf: string[];
  state: CheckState;
};

export type NotOpenReason = {
  code: 'local-only' | 'cn-hk-only' | 'other';
  market: MarketId;
  accepted: EntityType[];
};

export type ResultFlag = {
  code: 'chinese-owned-not-listed';
  /** Entity and compliance requirements in force, whatever their state. */
  rules: RequirementResult[];
};

export type OfferingResult = {
  id: string;
  market: MarketId;
  mode: ModeId;
  name: Localized;
  status: Status;
  statusSince: IsoDate | null;
  statusNote: Localized | null;
  confidence: Confidence | null;
  verdict: Verdict;
  entity: {
    state: 'accepted' | 'refused' | 'to-check';
    accepted: EntityType[];
    matched: EntityType[];
    /** Weakest confidence among the matched entity claims. */
    confidence: Confidence | null;
  };
  reason: NotOpenReason | null;
  met: RequirementResult[];
  unmet: RequirementResult[];
  toCheck: RequirementResult[];
  flags: ResultFlag[];
};

export type MarketResults = { market: MarketId; name: Localized; results: OfferingResult[] };

export type Evaluation = {
  date: IsoDate;
  markets: MarketResults[];
  counts: Record<Verdict, number> & { total: number };
};

/** Labels of the derived items (src label module: the island and the page both read these). */
export const DERIVED_ITEM_LABELS = {
  entity: { zh: '可入驻的主体类型（资料未说明）', en: 'Which entities may open it (the sources do not say)' },
  invitationSome: { zh: '部分商家需要邀请码或平台邀约', en: 'Some sellers need an invitation code or invitation' },
  restricted: { zh: '有限开放：仅限部分类目、履约方式或商家类型', en: 'Restricted: only some categories, routes or seller types' },
} satisfies Record<string, Localized>;

const CN_HK: ReadonlySet<EntityType> = new Set(['cn-mainland-company', 'cn-mainland-individual-business', 'hk-company']);
const CONFIDENCE_RANK: Record<Confidence, number> = { disputed: 0, unverified: 1, reported: 2, confirmed: 3 };
const VERDICT_RANK: Record<Verdict, number> = { 'not-open-to-profile': 0, missing: 1, meets: 2 };

/** Higher is better for the seller; used for sorting and by the monotonicity tests. */
export function verdictRank(verdict: Verdict): number {
  return VERDICT_RANK[verdict];
}

/** Entity types of ENTITY_TYPES this profile can open a store as, in a given market. */
export function matchedEntityTypes(profile: Pick<SellerProfile, 'entityCountry' | 'entityKind' | 'chineseOwned'>, market: MarketId): EntityType[] {
  const { entityCountry: country, entityKind: kind } = profile;
  if (!country || !kind) return [];
  if (country === 'cn') {
    if (kind === 'company') return ['cn-mainland-company'];
    if (kind === 'individual-business') return ['cn-mainland-individual-business'];
    return [];
  }
  if (country === 'hk') return kind === 'company' ? ['hk-company'] : [];
  if (country !== market) return [];
  if (kind === 'company') return profile.chineseOwned ? ['local-company', 'local-company-chinese-owned'] : ['local-company'];
  if (kind === 'individual-business') return ['local-sole-proprietor'];
  return ['local-individual'];
}

/** True when `date` falls within [from, until], each at its own precision (until is inclusive). */
export function inForceAt(item: { from?: IsoDate; until?: IsoDate }, date: IsoDate): boolean {
  if (item.from && compareDates(date, item.from) < 0) return false;
  if (item.until && startOf(date).slice(0, item.until.length) > item.until) return false;
  return true;
}

function weakest(confidences: readonly Confidence[]): Confidence | null {
  let out: Confidence | null = null;
  for (const c of confidences) if (out === null || CONFIDENCE_RANK[c] < CONFIDENCE_RANK[out]) out = c;
  return out;
}

function notOpenReason(market: MarketId, accepted: EntityType[]): NotOpenReason {
  const code = accepted.every((e) => !CN_HK.has(e)) ? 'local-only' : accepted.every((e) => CN_HK.has(e)) ? 'cn-hk-only' : 'other';
  return { code, market, accepted };
}

const invitationFactLabel: Localized =
  PROFILE_FACTS.find((f) => f.id === INVITATION_FACT)?.label ?? { zh: '邀请码', en: 'Invitation code' };

/** Evaluate one offering (already known to be open at the date) for a profile. */
export function evaluateOffering(
  profile: SellerProfile,
  offering: EligibilityOffering,
  requirementById: ReadonlyMap<string, EligibilityRequirement>,
  date: IsoDate,
  marketOpened?: IsoDate,
): OfferingResult {
  const at = statusAt(offering, date, marketOpened);
  const accepted = [...new Set(offering.entities.map((e) => e.type))];
  const mine = matchedEntityTypes(profile, offering.market);
  const matched = accepted.filter((e) => mine.includes(e));
  const entityState = accepted.length === 0 ? 'to-check' : matched.length > 0 ? 'accepted' : 'refused';

  const items: RequirementResult[] = [];
  for (const ref of offering.requirements) {
    if (!inForceAt(ref, date)) continue;
    const req = requirementById.get(ref.ref);
    const anyOf = req?.check ? [...req.check.anyOf] : [];
    items.push({
      id: ref.ref,
      name: req?.name ?? { zh: ref.ref, en: ref.ref },
      origin: 'requirement',
      kind: req?.kind ?? null,
      detail: ref.detail ?? null,
      since: ref.from ?? null,
      confidence: ref.confidence,
      anyOf,
      state: anyOf.length === 0 ? 'to-check' : anyOf.some((f) => profile.facts.has(f)) ? 'met' : 'unmet',
    });
  }

  const invitationChecked = items.some((i) => i.anyOf.includes(INVITATION_FACT));
  const needsInvitation = offering.invitation?.required === 'yes' || at.status === 'invite-only';
  if (needsInvitation && !invitationChecked) {
    items.push({
      id: INVITATION_FACT,
      name: invitationFactLabel,
      origin: 'invitation',
      kind: 'invitation',
      detail: null,
      since: at.status === 'invite-only' ? (at.entry?.from ?? null) : null,
      confidence: offering.invitation?.required === 'yes' ? offering.invitation.confidence : (at.entry?.confidence ?? null),
      anyOf: [INVITATION_FACT],
      state: profile.facts.has(INVITATION_FACT) ? 'met' : 'unmet',
    });
  } else if (!needsInvitation && offering.invitation?.required === 'some' && !invitationChecked) {
    items.push({
      id: INVITATION_FACT, name: DERIVED_ITEM_LABELS.invitationSome, origin: 'invitation', kind: 'invitation', detail: null,
      since: null, confidence: offering.invitation.confidence, anyOf: [], state: 'to-check',
    });
  }
  if (at.status === 'restricted') {
    items.push({
      id: 'status', name: DERIVED_ITEM_LABELS.restricted, origin: 'status', kind: null, detail: at.entry?.note ?? null,
      since: at.entry?.from ?? null, confidence: at.entry?.confidence ?? null, anyOf: [], state: 'to-check',
    });
  }
  if (entityState === 'to-check') {
    items.unshift({
      id: 'entity', name: DERIVED_ITEM_LABELS.entity, origin: 'entity', kind: 'entity', detail: null,
      since: null, confidence: null, anyOf: [], state: 'to-check',
    });
  }

  const unmet = items.filter((i) => i.state === 'unmet');
  const verdict: Verdict =
    entityState === 'refused' ? 'not-open-to-profile' : entityState === 'accepted' && unmet.length === 0 ? 'meets' : 'missing';

  const flags: ResultFlag[] = [];
  if (profile.chineseOwned && matched.includes('local-company') && !accepted.includes('local-company-chinese-owned')) {
    flags.push({
      code: 'chinese-owned-not-listed',
      rules: items.filter((i) => i.origin === 'requirement' && (i.kind === 'entity' || i.kind === 'compliance')),
    });
  }

  return {
    id: offering.id,
    market: offering.market,
    mode: offering.mode,
    name: offering.name,
    status: at.status,
    statusSince: at.entry?.from ?? null,
    statusNote: at.entry?.note ?? null,
    confidence: at.entry?.confidence ?? null,
    verdict,
    entity: {
      state: entityState,
      accepted,
      matched,
      confidence: weakest(offering.entities.filter((e) => matched.includes(e.type)).map((e) => e.confidence)),
    },
    reason: entityState === 'refused' ? notOpenReason(offering.market, accepted) : null,
    met: items.filter((i) => i.state === 'met'),
    unmet,
    toCheck: items.filter((i) => i.state === 'to-check'),
    flags,
  };
}

/** Evaluate every offering open at `date` for the profile, grouped by market. */
export function evaluate(profile: SellerProfile, data: EligibilityData, date: IsoDate): Evaluation {
  const requirementById = new Map(data.requirements.map((r) => [r.id, r]));
  const counts = { meets: 0, missing: 0, 'not-open-to-profile': 0, total: 0 };
  const markets: MarketResults[] = [];
  for (const market of data.markets) {
    const opened = marketOpenedOn(market);
    const results: OfferingResult[] = [];
    for (const offering of data.offerings) {
      if (offering.market !== market.id) continue;
      if (!OPEN_STATUSES.includes(statusAt(offering, date, opened).status)) continue;
      const result = evaluateOffering(profile, offering, requirementById, date, opened);
      results.push(result);
      counts[result.verdict] += 1;
      counts.total += 1;
    }
    if (results.length === 0) continue;
    // Best verdict first, then fewest gaps; otherwise keep the data's order (stable sort).
    results.sort((a, b) => verdictRank(b.verdict) - verdictRank(a.verdict) || a.unmet.length - b.unmet.length);
    markets.push({ market: market.id, name: market.name, results });
  }
  return { date, markets, counts };
}

/**
 * Trim a full dataset to what the finder needs (drops sources, summaries and other claims).
 * With a locale, texts keep only that language (the other side is ''): a page in one language
 * ships half the text to its island.
 */
export function eligibilityData(
  data: {
    markets: readonly EligibilityData['markets'][number][];
    offerings: readonly EligibilityOffering[];
    requirements: readonly EligibilityRequirement[];
  },
  locale?: Locale,
): EligibilityData {
  const t = (text: Localized): Localized => (locale === undefined ? text : locale === 'en' ? { zh: '', en: text.en } : { zh: text.zh, en: '' });
  return {
    markets: data.markets.map(({ id, name, launch, onboarding }) => ({
      id, name: t(name), launch: { date: launch.date }, ...(onboarding ? { onboarding: { date: onboarding.date } } : {}),
    })),
    offerings: data.offerings.map((o) => ({
      id: o.id,
      market: o.market,
      mode: o.mode,
      name: t(o.name),
      history: o.history.map(({ from, status, note, confidence }) => ({ from, status, confidence, sources: [], ...(note ? { note: t(note) } : {}) })),
      entities: o.entities.map(({ type, confidence }) => ({ type, confidence })),
      requirements: o.requirements.map(({ ref, detail, from, until, confidence }) => ({
        ref, confidence, ...(detail ? { detail: t(detail) } : {}), ...(from ? { from } : {}), ...(until ? { until } : {}),
      })),
      ...(o.invitation ? { invitation: { required: o.invitation.required, confidence: o.invitation.confidence } } : {}),
    })),
    requirements: data.requirements.map(({ id, name, kind, check }) => ({ id, name: t(name), kind, ...(check ? { check: { anyOf: [...check.anyOf] } } : {}) })),
  };
}
