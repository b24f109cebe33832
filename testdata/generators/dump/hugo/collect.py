"""Turns Hugo's folio-dump output into <name>.expected.jsonl.

Usage: collect.py SITE_DIR OUT_FILE DUMP_OR_ERRORS_FILE...

Each input file holds JSON Lines: page rows written by the folio-dump
template, {"path", "resource"} rows for page resources, and {"path", "error"}
rows that regen.sh wrote for files that made Hugo abort. Every text file
under SITE_DIR/content that ends up in none of them gets an error row too, so
the expected output names every content file. Rows are written sorted by path,
with sorted keys, like the other expected files.
"""

import json
import os
import sys
from datetime import datetime, timezone

TEXT_EXTENSIONS = {
    '.md', '.markdown', '.mkd', '.mdown', '.mkdn', '.mdwn', '.mdtxt',
    '.mdtext', '.text', '.txt', '.rst', '.html', '.htm', '.adoc', '.org',
}


def statuses(published):
    """Reads the dump of the build made as the site publishes (no -F -E)
    named by FOLIO_PUBLISHED, and returns a function giving a page row of
    the full dump its status then: draft, published, or scheduled or
    expired when that build left it out."""
    if not published:
        return None
    seen = set()
    with open(published, encoding='utf-8') as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                if 'resource' not in row:
                    seen.add(row['path'])
    now = datetime.now(timezone.utc)

    def status(row):
        if row.get('draft'):
            return 'draft'
        if row['path'] in seen:
            return 'published'
        expiry = row.get('expiryDate')
        if expiry and datetime.fromisoformat(expiry.replace('Z', '+00:00')) <= now:
            return 'expired'
        return 'scheduled'
    return status


def main(site, out, inputs):
    status = statuses(os.environ.get('FOLIO_PUBLISHED'))
    rows = {}
    for name in inputs:
        with open(name, encoding='utf-8') as lines:
            for line in lines:
                if not line.strip():
                    continue
                row = json.loads(line)
                row.pop('filename', None)
                if status and 'resource' not in row and 'error' not in row \
                        and name == inputs[0]:
                    row['status'] = status(row)
                if 'resource' in row:
                    row = {'path': row['path'], 'error':
                           'not a page: page resource of ' + row['resource']}
                rows.setdefault(row['path'], row)
    for dirpath, dirnames, filenames in os.walk(os.path.join(site, 'content')):
        for name in filenames:
            if os.path.splitext(name)[1].lower() not in TEXT_EXTENSIONS:
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), site)
            rel = rel.replace(os.sep, '/')
            rows.setdefault(rel, {'path': rel, 'error': 'not read by Hugo'})
    with open(out, 'w', encoding='utf-8') as dst:
        for rel in sorted(rows):
            dst.write(json.dumps(rows[rel], ensure_ascii=False,
                                 sort_keys=True) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
