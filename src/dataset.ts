/**
 * The whole dataset as plain arrays, and lookups over it. Built from Astro collections in
 * components/dataset.ts and from YAML files by the lint; both hand the same shape to src/.
 */
import type { Event, GlossaryTerm, Market, Mode, Offering, Requirement, SeedCheck, Source } from './schema.ts';

export type Dataset = {
  markets: Market[];
  modes: Mode[];
  offerings: Offering[];
  requirements: Requirement[];
  sources: Source[];
  events: Event[];
  glossary: GlossaryTerm[];
  seedChecks: SeedCheck[];
};

export type DatasetIndex = {
  market: Map<string, Market>;
  mode: Map<string, Mode>;
  offering: Map<string, Offering>;
  requirement: Map<string, Requirement>;
  source: Map<string, Source>;
  glossary: Map<string, GlossaryTerm>;
};

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function indexDataset(data: Dataset): DatasetIndex {
  return {
    market: byId(data.markets),
    mode: byId(data.modes),
    offering: byId(data.offerings),
    requirement: byId(data.requirements),
    source: byId(data.sources),
    glossary: byId(data.glossary),
  };
}

/** The date a market opened to sellers: the earlier of onboarding and buyer launch. */
export function marketOpenedOn(market: { launch: Pick<Market['launch'], 'date'>; onboarding?: Pick<NonNullable<Market['onboarding']>, 'date'> }): string {
  const launch = market.launch.date;
  const onboarding = market.onboarding?.date;
  return onboarding && onboarding < launch ? onboarding : launch;
}
