#!/usr/bin/env bash
# Regenerates testdata/writer/place.jsonl: where `folio new` puts posts on
# sites laid out like real ones (place/<site>/: Hugo posts in content/post
# with an archetype, in content/blog, in a multilingual content/en; Pelican
# ARTICLE_PATHS and folder categories; Jekyll <lang>/news/_posts), and what
# Debian's pelican, hugo and jekyll read from what folio wrote there:
#
#   role "new"          folio new --draft=false "New post"
#   role "draft"        folio new "New draft"   (a draft, folio's default)
#   role "unpublished"  folio unpublish on the site's published posts (one
#                       with CRLF line endings and some with a byte order mark)
#
# One JSON object per line: "site", "role", and the generator's own row (the
# dump plugins of testdata/generators/dump). write_place_test.go checks that
# folio still writes those paths, that each generator read the new post as a
# post of the section, category or language folder most posts are in, the
# draft and the unpublished post as drafts, and that publish gives back the
# unpublished post byte for byte.
#
# Usage: testdata/writer/regen-place.sh   (needs go, pelican, hugo, jekyll
# and /usr/bin/python3; FOLIO=/path/to/folio uses that binary)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
dump="$repo/testdata/generators/dump"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 TZ=UTC
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
log() { printf '%s\n' "$*" >&2; }

folio=${FOLIO:-}
if [[ -z $folio ]]; then
	folio="$work/folio"
	(cd "$repo" && go build -o "$folio" .)
fi
date=2024-03-05T14:07:09+01:00

# The published posts each site unpublishes: the second has CRLF line
# endings, and some a byte order mark too.
declare -A unpublish=(
	[hugo-post]="content/post/first.md content/post/second.md"
	[hugo-blog]="content/blog/one.md content/blog/two.md"
	[hugo-multi]="content/en/post/one.md"
	[pelican-paths]="content/posts/alpha.md content/posts/beta.md"
	[pelican-cats]="content/Dev/one.rst content/Sys/backup.md"
	[jekyll-lang]="en/news/_posts/2015-05-01-release-01.md de/news/_posts/2015-05-02-version-02.md"
)

: >"$work/roles.tsv"
for site in "${!unpublish[@]}"; do
	s="$work/$site"
	cp -a "$here/place/$site" "$s"
	new=$("$folio" new --dir "$s" --no-edit --draft=false --date "$date" "New post")
	draft=$("$folio" new --dir "$s" --no-edit --date "$date" "New draft")
	printf '%s\tnew\t%s\n%s\tdraft\t%s\n' "$site" "${new#"$s"/}" "$site" "${draft#"$s"/}" >>"$work/roles.tsv"
	for rel in ${unpublish[$site]}; do
		"$folio" unpublish --dir "$s" "$s/$rel" >/dev/null
		printf '%s\tunpublished\t%s\n' "$site" "$rel" >>"$work/roles.tsv"
	done
done

for site in pelican-paths pelican-cats; do
	log "pelican: $site"
	(cd "$work/$site" && FOLIO_DUMP_OUT="$work/$site.jsonl" pelican -s pelicanconf.py -o "$work/$site.out" \
		-e "PLUGIN_PATHS=[\"$dump/pelican\"]" 'PLUGINS=["folio_dump"]') >"$work/$site.log" 2>&1 || {
		cat "$work/$site.log" >&2
		exit 1
	}
done
for site in hugo-post hugo-blog hugo-multi; do
	log "hugo: $site"
	hugo --quiet --source "$work/$site" --destination "$work/$site.out" \
		--config "$work/$site/hugo.toml,$dump/hugo/dump.toml" \
		--themesDir "$dump/hugo/themes" --theme folio-dump \
		--buildDrafts --buildFuture --buildExpired >"$work/$site.log" 2>&1 || {
		cat "$work/$site.log" >&2
		exit 1
	}
	cp "$work/$site.out/folio-dump.json" "$work/$site.jsonl"
done
log "jekyll: jekyll-lang"
FOLIO_DUMP_OUT="$work/jekyll-lang.jsonl" jekyll build --source "$work/jekyll-lang" \
	--destination "$work/jekyll-lang.out" --plugins "$dump/jekyll" \
	--drafts --future --unpublished >"$work/jekyll-lang.log" 2>&1 || {
	cat "$work/jekyll-lang.log" >&2
	exit 1
}

# The rows of the files folio wrote or changed, by site and role. Pelican's
# paths are relative to its content folder, Hugo's to the language's
# content folder.
/usr/bin/python3 - "$work" "$here/place.jsonl" <<'EOF'
import json, os, sys
work, out = sys.argv[1:]
rows = []
for line in open(os.path.join(work, 'roles.tsv'), encoding='utf-8'):
    site, role, path = line.rstrip('\n').split('\t')
    want, lang = path, None
    if site.startswith('pelican'):
        want = path.removeprefix('content/')
    elif site == 'hugo-multi':
        # Hugo names a file by its path in its language's content folder.
        _, lang, rest = path.split('/', 2)
        want = 'content/' + rest
    found = [r for r in (json.loads(l) for l in open(os.path.join(work, site + '.jsonl'), encoding='utf-8') if l.strip())
             if r.get('path') == want and (lang is None or r.get('lang') == lang)]
    if len(found) != 1:
        sys.exit(f'{site}: {len(found)} generator rows for {path}')
    rows.append({'site': site, 'role': role, **found[0], 'path': path})
rows.sort(key=lambda r: (r['site'], r['role'], r['path']))
with open(out, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n')
EOF
log "wrote $here/place.jsonl ($(wc -l <"$here/place.jsonl") rows)"
