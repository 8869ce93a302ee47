import { COLLECTION_NAMES } from '../load.ts';
import { at, walk, type PathSegment, type Rule } from '../types.ts';

/** Half-width marks and the full-width form Chinese text uses instead. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/** Han characters and CJK / full-width punctuation count as Chinese context. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function neighbour(text: string, from: number, step: 1 | -1): string {
  for (let i = from; i >= 0 && i < text.length; i += step) if (text[i] !== ' ') return text[i];
  return '';
}

/**
 * The first misplaced half-width mark in a Chinese text, and how many there are.
 * `, : ;` count when Chinese stands on both sides (spaces skipped: 美国, 英国); a bracket when a
 * Chinese character touches it (店(POP) and (社会安全号) both want （）). Latin stretches such as
 * 09:00 or 开放 (SSN) are left alone: a spaced bracket around Latin text is a style choice, not a slip.
 */
export function halfWidthMarks(text: string): { mark: string; excerpt: string; count: number } | null {
  let first: { mark: string; excerpt: string } | null = null;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const mark = text[i];
    if (!(mark in FULL_WIDTH)) continue;
    const bracket = mark === '(' || mark === ')';
    const before = CJK.test(bracket ? text[i - 1] ?? '' : neighbour(text, i - 1, -1));
    const after = CJK.test(bracket ? text[i + 1] ?? '' : neighbour(text, i + 1, 1));
    const bad = bracket ? before || after : before && after;
    if (!bad) continue;
    count++;
    first ??= { mark, excerpt: text.slice(Math.max(0, i - 4), i + 5) };
  }
  return first ? { ...first, count } : null;
}

function isChineseText(path: readonly PathSegment[]): boolean {
  const last = path.at(-1);
  return last === 'zh' || (typeof last === 'number' && path.at(-2) === 'zh');
}

/** Ensure Chinese text uses full-width punctuation between Chinese characters. */
export default {
  name: 'zh-punctuation',
  description: 'No half-width , : ; ( ) between Chinese characters in zh text',
  *check(ctx) {
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.valid(collection)) {
        for (const { path, value } of walk(entry.data)) {
          if (typeof value !== 'string' || !isChineseText(path)) continue;
          const found = halfWidthMarks(value);
          if (!found) continue;
          const more = found.count > 1 ? ` (${found.count - 1} more in this text)` : '';
          yield at(entry, path, `half-width "${found.mark}" in Chinese text at "${found.excerpt}": use "${FULL_WIDTH[found.mark]}"${more}`);
        }
      }
    }
  },
} satisfies Rule;
