#!/usr/bin/env bash
# Regenerates the *.expected.jsonl files in this folder by running the real
# Pelican, Hugo and Jekyll (Debian bookworm packages) on the fixtures and on
# examples/blog, and dumping what each generator read from every content file.
#
# Every site is copied to a temporary folder first, so the generators never
# write caches or output next to the fixtures, and every copied file's
# modification time is pinned to $PINNED_MTIME, because Jekyll dates undated
# drafts by it. The dump plugins and templates live in dump/, outside every
# content folder.
#
# Usage: testdata/generators/regen.sh   (from anywhere; needs pelican, hugo,
# jekyll and /usr/bin/python3). REGEN_KEEP=DIR keeps the generators' logs and
# output in DIR for inspection.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
dump="$here/dump"
work=$(mktemp -d)
readonly PINNED_MTIME=2001-02-03T04:05:06Z

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

# copy_site SRC DEST: copies a site and pins every modification time.
copy_site() {
	cp -a "$1" "$2"
	chmod -R u+w "$2"
	find "$2" -exec touch -h -d "$PINNED_MTIME" {} +
}

# error_row REL LOG SITE: prints {"path": REL, "error": …} with the message a
# generator gave when it aborted, the temporary site folder removed from it.
error_row() {
	REL=$1 SITE=$3 /usr/bin/python3 - "$2" <<-'EOF'
		import json, os, re, sys
		text = re.sub(r'\x1b\[[0-9;]*m', '', open(sys.argv[1], encoding='utf-8').read())
		lines = [line.strip() for line in text.splitlines()]
		message = ''
		for i, line in enumerate(lines):
		    if line.startswith('ERROR: YOUR SITE COULD NOT BE BUILT'):  # Jekyll
		        message = next(l for l in lines[i + 1:] if l and set(l) != {'-'})
		        break
		    if line.startswith('Error: '):  # Hugo
		        message = line[len('Error: '):].removeprefix('Error building site: ')
		        break
		message = message.replace(os.environ['SITE'] + '/', '') or 'build failed'
		print(json.dumps({'path': os.environ['REL'], 'error': message}, ensure_ascii=False))
	EOF
}

