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
# The screen is polled with one tmux process per look and bash builtins
# otherwise ($EPOCHREALTIME, [[ =~ ]], read -t): forking grep, date and bc at every
# look took CPU from the interface being measured on a 2-core machine.
rows='(^|'$'\n'')(▌| ) +[0-9 -]+ +Post'
exec {nap}<> <(:) # read -t on this pipe is a sleep without a process
for n in ${sizes[@]}; do
  dir="$work/corpus-$n"
  go test ./posts -run '^TestWriteCorpus$' -corpus "$dir" -corpus-size "$n" >/dev/null
  find "$dir/content" -type f -exec cat {} + > /dev/null # the same warm page cache for both
  whole_re="(^|"$'\n'") $n posts · "
  for run in 1 2 3; do
    /usr/bin/time -f "list --json $n: %e s, peak RSS %M KiB" "$work/folio" list --json --dir "$dir" > /dev/null
    s=folio-bench-$$
    start=$EPOCHREALTIME; first=""
    tmux new-session -d -s "$s" -x 120 -y 40 "exec $work/folio $dir"
    while :; do
      scr=$(tmux capture-pane -p -t "$s")
      t=$EPOCHREALTIME
      if [ -z "$first" ] && [[ $scr =~ $rows ]]; then first=$t; fi
      if [[ $scr =~ $whole_re ]]; then whole=$t; break; fi
      read -rt 0.01 -u "$nap" || true
    done
    first=$(awk -v a="$start" -v b="$first" 'BEGIN { printf "%.3f", b - a }')
    whole=$(awk -v a="$start" -v b="$whole" 'BEGIN { printf "%.3f", b - a }')
    pid=$(tmux list-panes -t "$s" -F '#{pane_pid}')
    # The posts' text is indexed after the list shows: the peak is read
    # once the interface is idle (its CPU time unchanged for 0.3 s).
    cpu=""
    while :; do
      read -rt 0.3 -u "$nap" || true
      now_cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat")
      [ "$now_cpu" = "$cpu" ] && break
      cpu=$now_cpu
    done
    echo "tui $n: first rows ${first} s, whole list ${whole} s, peak RSS once idle $(awk '/VmHWM/ {print $2}' /proc/$pid/status) KiB"
    tmux kill-session -t "$s"
  done
done
