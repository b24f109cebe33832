#!/usr/bin/env bash
# Regenerates the *.expected.jsonl files in this folder by running the real
# Pelican, Hugo and Jekyll (Debian bookworm packages) on the fixtures and on
# examples/blog, and dumping what each generator read from every content file.
#
# Every site is copied to a temporary folder first, so the generators never
# write caches or output next to the fixtures. The dump plugin and templates
# live in dump/, outside every content folder.
#
# Usage: testdata/generators/regen.sh   (from anywhere; needs pelican, hugo,
# jekyll and /usr/bin/python3 on the machine)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
dump="$here/dump"
work=$(mktemp -d)
# REGEN_KEEP=DIR keeps the generators' logs and output there for inspection.
cleanup() {
	if [[ -n ${REGEN_KEEP:-} ]]; then
		rm -rf "$REGEN_KEEP" && cp -a "$work" "$REGEN_KEEP"
	fi
	rm -rf "$work"
}
trap cleanup EXIT

export LC_ALL=C.UTF-8
export PYTHONDONTWRITEBYTECODE=1

log() { printf '%s\n' "$*" >&2; }

# pelican_site NAME SITE_DIR: runs Pelican with the folio_dump plugin.
pelican_site() {
	local name=$1 src=$2 site="$work/$1"
	cp -a "$src" "$site"
	log "pelican: $name"
	(
		cd "$site"
		FOLIO_DUMP_OUT="$work/$name.jsonl" pelican -s pelicanconf.py \
			-o "$work/$name.output" \
			-e "PLUGIN_PATHS=[\"$dump/pelican\"]" 'PLUGINS=["folio_dump"]'
	) >"$work/$name.log" 2>&1 || {
		cat "$work/$name.log" >&2
		return 1
	}
	cp "$work/$name.jsonl" "$here/$name.expected.jsonl"
}

pelican_site pelican-fixture "$here/pelican-fixture"
pelican_site example-blog "$repo/examples/blog"
