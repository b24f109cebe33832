#!/usr/bin/env bash
# The interface against `folio list --json` on the same folder, in one
# run (these machines are noisy: only ratios measured together mean
# anything): time to the first dated rows on screen, time until the whole
# count is on screen (the footer without "loading"), and peak RSS of each.
# Each argument is a number of posts to generate, or a blog's folder.
# Usage: testdata/bench/tui.sh [SIZE|DIR…]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10000 100000}")
work=$(mktemp -d)
trap 'tmux kill-session -t folio-bench-$$ 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/folio" .
# The screen is polled with one tmux process per look and bash builtins
# otherwise ($EPOCHREALTIME, [[ =~ ]], read -t): forking grep, date and bc at every
# look took CPU from the interface being measured on a 2-core machine.
rows='(^|'$'\n'')(▌| ) +[0-9]{4}-[0-9]{2}-[0-9]{2}  '
whole_re='(^|'$'\n'') [0-9]+ posts? · '
exec {nap}<> <(:) # read -t on this pipe is a sleep without a process
for n in ${sizes[@]}; do
  if [ -d "$n" ]; then
    dir=$(cd "$n" && pwd)
  else
    dir="$work/corpus-$n"
    go test ./posts -run '^TestWriteCorpus$' -corpus "$dir" -corpus-size "$n" >/dev/null
  fi
  find "$dir" -type f -not -path '*/.git/*' -exec cat {} + > /dev/null # the same warm page cache for both
  for run in 1 2 3; do
    label=$(basename "$n")
    /usr/bin/time -f "list --json $label: %e s, peak RSS %M KiB" "$work/folio" list --json --dir "$dir" > /dev/null
    s=folio-bench-$$
    start=$EPOCHREALTIME; first=""
    tmux new-session -d -s "$s" -x 120 -y 40 "exec $work/folio $dir"
    while :; do
      scr=$(tmux capture-pane -p -t "$s")
      t=$EPOCHREALTIME
      if [ -z "$first" ] && [[ $scr =~ $rows ]]; then first=$t; fi
      if [[ $scr =~ $whole_re ]]; then whole=$t; break; fi
      if (( ${t%.*} - ${start%.*} > 120 )); then
        echo "tui $label: no whole list after 120 s; the screen:"; echo "$scr"; exit 1
      fi
      read -rt 0.01 -u "$nap" || true
    done
    first=$(awk -v a="$start" -v b="${first:-$whole}" 'BEGIN { printf "%.3f", b - a }') # no dated row: the whole list
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
    echo "tui $label: first rows ${first} s, whole list ${whole} s, peak RSS once idle $(awk '/VmHWM/ {print $2}' /proc/$pid/status) KiB"
    tmux kill-session -t "$s"
  done
done
