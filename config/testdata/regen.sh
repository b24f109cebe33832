#!/usr/bin/env bash
# Regenerates the *.expected.jsonl files in this folder: the sites here
# exercise the generator settings folio reads (config.Detect), and each is
# run through the real Pelican, Hugo or Jekyll (Debian bookworm packages)
# with the dump plugins of testdata/generators/dump. The fidelity harness
# (config/fidelity_test.go) compares folio with these files.
#
# Paths in the output: Pelican's are relative to the content folder, as
# its dump writes them; Hugo's and Jekyll's are rewritten to be relative to
# the site root, because their dumps name files relative to the content
# (or collections) folder, which these sites move.
#
# Usage: config/testdata/regen.sh   (needs pelican, hugo, jekyll, python3)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dump=$(cd "$here/../../testdata/generators/dump" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1

copy_site() {
	cp -a "$1" "$2"
	find "$2" -exec touch -h -d 2001-02-03T04:05:06Z {} +
}

for name in pelican-settings-a pelican-settings-b; do
	copy_site "$here/$name" "$work/$name"
	(cd "$work/$name" && FOLIO_DUMP_OUT="$work/$name.jsonl" pelican -s pelicanconf.py -o "$work/$name.out" \
		-e "PLUGIN_PATHS=[\"$dump/pelican\"]" 'PLUGINS=["folio_dump"]') >"$work/$name.log" 2>&1 ||
		{ cat "$work/$name.log" >&2; exit 1; }
	cp "$work/$name.jsonl" "$here/$name.expected.jsonl"
done

for name in hugo-settings-a hugo-settings-b; do
	copy_site "$here/$name" "$work/$name"
	hugo --quiet --source "$work/$name" --destination "$work/$name.out" \
		--config "$work/$name/hugo.toml,$dump/hugo/dump.toml" \
		--themesDir "$dump/hugo/themes" --theme folio-dump --buildDrafts --buildFuture --buildExpired
	# The dump names pages "content/" + their path in their content folder;
	# map them back to the site's own folders (per language for B).
	python3 - "$work/$name" "$work/$name.out/folio-dump.json" "$here/$name.expected.jsonl" <<-'PY'
		import json, os, sys, tomllib
		site, dump, out = sys.argv[1:]
		conf = tomllib.load(open(os.path.join(site, 'hugo.toml'), 'rb'))
		dirs = {lang: c['contentDir'] for lang, c in conf.get('languages', {}).items() if 'contentDir' in c}
		default = conf.get('contentDir', 'content')
		rows = {}
		for line in open(dump, encoding='utf-8'):
		    if line.strip():
		        row = json.loads(line)
		        row.pop('filename', None)
		        rel = row['path'].removeprefix('content/')
		        row['path'] = dirs.get(row.get('lang'), default) + '/' + rel
		        rows[row['path']] = row
		for top in sorted(set(dirs.values()) | {default}):
		    for dirpath, _, files in os.walk(os.path.join(site, top)):
		        for f in files:
		            p = os.path.relpath(os.path.join(dirpath, f), site).replace(os.sep, '/')
		            rows.setdefault(p, {'path': p, 'error': 'not read by Hugo'})
		with open(out, 'w', encoding='utf-8') as w:
		    for p in sorted(rows):
		        w.write(json.dumps(rows[p], ensure_ascii=False, sort_keys=True) + '\n')
	PY
done

name=jekyll-settings
copy_site "$here/$name" "$work/$name"
# Jekyll reads _config.yml from the folder it runs in; "source:" then moves
# the content, so it runs without --source.
(cd "$work/$name" && FOLIO_DUMP_OUT="$work/$name.jsonl" jekyll build --destination "$work/$name.out" \
	--plugins "$dump/jekyll" --drafts --future --unpublished) >"$work/$name.log" 2>&1 ||
	{ cat "$work/$name.log" >&2; exit 1; }
