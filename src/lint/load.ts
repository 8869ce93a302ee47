/**
 * Reads the YAML data of every collection (src/schema.ts COLLECTIONS) from a project root,
 * validates each entry with its Zod schema and keeps where it came from, so a lint problem can
 * name the file and, in a list file, the entry's index. The root is a parameter so tests can
 * point it at a temporary content tree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Dataset } from '../dataset.ts';
import { COLLECTIONS, type CollectionName } from '../schema.ts';
import { MARKETS } from '../vocab.ts';

export type CollectionData = { [C in CollectionName]: z.output<(typeof COLLECTIONS)[C]['schema']> };
export type Issue = z.core.$ZodIssue;

export type Entry<C extends CollectionName = CollectionName> = {
  collection: C;
  /** Path relative to the root, with forward slashes: content/offerings/us-local.yaml. */
  file: string;
  /** Position in a list file (sources.yaml ...); null for one-entry-per-file collections. */
  index: number | null;
  raw: unknown;
  /** The entry as the schema outputs it (defaults filled in), or null when it is invalid. */
  data: CollectionData[C] | null;
  issues: Issue[];
};

/** A file that could not be read as the collection expects (YAML syntax, wrong shape, missing). */
export type FileError = { file: string; message: string };

export type LoadedContent = {
  root: string;
  files: string[];
  entries: { [C in CollectionName]: Entry<C>[] };
  fileErrors: FileError[];
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Read one YAML file; YAML syntax errors become a FileError instead of throwing. */
function readYaml(root: string, file: string, errors: FileError[]): { ok: true; value: unknown } | { ok: false } {
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'));
  if (doc.errors.length > 0) {
    // The first error is the cause; later ones usually follow from it.
    errors.push({ file, message: `YAML syntax: ${doc.errors[0].message.split('\n')[0].replace(/:$/, '')}` });
    return { ok: false };
  }
  return { ok: true, value: doc.toJS() };
}

function validate<C extends CollectionName>(collection: C, file: string, index: number | null, raw: unknown): Entry<C> {
  // reportInput lets a problem say which value was refused.
  const result = COLLECTIONS[collection].schema.safeParse(raw, { reportInput: true });
  return {
    collection,
    file,
    index,
    raw,
    data: result.success ? (result.data as CollectionData[C]) : null,
    issues: result.success ? [] : result.error.issues,
  };
}

/** Load every collection under `root` (the folder that holds content/). */
export function loadContent(root: string): LoadedContent {
  const entries = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])) as unknown as LoadedContent['entries'];
  const files: string[] = [];
  const fileErrors: FileError[] = [];

  for (const collection of COLLECTION_NAMES) {
    const { path, perFile } = COLLECTIONS[collection];
    const list = entries[collection] as Entry[];
    if (perFile) {
      const dir = join(root, path);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      // Same pattern as the glob loader in content.config.ts: only *.yaml counts.
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
        const file = `${path}/${name}`;
        files.push(file);
        const read = readYaml(root, file, fileErrors);
        if (!read.ok) continue;
        if (read.value === null || typeof read.value !== 'object' || Array.isArray(read.value)) {
          fileErrors.push({ file, message: 'the file must hold one mapping (id: ..., name: ...)' });
          continue;
        }
        list.push(validate(collection, file, null, read.value));
      }
    } else {
      if (!existsSync(join(root, path))) {
        fileErrors.push({ file: path, message: 'file not found' });
        continue;
      }
      files.push(path);
      const read = readYaml(root, path, fileErrors);
      if (!read.ok) continue;
      // An empty file is an empty list, as for `[]`.
      const value = read.value ?? [];
      if (!Array.isArray(value)) {
        fileErrors.push({ file: path, message: 'the file must hold a list of entries (- id: ...)' });
        continue;
      }
      value.forEach((raw, i) => list.push(validate(collection, path, i, raw)));
    }
  }
  return { root, files, entries, fileErrors };
}

const marketOrder = (id: string) => (MARKETS as readonly string[]).indexOf(id);

/**
 * The valid entries as a Dataset, in the order components/dataset.ts gives the site:
 * markets in MARKETS order, offerings by market then id, events by date.
 */
export function toDataset(content: LoadedContent): Dataset {
  const valid = <C extends CollectionName>(c: C) =>
    (content.entries[c] as Entry<C>[]).flatMap((e) => (e.data ? [e.data] : []));
  const markets = valid('markets').sort((a, b) => marketOrder(a.id) - marketOrder(b.id));
  const offerings = valid('offerings').sort((a, b) => marketOrder(a.market) - marketOrder(b.market) || a.id.localeCompare(b.id));
  const events = valid('events').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    markets,
    modes: valid('modes'),
    offerings,
    requirements: valid('requirements'),
    sources: valid('sources'),
    events,
    glossary: valid('glossary'),
    seedChecks: valid('seedChecks'),
  };
}

/** Load the content under `root` and return it as a Dataset (invalid entries left out). */
export function loadDatasetFrom(root: string): Dataset {
  return toDataset(loadContent(root));
}
