#!/usr/bin/env python3
"""One-off importer: ../shared/research/sources.tsv -> content/sources.yaml.

Kept so the import can be redone when research adds rows; after import, content/sources.yaml is
the source of truth and is edited by hand. Writes YAML with every string quoted.
"""
import csv, json, sys, pathlib

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/research/sources.tsv')
out = pathlib.Path('content/sources.yaml')
rows = list(csv.DictReader(src.open(encoding='utf-8'), delimiter='\t'))
q = lambda s: json.dumps(s, ensure_ascii=False)
lines = ['# Every source behind the data. Imported from research/sources.tsv by scripts/import-sources.py;',
         '# edit here. kind: official | news | trade | other | seed. verified: yes | partly | no (could not be found again).', '']
for r in rows:
    lines.append(f"- id: {r['id']}")
    lines.append(f"  publisher: {q(r['publisher'])}")
    lines.append(f"  title: {q(r['title'] or '[title not recorded]')}")
    lines.append(f"  url: {q(r['url']) if r['url'] else 'null'}")
    lines.append(f"  published: {q(r['published']) if r['published'] != 'undated' else 'null'}")
    lines.append(f"  language: {r['language']}")
    lines.append(f"  kind: {r['kind']}")
    lines.append(f"  supports: {q(r['supports'])}")
    lines.append(f"  verified: {r['verified']}")
out.write_text('\n'.join(lines) + '\n', encoding='utf-8')
print(f'wrote {len(rows)} sources to {out}')
