/**
 * Zod 4 schemas for every data collection under content/.
 * Shared by content.config.ts (the build), the data lint (scripts/lint-data.mjs) and the
 * JSON Schema published at /data/schema.json. Rules that need more than one file
 * (references, confidence against sources) live in src/lint/, not here.
 */
import { z } from 'zod';
import { isValidIsoDate } from './dates.ts';
import {
  CONFIDENCES, ENTITY_TYPES, FULFILMENT_OPTIONS, MARKETS, MODES, REGIONS, REQUIREMENT_KINDS,
  SOURCE_KINDS, STATUSES, VERIFIED,
} from './vocab.ts';

/** Lower-case kebab-case id, as used in file names and URLs. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z.string().regex(ID_PATTERN, 'must be lower-case kebab-case (a-z, 0-9, -)');

/** YAML parsers may turn 2023-11-09 into a Date; store every date as its ISO string. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().refine(isValidIsoDate, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const localized = z.strictObject({
  zh: z.string().trim().min(1, 'Chinese text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
});

export const status = z.enum(STATUSES);
export const confidence = z.enum(CONFIDENCES);

/**
 * What makes a statement a claim: at least one source and a confidence that the lint checks
 * against those sources. `lastSourced` is never typed: it is derived from the sources' dates.
 */
export const claimFields = {
  sources: z.array(id).min(1, 'a claim needs at least one source'),
  confidence,
  note: localized.optional(),
};
export const claim = z.strictObject(claimFields);

export const historyEntry = z.strictObject({
  from: isoDate,
  status,
  ...claimFields,
});

export const offeringRequirement = z.strictObject({
  ref: id,
  detail: localized.optional(),
  /** When the requirement was first and last reported to apply (optional). */
  from: isoDate.optional(),
  until: isoDate.optional(),
  ...claimFields,
});

export const fulfilmentClaim = z.strictObject({
  option: z.enum(FULFILMENT_OPTIONS),
  from: isoDate.optional(),
  until: isoDate.optional(),
  ...claimFields,
});

export const entityClaim = z.strictObject({
  type: z.enum(ENTITY_TYPES),
  ...claimFields,
});

export const moneyClaim = z.strictObject({
  amount: z.number().nonnegative(),
  /** Upper bound when the source gives a range or "up to". */
  max: z.number().nonnegative().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  from: isoDate.optional(),
  ...claimFields,
});

export const commissionClaim = z.strictObject({
  /** Percent of the sale; a range when the source gives one. */
  percent: z.number().min(0).max(100),
  maxPercent: z.number().min(0).max(100).optional(),
  from: isoDate.optional(),
  ...claimFields,
});

/** Any other sourced statement about a market, mode or offering. */
export const factClaim = z.strictObject({
  text: localized,
  from: isoDate.optional(),
  ...claimFields,
});

export const market = z.strictObject({
  id: z.enum(MARKETS),
  name: localized,
  region: z.enum(REGIONS),
  currency: z.strictObject({ code: z.string().regex(/^[A-Z]{3}$/), ...claimFields }),
  /** When buyers could first shop on TikTok Shop in this market. */
  launch: z.strictObject({ date: isoDate, ...claimFields }),
  /** The earliest date sellers could register, when it precedes the launch. */
  onboarding: z.strictObject({ date: isoDate, ...claimFields }).optional(),
  sellerCenter: z.array(z.strictObject({ url: z.url(), ...claimFields })).default([]),
  facts: z.array(factClaim).default([]),
});

export const roleValue = z.enum(['merchant', 'platform', 'shared']);
export const mode = z.strictObject({
  id: z.enum(MODES),
  name: localized,
  aka: z.strictObject({ zh: z.array(z.string()), en: z.array(z.string()) }).optional(),
  summary: localized,
  /** Who runs the store, sets prices and fulfils orders. */
  roles: z.strictObject({ operates: roleValue, prices: roleValue, fulfils: roleValue, ...claimFields }),
  /** Which entity opens the store, in words. */
  opener: localized,
  /** Slug of the guide under content/docs (both locales). */
  guide: z.string().regex(/^[a-z0-9/-]+$/),
  /** When the mode ended everywhere (semi-closed loop): pairs with no offering are not-offered from then on. */
  ended: z.strictObject({ date: isoDate, ...claimFields }).optional(),
  facts: z.array(factClaim).default([]),
});

