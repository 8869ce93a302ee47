/**
 * The eligibility finder island. Server-rendered with an empty profile, which shows every
 * offering open today with its requirements (the page is useful without JS); once hydrated it
 * reads the profile from the URL query, enables the form and recomputes verdicts with
 * src/eligibility.ts on each change. Props are plain data (no Zod, no schema values here).
 */
import { startTransition, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { evaluate, type EligibilityData, type OfferingResult, type RequirementResult } from '../../src/eligibility.ts';
import { EMPTY_PROFILE, canBeChineseOwned, isEmptyProfile, normaliseProfile, parseFinderQuery, serializeFinderQuery } from '../../src/finder-state.ts';
import {
  ENTITY_COUNTRIES, ENTITY_KINDS, PROFILE_FACTS, PROFILE_FACT_GROUPS, PROFILE_GROUP_LABELS,
  type EntityCountry, type EntityKind, type SellerProfile,
} from '../../src/profile.ts';
import { CONFIDENCE_META, STATUS_META, pick, type Confidence, type Locale, type Localized, type Status } from '../../src/vocab.ts';
import { withIslandData } from '../island-loader.tsx';
import {
  ENTITY_KIND_LABELS, FINDER_STRINGS as S, colon, countsText, describeReason, entityPhrase, listSeparator, orSeparator, paren, sinceText, verdictText,
} from './strings.ts';

type Props = { locale: Locale; data: EligibilityData; today: string };

const FACT_LABEL = new Map<string, Localized>(PROFILE_FACTS.map((f) => [f.id, f.label]));

function StatusBadge({ status, since, locale }: { status: Status; since: string | null; locale: Locale }) {
  const meta = STATUS_META[status];
  return (
    <span className="finder-badge" data-status={status}>
      <span aria-hidden="true">{meta.symbol} </span>
      <span className="sr-only">{pick(S.statusLabel, locale)}: </span>
      {pick(meta.label, locale)}
      {since ? <span className="finder-since"> {sinceText(since, locale)}</span> : null}
    </span>
  );
}

function ConfidenceBadge({ confidence, locale }: { confidence: Confidence | null; locale: Locale }) {
  if (!confidence) return null;
  const meta = CONFIDENCE_META[confidence];
  return (
    <span className="finder-confidence" title={pick(meta.rule, locale)}>
      <span aria-hidden="true">{meta.symbol} </span>
      <span className="sr-only">{pick(S.confidenceLabel, locale)}: </span>
      {pick(meta.label, locale)}
    </span>
  );
}

function ItemList({ label, items, locale, hints }: { label: Localized; items: RequirementResult[]; locale: Locale; hints?: boolean }) {
  if (items.length === 0) return null;
  return (
    <div className="finder-items">
      <p className="finder-items-label">{pick(label, locale)}</p>
      <ul>
        {items.map((item) => (
          <li key={item.origin + item.id}>
            {pick(item.name, locale)}
            {item.since ? <span className="finder-since">{paren(sinceText(item.since, locale), locale)}</span> : null}
            {item.detail ? <span className="finder-detail">{colon(locale)}{pick(item.detail, locale)}</span> : null}
            {hints && item.anyOf.length > 1 ? (
              <span className="finder-detail">
                {paren(item.anyOf.map((f) => pick(FACT_LABEL.get(f) ?? { zh: f, en: f }, locale)).join(orSeparator(locale)), locale)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function OfferingLink({ result, base, locale }: { result: OfferingResult; base: string; locale: Locale }) {
  return <a href={`${base}offerings/${result.id}/`}>{pick(result.name, locale)}</a>;
}

function Meta({ result, locale }: { result: OfferingResult; locale: Locale }) {
  return (
    <p className="finder-meta">
      <StatusBadge status={result.status} since={result.statusSince} locale={locale} />
      <ConfidenceBadge confidence={result.confidence} locale={locale} />
    </p>
  );
}

const VERDICT_SYMBOL = { meets: '✓', missing: '△', 'not-open-to-profile': '✕' } as const;

function ResultCard({ result, base, locale }: { result: OfferingResult; base: string; locale: Locale }) {
  const flag = result.flags.find((f) => f.code === 'chinese-owned-not-listed');
  return (
    <li className="finder-card">
      <h4 className="finder-card-title">
        <OfferingLink result={result} base={base} locale={locale} />
      </h4>
      <p className={`finder-verdict finder-verdict-${result.verdict}`}>
        <span aria-hidden="true">{VERDICT_SYMBOL[result.verdict]} </span>
        {verdictText(result.verdict, result.unmet.length, locale)}
      </p>
      <Meta result={result} locale={locale} />
      {result.statusNote ? <p className="finder-detail">{pick(result.statusNote, locale)}</p> : null}
      <ItemList label={S.missingLabel} items={result.unmet} locale={locale} hints />
      <ItemList label={S.toCheckLabel} items={result.toCheck} locale={locale} />
      <ItemList label={S.metLabel} items={result.met} locale={locale} />
      {flag ? (
        <div className="finder-flag">
          <p>
            <span aria-hidden="true">⚠ </span>
            {pick(flag.rules.length ? S.chineseOwnedFlag : S.chineseOwnedFlagNone, locale)}
          </p>
          {flag.rules.length ? (
            <ul>
              {flag.rules.map((r) => (
                <li key={r.id}>
                  {pick(r.name, locale)}
                  {r.since ? <span className="finder-since">{paren(sinceText(r.since, locale), locale)}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The plain list: what each offering open today asks for (no profile yet, or no JS). */
function OverviewCard({ result, base, locale, marketName }: { result: OfferingResult; base: string; locale: Locale; marketName: Localized }) {
  const requirements = [...result.unmet, ...result.toCheck].filter((i) => i.origin !== 'entity');
  const entities = result.entity.accepted;
  return (
    <li className="finder-card">
      <h4 className="finder-card-title">
        <OfferingLink result={result} base={base} locale={locale} />
      </h4>
      <Meta result={result} locale={locale} />
      {result.statusNote ? <p className="finder-detail">{pick(result.statusNote, locale)}</p> : null}
      <p className="finder-line">
        <strong>{pick(S.entitiesLabel, locale)}</strong>
        {entities.length ? entities.map((e) => entityPhrase(e, marketName, locale)).join(listSeparator(locale)) : pick(S.entitiesUnknown, locale)}
      </p>
      {requirements.length ? (
        <ItemList label={S.requirementsLabel} items={requirements} locale={locale} />
      ) : (
        <p className="finder-line">{pick(S.noRequirements, locale)}</p>
      )}
    </li>
  );
}

function countryName(country: EntityCountry, data: EligibilityData, locale: Locale): string {
  if (country === 'cn') return pick(S.countryCn, locale);
  if (country === 'hk') return pick(S.countryHk, locale);
  const market = data.markets.find((m) => m.id === country);
  return market ? pick(market.name, locale) : country.toUpperCase();
}

function Finder({ locale, data, today }: Props) {
  const uid = useId();
  const [profile, setProfile] = useState<SellerProfile>(EMPTY_PROFILE);
  const [hydrated, setHydrated] = useState(false);
  const base = locale === 'en' ? '/en/' : '/';

  useEffect(() => {
    // A transition, so the re-render with the URL's profile is time-sliced rather than one long task.
    startTransition(() => {
      setProfile(parseFinderQuery(window.location.search));
      setHydrated(true);
    });
  }, []);

  useEffect(() => {
    if (!hydrated) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${serializeFinderQuery(profile)}${hash}`);
  }, [profile, hydrated]);

  const result = useMemo(() => evaluate(profile, data, today), [profile, data, today]);
  const overview = isEmptyProfile(profile);
  const update = (patch: Partial<SellerProfile>) => setProfile((p) => normaliseProfile({ ...p, ...patch }));
  const toggleFact = (id: string, on: boolean) =>
    setProfile((p) => {
      const facts = new Set(p.facts);
      if (on) facts.add(id);
      else facts.delete(id);
      return { ...p, facts };
    });

  const countries = ENTITY_COUNTRIES.filter((c) => c === 'cn' || c === 'hk' || data.markets.some((m) => m.id === c));

  let body: ReactNode;
  if (result.counts.total === 0) body = <p>{pick(S.noneOpen, locale)}</p>;
  else
    body = result.markets.map((m) => {
      const open = m.results.filter((r) => r.verdict !== 'not-open-to-profile');
      const closed = m.results.filter((r) => r.verdict === 'not-open-to-profile');
      return (
        <section key={m.market} className="finder-market" aria-labelledby={`${uid}-m-${m.market}`}>
          <h3 id={`${uid}-m-${m.market}`}>{pick(m.name, locale)}</h3>
          {overview ? (
            <ul className="finder-cards">
              {m.results.map((r) => <OverviewCard key={r.id} result={r} base={base} locale={locale} marketName={m.name} />)}
            </ul>
          ) : (
            <>
              {open.length ? (
                <ul className="finder-cards">{open.map((r) => <ResultCard key={r.id} result={r} base={base} locale={locale} />)}</ul>
              ) : null}
              {closed.length ? (
                <details className="finder-closed">
                  <summary>
                    {pick(S.notOpenGroup, locale)}
                    {paren(String(closed.length), locale)}
                  </summary>
                  <ul>
                    {closed.map((r) => (
                      <li key={r.id}>
                        <OfferingLink result={r} base={base} locale={locale} />
                        {colon(locale)}
                        {r.reason ? describeReason(r.reason, m.name, locale) : null}{' '}
                        <StatusBadge status={r.status} since={null} locale={locale} />
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          )}
        </section>
      );
    });

  return (
    <div className="finder not-content" data-hydrated={hydrated ? '' : undefined}>
      {/* Not a <form>: nothing is submitted, every change applies at once. */}
      {/* tabIndex: on wide screens the form scrolls on its own; keyboard users must reach that scroll region even before hydration enables the inputs (axe scrollable-region-focusable). */}
      <section className="finder-form" aria-labelledby={`${uid}-form`} tabIndex={0}>
        <h2 id={`${uid}-form`}>{pick(S.formHeading, locale)}</h2>
        <fieldset className="finder-fieldset" disabled={!hydrated}>
          <legend>{pick(S.entityLegend, locale)}</legend>
          <div className="finder-field">
            <label htmlFor={`${uid}-country`}>{pick(S.countryLabel, locale)}</label>
            <select
              id={`${uid}-country`}
              value={profile.entityCountry ?? ''}
              onChange={(e) => update({ entityCountry: (e.currentTarget.value || null) as EntityCountry | null })}
            >
              <option value="">{pick(S.countryNone, locale)}</option>
              {countries.map((c) => (
                <option key={c} value={c}>{countryName(c, data, locale)}</option>
              ))}
            </select>
          </div>
          <fieldset className="finder-fieldset finder-inline" disabled={!hydrated || profile.entityCountry === null}>
            <legend>{pick(S.kindLegend, locale)}</legend>
            {ENTITY_KINDS.map((k) => (
              <label key={k} className="finder-choice">
                <input
                  type="radio"
                  name={`${uid}-kind`}
                  value={k}
                  checked={profile.entityKind === k}
                  onChange={() => update({ entityKind: k as EntityKind })}
                />
                {pick(ENTITY_KIND_LABELS[k], locale)}
              </label>
            ))}
          </fieldset>
          {canBeChineseOwned(profile.entityCountry, profile.entityKind) ? (
            <label className="finder-choice">
              <input type="checkbox" checked={profile.chineseOwned} onChange={(e) => update({ chineseOwned: e.currentTarget.checked })} />
              {pick(S.chineseOwned, locale)}
            </label>
          ) : null}
        </fieldset>
        <h3 className="finder-subheading">{pick(S.factsHeading, locale)}</h3>
        <div className="finder-groups">
          {PROFILE_FACT_GROUPS.map((group) => (
            <fieldset key={group} className="finder-fieldset" disabled={!hydrated}>
              <legend>{pick(PROFILE_GROUP_LABELS[group], locale)}</legend>
              {PROFILE_FACTS.filter((f) => f.group === group).map((f) => (
                <label key={f.id} className="finder-choice">
                  <input type="checkbox" checked={profile.facts.has(f.id)} onChange={(e) => toggleFact(f.id, e.currentTarget.checked)} />
                  {pick(f.label, locale)}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <button type="button" className="finder-reset" disabled={!hydrated} onClick={() => setProfile(EMPTY_PROFILE)}>
          {pick(S.reset, locale)}
        </button>
      </section>

      <section className="finder-results" aria-labelledby={`${uid}-results`}>
        <h2 id={`${uid}-results`}>{pick(S.resultsHeading, locale)}</h2>
        <p className="finder-asof">
          {pick(S.asOf, locale)}
          {colon(locale)}
          {today}
        </p>
        {overview ? <p>{pick(S.overviewHint, locale)}</p> : null}
        <p className="finder-counts" role="status" aria-live="polite">
          {countsText(result.counts, locale, overview)}
        </p>
        {/* On a phone the results start below the form (about 2,200 px down) and run 20,000 px:
            laying them out only when near (styles/global.css) took 2,900 of the page's 3,100
            layout objects off the first layout. The counts above stay live. */}
        <div className="finder-markets render-when-near">{body}</div>
      </section>
    </div>
  );
}

/** The island: takes `dataUrl` instead of `data` (components/island-loader.tsx). */
export default withIslandData(Finder);
