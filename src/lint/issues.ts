/**
 * Which rule reports a Zod issue. Most issues belong to the `schema` rule; a few are the
 * subject of a rule of their own (a claim without sources, a missing translation, a bad URL),
 * and are reported once, under that rule's name, so the problem says what kind of mistake it is.
 */
import type { Issue } from './load.ts';

export type IssueOwner = 'schema' | 'claim-has-source' | 'zh-en-names-present' | 'url-well-formed';

function isMissing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && issue.input === undefined;
}

export function issueOwner(issue: Issue): IssueOwner {
  const last = issue.path.at(-1);
  if (last === 'sources' && (issue.code === 'too_small' || isMissing(issue))) return 'claim-has-source';
  if ((last === 'zh' || last === 'en') && (issue.code === 'too_small' || isMissing(issue))) return 'zh-en-names-present';
  if (last === 'name' && isMissing(issue)) return 'zh-en-names-present';
  if (last === 'url' && issue.code === 'invalid_format') return 'url-well-formed';
  return 'schema';
}

/** A short form of the refused value, for messages. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
