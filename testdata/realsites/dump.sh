#!/usr/bin/env bash
# Dumps what a real generator reads from a real site checked out outside
# this repository (see /work/realsites/INDEX.md for the ones we use), as
# one JSON object per content file, in the format of
# testdata/generators/*.expected.jsonl (url/relPermalink fields included).
# config/realsites_test.go then compares folio with the dump.
#
# Usage: testdata/realsites/dump.sh GENERATOR SITE_DIR OUT.jsonl [ARGS…]
#   GENERATOR  pelican | hugo | jekyll
#   ARGS       pelican: [SETTINGS_FILE [CONTENT_DIR]] as the site's Makefile
#              passes them (default pelicanconf.py and the file's PATH)
#
# The site is copied to a temporary folder and built there, so nothing is
# written beside the checkout. Themes and plugins a site names are usually
# not in its repository; what this script overrides to build without them
# (and so what may differ from the site's own build):
#   pelican  THEME=simple (built in), DIRECT_TEMPLATES=[], TEMPLATE_PAGES={},
#            TYPOGRIFY=false; PLUGINS=[folio_dump] only, so plugins that add
#            metadata do not run, but those DUMP_PLUGINS names
#            ("FOLDER:NAME …", e.g. a reader plugin's checkout).
#   hugo     --theme folio-dump,<the site's themes/*> (the dump theme first,
#            the site's for its shortcodes and partials; every other layout,
#            the site's own included, is removed), minifyOutput off, with
#            -D -F -E; a site with a config/ folder gets the dump's settings
#            as an environment of its own (--environment folio-dump).
#   jekyll   Gemfile removed, theme: null, plugins: [] (gems not installed);
#            --drafts --future --unpublished; it stops once the site is read
#            (FOLIO_DUMP_STOP=1), as the dump needs no rendering.
#   DUMP_SED=script edits the copied settings file (pelican) or _config.yml
#            (jekyll) before the build: for imports of modules the checkout
#            lacks, or YAML that this Jekyll's Psych rejects (permalink: :x
#            is a Ruby Symbol to Psych 4).
# Hugo and Jekyll build twice, the second time as the site publishes
# (without -F -E, without --future), and each row gets "status": draft,
# published, scheduled or expired, by which build has it.
set -euo pipefail
gen=$1 src=$(cd "$2" && pwd) out=$(realpath -m "$3")
shift 3
dump=$(cd "$(dirname "${BASH_SOURCE[0]}")/../generators/dump" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
site="$work/site"
cp -a "$src" "$site"
chmod -R u+w "$site"

case $gen in
pelican)
	conf=${1:-pelicanconf.py}
	# DUMP_SED edits the copied settings file (sed script), for settings
	# that import modules the checkout lacks.
	[[ -n ${DUMP_SED:-} ]] && sed -i -e "$DUMP_SED" "$site/$conf"
	args=(-s "$conf")
	[[ -n ${2:-} ]] && args=("$2" "${args[@]}")
	# DUMP_PLUGINS="FOLDER:NAME …" runs reader plugins beside the dump
	# (a checkout of pelican-plugins/yaml-metadata: its
	# pelican/plugins folder and yaml_metadata).
	paths="\"$dump/pelican\"" names='"folio_dump"'
	for p in ${DUMP_PLUGINS:-}; do
		paths+=",\"${p%:*}\"" names+=",\"${p##*:}\""
	done
	(cd "$site" && FOLIO_DUMP_OUT="$out" pelican "${args[@]}" -o "$work/out" \
		-e "PLUGIN_PATHS=[$paths]" "PLUGINS=[$names]" 'THEME="simple"' \
		'CACHE_CONTENT=false' 'LOAD_CONTENT_CACHE=false' \
		'DIRECT_TEMPLATES=[]' 'TEMPLATE_PAGES={}' 'TYPOGRIFY=false') >"$work/log" 2>&1 ||
		{ grep -v "^\s*from " "$work/log" | tail -n 15 >&2; exit 1; }
	grep -E 'ERROR|CRITICAL' "$work/log" | head -20 >&2 || true
	;;
