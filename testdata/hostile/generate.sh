#!/bin/sh
# Regenerates the hostile corpus in this folder. The files are committed;
# run this after changing it and commit both. Only POSIX sh and printf:
# bytes are written with printf's octal escapes (\033 ESC, \007 BEL, \000
# NUL, \302\233 U+009B …), so the output is identical on every machine.
#
# Anything bigger than about a megabyte, and file names that cannot be
# committed portably (a newline or an ESC in the name), are made by the
# tests themselves at run time; see README.md.
set -eu
cd "$(dirname "$0")"
export LC_ALL=C

# Every escape payload below is passed to printf as part of its format, so
# it must not contain '%'.
CSI='\033[2J\033[H'                     # clear screen, cursor home
OSC52='\033]52;c;aGVsbG8=\007'          # write "hello" to the clipboard
OSC0='\033]0;pwned\007'                 # set the window title
DCS='\033P1$r\033\\'                    # DCS request, ended by ST
SGR='\033[5;31m'                        # blinking red: allowed by Output
ALL="$CSI$OSC52$OSC0$DCS"

# The same four attacks as YAML double-quoted escapes (\e is ESC, \a BEL),
# which a YAML parser turns into real control characters.
YALL='\\e[2J\\e[H\\e]52;c;aGVsbG8=\\a\\e]0;pwned\\a\\eP1$r\\e\\\\'
# And as JSON/TOML \u escapes.
UALL='\\u001b[2J\\u001b[H\\u001b]52;c;aGVsbG8=\\u0007\\u001b]0;pwned\\u0007\\u001bP1$r\\u001b\\\\'

# repeat TEXT N prints TEXT N times (TEXT is a printf format without '%').
repeat() {
	i=0
	while [ "$i" -lt "$2" ]; do
		printf -- "$1"
		i=$((i + 1))
	done
}

# --- Escape sequences in each place a post can carry text ---------------

printf -- "---\ntitle: \"Title $YALL end\"\ndate: 2024-01-02\ntags: [safe]\n---\nBody.\n" \
	> esc-title-yaml.md

printf -- "---\ntitle: Raw $ALL title\ndate: 2024-01-02\n---\nBody.\n" \
	> esc-title-yaml-raw.md

printf -- "+++\ntitle = \"Title $UALL end\"\ndate = 2024-01-02\n+++\nBody.\n" \
	> esc-title-toml.md

printf -- "{\n  \"title\": \"Title $UALL end\",\n  \"date\": \"2024-01-02\"\n}\nBody.\n" \
	> esc-title-json.md

printf -- "Title: Pelican $ALL title\nDate: 2024-01-02\nTags: go, ${CSI}clear, ${OSC52}clip\nCategory: ${OSC0}cat\nSummary: ${DCS}summary\n\nBody.\n" \
	> esc-pelican-fields.md

printf -- "Title ${ALL} in reST\n############################################################\n\n:date: 2024-01-02\n:tags: go, ${OSC52}clip\n:category: ${OSC0}cat\n\nBody ${CSI}text.\n" \
	> esc-title.rst

printf -- "---\ntitle: Tags\ndate: 2024-01-02\ntags: [\"go\\\\e[2J\", \"\\\\e]52;c;aGVsbG8=\\\\a\", \"\\\\e]0;pwned\\\\a\", \"\\\\eP1\$r\\\\e\\\\\\\\\"]\n---\nBody.\n" \
	> esc-tags.md

printf -- "---\ntitle: Category\ndate: 2024-01-02\ncategory: \"News $YALL\"\ncategories: [\"$YALL\"]\n---\nBody.\n" \
	> esc-category.md

printf -- "---\ntitle: Paragraph\n---\nA paragraph ${ALL}with every attack ${SGR}and some colour.\n\nSecond paragraph.\n" \
	> esc-body-paragraph.md

printf -- "---\ntitle: Heading\n---\n# Heading ${ALL}one\n\n## Setext too ${OSC52}\n\nSetext ${OSC0}heading\n---------------\n\nText.\n" \
	> esc-heading.md

printf -- "---\ntitle: Code\n---\nInline \`code ${ALL}\` here.\n\n\`\`\`go\nfmt.Println(\"${ALL}\")\n\`\`\`\n\n    indented ${CSI}code\n" \
	> esc-code-block.md

printf -- "---\ntitle: List\n---\n- item ${CSI}one\n- item ${OSC52}two\n  - nested ${OSC0}three\n1. ordered ${DCS}four\n" \
	> esc-list.md

printf -- "---\ntitle: Table\n---\n| head ${CSI} | col |\n|---|---|\n| ${OSC52} | ${OSC0} |\n| ${DCS} | ok |\n" \
	> esc-table.md

printf -- "---\ntitle: Link text\n---\n[click ${ALL}here](https://example.com \"title ${OSC52}\") and ![alt ${OSC0}](https://example.com/i.png)\n\n<https://example.com/${CSI}>\n" \
	> esc-link-text.md

# --- Escapes a Markdown renderer decodes from entities -------------------
# Goldmark (Glamour's parser) turns &#27; into a real ESC; &#155; becomes
# U+203A by the HTML5 Windows-1252 rule and &#0; becomes U+FFFD.