python3 - "$work/$name" "$work/$name.jsonl" "$here/$name.expected.jsonl" <<-'PY'
	import json, os, sys
	site, dump, out = sys.argv[1:]
	source, coll = 'site', 'coll'  # as in its _config.yml
	rows = {}
	for line in open(dump, encoding='utf-8'):
	    if not line.strip():
	        continue
	    row = json.loads(line)
	    p = row['path']
	    parts = p.split('/')
	    if 'error' not in row and ('_posts' in parts or '_drafts' in parts):
	        p = coll + '/' + p  # posts are named inside collections_dir
	    row['path'] = source + '/' + p
	    if 'error' in row and row['path'] in rows:
	        continue
	    rows[row['path']] = row
	# The dump cannot match posts it read under collections_dir to their
	# files, and says they were not read; the rows above say they were.
	rows = {p: r for p, r in rows.items()
	        if not ('error' in r and any(q != p and 'error' not in s and q.endswith(p.split('/', 1)[1].split(coll + '/', 1)[-1]) for q, s in rows.items()))}
	with open(out, 'w', encoding='utf-8') as w:
	    for p in sorted(rows):
	        w.write(json.dumps(rows[p], ensure_ascii=False) + '\n')
PY

# The sites that reproduce issue 10's classes (*-classes*), dumped by the
# script that dumps real sites, which also records what each site
# publishes now (scheduled, expired) by building it a second time.
dumpsite=$(cd "$here/../../testdata/realsites" && pwd)/dump.sh
"$dumpsite" pelican "$here/pelican-classes-a" "$here/pelican-classes-a.expected.jsonl" settings.py content
"$dumpsite" pelican "$here/pelican-classes-b" "$here/pelican-classes-b.expected.jsonl" blogconf.py
# Issue 21's classes: pelican given its content folder on the command
# line (as the site's Makefile runs it) and HTML content.
"$dumpsite" pelican "$here/pelican-classes-c" "$here/pelican-classes-c.expected.jsonl" peliconf.py content
"$dumpsite" hugo "$here/hugo-classes-g" "$here/hugo-classes-g.expected.jsonl"
# A Pelican site read by the yaml_metadata plugin, which is not packaged
# for Debian: YAML_METADATA_PLUGIN names a checkout of
# pelican-plugins/yaml-metadata (PyYAML is python3-yaml). Without it the
# committed expected file is kept. The settings' pyembed extension is
# not installed either.
if [[ -n ${YAML_METADATA_PLUGIN:-} ]]; then
	DUMP_SED='/"pyembed.markdown"/d' DUMP_PLUGINS="$YAML_METADATA_PLUGIN/pelican/plugins:yaml_metadata" \
		"$dumpsite" pelican "$here/pelican-classes-d" "$here/pelican-classes-d.expected.jsonl"
else
	echo "YAML_METADATA_PLUGIN is not set: pelican-classes-d.expected.jsonl kept" >&2
fi
# The same for pandoc-reader (PANDOC_READER_PLUGIN: a checkout of
# pelican-plugins/pandoc-reader; it runs Debian's pandoc).
if [[ -n ${PANDOC_READER_PLUGIN:-} ]]; then
	DUMP_PLUGINS="$PANDOC_READER_PLUGIN/pelican/plugins:pandoc_reader" \
		"$dumpsite" pelican "$here/pelican-classes-e" "$here/pelican-classes-e.expected.jsonl"
else
	echo "PANDOC_READER_PLUGIN is not set: pelican-classes-e.expected.jsonl kept" >&2
fi
"$dumpsite" hugo "$here/hugo-classes-a" "$here/hugo-classes-a.expected.jsonl"
"$dumpsite" hugo "$here/hugo-classes-b" "$here/hugo-classes-b.expected.jsonl"
"$dumpsite" hugo "$here/hugo-classes-c" "$here/hugo-classes-c.expected.jsonl"
"$dumpsite" hugo "$here/hugo-classes-d" "$here/hugo-classes-d.expected.jsonl"
# Issue 21's Hugo classes, from real sites (each folder's README names them).
"$dumpsite" hugo "$here/hugo-classes-e" "$here/hugo-classes-e.expected.jsonl"
"$dumpsite" hugo "$here/hugo-classes-f" "$here/hugo-classes-f.expected.jsonl"
"$dumpsite" hugo "$here/hugo-classes-authors" "$here/hugo-classes-authors.expected.jsonl"
"$dumpsite" jekyll "$here/jekyll-classes" "$here/jekyll-classes.expected.jsonl"
"$dumpsite" jekyll "$here/jekyll-classes-b" "$here/jekyll-classes-b.expected.jsonl"
"$dumpsite" jekyll "$here/jekyll-classes-c" "$here/jekyll-classes-c.expected.jsonl"