# isolate_broken NAME SITE BUILD CONFIG...: one bad front matter makes Hugo
# and Jekyll abort the whole build, so files whose name contains "broken-"
# are taken out of SITE and built alone, each in a site of its own with the
# same CONFIG files, by the function BUILD SITE DEST. Prints the DEST of each
# build that succeeded anyway and appends the error rows of the others to
# $work/NAME.errors.jsonl.
isolate_broken() {
	local name=$1 site=$2 build=$3 file rel alone config
	shift 3
	: >"$work/$name.errors.jsonl"
	while IFS= read -r -d '' file; do
		rel=${file#"$site"/}
		alone="$work/$name.broken/${rel//\//_}"
		mkdir -p "$alone/$(dirname "$rel")"
		for config in "$@"; do
			cp "$site/$config" "$alone/"
		done
		mv "$file" "$alone/$rel"
		if "$build" "$alone" "$alone.out" >"$alone.log" 2>&1; then
			printf '%s\n' "$alone.out"
		else
			error_row "$rel" "$alone.log" "$alone" >>"$work/$name.errors.jsonl"
		fi
	done < <(find "$site" -name '*broken-*' -type f -print0 | sort -z)
}

# pelican_site NAME SITE_DIR: runs Pelican with the folio_dump plugin, which
# writes the expected file itself (Pelican skips bad files and goes on).
pelican_site() {
	local name=$1 site="$work/$1"
	copy_site "$2" "$site"
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
# future and expired pages included; the dump lands in DEST/folio-dump.json.
hugo_build() {
	local site=$1 dest=$2 config future=(--buildFuture --buildExpired)
	# HUGO_AS_PUBLISHED=1 builds as the site publishes.
	[[ -n ${HUGO_AS_PUBLISHED:-} ]] && future=()
	for config in hugo.toml hugo.yaml hugo.json config.toml config.yaml config.json; do
		[[ -f $site/$config ]] && break
	done
	hugo --quiet --source "$site" --destination "$dest" \
		--config "$site/$config,$dump/hugo/dump.toml" \
		--themesDir "$dump/hugo/themes" --theme folio-dump \
		--buildDrafts "${future[@]}"
}

hugo_site() {
	local name=$1 src=$2 site="$work/$1" configs=() inputs config
	copy_site "$src" "$site"
	log "hugo: $name"
	for config in hugo.toml config.toml; do
		[[ -f $site/$config ]] && configs+=("$config")
	done
	mapfile -t inputs < <(isolate_broken "$name" "$site" hugo_build "${configs[@]}" |
		sed 's|$|/folio-dump.json|')
	hugo_build "$site" "$work/$name.public" >"$work/$name.log" 2>&1 || {
		cat "$work/$name.log" >&2
		return 1
	}
	# Built again as the site publishes (no -F -E): collect.py gives each
	# page the status it has then (scheduled or expired when missing).
	HUGO_AS_PUBLISHED=1 hugo_build "$site" "$work/$name.published" >>"$work/$name.log" 2>&1 || {
		cat "$work/$name.log" >&2
		return 1
	}
	FOLIO_PUBLISHED="$work/$name.published/folio-dump.json" \
		/usr/bin/python3 "$dump/hugo/collect.py" "$src" "$here/$name.expected.jsonl" \
		"$work/$name.public/folio-dump.json" "$work/$name.errors.jsonl" "${inputs[@]}"
}

# jekyll_build SITE DEST: builds SITE with the folio_dump plugin, drafts,
# future and unpublished posts included; the dump lands in DEST.jsonl.
# Jekyll's clock (site.time, which dates a post whose front matter failed to
# parse) is pinned to $PINNED_MTIME too, through one more config file.
jekyll_build() {
	printf 'time: %s\n' "$PINNED_MTIME" >"$work/jekyll-time.yml"
	FOLIO_DUMP_OUT="$2.jsonl" jekyll build --source "$1" --destination "$2" \
		--config "$1/_config.yml,$work/jekyll-time.yml" \
		--plugins "$dump/jekyll" --drafts --future --unpublished
}

jekyll_site() {
	local name=$1 site="$work/$1" inputs
	copy_site "$2" "$site"
	log "jekyll: $name"
	mapfile -t inputs < <(isolate_broken "$name" "$site" jekyll_build _config.yml |
		sed 's|$|.jsonl|')
	jekyll_build "$site" "$work/$name.public" >"$work/$name.log" 2>&1 || {
		cat "$work/$name.log" >&2
		return 1
	}
	# Built again as the site publishes now (no --future, the real clock):
	# a post missing then is scheduled.
	FOLIO_DUMP_OUT="$work/$name.published.jsonl" jekyll build --source "$site" \
		--destination "$work/$name.published" --config "$site/_config.yml" \
		--plugins "$dump/jekyll" --drafts --unpublished >>"$work/$name.log" 2>&1 || {
		cat "$work/$name.log" >&2
		return 1
	}
	# Merges the main dump with the rows of the broken files built alone,
	# and gives the main dump's posts their status.
	/usr/bin/python3 - "$here/$name.expected.jsonl" "$work/$name.published.jsonl" \
		"$work/$name.public.jsonl" "$work/$name.errors.jsonl" "${inputs[@]}" <<-'EOF'
		import json, sys
		rows = {}
		with open(sys.argv[2], encoding='utf-8') as lines:
		    published = {r['path'] for r in map(json.loads, filter(str.strip, lines)) if 'error' not in r}
		for name in sys.argv[3:]:
		    with open(name, encoding='utf-8') as lines:
		        for line in lines:
		            if line.strip():
		                row = json.loads(line)
		                if name == sys.argv[3] and 'error' not in row:
		                    if row.get('draft') or row.get('published') is False:
		                        row['status'] = 'draft'
		                    else:
		                        row['status'] = 'published' if row['path'] in published else 'scheduled'
		                rows.setdefault(row['path'], row)
		with open(sys.argv[1], 'w', encoding='utf-8') as out:
		    for path in sorted(rows):
		        out.write(json.dumps(rows[path], ensure_ascii=False,
		                             separators=(',', ':')) + '\n')
	EOF
}

pelican_site pelican-fixture "$here/pelican-fixture"
pelican_site example-blog "$repo/examples/blog"
hugo_site hugo-fixture "$here/hugo-fixture"
jekyll_site jekyll-fixture "$here/jekyll-fixture"
# Sites that exercise the settings that place pages (URLs).
pelican_site pelican-urls "$here/pelican-urls"
hugo_site hugo-urls "$here/hugo-urls"
for style in pretty custom custom2 ordinal weekdate none; do
	jekyll_site "jekyll-urls-$style" "$here/jekyll-urls-$style"
done
