#!/usr/bin/env bash
# Regenerates expected.tsv: how Ruby's Time.parse (what Jekyll's
# Utils.parse_date calls) reads each line of inputs.txt. Each date is
# parsed in two time zones: the same instant in both means the string
# named its zone ("zoned", in UTC); the same wall time means it did not
# ("local", the wall time, which Jekyll reads in the site's zone).
# Usage: posts/testdata/rubytime/gen.sh   (needs ruby)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ruby -rtime -e '
def at(s, tz)
  ENV["TZ"] = tz
  Time.parse(s)
rescue ArgumentError
  nil
end
File.readlines("inputs.txt", chomp: true).each do |s|
  next if s.empty? || s.start_with?("#")
  a, b = at(s, "America/Sao_Paulo"), at(s, "Asia/Kolkata")
  out = if a.nil? || b.nil? then "error"
        elsif a == b then "zoned\t" + a.utc.strftime("%Y-%m-%dT%H:%M:%S.%NZ")
        else "local\t" + a.strftime("%Y-%m-%dT%H:%M:%S.%N")
        end
  puts "#{s}\t#{out}"
end' >expected.tsv
