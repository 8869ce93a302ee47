import type { Source } from '../../src/schema.ts';

/** Short visible label of a source in inline citations: publisher (without the "(copy of …)" part) and year. */
export function shortSourceLabel(source: Pick<Source, 'id' | 'publisher' | 'published' | 'kind' | 'title'>): string {
  if (source.kind === 'seed') return 'S0';
  const publisher = (source.publisher || source.title).replace(/\s*\(.*\)\s*$/, '').trim() || source.id;
  return source.published ? `${publisher} ${source.published.slice(0, 4)}` : publisher;
}

/** Look a list of source ids up; an unknown id is a content error in the guide, so the build fails on it. */
export function resolveSources<T extends { id: string }>(ids: readonly string[], byId: ReadonlyMap<string, T>, where: string): T[] {
  return ids.map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`${where}: unknown source id "${id}" (not in content/sources.yaml)`);
    return source;
  });
}

/** Labels for one citation group; two sources with the same label (same publisher, undated) get a title snippet to tell them apart. */
export function distinctLabels(sources: readonly Pick<Source, 'id' | 'publisher' | 'published' | 'kind' | 'title'>[]): string[] {
  const labels = sources.map(shortSourceLabel);
  return labels.map((label, i) => {
    if (labels.indexOf(label) === labels.lastIndexOf(label)) return label;
    const title = sources[i].title.startsWith('[') ? sources[i].id : sources[i].title;
    return `${label}: ${title.length > 32 ? `${title.slice(0, 30)}…` : title}`;
  });
}
