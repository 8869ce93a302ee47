/**
 * The markets × modes grid of the compare page (caniuse-style cells, numbered notes) and its
 * cell detail dialog. Rendered by Matrix.tsx when the grid view is chosen.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { offeringSourceIds, type MatrixData, type MatrixRow, type PivotCell } from '../../src/matrix.ts';
import { STATUS_META, pick, type Locale, type Localized, type ModeId, type Status } from '../../src/vocab.ts';
import { ConfidenceBadge, StatusBadge, offeringHref, type T } from './parts.tsx';

export type GridRow = { market: MatrixData['markets'][number]; name: string; cells: PivotCell[] };

export default function Grid({ rows, prev, modes, modeName, locale, t, data, base, matrixRows: all, shownIds, narrowing, date }: {
  rows: GridRow[]; prev: PivotCell[][] | null; modes: ModeId[]; modeName: (m: ModeId) => string; locale: Locale; t: T;
  data: MatrixData; base: string; matrixRows: MatrixRow[]; shownIds: Set<string>; narrowing: boolean; date: string;
}) {
  const [openCell, setOpenCell] = useState<PivotCell | null>(null);
  const noteOf = useMemo(() => new Map(all.filter((r) => r.statusNote).map((r) => [r.id, r.statusNote!])), [all]);
  const prevStatus = useMemo(() => {
    if (!prev) return null;
    const m = new Map<string, Status>();
    for (const row of prev) for (const c of row) m.set(`${c.market}|${c.mode}`, c.status);
    return m;
  }, [prev]);
  // caniuse-style numbered footnotes, in reading order.
  const notes: { n: number; label: string; items: { name: string; text: string }[] }[] = [];
  const noteNo = new Map<string, number>();
  for (const r of rows) for (const c of r.cells) {
    if (!modes.includes(c.mode) || !c.hasNotes) continue;
    const n = notes.length + 1;
    noteNo.set(`${c.market}|${c.mode}`, n);
    notes.push({ n, label: `${r.name} · ${modeName(c.mode)}`, items: c.offerings.filter((o) => noteOf.has(o.id)).map((o) => ({ name: o.name, text: noteOf.get(o.id)! })) });
  }
  return (
    <>
      <section className="cmp-scroll" aria-labelledby="cmp-grid-caption" tabIndex={0}>
        <table className="cmp-grid">
          <caption id="cmp-grid-caption">{t('gridCaption', { date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('market')}</th>
              {modes.map((m) => <th key={m} scope="col">{modeName(m)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.market.id}>
                <th scope="row">{r.name}</th>
                {r.cells.filter((c) => modes.includes(c.mode)).map((c) => {
                  const key = `${c.market}|${c.mode}`;
                  const before = prevStatus?.get(key);
                  const isChanged = before !== undefined && before !== c.status;
                  const off = narrowing && !c.offerings.some((o) => shownIds.has(o.id));
                  const n = noteNo.get(key);
                  const meta = STATUS_META[c.status];
                  return (
                    <td key={key} data-status={c.status} className={[off ? 'cmp-off' : '', isChanged ? 'cmp-cell-changed' : ''].join(' ').trim() || undefined}>
                      <button type="button" className="cmp-cell" aria-haspopup="dialog" onClick={() => setOpenCell(c)}
                        style={{ '--c': meta.color, '--bg': `var(--status-${c.status}-bg)` } as CSSProperties}>
                        <span className="cmp-sym" aria-hidden="true">{meta.symbol}</span>
                        <span className="cmp-cell-label">{pick(meta.label, locale)}</span>
                        {c.offerings.length > 1 && <span className="cmp-cell-n">×{c.offerings.length}</span>}
                        {n !== undefined && <sup className="cmp-fn"><span aria-hidden="true">{n}</span><span className="cmp-visually-hidden">{t('noteMarker', { n })}</span></sup>}
                        {isChanged && <span className="cmp-changed"><span aria-hidden="true">Δ</span><span className="cmp-visually-hidden">{t('changedFrom', { status: pick(STATUS_META[before!].label, locale) })}</span></span>}
                        {off && <span className="cmp-visually-hidden">{t('filteredOut')}</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {notes.length > 0 && (
        <section className="cmp-notes">
          <h2>{t('notes')}</h2>
          <ol>
            {notes.map((note) => (
              <li key={note.n} value={note.n}>
                <strong>{note.label}</strong>
                <ul>{note.items.map((i) => <li key={i.name}>{i.name}{t('colon')}{i.text}</li>)}</ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      {openCell && (
        <CellDialog cell={openCell} data={data} rows={all} locale={locale} t={t} base={base} modeName={modeName}
          onClose={() => setOpenCell(null)} />
      )}
    </>
  );
}

function CellDialog({ cell, data, rows, locale, t, base, modeName, onClose }: {
  cell: PivotCell; data: MatrixData; rows: MatrixRow[]; locale: Locale; t: T; base: string; modeName: (m: ModeId) => string; onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const market = data.markets.find((m) => m.id === cell.market);
  const sourceById = useMemo(() => new Map(data.sources.map((s) => [s.id, s])), [data.sources]);
  const reqById = useMemo(() => new Map(data.requirements.map((r) => [r.id, r])), [data.requirements]);
  const title = t('cellDetail', { market: market ? pick(market.name, locale) : cell.market, mode: modeName(cell.mode) });
  const titleId = `cmp-dialog-${cell.market}-${cell.mode}`;
  return (
    <dialog ref={ref} className="cmp-dialog" aria-labelledby={titleId} onClose={onClose}
      onClick={(e) => { if (e.target === e.currentTarget) e.currentTarget.close(); }}>
      <div className="cmp-dialog-body">
        <header>
          <h2 id={titleId}>{title}</h2>
          <button type="button" autoFocus onClick={() => ref.current?.close()}>{t('close')}</button>
        </header>
        <p><StatusBadge status={cell.status} locale={locale} /> {pick(STATUS_META[cell.status].description, locale)}</p>
        {cell.offerings.length === 0 && <p>{t('noOffering')}</p>}
        {cell.offerings.map((co) => {
          const o = data.offerings.find((x) => x.id === co.id);
          const row = rows.find((r) => r.id === co.id);
          if (!o) return null;
          const ids = offeringSourceIds(o);
          const num = new Map(ids.map((id, i) => [id, i + 1]));
          const cite = (src: string[]) => <span className="cmp-cite">[{src.map((s) => num.get(s)).join(', ')}]</span>;
          return (
            <section key={o.id} className="cmp-offering">
              <h3><a href={offeringHref(base, o.id)}>{pick(o.name, locale)}</a></h3>
              <p>
                <StatusBadge status={co.status} locale={locale} />{' '}
                {row && <ConfidenceBadge confidence={row.confidence} locale={locale} t={t} />}
              </p>
              <h4>{t('history')}</h4>
              <ol className="cmp-history">
                {o.history.map((h) => (
                  <li key={h.from + h.status}>
                    <time dateTime={h.from}>{h.from}</time> <StatusBadge status={h.status} locale={locale} />{' '}
                    <ConfidenceBadge confidence={h.confidence} locale={locale} t={t} /> {cite(h.sources)}
                    {h.note && <div className="cmp-note">{pick(h.note, locale)}</div>}
                  </li>
                ))}
              </ol>
              {o.requirements.length > 0 && (
                <>
                  <h4>{t('requirements')}</h4>
                  <ul>
                    {o.requirements.map((r, i) => (
                      <li key={r.ref + i}>
                        {pick(reqById.get(r.ref)?.name ?? ({ zh: r.ref, en: r.ref } as Localized), locale)}
                        {(r.from || r.until) && <> ({r.from && `${t('from')} ${r.from}`}{r.from && r.until && ' – '}{r.until && `${t('until')} ${r.until}`})</>}
                        {r.detail && <>{t('colon')}{pick(r.detail, locale)}</>}{' '}
                        <ConfidenceBadge confidence={r.confidence} locale={locale} t={t} /> {cite(r.sources)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <h4>{t('sources')}</h4>
              <ol className="cmp-sources">
                {ids.map((id) => {
                  const s = sourceById.get(id);
                  if (!s) return <li key={id}>{id}</li>;
                  const label = s.title || t('noTitle');
                  return (
                    <li key={id}>
                      {s.publisher}{s.publisher ? ', ' : ''}
                      {s.url ? <a href={s.url} rel="noopener noreferrer external">{label}</a> : <cite>{label}</cite>}
                      {', '}{s.published ?? t('undated')}
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </div>
    </dialog>
  );
}
