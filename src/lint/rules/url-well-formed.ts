import { COLLECTION_NAMES } from '../load.ts';
import { issueOwner, shown } from '../issues.ts';
import { at, walk, type Rule } from '../types.ts';

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Pages never to cite (research/facts.md, corrections.md): 10100.com/encyclopedia pages are
 * machine-written and carry fabricated dates.
 */
export const KNOWN_BAD_URLS: readonly { host: string; pathPrefix: string; reason: string }[] = [
  { host: '10100.com', pathPrefix: '/encyclopedia', reason: '10100.com/encyclopedia pages are machine-written with fabricated dates (research/facts.md): never cite them' },
];

function badReason(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, '');
  const hit = KNOWN_BAD_URLS.find((b) => host === b.host && url.pathname.startsWith(b.pathPrefix));
  return hit?.reason ?? null;
}

/** Ensure every link is a public http(s) URL and not on the known-bad list. */
export default {
  name: 'url-well-formed',
  description: 'URLs parse, use http or https, have a public host and are not on the known-bad list',
  *check(ctx) {
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.content.entries[collection]) {
        for (const issue of entry.issues) {
          if (issueOwner(issue) !== 'url-well-formed') continue;
          const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
          yield at(entry, path, `not a valid URL: ${shown(issue.input)}`);
        }
      }
    }
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.valid(collection)) {
        for (const { path, key, value } of walk(entry.data)) {
          if (key !== 'url' || typeof value !== 'string') continue;
          const url = new URL(value); // the schema already refused what does not parse
          if (!ALLOWED_PROTOCOLS.has(url.protocol)) yield at(entry, path, `only http and https links are allowed: ${shown(value)}`);
          else if (!url.hostname.includes('.')) yield at(entry, path, `the host is not a public domain: ${shown(value)}`);
          else {
            const reason = badReason(url);
            if (reason) yield at(entry, path, reason);
          }
        }
      }
    }
  },
} satisfies Rule;
