/** Small pieces shared by the table (Matrix.tsx) and the grid (Grid.tsx). */
import type { CSSProperties } from 'react';
import { CONFIDENCE_META, STATUS_META, pick, type Confidence, type Locale, type Status } from '../../src/vocab.ts';
import type { StringKey } from './strings.ts';

export type T = (key: StringKey, vars?: Record<string, string | number>) => string;

export const offeringHref = (base: string, id: string) => `${base}offerings/${id}/`;

export function StatusBadge({ status, locale }: { status: Status; locale: Locale }) {
  const meta = STATUS_META[status];
  return (
    <span className="cmp-status" data-status={status} style={{ '--c': meta.color, '--bg': `var(--status-${status}-bg)` } as CSSProperties}>
      <span className="cmp-sym" aria-hidden="true">{meta.symbol}</span> {pick(meta.label, locale)}
    </span>
  );
}

export function ConfidenceBadge({ confidence, locale, t }: { confidence: Confidence | null; locale: Locale; t: T }) {
  if (!confidence) return <span className="cmp-muted">{t('none')}</span>;
  const meta = CONFIDENCE_META[confidence];
  return (
    <span className="cmp-conf" data-confidence={confidence} title={pick(meta.rule, locale)}>
      <span aria-hidden="true">{meta.symbol}</span> {pick(meta.label, locale)}
    </span>
  );
}


