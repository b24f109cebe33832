#!/usr/bin/env bash
# Regenerates the writer's real-generator round trip:
#
#   sites/<site>/…       every case of cases.jsonl written by `folio new` in
#                        each site's style (the golden files folio writes)
#   generated.jsonl      what Debian's pelican, hugo and jekyll read from
#                        each of those files, one JSON object per line with
#                        "site" and the generator's own row
#
# write_generators_test.go checks that folio still writes exactly these files
# and that every generator read back exactly what was entered.
#
# The generators' dump plugin and templates are the ones in
# testdata/generators/dump, used by path. The generators run on copies in a
# temporary folder, so they never write next to the committed files.
#
# Usage: testdata/writer/regen.sh   (needs go, pelican, hugo, jekyll and
# /usr/bin/python3; FOLIO=/path/to/folio uses that binary instead of
# building one)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
dump="$repo/testdata/generators/dump"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 TZ=UTC
log() { printf '%s\n' "$*" >&2; }

folio=${FOLIO:-}
if [[ -z $folio ]]; then
	folio="$work/folio"
	(cd "$repo" && go build -o "$folio" .)
fi

# The date every post gets; Jekyll's file names carry its day.
date=2024-03-05T14:07:09+01:00
day=2024-03-05

sites="$here/sites"
rm -rf "$sites"
mkdir -p "$sites/pelican/content" "$sites/hugo-toml/content/posts" \
	"$sites/hugo-yaml/content/posts" "$sites/jekyll"

cat >"$sites/pelican/pelicanconf.py" <<'EOF'
AUTHOR = 'Site Author'
SITENAME = 'folio writer round trip'
SITEURL = ''
PATH = 'content'
TIMEZONE = 'UTC'
DEFAULT_LANG = 'en'
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = False
EOF
for s in hugo-toml hugo-yaml; do
	cat >"$sites/$s/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
title = "folio writer round trip"
timeZone = "UTC"
EOF
done
cat >"$sites/jekyll/_config.yml" <<'EOF'
title: folio writer round trip
timezone: UTC
EOF

# Every case in every site. The case "dash" is a draft, the others are
# published, so both kinds of status are checked.
log "folio new: $(wc -l <"$here/cases.jsonl") cases × 4 sites"
/usr/bin/python3 - "$folio" "$sites" "$date" "$day" "$here/cases.jsonl" <<'EOF'
import json, subprocess, sys
folio, sites, date, day, cases = sys.argv[1:]
formats = {
    'pelican': ('pelican', 'content/{id}.md', 'content/{id}.md'),
    'hugo-toml': ('hugo', 'content/posts/{id}.md', 'content/posts/{id}.md'),
    'hugo-yaml': ('hugo-yaml', 'content/posts/{id}.md', 'content/posts/{id}.md'),
    'jekyll': ('jekyll', '_posts/' + day + '-{id}.md', '_drafts/{id}.md'),
}
for line in open(cases, encoding='utf-8'):
    case = json.loads(line)
    draft = case['id'] == 'dash'
    for site, (fmt, path, draft_path) in formats.items():
        args = [folio, 'new', '--dir', sites + '/' + site, '--no-edit',
                '--format', fmt, '--date', date,
                '--path', (draft_path if draft else path).replace('{id}', case['id']),
                '--draft=' + ('true' if draft else 'false'),
                '--category', case['category']]
        for t in case['tags']:
            args += ['--tag', t]
        for a in case['authors']:
            args += ['--author', a]
        args += ['--', case['title']]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
EOF

log "pelican"
cp -a "$sites/pelican" "$work/pelican"
(
	cd "$work/pelican"
	FOLIO_DUMP_OUT="$work/pelican.jsonl" pelican -s pelicanconf.py -o "$work/pelican.out" \
		-e "PLUGIN_PATHS=[\"$dump/pelican\"]" 'PLUGINS=["folio_dump"]'
) >"$work/pelican.log" 2>&1 || {
	cat "$work/pelican.log" >&2
	exit 1
}

for s in hugo-toml hugo-yaml; do
	log "hugo: $s"
	cp -a "$sites/$s" "$work/$s"
	hugo --quiet --source "$work/$s" --destination "$work/$s.out" \
		--config "$work/$s/hugo.toml,$dump/hugo/dump.toml" \
		--themesDir "$dump/hugo/themes" --theme folio-dump \
		--buildDrafts --buildFuture --buildExpired >"$work/$s.log" 2>&1 || {
		cat "$work/$s.log" >&2
		exit 1
	}
	cp "$work/$s.out/folio-dump.json" "$work/$s.jsonl"
done

log "jekyll"
cp -a "$sites/jekyll" "$work/jekyll"
FOLIO_DUMP_OUT="$work/jekyll.jsonl" jekyll build --source "$work/jekyll" \
	--destination "$work/jekyll.out" --plugins "$dump/jekyll" \
	--drafts --future --unpublished >"$work/jekyll.log" 2>&1 || {
	cat "$work/jekyll.log" >&2
	exit 1
}

# One file: the rows of the posts folio wrote, tagged with their site,
# sorted, with sorted keys.
/usr/bin/python3 - "$work" "$here/generated.jsonl" <<'EOF'
import json, os, sys
work, out = sys.argv[1:]
rows = []
for site in ('pelican', 'hugo-toml', 'hugo-yaml', 'jekyll'):
    with open(os.path.join(work, site + '.jsonl'), encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            if site.startswith('hugo'):
                if not row.get('path', '').startswith('content/posts/') or row.get('kind') != 'page':
                    continue
            if site == 'jekyll' and not row['path'].startswith(('_posts/', '_drafts/')):
                continue
            rows.append({'site': site, **row})
rows.sort(key=lambda r: (r['site'], r['path']))
with open(out, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n')
EOF
log "wrote $here/generated.jsonl ($(wc -l <"$here/generated.jsonl") rows)"
