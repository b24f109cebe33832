#!/usr/bin/env bash
# The interface against `folio list --json` on the same generated folder,
# in one run (these machines are noisy: only ratios measured together mean
# anything): time to the first rows on screen, time until the whole count
# is on screen (the footer without "loading"), and peak RSS of each.
# Usage: testdata/bench/tui.sh [SIZE…]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10000 100000}")
work=$(mktemp -d)
trap 'tmux kill-session -t folio-bench-$$ 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/folio" .
now() { date +%s.%N; }
for n in ${sizes[@]}; do
  dir="$work/corpus-$n"
  go test ./posts -run '^TestWriteCorpus$' -corpus "$dir" -corpus-size "$n" >/dev/null
  cat $(find "$dir/content" -type f) > /dev/null # the same warm page cache for both
  for run in 1 2 3; do
    /usr/bin/time -f "list --json $n: %e s, peak RSS %M KiB" "$work/folio" list --json --dir "$dir" > /dev/null
    s=folio-bench-$$
    start=$(now); first=""
    tmux new-session -d -s "$s" -x 120 -y 40 "exec $work/folio $dir"
    while :; do
      scr=$(tmux capture-pane -p -t "$s")
      t=$(now)
      if [ -z "$first" ] && grep -qE '^[▌ ] +[0-9 -]+ +Post' <<<"$scr"; then first=$(echo "$t - $start" | bc); fi
      if grep -qE "^ $n posts · " <<<"$scr"; then whole=$(echo "$t - $start" | bc); break; fi
      sleep 0.01
    done
    pid=$(tmux list-panes -t "$s" -F '#{pane_pid}')
    echo "tui $n: first rows ${first} s, whole list ${whole} s, peak RSS $(awk '/VmHWM/ {print $2}' /proc/$pid/status) KiB"
    tmux kill-session -t "$s"
  done
done
