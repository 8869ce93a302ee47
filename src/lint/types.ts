/**
 * Shapes shared by the data lint: a problem, a rule, the context every rule reads,
 * and the walkers that find claims and dates anywhere in an entry.
 */
import type { IsoDate } from '../dates.ts';
import type { Dataset, DatasetIndex } from '../dataset.ts';
import type { CollectionName } from '../schema.ts';
import type { CollectionData, Entry, LoadedContent } from './load.ts';

/** One lint failure: where (file and field), which rule, and what is wrong. */
export type Problem = { file: string; field: string; rule: string; message: string };

/** What a rule yields; the runner adds the rule's name. */
export type Finding = Omit<Problem, 'rule'>;

export type PathSegment = string | number;

/** An entry that passed its schema. */
export type ValidEntry<C extends CollectionName = CollectionName> = Entry<C> & { data: CollectionData[C] };

/** Anything that cites sources: a claim (with confidence) or a seed check (citations only). */
export type Citation = {
  entry: ValidEntry;
  path: PathSegment[];
  sources: string[];
  confidence?: string;
  note?: unknown;
};

export type LintContext = {
  root: string;
  /** The build date every "not in the future" check compares with. */
  today: IsoDate;
  content: LoadedContent;
  /** The valid entries, as the site sees them. */
  dataset: Dataset;
  index: DatasetIndex;
  valid<C extends CollectionName>(collection: C): ValidEntry<C>[];
  /** Ids of every entry of a collection, valid or not, so one broken file does not make its references fail too. */
  ids(collection: CollectionName): ReadonlySet<string>;
  /** Every object with a `sources` list, in every valid entry. */
  citations: Citation[];
  /** Does a file exist under the root (for docs checks)? */
  exists(relativePath: string): boolean;
};

export type Rule = {
  name: string;
  description: string;
  check(ctx: LintContext): Iterable<Finding>;
};

/** `history[2].from`; a list file's entries start with their index: `[12].url`. */
export function fieldPath(entry: Pick<Entry, 'index'>, path: readonly PathSegment[]): string {
  let out = entry.index === null ? '' : `[${entry.index}]`;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** A finding at a path inside an entry. */
export function at(entry: Pick<Entry, 'file' | 'index'>, path: readonly PathSegment[], message: string): Finding {
  return { file: entry.file, field: fieldPath(entry, path), message };
}

/** The one-line form: `content/offerings/us-x.yaml › history[2].from [history-ascending]: …`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.field ? ` › ${p.field}` : ''} [${p.rule}]: ${p.message}`;
}

/** Visit every value inside `value` with its path (depth first, document order). */
export function* walk(value: unknown, path: PathSegment[] = []): Generator<{ path: PathSegment[]; key: PathSegment | undefined; value: unknown }> {
  yield { path, key: path.at(-1), value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* walk(v, [...path, k]);
  }
}

/** Every object with a `sources` array in an entry. */
export function citationsOf(entry: ValidEntry): Citation[] {
  const out: Citation[] = [];
  for (const { path, value } of walk(entry.data)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const obj = value as Record<string, unknown>;
    if (!Array.isArray(obj.sources)) continue;
    out.push({
      entry,
      path,
      sources: obj.sources as string[],
      confidence: typeof obj.confidence === 'string' ? obj.confidence : undefined,
      note: obj.note,
    });
  }
  return out;
}

/** Keys whose string values are ISO dates in every schema of src/schema.ts. */
export const DATE_KEYS: ReadonlySet<string> = new Set(['from', 'until', 'date', 'published']);
