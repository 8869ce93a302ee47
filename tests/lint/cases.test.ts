/**
 * Bad-data fixtures: the minimal valid tree (tree.ts) plus one change each, and the exact
 * problem lines the lint must print for it. One case per rule or edge case.
 */
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/lint/index.ts';
import { changed, lintTree, type Tree } from './tree.ts';

const STRONGER = (claimed: string, most: string) =>
  `${claimed} is stronger than its sources allow (at most ${most}: confirmed needs an official or news source or two independent sources; reported needs one source that was found again)`;
const STATUSES = '"open"|"invite-only"|"restricted"|"suspended"|"closed"|"not-offered"|"unknown"';

type Case = { name: string; tree: Tree; expected: string[] };

const cases: Case[] = [
  // schema
  {
    name: 'schema: a YAML syntax error names the file',
    tree: changed((t) => { t['content/events.yaml'] = '- id: storefront-ends\n  date: [2023-09-12\n'; }),
    expected: ['content/events.yaml [schema]: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1'],
  },
  {
    name: 'schema: a list file that holds a mapping',
    tree: changed((t) => { t['content/glossary.yaml'] = { id: 'pop' }; }),
    expected: ['content/glossary.yaml [schema]: the file must hold a list of entries (- id: ...)'],
  },
  {
    name: 'schema: a missing list file',
    tree: changed((t) => { delete t['content/events.yaml']; }),
    expected: ['content/events.yaml [schema]: file not found'],
  },
  {
    name: 'schema: a status outside the vocabulary, with the refused value',
    tree: changed((t) => { t['content/offerings/us-local.yaml'].history[0].status = 'opened'; }),
    expected: [`content/offerings/us-local.yaml › history[0].status [schema]: Invalid option: expected one of ${STATUSES} (got "opened")`],
  },
  {
    name: 'schema: an unknown field is named at the field',
    tree: changed((t) => { t['content/offerings/us-local.yaml'].histroy = []; }),
    expected: ['content/offerings/us-local.yaml › histroy [schema]: unknown field (not in src/schema.ts)'],
  },
  {
    name: 'schema: an impossible calendar date in a list file gets its index',
    tree: changed((t) => { t['content/events.yaml'][0].date = '2023-02-30'; }),
    expected: ['content/events.yaml › [0].date [schema]: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (got "2023-02-30")'],
  },
  // id-matches-filename
  {
    name: 'id-matches-filename: a renamed file',
    tree: changed((t) => {
      t['content/requirements/us-tax-id.yaml'] = t['content/requirements/us-ssn-or-itin.yaml'];
      delete t['content/requirements/us-ssn-or-itin.yaml'];
    }),
    expected: ['content/requirements/us-tax-id.yaml › id [id-matches-filename]: id "us-ssn-or-itin" does not match the file name us-tax-id.yaml'],
  },
  // duplicate-ids
  {
    name: 'duplicate-ids: two sources with one id',
    tree: changed((t) => { t['content/sources.yaml'].push({ ...t['content/sources.yaml'][2], title: 'Guide A again' }); }),
    expected: ['content/sources.yaml › [5].id [duplicate-ids]: id "trade-a" is already used by content/sources.yaml [2]'],
  },
  {
    name: 'duplicate-ids: a copied offering file (also misnamed)',
    tree: changed((t) => { t['content/offerings/us-local-copy.yaml'] = t['content/offerings/us-local.yaml']; }),
    expected: [
      'content/offerings/us-local-copy.yaml › id [id-matches-filename]: id "us-local" does not match the file name us-local-copy.yaml',
      // Files are read in name order, so the copy comes first and the original is the duplicate.
      'content/offerings/us-local.yaml › id [duplicate-ids]: id "us-local" is already used by content/offerings/us-local-copy.yaml',
    ],
  },
  // collection-complete
  {
    name: 'collection-complete: a market of the vocabulary has no file',
    tree: changed((t) => { delete t['content/markets/jp.yaml']; delete t['content/offerings/jp-local.yaml']; }),
    expected: ['content/markets/jp.yaml [collection-complete]: market jp (src/vocab.ts MARKETS) has no file'],
  },
  // references-resolve
  {
    name: 'references-resolve: an unknown requirement ref',
    tree: changed((t) => { t['content/offerings/us-local.yaml'].requirements.push({ ref: 'us-ein', sources: ['off-launch'], confidence: 'confirmed' }); }),
    expected: ['content/offerings/us-local.yaml › requirements[1].ref [references-resolve]: requirement "us-ein" has no file content/requirements/us-ein.yaml'],
  },
  {
    name: 'references-resolve: an unknown source id in a history entry',
    tree: changed((t) => { t['content/offerings/us-local.yaml'].history[0].sources.push('nowhere'); }),
    expected: ['content/offerings/us-local.yaml › history[0].sources[1] [references-resolve]: source "nowhere" is not in content/sources.yaml'],
  },
  {
    name: 'references-resolve: an unknown related glossary term',
    tree: changed((t) => { t['content/glossary.yaml'][0].related.push('fbt'); }),
    expected: ['content/glossary.yaml › [0].related[1] [references-resolve]: glossary term "fbt" is not in content/glossary.yaml'],
  },
  {
    name: 'references-resolve: an event names a mode that has no file',
    tree: changed((t) => {
      delete t['content/modes/brand-managed.yaml'];
      t['content/events.yaml'][0].modes.push('brand-managed');
    }),
    expected: [
      'content/events.yaml › [0].modes[1] [references-resolve]: mode "brand-managed" has no file content/modes/brand-managed.yaml',
      'content/modes/brand-managed.yaml [collection-complete]: mode brand-managed (src/vocab.ts MODES) has no file',
    ],
  },
  {
    name: 'references-resolve: an offering of a market whose file is missing',
    tree: changed((t) => { delete t['content/markets/jp.yaml']; }),
    expected: [
      'content/markets/jp.yaml [collection-complete]: market jp (src/vocab.ts MARKETS) has no file',
      'content/offerings/jp-local.yaml › market [references-resolve]: market "jp" has no file content/markets/jp.yaml',
    ],
  },
  // claim-has-source
  {
    name: 'claim-has-source: an empty source list',
    tree: changed((t) => { t['content/offerings/us-local.yaml'].history[0].sources = []; }),
    expected: ['content/offerings/us-local.yaml › history[0].sources [claim-has-source]: no source: cite at least one id from content/sources.yaml'],
  },
  {
    name: 'claim-has-source: a seed check without sources (and S0 left uncited)',
    tree: changed((t) => { delete t['content/seed-checks.yaml'][0].sources; }),
    expected: [
      'content/seed-checks.yaml › [0].sources [claim-has-source]: sources is missing: cite at least one id from content/sources.yaml',
      'content/sources.yaml › [0].id [no-orphan-source]: source "s0-seed-article" is not cited by any claim',
    ],
  },
  // confidence-fits-sources
  {
    name: 'confidence-fits-sources: confirmed on one trade source',
    tree: changed((t) => { t['content/glossary.yaml'][0].confidence = 'confirmed'; }),
    expected: [`content/glossary.yaml › [0].confidence [confidence-fits-sources]: ${STRONGER('confirmed', 'reported')}`],
  },
  {
    name: 'confidence-fits-sources: reported on the seed article alone',
    tree: changed((t) => { t['content/offerings/us-local.yaml'].history[0] = { from: '2022-11-10', status: 'open', sources: ['s0-seed-article'], confidence: 'reported' }; }),
    expected: [`content/offerings/us-local.yaml › history[0].confidence [confidence-fits-sources]: ${STRONGER('reported', 'unverified')}`],
  },
  {
    name: 'confidence-fits-sources: a source that was not found again counts for nothing',
    tree: changed((t) => { t['content/offerings/us-cross-border-pop.yaml'].facts[0].confidence = 'reported'; }),
    expected: [`content/offerings/us-cross-border-pop.yaml › facts[0].confidence [confidence-fits-sources]: ${STRONGER('reported', 'unverified')}`],
  },
  {
    name: 'confidence-fits-sources: disputed on a single source',
    tree: changed((t) => { Object.assign(t['content/glossary.yaml'][1], { confidence: 'disputed', note: { zh: '来源不一。', en: 'Sources differ.' } }); }),
    expected: ['content/glossary.yaml › [1].confidence [confidence-fits-sources]: disputed needs at least two sources that conflict'],
  },
  {
    name: 'confidence-fits-sources: a careful downgrade passes',
    tree: changed((t) => { t['content/markets/gb.yaml'].launch.confidence = 'unverified'; }),
    expected: [],
  },
  // disputed-has-note
  {
    name: 'disputed-has-note: disputed without saying why',
    tree: changed((t) => { t['content/offerings/us-cross-border-pop.yaml'].history[0].confidence = 'disputed'; }),
    expected: ['content/offerings/us-cross-border-pop.yaml › history[0].note [disputed-has-note]: a disputed claim needs a note that explains how its sources conflict'],
  },
  // history-ascending
  {
    name: 'history-ascending: an entry before the previous one',
    tree: changed((t) => { t['content/offerings/us-cross-border-pop.yaml'].history[1].from = '2023-05'; }),
    expected: ['content/offerings/us-cross-border-pop.yaml › history[1].from [history-ascending]: 2023-05 is before 2023-08 of the previous entry'],
  },
  {
    name: 'history-ascending: two entries on one start day at different precisions',
    tree: changed((t) => { t['content/offerings/us-cross-border-pop.yaml'].history[1].from = '2023-08-01'; }),
    expected: ['content/offerings/us-cross-border-pop.yaml › history[1].from [history-ascending]: 2023-08-01 starts on the same day as the previous entry (2023-08)'],
  },
  // history-after-launch
  {
    name: 'history-after-launch: a status before the market opened',
    tree: changed((t) => { t['content/offerings/gb-local.yaml'].history[0].from = '2020'; }),
    expected: ['content/offerings/gb-local.yaml › history[0].from [history-after-launch]: 2020 is before market gb opened (2021-04)'],
  },
  {
    name: 'history-after-launch: onboarding opens the market before launch, and a month-precision entry starts on the 1st',
    tree: changed((t) => { t['content/offerings/us-local.yaml'].history[0].from = '2022-11'; }),
    expected: ['content/offerings/us-local.yaml › history[0].from [history-after-launch]: 2022-11 is before market us opened (2022-11-10)'],
  },
  // mode-ended-closed
  {
    name: 'mode-ended-closed: a semi-closed-loop offering with no closed entry',
    tree: changed((t) => { t['content/offerings/gb-semi-closed-loop.yaml'].history.pop(); }),
    expected: ['content/offerings/gb-semi-closed-loop.yaml › history [mode-ended-closed]: mode semi-closed-loop ended on 2023-09-12, but the status then is open: add a closed entry from 2023-09-12'],
  },
  {
    name: 'mode-ended-closed: reopening after the mode ended',
    tree: changed((t) => { t['content/offerings/gb-semi-closed-loop.yaml'].history.push({ from: '2024', status: 'open', sources: ['off-launch'], confidence: 'confirmed' }); }),
    expected: ['content/offerings/gb-semi-closed-loop.yaml › history[2].status [mode-ended-closed]: open after mode semi-closed-loop ended on 2023-09-12'],
  },
  // offering-id-prefix
  {
    name: 'offering-id-prefix: an id that hides its market and mode',
    tree: changed((t) => {
      t['content/offerings/us-pop.yaml'] = { ...t['content/offerings/us-cross-border-pop.yaml'], id: 'us-pop' };
      delete t['content/offerings/us-cross-border-pop.yaml'];
    }),
    expected: ['content/offerings/us-pop.yaml › id [offering-id-prefix]: id "us-pop" should start with "us-cross-border" (market-mode[-store type])'],
  },
  // date-not-in-future
  {
    name: 'date-not-in-future: an event after the build date',
    tree: changed((t) => { t['content/events.yaml'][0].date = '2027-01'; }),
    expected: ['content/events.yaml › [0].date [date-not-in-future]: 2027-01 is after the build date 2026-11-27'],
  },
  {
    name: 'date-not-in-future: a source published after the build date',
    tree: changed((t) => { t['content/sources.yaml'][3].published = '2026-11-28'; }),
    expected: ['content/sources.yaml › [3].published [date-not-in-future]: 2026-11-28 is after the build date 2026-11-27'],
  },
  {
    name: 'date-not-in-future: `until` may be ahead, and the build month itself is not ahead',
    tree: changed((t) => {
      Object.assign(t['content/offerings/us-local.yaml'].requirements[0], { from: '2026-11', until: '2027-03-31' });
    }),
    expected: [],
  },
  // requirement-check-known
  {
    name: 'requirement-check-known: a check on a fact the finder does not ask',
    tree: changed((t) => { t['content/requirements/us-ssn-or-itin.yaml'].check.anyOf.push('passport'); }),
    expected: ['content/requirements/us-ssn-or-itin.yaml › check.anyOf[2] [requirement-check-known]: "passport" is not a profile fact in src/profile.ts'],
  },
  // mode-guide-exists
  {
    name: 'mode-guide-exists: the English guide is missing',
    tree: changed((t) => { delete t['content/docs/en/modes/local.mdx']; }),
    expected: ['content/modes/local.yaml › guide [mode-guide-exists]: content/docs/en/modes/local.mdx is missing'],
  },
  {
    name: 'mode-guide-exists: a .md guide counts',
    tree: changed((t) => {
      t['content/docs/modes/local.md'] = t['content/docs/modes/local.mdx'];
      delete t['content/docs/modes/local.mdx'];
    }),
    expected: [],
  },
  // every-market-has-offering
  {
    name: 'every-market-has-offering: a market without a local store',
    tree: changed((t) => { delete t['content/offerings/jp-local.yaml']; }),
    expected: ['content/markets/jp.yaml › id [every-market-has-offering]: market jp has no local store offering (content/offerings/jp-local*.yaml)'],
  },
  // no-orphan-requirement
  {
    name: 'no-orphan-requirement: a requirement no offering uses',
    tree: changed((t) => {
      t['content/requirements/us-ein.yaml'] = { ...t['content/requirements/us-ssn-or-itin.yaml'], id: 'us-ein', check: { anyOf: ['ein'] } };
    }),
    expected: ['content/requirements/us-ein.yaml › id [no-orphan-requirement]: requirement "us-ein" is not used by any offering'],
  },
  // no-orphan-source
  {
    name: 'no-orphan-source: a source nothing cites',
    tree: changed((t) => {
      t['content/sources.yaml'].push({ id: 'unused', publisher: 'X', title: 'Unused', url: 'https://x.example.org/', published: '2024', language: 'en', kind: 'news', supports: 'nothing', verified: 'yes' });
    }),
    expected: ['content/sources.yaml › [5].id [no-orphan-source]: source "unused" is not cited by any claim'],
  },
  {
    name: 'no-orphan-source: the seed article cited by a claim but by no seed check',
    tree: changed((t) => {
      t['content/seed-checks.yaml'][0].sources = ['off-launch'];
      t['content/offerings/us-cross-border-pop.yaml'].facts[0].sources.push('s0-seed-article');
    }),
    expected: ['content/sources.yaml › [0].id [no-orphan-source]: s0-seed-article must be cited by at least one seed check in content/seed-checks.yaml'],
  },
  // url-well-formed
  {
    name: 'url-well-formed: a known-bad machine-written page',
    tree: changed((t) => { t['content/sources.yaml'][2].url = 'https://www.10100.com/encyclopedia/explain/111136850'; }),
    expected: ['content/sources.yaml › [2].url [url-well-formed]: 10100.com/encyclopedia pages are machine-written with fabricated dates (research/facts.md): never cite them'],
  },
  {
    name: 'url-well-formed: another 10100.com article is allowed',
    tree: changed((t) => { t['content/sources.yaml'][2].url = 'https://www.10100.com/article/35468892'; }),
    expected: [],
  },
  {
    name: 'url-well-formed: a non-http scheme',
    tree: changed((t) => { t['content/sources.yaml'][3].url = 'ftp://trade-b.example.com/2'; }),
    expected: ['content/sources.yaml › [3].url [url-well-formed]: only http and https links are allowed: "ftp://trade-b.example.com/2"'],
  },
  {
    name: 'url-well-formed: a URL without a scheme',
    tree: changed((t) => { t['content/markets/us.yaml'].sellerCenter = [{ url: 'seller-us.tiktok.com', sources: ['off-launch'], confidence: 'confirmed' }]; }),
    expected: ['content/markets/us.yaml › sellerCenter[0].url [url-well-formed]: not a valid URL: "seller-us.tiktok.com"'],
  },
  // zh-en-names-present
  {
    name: 'zh-en-names-present: a market without an English name',
    tree: changed((t) => { delete t['content/markets/fr.yaml'].name.en; }),
    expected: ['content/markets/fr.yaml › name.en [zh-en-names-present]: English text is missing'],
  },
  {
    name: 'zh-en-names-present: a blank Chinese note',
    tree: changed((t) => { t['content/offerings/us-cross-border-pop.yaml'].history[1].note.zh = '  '; }),
    expected: ['content/offerings/us-cross-border-pop.yaml › history[1].note.zh [zh-en-names-present]: Chinese text is missing'],
  },
  {
    name: 'zh-en-names-present: a mode without any name',
    tree: changed((t) => { delete t['content/modes/local.yaml'].name; }),
    expected: ['content/modes/local.yaml › name [zh-en-names-present]: name is missing: give name.zh and name.en'],
  },
  {
    name: 'zh-en-names-present: English copied into the Chinese name',
    tree: changed((t) => { t['content/offerings/de-local.yaml'].name.zh = 'Market DE local store'; }),
    expected: ['content/offerings/de-local.yaml › name.zh [zh-en-names-present]: the Chinese name has no Chinese characters: "Market DE local store"'],
  },
  // zh-punctuation
  {
    name: 'zh-punctuation: a half-width comma between Chinese characters',
    tree: changed((t) => { t['content/events.yaml'][0].description.zh = '美国, 英国的外链购物结束。'; }),
    expected: ['content/events.yaml › [0].description.zh [zh-punctuation]: half-width "," in Chinese text at "美国, 英国的": use "，"'],
  },
  {
    name: 'zh-punctuation: half-width brackets around Latin text inside Chinese, counted',
    tree: changed((t) => { t['content/offerings/us-cross-border-pop.yaml'].name.zh = '美国跨境店(POP)店'; }),
    expected: ['content/offerings/us-cross-border-pop.yaml › name.zh [zh-punctuation]: half-width "(" in Chinese text at "国跨境店(POP)": use "（" (1 more in this text)'],
  },
  {
    name: 'zh-punctuation: a colon in a Chinese glossary term',
    tree: changed((t) => { t['content/glossary.yaml'][1].zh = '本土:店'; }),
    expected: ['content/glossary.yaml › [1].zh [zh-punctuation]: half-width ":" in Chinese text at "本土:店": use "："'],
  },
];

describe('bad-data fixtures', () => {
  test.each(cases)('$name', ({ tree, expected }) => {
    expect(lintTree(tree)).toEqual(expected);
  });

  test('every rule is proven to fail by at least one case', () => {
    const failing = new Set(cases.flatMap((c) => c.expected.map((line) => /\[([a-z-]+)\]:/.exec(line)?.[1])));
    expect(RULES.map((r) => r.name).filter((name) => !failing.has(name))).toEqual([]);
  });
});