printf -- "---\ntitle: \"Entities &#27;[2J &#x1b;]0;t&#7;\"\n---\n# Head &#27;]52;c;aGk=&#7;\n\nPara &#27;]52;c;aGk=&#7; and &#x1b;[2J&#x1B;[H and &#x1b;]0;pwned&#x07; and &#27;P1\$r&#27;\\\\ end\n\n[link &#27;]0;t&#7;](https://example.com) &#155;31m &#x9b;2J &#0; &#x7f;\n\n| a &#27;[2J | b |\n|---|---|\n| &#x1b;]52;c;aGk=&#7; | c |\n" \
	> entity-escapes.md

printf -- "---\ntitle: Hyperlinks\n---\nRaw: \033]8;;javascript:alert(1)\007click me\033]8;;\007 done.\n\nRaw ST: \033]8;id=x;JavaScript:alert(2)\033\\\\again\033]8;;\033\\\\ done.\n\nEntity: &#27;]8;;javascript:alert(3)&#7;entity&#27;]8;;&#7; done.\n\nMarkdown: [js](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) [rel](other-post.md) [ok](https://example.com)\n\nUnclosed: \033]8;;https://example.com\007never closed\n" \
	> osc8-javascript.md

# --- Bytes that are not text ---------------------------------------------

printf -- "---\ntitle: \"Bad \377\376 bytes\"\ntags: [\"\300\257\"]\n---\nOverlong \300\257, surrogate \355\240\200, lone continuation \200, 8-bit CSI \2332J, truncated \342\202\n" \
	> invalid-utf8.md

printf -- "---\ntitle: Nul\000title\ntags: [a\000b]\n---\nBody\000with\000NULs.\000\n" \
	> nul-bytes.md

printf '\357\273\277' > bom-only.md
printf '\r\n\r\n\r\n' > crlf-only.md
printf -- "---\r\ntitle: \"CRLF \\\\e[2J title\"\r\ndate: 2024-01-02\r\n---\r\nBody\r\nline two\r\n" \
	> crlf-yaml.md

printf -- "---\ntitle: \"Bidi \342\200\256gnp.exe\"\ntags: [\"\342\201\246isolate\", \"mark\342\200\217\"]\n---\nThe title reverses \342\200\256everything after it.\n" \
	> bidi-title.md

# Every bidirectional formatting character (LRE RLE PDF LRO RLO, LRI RLI FSI
# PDI, LRM RLM, ALM) in each place of a body: paragraph, heading, list,
# code, table and link text. None may reach the screen.
BIDI='\342\200\252\342\200\253\342\200\254\342\200\255\342\200\256\342\201\246\342\201\247\342\201\250\342\201\251\342\200\216\342\200\217\330\234'
printf -- "Title: Bidi body\nDate: 2024-01-02\n\n# Head${BIDI}ing\n\nPara${BIDI}graph \342\200\256gnp.exe\n\n- it${BIDI}em\n\n\`co${BIDI}de\`\n\n    in${BIDI}dented\n\n| a${BIDI} | b |\n|---|---|\n| c | d${BIDI} |\n\n[li${BIDI}nk](https://example.com)\n\nend\n" \
	> bidi-body.md

# A Pelican header whose key line carries the escape: the key itself, and a
# line that starts with an OSC 52 before a real key.
printf -- "Ti\033[2Jtle: Key with CSI\n${OSC52}Tags: go\nDate: 2024-01-02\n\nBody.\n" \
	> pelican-escape-key.md

# --- Front matter that never ends ------------------------------------------

printf -- "---\ntitle: Never ends\ndate: 2024-01-02\n\nThe closing line never comes.\n" \
	> unterminated-yaml.md
printf -- "+++\ntitle = \"Never ends\"\ndate = 2024-01-02\n\nThe closing line never comes.\n" \
	> unterminated-toml.md
printf -- "{\n  \"title\": \"Never ends\",\n  \"date\": \"2024-01-02\",\n\nThe closing brace never comes.\n" \
	> unterminated-json.md

# --- Resource exhaustion ----------------------------------------------------

# Billion laughs: nine levels of nine aliases expand to 9^9 strings.
{
	printf -- "---\ntitle: Billion laughs\n"
	printf 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
	prev=a
	for n in b c d e f g h i; do
		printf '%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n' \
			"$n" "$n" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev"
		prev=$n
	done
	printf 'tags: *i\n---\nBody.\n'
} > yaml-alias-bomb.md

{
	printf -- "---\ntitle: Deep flow\ntags: "
	repeat '[' 10000
	repeat ']' 10000
	printf '\n---\nBody.\n'
} > yaml-deep-flow.md

{
	printf -- "+++\ntitle = \"Deep array\"\ntags = "
	repeat '[' 10000
	repeat ']' 10000
	printf '\n+++\nBody.\n'
} > toml-deep-array.md

{
	printf -- '{\n  "title": "Deep array",\n  "tags": '
	repeat '[' 10000
	repeat ']' 10000
	printf '\n}\nBody.\n'
} > json-deep-array.md

{
	printf -- "---\ntitle: Deep list\n---\n"
	repeat '- ' 10000
	printf 'bottom\n'
} > deep-list.md

{
	printf -- "---\ntitle: Deep quote\n---\n"
	repeat '>' 10000
	printf ' bottom\n'
} > deep-blockquote.md

# One line of exactly 1 MiB (without its newline) that ends in an escape, so
# a reader that stops early misses it.
{
	printf -- "---\ntitle: Long line\n---\n"
	yes 'lorem ipsum dolor sit amet' | tr '\n' ' ' | head -c $((1048576 - 12))
	printf '\033]52;c;aGk=\007\n'
} > long-line.md
