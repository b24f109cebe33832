#!/usr/bin/env bash
# Keystroke to screen while a big folder loads: folio starts in tmux, and
# as soon as its first rows show, a filter is typed one letter at a time;
# each letter's time is from send-keys until it shows in the filter line.
# The filtering itself runs off the Update loop (BenchmarkFilterWhileLoading
# times it); this is what the hand on the keyboard sees.
# Usage: testdata/bench/keys.sh [SIZE|DIR] [WORD]   (default: 100000 servertag)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
word=${2:-servertag}
work=$(mktemp -d)
s=folio-keys-$$
trap 'tmux kill-session -t "$s" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/folio" .
if [ -d "$n" ]; then
  dir=$(cd "$n" && pwd)
else
  dir="$work/corpus-$n"
  go test ./posts -run '^TestWriteCorpus$' -corpus "$dir" -corpus-size "$n" >/dev/null
fi
find "$dir" -type f -not -path '*/.git/*' -exec cat {} + > /dev/null
exec {nap}<> <(:) # read -t on this pipe is a sleep without a process
wait_for() { # wait_for REGEX: poll the screen until it matches
  local start=$EPOCHREALTIME scr
  while :; do
    scr=$(tmux capture-pane -p -t "$s")
    [[ $scr =~ $1 ]] && return 0
    local t=$EPOCHREALTIME
    if (( ${t%.*} - ${start%.*} > 60 )); then echo "no $1 after 60 s; the screen:"; echo "$scr"; exit 1; fi
    read -rt 0.002 -u "$nap" || true
  done
}
for run in 1 2 3; do
  tmux new-session -d -s "$s" -x 120 -y 40 "exec $work/folio $dir"
  wait_for 'loading [0-9]+ of| posts? · ' # typing starts as soon as anything is listed
  tmux send-keys -t "$s" /
  wait_for '(^|'$'\n'')/ '
  typed="" times=""
  for ((i = 0; i < ${#word}; i++)); do
    typed+=${word:i:1}
    start=$EPOCHREALTIME
    tmux send-keys -t "$s" -l "${word:i:1}"
    wait_for '(^|'$'\n'')/ '"$typed"
    times+=" $(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }')"
  done
  scr=$(tmux capture-pane -p -t "$s")
  [[ $scr =~ loading ]] && state="still loading" || state="loaded"
  echo "run $run, ms per letter of $word:$times ($state after the last)"
  tmux kill-session -t "$s"
done
