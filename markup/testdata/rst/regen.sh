#!/bin/sh
# regen.sh writes, for each construct NAME.rst here, NAME.txt: the text
# docutils (rst2html, Debian python3-docutils) shows for it, one word a
# line, as TestRSTOracle compares it. Run it after adding a construct;
# the test itself does not need docutils.
set -eu
cd "$(dirname "$0")"
for f in *.rst; do
	rst2html --no-doc-title --no-doc-info --report=5 --halt=5 "$f" | python3 -c '
import html.parser, re, sys

# Lists count in the sequence their class names, as a browser draws them.
def label(cls, n):
    if "loweralpha" in cls: return chr(ord("a") + n - 1) + "."
    if "upperalpha" in cls: return chr(ord("A") + n - 1) + "."
    if "lowerroman" in cls or "upperroman" in cls:
        r = ""
        for v, s in ((1000,"m"),(900,"cm"),(500,"d"),(400,"cd"),(100,"c"),(90,"xc"),(50,"l"),(40,"xl"),(10,"x"),(9,"ix"),(5,"v"),(4,"iv"),(1,"i")):
            while n >= v: r += s; n -= v
        return (r.upper() if "upper" in cls else r) + "."
    return str(n) + "."

class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.lists, self.skip, self.body = [], [], 0, False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body": self.body = True
        if tag in ("style", "script", "head"): self.skip += 1
        if tag == "ol": self.lists.append([a.get("class", ""), int(a.get("start", "1")) - 1])
        if tag == "li" and self.lists:
            self.lists[-1][1] += 1
            self.out.append(" " + label(*self.lists[-1]) + " ")
        if tag in ("p", "li", "br", "div", "tr", "td", "th", "h1", "h2", "h3", "h4", "pre", "dt", "dd"):
            self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"): self.skip -= 1
        if tag == "ol": self.lists.pop()
        if tag in ("p", "li", "div", "td", "th", "pre", "dt", "dd"): self.out.append(" ")
    def handle_data(self, d):
        if self.body and not self.skip: self.out.append(d)

p = Text()
p.feed(sys.stdin.read())
for w in re.findall(r"\w+", "".join(p.out).lower()):
    print(w)
' >"${f%.rst}.txt"
done
