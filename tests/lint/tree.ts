/**
 * A minimal valid content tree for lint fixtures, and helpers to write a tree to a temp dir
 * and lint it. Each bad-data case is this base plus one change.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { formatProblem, lint } from '../../src/lint/index.ts';
import { MARKETS, MODES } from '../../src/vocab.ts';

/** Relative path → YAML value (stringified) or raw file text. */
export type Tree = Record<string, unknown>;

/** The build date every fixture is linted at. */
export const TODAY = '2026-11-27';

const claim = (sources: string[], confidence: string) => ({ sources, confidence });

export function baseTree(): Tree {
  const tree: Tree = {};
  tree['content/sources.yaml'] = [
    { id: 's0-seed-article', publisher: '', title: 'Seed article', url: null, published: '2023-11-09', language: 'zh', kind: 'seed', supports: 'seed claims', verified: 'no' },
    { id: 'off-launch', publisher: 'TikTok', title: 'Launch notice', url: 'https://seller-us.tiktok.com/university', published: '2022-11-10', language: 'en', kind: 'official', supports: 'launches', verified: 'yes' },
    { id: 'trade-a', publisher: 'Trade A', title: 'Guide A', url: 'https://trade-a.example.com/1', published: '2023-05-01', language: 'zh', kind: 'trade', supports: 'POP invitations', verified: 'yes' },
    { id: 'trade-b', publisher: 'Trade B', title: 'Guide B', url: 'https://trade-b.example.com/2', published: '2024-08-13', language: 'zh', kind: 'trade', supports: 'POP opening', verified: 'partly' },
    { id: 'gone', publisher: 'Blog', title: 'Lost page', url: null, published: null, language: 'en', kind: 'other', supports: 'a rumour', verified: 'no' },
  ];
  for (const id of MARKETS) {
    tree[`content/markets/${id}.yaml`] = {
      id,
      name: { zh: `市场${id.toUpperCase()}`, en: `Market ${id.toUpperCase()}` },
      region: 'europe',
      currency: { code: 'USD', ...claim(['off-launch'], 'confirmed') },
      launch: { date: id === 'us' ? '2023-09' : '2021-04', ...claim(['off-launch'], 'confirmed') },
      ...(id === 'us' ? { onboarding: { date: '2022-11-10', ...claim(['off-launch'], 'confirmed') } } : {}),
    };
    tree[`content/offerings/${id}-local.yaml`] = {
      id: `${id}-local`,
      market: id,
      mode: 'local',
      storeType: 'standard',
      name: { zh: `市场${id.toUpperCase()}本土店`, en: `Market ${id.toUpperCase()} local store` },
      history: [{ from: id === 'us' ? '2022-11-10' : '2021-04', status: 'open', ...claim(['off-launch'], 'confirmed') }],
    };
  }
  (tree['content/offerings/us-local.yaml'] as Record<string, unknown>).requirements = [
    { ref: 'us-ssn-or-itin', ...claim(['off-launch'], 'confirmed') },
  ];
  tree['content/offerings/us-cross-border-pop.yaml'] = {
    id: 'us-cross-border-pop',
    market: 'us',
    mode: 'cross-border',
    storeType: 'pop',
    name: { zh: '美国跨境店（POP）', en: 'US cross-border store (POP)' },
    summary: { zh: '中国公司经营，从美国仓发货（需要 SSN 时另行说明）。', en: 'Run by a Chinese company, shipped from a US warehouse.' },
    history: [
      { from: '2023-08', status: 'invite-only', ...claim(['trade-a', 'trade-b'], 'confirmed') },
      { from: '2024-08-16', status: 'open', note: { zh: '保证金为 500 美元。', en: 'Deposit USD 500.' }, ...claim(['trade-b'], 'reported') },
    ],
    facts: [{ text: { zh: '传闻：09:00 开放 (SSN)', en: 'Rumour: opens at 09:00' }, ...claim(['gone'], 'unverified') }],
  };
  tree['content/offerings/gb-semi-closed-loop.yaml'] = {
    id: 'gb-semi-closed-loop',
    market: 'gb',
    mode: 'semi-closed-loop',
    storeType: 'storefront',
    name: { zh: '英国半闭环', en: 'UK semi-closed loop' },
    history: [
      { from: '2021-04', status: 'open', ...claim(['off-launch'], 'confirmed') },
      { from: '2023-09-12', status: 'closed', ...claim(['off-launch'], 'confirmed') },
    ],
  };
  tree['content/requirements/us-ssn-or-itin.yaml'] = {
    id: 'us-ssn-or-itin',
    name: { zh: '美国 SSN 或 ITIN', en: 'US SSN or ITIN' },
    kind: 'tax-id',
    description: { zh: '美国个人税号。', en: 'A US personal tax number.' },
    check: { anyOf: ['ssn', 'itin'] },
  };
  for (const id of MODES) {
    tree[`content/modes/${id}.yaml`] = {
      id,
      name: { zh: `模式${MODES.indexOf(id)}`, en: `Mode ${id}` },
      summary: { zh: '概要。', en: 'Summary.' },
      roles: { operates: 'merchant', prices: 'merchant', fulfils: 'merchant', ...claim(['off-launch'], 'confirmed') },
      opener: { zh: '商家', en: 'The seller' },
      guide: `modes/${id}`,
      ...(id === 'semi-closed-loop' ? { ended: { date: '2023-09-12', ...claim(['off-launch'], 'confirmed') } } : {}),
    };
    tree[`content/docs/modes/${id}.mdx`] = '---\ntitle: 指南\n---\n';
    tree[`content/docs/en/modes/${id}.mdx`] = '---\ntitle: Guide\n---\n';
  }
  tree['content/events.yaml'] = [
    {
      id: 'storefront-ends', date: '2023-09-12', markets: ['us', 'gb'], modes: ['semi-closed-loop'],
      title: { zh: '半闭环结束', en: 'Semi-closed loop ends' }, description: { zh: '外链购物结束。', en: 'Link-out shopping ends.' },
      ...claim(['off-launch'], 'confirmed'),
    },
  ];
  tree['content/glossary.yaml'] = [
    { id: 'pop', zh: '跨境店', en: 'Cross-border store', definition: { zh: '中国主体开设的店。', en: 'A store opened by a Chinese entity.' }, related: ['local-store'], ...claim(['trade-a'], 'reported') },
    { id: 'local-store', zh: '本土店', en: 'Local store', definition: { zh: '当地主体开设的店。', en: 'A store opened by a local entity.' }, related: ['pop'], ...claim(['trade-a'], 'reported') },
  ];
  tree['content/seed-checks.yaml'] = [
    { id: 'semi-closed-loop-shut', claim: { zh: '半闭环已关闭', en: 'Semi-closed loop shut' }, finding: 'confirmed', explanation: { zh: '已核实。', en: 'Checked.' }, sources: ['s0-seed-article', 'off-launch'] },
  ];
  return tree;
}

/** Write a tree under a fresh temp dir and return the dir. */
export function writeTree(tree: Tree): string {
  const root = mkdtempSync(join(tmpdir(), 'lint-fixture-'));
  for (const [path, value] of Object.entries(tree)) {
    if (value === undefined) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof value === 'string' ? value : stringify(value));
  }
  return root;
}

/** Lint a tree and return its problem lines. */
export function lintTree(tree: Tree): string[] {
  const root = writeTree(tree);
  try {
    return lint(root, { today: TODAY }).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The base with one change applied. */
export function changed(change: (tree: Tree & Record<string, any>) => void): Tree {
  const tree = structuredClone(baseTree());
  change(tree);
  return tree;
}
