#!/usr/bin/env bash
# Whole-process timings of `folio list --json` against `cat` of the same
# files and `hugo list all` on the same site, in one run (these machines
# are noisy, so only ratios measured together mean anything), plus peak
# memory. Usage: testdata/bench/compare.sh [SIZE…]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10000 100000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/folio" .
for n in ${sizes[@]}; do
  dir="$work/corpus-$n"
  go test ./posts -run '^TestWriteCorpus$' -corpus "$dir" -corpus-size "$n" >/dev/null
  find "$dir/content" -type f -print0 > "$work/files-$n"
  echo "== $n posts ($(du -sh "$dir/content" | cut -f1))"
  cmds=("xargs -0 cat < $work/files-$n > /dev/null"
        "$work/folio list --json --dir $dir > /dev/null")
  if command -v hugo >/dev/null; then
    cmds+=("cd $dir && hugo list all > /dev/null 2>&1")
  fi
  hyperfine --warmup 2 --runs 5 --export-markdown "$work/result-$n.md" "${cmds[@]}" >/dev/null
  cat "$work/result-$n.md"
  /usr/bin/time -f "folio peak RSS: %M KiB, %e s" "$work/folio" list --json --dir "$dir" > /dev/null
  if command -v hugo >/dev/null; then
    (cd "$dir" && /usr/bin/time -f "hugo peak RSS: %M KiB, %e s" hugo list all > /dev/null)
  fi
done
