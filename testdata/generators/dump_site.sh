#!/usr/bin/env bash
# Dumps what a real Pelican, Hugo or Jekyll site's generator reads from
# every content file, with the dump code of dump/ (as regen.sh does for the
# fixtures), to compare folio with sites that are not in this repository.
# The site is copied to a temporary folder first; nothing is written into
# it.
#
# Usage: testdata/generators/dump_site.sh pelican|hugo|jekyll SITE_DIR OUT.jsonl
#
# Real sites use plugins and themes that are not installed here, so the
# builds are made to get as far as reading (the URLs need no more):
# Pelican runs without the site's plugins (PELICAN_SED='/^### Plugins/,$d'
# edits a copy of the settings, for settings files that import them), Hugo
# with the dump theme in front of the site's own and only their
# shortcodes, and Jekyll without plugins, stopping once the site is read
# (before any Liquid is rendered). Paths in the output are those of the dump code:
# relative to the content folder for Pelican, "content/…" for Hugo,
# relative to the source folder for Jekyll.
set -euo pipefail

gen=$1 src=$(cd "$2" && pwd) out=$(realpath -m "$3")
rm -f "$out"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dump="$here/dump"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
site="$work/site"
cp -a "$src" "$site"
chmod -R u+w "$site"

case $gen in
pelican)
	settings=${PELICAN_SETTINGS:-pelicanconf.py}
	if [[ -n ${PELICAN_SED:-} ]]; then
		# Settings that import modules not installed here (or Python 2
		# ones): edit a copy with the sed script PELICAN_SED.
		sed "$PELICAN_SED" "$site/$settings" >"$site/folio-dump-settings.py"
		settings=folio-dump-settings.py
	fi
	(cd "$site" && FOLIO_DUMP_OUT="$out" pelican -s "$settings" -o "$work/out" \
		-e TYPOGRIFY=false "PLUGIN_PATHS=[\"$dump/pelican\"]" 'PLUGINS=["folio_dump"]') >"$work/log" 2>&1 || true
	# The dump is written before the pages: a theme that fails is fine.
	[[ -s $out ]] || { tail -20 "$work/log" >&2; exit 1; }
	;;
hugo)
	config=
	for c in hugo.toml hugo.yaml hugo.json config.toml config.yaml config.json; do
		[[ -f $site/$c ]] && { config=$c; break; }
	done
	themes="$site/themes"
	mkdir -p "$themes"
	theme=$(cd "$site" && hugo config 2>/dev/null | sed -n 's/^theme\( =\|:\) *\(.*\)$/\2/p' | tr -d "'\" []" || true)
	# Only shortcodes matter for reading: the site's and its themes' other
	# templates may need a newer Hugo or fail to render here, so they go,
	# and a shortcode that is nowhere becomes one that shows its content.
	for layouts in "$site/layouts" "$themes"/*/layouts; do
		[[ -d $layouts ]] && find "$layouts" -mindepth 1 -maxdepth 1 ! -name shortcodes -exec rm -rf {} +
	done
	mkdir -p "$site/layouts/shortcodes"
	closed=$(grep -rhoE '\{\{[<%] */ *[A-Za-z][A-Za-z0-9_/-]*' "$site/content" 2>/dev/null | sed -E 's/\{\{[<%] *\/ *//' | sort -u || true)
	grep -rhoE '\{\{[<%] *[A-Za-z][A-Za-z0-9_/-]*' "$site/content" 2>/dev/null | sed -E 's/\{\{[<%] *//' | sort -u |
		while read -r sc; do
			ls "$site/layouts/shortcodes/$sc".* "$themes"/*/layouts/shortcodes/"$sc".* >/dev/null 2>&1 && continue
			mkdir -p "$(dirname "$site/layouts/shortcodes/$sc")"
			# One that is closed somewhere must use its content; one that
			# is not must not.
			if grep -qxF "$sc" <<<"$closed"; then
				echo '{{ .Inner }}' >"$site/layouts/shortcodes/$sc.html"
			else
				: >"$site/layouts/shortcodes/$sc.html"
			fi
		done || true
	cp -a "$dump/hugo/themes/folio-dump" "$themes/"
	hugo --quiet --source "$site" --destination "$work/public" \
		${config:+--config "$site/$config,$dump/hugo/dump.toml"} \
		--themesDir "$themes" --theme "folio-dump${theme:+,$theme}" \
		--buildDrafts --buildFuture --buildExpired >"$work/log" 2>&1 ||
		{ tail -20 "$work/log" >&2; exit 1; }
	# A multilingual site may render its home page under /en/: every
	# language's dump lists the pages of all of them.
	python3 "$dump/hugo/collect.py" "$site" "$out" "$(find "$work/public" -name folio-dump.json | sort | head -1)"
	;;
jekyll)
	printf 'plugins: []\n' >"$work/override.yml"
	config=_config.yml
	[[ -f $site/$config ]] || config=_config.yaml
	# From the site's folder, so that a source: setting holds.
	(cd "$site" && JEKYLL_NO_BUNDLER_REQUIRE=true FOLIO_DUMP_OUT="$work/dump.jsonl" FOLIO_DUMP_STOP=1 jekyll build --destination "$work/public" \
		--config "$site/$config,$work/override.yml" --plugins "$dump/jekyll" \
		--drafts --future --unpublished) >"$work/log" 2>&1 || true
	[[ -s $work/dump.jsonl ]] || { tail -20 "$work/log" >&2; exit 1; }
	cp "$work/dump.jsonl" "$out"
	;;
*)
	echo "usage: $0 pelican|hugo|jekyll SITE_DIR OUT.jsonl" >&2
	exit 2
	;;
esac
echo "$(grep -vc '"error"' "$out") pages, $(grep -c '"error"' "$out") files not read: $out" >&2