export const offering = z.strictObject({
  id,
  market: z.enum(MARKETS),
  mode: z.enum(MODES),
  /** Store type within the market and mode, e.g. individual, corporation, accu, pop, cccu-direct-mail. */
  storeType: id,
  name: localized,
  summary: localized.optional(),
  history: z.array(historyEntry).min(1, 'an offering needs at least one dated status'),
  entities: z.array(entityClaim).default([]),
  requirements: z.array(offeringRequirement).default([]),
  fulfilment: z.array(fulfilmentClaim).default([]),
  deposit: z.array(moneyClaim).default([]),
  commission: z.array(commissionClaim).default([]),
  invitation: z.strictObject({ required: z.enum(['yes', 'no', 'some']), ...claimFields }).optional(),
  facts: z.array(factClaim).default([]),
});

/**
 * A requirement, with an optional machine check for the eligibility finder:
 * `anyOf` lists profile facts (src/profile.ts) any one of which meets it.
 * No check means the finder reports the requirement as "to check", never as met.
 */
export const requirement = z.strictObject({
  id,
  name: localized,
  kind: z.enum(REQUIREMENT_KINDS),
  description: localized,
  check: z.strictObject({ anyOf: z.array(id).min(1) }).optional(),
});

export const source = z.strictObject({
  id,
  publisher: z.string(),
  title: z.string().min(1),
  url: z.url().nullable(),
  published: isoDate.nullable(),
  language: z.string().regex(/^[a-z]{2}$/),
  kind: z.enum(SOURCE_KINDS),
  supports: z.string().min(1),
  verified: z.enum(VERIFIED),
});

export const event = z.strictObject({
  id,
  date: isoDate,
  markets: z.array(z.enum(MARKETS)).default([]),
  modes: z.array(z.enum(MODES)).default([]),
  title: localized,
  description: localized,
  ...claimFields,
});

export const glossaryTerm = z.strictObject({
  id,
  zh: z.string().min(1),
  en: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  definition: localized,
  related: z.array(id).default([]),
  ...claimFields,
});

/** S0 (the 2023-11-09 seed article) checked claim by claim. */
export const seedCheck = z.strictObject({
  id,
  claim: localized,
  finding: z.enum(['confirmed', 'partly', 'outdated', 'not-found', 'wrong']),
  explanation: localized,
  sources: z.array(id).min(1),
});

export type Market = z.infer<typeof market>;
export type Mode = z.infer<typeof mode>;
export type Offering = z.infer<typeof offering>;
export type Requirement = z.infer<typeof requirement>;
export type Source = z.infer<typeof source>;
export type Event = z.infer<typeof event>;
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
export type SeedCheck = z.infer<typeof seedCheck>;
export type HistoryEntry = z.infer<typeof historyEntry>;
export type Claim = z.infer<typeof claim>;

/** Every collection: its schema, where it lives, and whether it is one file per entry. */
export const COLLECTIONS = {
  markets: { schema: market, path: 'content/markets', perFile: true },
  modes: { schema: mode, path: 'content/modes', perFile: true },
  offerings: { schema: offering, path: 'content/offerings', perFile: true },
  requirements: { schema: requirement, path: 'content/requirements', perFile: true },
  sources: { schema: source, path: 'content/sources.yaml', perFile: false },
  events: { schema: event, path: 'content/events.yaml', perFile: false },
  glossary: { schema: glossaryTerm, path: 'content/glossary.yaml', perFile: false },
  seedChecks: { schema: seedCheck, path: 'content/seed-checks.yaml', perFile: false },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
