/**
 * The data lint: every rule, and the runner that applies them to a content tree.
 * Adding a rule = adding one module in rules/ and one line here (and a fixture in tests/lint/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate, type IsoDate } from '../dates.ts';
import { indexDataset } from '../dataset.ts';
import type { CollectionName } from '../schema.ts';
import { COLLECTION_NAMES, loadContent, toDataset, type Entry, type LoadedContent } from './load.ts';
import claimHasSource from './rules/claim-has-source.ts';
import collectionComplete from './rules/collection-complete.ts';
import confidenceFitsSources from './rules/confidence-fits-sources.ts';
import dateNotInFuture from './rules/date-not-in-future.ts';
import disputedHasNote from './rules/disputed-has-note.ts';
import duplicateIds from './rules/duplicate-ids.ts';
import everyMarketHasOffering from './rules/every-market-has-offering.ts';
import historyAfterLaunch from './rules/history-after-launch.ts';
import historyAscending from './rules/history-ascending.ts';
import idMatchesFilename from './rules/id-matches-filename.ts';
import modeEndedClosed from './rules/mode-ended-closed.ts';
import modeGuideExists from './rules/mode-guide-exists.ts';
import noOrphanRequirement from './rules/no-orphan-requirement.ts';
import noOrphanSource from './rules/no-orphan-source.ts';
import offeringIdPrefix from './rules/offering-id-prefix.ts';
import referencesResolve from './rules/references-resolve.ts';
import requirementCheckKnown from './rules/requirement-check-known.ts';
import schema from './rules/schema.ts';
import urlWellFormed from './rules/url-well-formed.ts';
import zhEnNamesPresent from './rules/zh-en-names-present.ts';
import zhPunctuation from './rules/zh-punctuation.ts';
import { citationsOf, type Citation, type LintContext, type Problem, type Rule, type ValidEntry } from './types.ts';

export { formatProblem, type Problem, type Rule, type LintContext } from './types.ts';
export { loadContent, loadDatasetFrom, toDataset } from './load.ts';

/** Every rule, in the order their problems are listed for one file. */
export const RULES: readonly Rule[] = [
  schema,
  claimHasSource,
  zhEnNamesPresent,
  urlWellFormed,
  idMatchesFilename,
  duplicateIds,
  collectionComplete,
  referencesResolve,
  confidenceFitsSources,
  disputedHasNote,
  historyAscending,
  historyAfterLaunch,
  modeEndedClosed,
  offeringIdPrefix,
  dateNotInFuture,
  requirementCheckKnown,
  modeGuideExists,
  everyMarketHasOffering,
  noOrphanRequirement,
  noOrphanSource,
  zhPunctuation,
];

export type LintOptions = {
  /** The build date (default buildDate(), which honours env BUILD_DATE). */
  today?: IsoDate;
  /** Run only these rules (by name); all by default. */
  rules?: readonly string[];
};

export type LintResult = {
  problems: Problem[];
  /** YAML files read. */
  files: number;
  /** Statements with sources and a confidence, across every valid entry. */
  claims: number;
};

/** Build the context every rule reads. */
export function lintContext(content: LoadedContent, today: IsoDate = buildDate()): LintContext {
  const dataset = toDataset(content);
  const validOf = <C extends CollectionName>(c: C) =>
    (content.entries[c] as Entry<C>[]).filter((e): e is ValidEntry<C> => e.data !== null);
  const idSets = new Map<CollectionName, Set<string>>();
  for (const c of COLLECTION_NAMES) {
    const ids = new Set<string>();
    for (const e of content.entries[c] as Entry[]) {
      const id = (e.raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
    idSets.set(c, ids);
  }
  const citations: Citation[] = COLLECTION_NAMES.flatMap((c) => validOf(c).flatMap((e) => citationsOf(e as ValidEntry)));
  return {
    root: content.root,
    today,
    content,
    dataset,
    index: indexDataset(dataset),
    valid: validOf,
    ids: (c) => idSets.get(c)!,
    citations,
    exists: (relativePath) => existsSync(join(content.root, relativePath)),
  };
}

/** Apply the rules to loaded content. Problems are grouped by file, in rule order within a file. */
export function lintContent(content: LoadedContent, options: LintOptions = {}): LintResult {
  const ctx = lintContext(content, options.today);
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.name)) : RULES;
  const problems: Problem[] = [];
  for (const rule of rules) for (const finding of rule.check(ctx)) problems.push({ ...finding, rule: rule.name });
  // A stable sort keeps each file's problems in rule order.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    problems,
    files: content.files.length,
    claims: ctx.citations.filter((c) => c.confidence !== undefined).length,
  };
}

/** Load the content tree under `root` (the folder holding content/) and lint it. */
export function lint(root: string, options: LintOptions = {}): LintResult {
  return lintContent(loadContent(root), options);
}
