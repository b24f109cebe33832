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

# hugo_build SITE DEST: builds SITE with the folio-dump output format, drafts,
# future and expired pages included.
hugo_build() {
	local site=$1 dest=$2 config
	for config in hugo.toml hugo.yaml hugo.json config.toml config.yaml config.json; do
		[[ -f $site/$config ]] && break
	done
	hugo --quiet --source "$site" --destination "$dest" \
		--config "$site/$config,$dump/hugo/dump.toml" \
		--themesDir "$dump/hugo/themes" --theme folio-dump \
		--buildDrafts --buildFuture --buildExpired
}

# hugo_site NAME SITE_DIR: one bad front matter makes Hugo abort the whole
# build, so files named broken-* are taken out of the main build and built
# alone, each in a site of its own, to record the error Hugo gives for them.
hugo_site() {
	local name=$1 src=$2 site="$work/$1" broken="$work/$1.broken" file rel alone
	local inputs=("$work/$name.public/folio-dump.json" "$work/$name.errors.jsonl")
	cp -a "$src" "$site"
	log "hugo: $name"
	: >"$work/$name.errors.jsonl"
	while IFS= read -r -d '' file; do
		rel=${file#"$site"/}
		alone="$broken/$(basename "$file")"
		mkdir -p "$alone/$(dirname "$rel")"
		cp "$site"/hugo.toml "$site"/config.toml "$alone"/ 2>/dev/null || true
		mv "$file" "$alone/$rel"
		if hugo_build "$alone" "$alone.public" >"$alone.log" 2>&1; then
			inputs+=("$alone.public/folio-dump.json")
		else
			sed -n 's/^Error: \(Error building site: \)\{0,1\}//p' "$alone.log" |
				sed "s|$alone/||g" |
				REL=$rel /usr/bin/python3 -c 'import json, os, sys
print(json.dumps({"path": os.environ["REL"], "error": sys.stdin.read().strip()}, ensure_ascii=False))' \
					>>"$work/$name.errors.jsonl"
		fi
	done < <(find "$site/content" -name 'broken-*' -type f -print0)
	hugo_build "$site" "$work/$name.public" >"$work/$name.log" 2>&1 || {
		cat "$work/$name.log" >&2
		return 1
	}
	/usr/bin/python3 "$dump/hugo/collect.py" "$src" "$here/$name.expected.jsonl" "${inputs[@]}"
}

pelican_site pelican-fixture "$here/pelican-fixture"
pelican_site example-blog "$repo/examples/blog"
hugo_site hugo-fixture "$here/hugo-fixture"
