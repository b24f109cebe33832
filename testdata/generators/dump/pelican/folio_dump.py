"""Pelican plugin: dump what Pelican read from every content file as JSON Lines.

Used by testdata/generators/regen.sh; not part of folio. It records each
article and page Pelican built (published, hidden and draft, translations
included) with the metadata as Pelican holds it after reading, and one
{"path", "error"} line for every text file under the content folder that
Pelican skipped, with the reason Pelican logged when there was one.

The output file is named by the FOLIO_DUMP_OUT environment variable.
"""

import json
import logging
import os

from pelican import signals
from pelican.readers import Readers

TEXT_EXTENSIONS = {
    '.md', '.markdown', '.mkd', '.mdown', '.mkdn', '.mdwn', '.mdtxt',
    '.mdtext', '.text', '.txt', '.rst', '.html', '.htm', '.adoc', '.org',
}

_records = {}
_errors = {}
_content_root = ''


class _SkipRecorder(logging.Handler):
    """Keeps the first error Pelican logs about each source file it skips."""

    def emit(self, record):
        if not record.args or record.levelno < logging.WARNING:
            return
        msg, args = str(record.msg), record.args
        if msg.startswith('Could not process %s'):
            path, reason = args[0], str(args[1])
        elif msg.startswith('Skipping %s: could not find information'):
            path, reason = args[0], (
                "could not find information about '%s'" % args[1])
        elif msg.startswith('Skipping %s: file %r would be written outside'):
            path, reason = args[0], 'would be written outside output path'
        elif msg.startswith('Unknown status'):
            path, reason = args[1], "unknown status '%s'" % args[0]
        else:
            return
        path = _relative(path)
        _errors.setdefault(path, _without_root(reason))


def _relative(path):
    path = str(path)
    if os.path.isabs(path):
        path = os.path.relpath(path, _content_root)
    return path.replace(os.sep, '/')


def _without_root(text):
    """Drops the temporary content folder from messages that name files."""
    return text.replace(_content_root + os.sep, '')


def _iso(value):
    return value.isoformat() if value is not None else None


def _record(content, kind):
    date = getattr(content, 'date', None)
    category = getattr(content, 'category', None)
    row = {
        'path': content.get_relative_source_path().replace(os.sep, '/'),
        'kind': kind,
        'reader': getattr(content, 'reader', None),
        'title': getattr(content, 'title', None),
        'date': _iso(date),
        'date_local': _iso(date.replace(tzinfo=None)) if date else None,
        'modified': _iso(getattr(content, 'modified', None)),
        'tags': [str(t) for t in getattr(content, 'tags', [])],
        'category': str(category) if category is not None else None,
        'slug': getattr(content, 'slug', None),
        'authors': [str(a) for a in getattr(content, 'authors', [])],
        'status': getattr(content, 'status', None),
        'lang': getattr(content, 'lang', None),
        # The address Pelican publishes it at; None when SAVE_AS = ''
        # means it writes no page.
        'url': '/' + content.url if content.save_as else None,
    }
    if 'summary' in content.metadata:
        row['summary'] = content.metadata['summary']
    _records[row['path']] = row


def _initialized(pelican):
    global _content_root
    _content_root = os.path.abspath(pelican.settings['PATH'])


def _articles(generator):
    for name in ('articles', 'translations', 'hidden_articles',
                 'hidden_translations', 'drafts', 'drafts_translations'):
        for article in getattr(generator, name, []):
            _record(article, 'article')


def _pages(generator):
    for name in ('pages', 'translations', 'hidden_pages',
                 'hidden_translations', 'draft_pages', 'draft_translations'):
        for page in getattr(generator, name, []):
            _record(page, 'page')


def _not_read(name, readable):
    ext = os.path.splitext(name)[1][1:]
    if ext not in readable:
        return 'not read: no Pelican reader for extension .%s' % ext
    return 'not read: name matches IGNORE_FILES'


def _write(generators):
    settings = generators[0].settings
    root = settings['PATH']
    rows = dict(_records)
    readable = Readers(settings).extensions
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            if os.path.splitext(name)[1].lower() not in TEXT_EXTENSIONS:
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            rel = rel.replace(os.sep, '/')
            if rel not in rows:
                reason = _errors.get(rel) or _not_read(name, readable)
                rows[rel] = {'path': rel, 'error': reason}
    with open(os.environ['FOLIO_DUMP_OUT'], 'w', encoding='utf-8') as out:
        for rel in sorted(rows):
            out.write(json.dumps(rows[rel], ensure_ascii=False) + '\n')


def register():
    logging.getLogger('pelican').addHandler(_SkipRecorder())
    signals.initialized.connect(_initialized)
    signals.article_generator_finalized.connect(_articles)
    signals.page_generator_finalized.connect(_pages)
    # Before the pages are written: a theme that fails to render cannot
    # lose the dump.
    signals.all_generators_finalized.connect(_write)