hugo)
	configs=()
	for c in hugo.toml hugo.yaml hugo.yml hugo.json config.toml config.yaml config.yml config.json; do
		[[ -f $site/$c ]] && { configs+=("$site/$c"); break; }
	done
	# The dump is JSON Lines: a site that minifies its output would
	# reject it as JSON.
	printf '[minify]\nminifyOutput = false\n' >"$work/nominify.toml"
	configs+=("$dump/hugo/dump.toml" "$work/nominify.toml")
	# A config folder outranks --config; the dump's settings go in an
	# environment of their own there, which outranks _default.
	env=()
	if [[ -d $site/config ]]; then
		mkdir -p "$site/config/folio-dump"
		cat "$dump/hugo/dump.toml" "$work/nominify.toml" >"$site/config/folio-dump/hugo.toml"
		env=(--environment folio-dump)
	fi
	# The dump theme comes first; the site's own themes stay behind it
	# for the shortcodes its content calls.
	themes=folio-dump
	mkdir -p "$site/themes"
	# The site's own layouts outrank every theme's: keep only its
	# shortcodes and partials, as for its themes.
	# (layoutDir may move them: every layouts folder outside themes/).
	find "$site" -path "$site/themes" -prune -o -type d -name layouts -print |
		while IFS= read -r l; do
			find "$l" -mindepth 1 -maxdepth 1 ! -name shortcodes ! -name partials -exec rm -rf {} +
		done
	for t in "$site"/themes/*/; do
		[[ -d $t ]] || continue
		themes+=,$(basename "$t")
		# Only the shortcodes (and the partials they call) are kept; the
		# theme's page layouts would need its asset pipeline.
		find "$t/layouts" -mindepth 1 -maxdepth 1 ! -name shortcodes ! -name partials \
			-exec rm -rf {} + 2>/dev/null || true
	done
	cp -a "$dump/hugo/themes/folio-dump" "$site/themes/"
	hugo_build() { # DEST [FLAGS…]
		local dest=$1
		shift
		(IFS=,; hugo --quiet --source "$site" --destination "$dest" --config "${configs[*]}" \
			--themesDir "$site/themes" --theme "$themes" "${env[@]}" --buildDrafts "$@") >"$work/log" 2>&1 ||
			{ grep -v "^\s*from " "$work/log" | tail -n 15 >&2; exit 1; }
	}
	hugo_build "$work/out" --buildFuture --buildExpired
	# Built again as the site publishes: what is missing then is
	# scheduled or expired.
	hugo_build "$work/published"
	# One folio-dump.json per language at most; keep every row.
	# Each language writes its own dump; a row's path is made relative to
	# the site from its file name, as languages may have content folders
	# of their own.
	find "$work/published" -name folio-dump.json -print0 | xargs -0 cat >"$work/published.json"
	find "$work/out" -name folio-dump.json -print0 | xargs -0 cat |
		/usr/bin/python3 -c '
import json, os, sys
from datetime import datetime, timezone
published = {json.loads(l).get("filename") for l in open(sys.argv[2]) if l.strip()}
now = datetime.now(timezone.utc)
for line in sys.stdin:
    if line.strip():
        row = json.loads(line)
        if "resource" not in row:
            # status: what the site publishes, beside the -D -F -E dump.
            if row.get("draft"):
                row["status"] = "draft"
            elif row.get("filename") in published:
                row["status"] = "published"
            elif row.get("expiryDate") and datetime.fromisoformat(row["expiryDate"].replace("Z", "+00:00")) <= now:
                row["status"] = "expired"
            else:
                row["status"] = "scheduled"
        if row.get("filename"):
            row["path"] = os.path.relpath(row["filename"], sys.argv[1])
        print(json.dumps(row, ensure_ascii=False))
' "$site" "$work/published.json" >"$work/all.json"
	/usr/bin/python3 "$dump/hugo/collect.py" "$site" "$out" "$work/all.json"
	;;
jekyll)
	rm -f "$site/Gemfile" "$site/Gemfile.lock" # gems are not installed
	printf 'theme: null\nplugins: []\ngems: []\n' >"$work/override.yml"
	cfg="$site/_config.yml"
	[[ -f $cfg ]] || cfg="$site/_config.yaml"
	[[ -n ${DUMP_SED:-} ]] && sed -i -e "$DUMP_SED" "$cfg"
	cfgs="$work/override.yml"
	[[ -f $cfg ]] && cfgs="$cfg,$cfgs"
	# Built first as the site publishes (drafts and unpublished posts
	# included): a post missing then and present with --future is
	# scheduled.
	(cd "$site" && rm -f "$work/published.jsonl"; FOLIO_DUMP_STOP=1 FOLIO_DUMP_OUT="$work/published.jsonl" jekyll build \
		--destination "$work/published" --config "$cfgs" --plugins "$dump/jekyll" --drafts --unpublished) >"$work/log" 2>&1 ||
		[[ -s $work/published.jsonl ]] || { grep -v "^\s*from " "$work/log" | tail -n 5 >&2; exit 1; }
	(cd "$site" && rm -f "$out"; FOLIO_DUMP_STOP=1 FOLIO_DUMP_OUT="$out" jekyll build --destination "$work/out" \
		--config "$cfgs" --plugins "$dump/jekyll" --drafts --future --unpublished) >"$work/log" 2>&1 || {
		# The dump is written once the site is read; a failure while
		# rendering (a Liquid tag from a plugin not loaded) comes later.
		grep -v "^\s*from " "$work/log" | grep -v '^.\[31m ' | tail -n 3 >&2
		[[ -s $out ]] || exit 1
		echo "(rendering failed after the dump was written; the dump is complete)" >&2
	}
	/usr/bin/python3 - "$out" "$work/published.jsonl" <<-'PY'
		import json, sys
		out, published = sys.argv[1:]
		rows = [json.loads(l) for l in open(published, encoding="utf-8") if l.strip()]
		seen = {r["path"] for r in rows if "error" not in r}
		rows = [json.loads(l) for l in open(out, encoding="utf-8") if l.strip()]
		with open(out, "w", encoding="utf-8") as w:
		    for row in rows:
		        if "error" not in row:
		            if row.get("draft") or row.get("published") is False:
		                row["status"] = "draft"
		            else:
		                row["status"] = "published" if row["path"] in seen else "scheduled"
		        w.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
	PY
	# The dump names files relative to the source folder; make them
	# relative to the site, as folio does.
	source=$(ruby -ryaml -e 'c = File.exist?(ARGV[0]) ? YAML.unsafe_load_file(ARGV[0]) : nil
		puts((c.is_a?(Hash) ? c["source"].to_s : "").sub(%r{\A\./}, "").chomp("/"))' "$cfg")
	if [[ -n $source && $source != . ]]; then
		sed -i "s|^{\"path\":\"|{\"path\":\"$source/|" "$out"
	fi
	;;
*)
	echo "unknown generator $gen" >&2
	exit 2
	;;
esac
echo "$(grep -vc '"error"' "$out") posts and pages, $(grep -c '"error"' "$out") files not read: $out" >&2
