#!/usr/bin/env python3
"""Count posts whose generator markup is still visible when rendered.

For each site root, pick posts whose source has generator markup outside
code, render each with a command in a pseudo-terminal, strip escapes, and
flag a post when the output shows more of a pattern than the source has
inside code blocks.
"""
import os, re, subprocess, sys, json, random

SITES = [
    ("/work/shared/sites/jekyll-docs/docs", ["_posts"]),
    ("/work/shared/sites/hugo-jessfraz", ["content"]),
    ("/work/shared/sites/pelican-leplatrem", ["content"]),
    ("/work/realsites/gohugoio-hugoDocs", ["content/en/news", "content/en/content-management", "content/en/getting-started", "content/en/hosting-and-deployment"]),
    ("/work/realsites/twbs-blog", ["src/content"]),
    ("/work/realsites/ruby-www.ruby-lang.org", ["en/news/_posts"]),
    ("/work/realsites/spf13-spf13.com", ["content"]),
    ("/work/realsites/zachvalenta-jvns.ca", ["content"]),
    ("/work/realsites/rust-lang-blog.rust-lang.org-jekyll", ["_posts"]),
    ("/work/realsites/HypothesisWorks-hypothesis-website/website", ["content"]),
    ("/work/realsites/sharmaeklavya2-blog-source", ["content"]),
    ("/work/realsites/Homebrew-brew.sh", ["_posts"]),
    ("/work/realsites/mmistakes-made-mistakes-jekyll", ["src/_posts"]),
    ("/work/realsites/karpathy-karpathy.github.io", ["_posts"]),
    ("/work/realsites/mojombo-mojombo.github.io", ["_posts"]),
    ("/work/realsites/1000ch-1000ch.net", ["content"]),
    ("/work/realsites/letsencrypt-website", ["content/en"]),
    ("/work/realsites/eevee-eev.ee", ["content"]),
    ("/work/realsites/rust-lang-this-week-in-rust", ["content"]),
    ("/work/realsites/tshepang-blog", ["content"]),
    ("/work/realsites/peter14f-pelican-blog", ["content"]),
    ("/work/realsites/mawenbao-pelican-blog-content", ["content"]),
    ("/work/realsites/aclark4life-pelican-blog", ["content"]),
]
PATTERNS = {
    "liquid-tag": re.compile(r"\{%"),
    "shortcode<": re.compile(r"\{\{<"),
    "shortcode%": re.compile(r"\{\{%"),
    "site-var": re.compile(r"\{\{ *site\."),
    "rst-directive": re.compile(r"^\s*\.\. [A-Za-z][\w:-]*::", re.M),
    "rst-link": re.compile(r"`[^`\n]+ <[^>\n]+>`__?"),
    "footnote": re.compile(r"\[\^[^\]\s]+\]"),
    "alert": re.compile(r"\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.I),
}

def code_text(src, rst):
    """The parts of src inside code blocks (fenced, or reST literal/code)."""
    out, lines = [], src.split("\n")
    if not rst:
        fence = None
        prev_blank, in_indented = True, False
        for l in lines:
            # Indented code: four spaces after a blank line (or more of it).
            if not fence and (l.startswith("    ") or l.startswith("\t")) and (prev_blank or in_indented) and l.strip():
                out.append(l); in_indented = True; prev_blank = False
                continue
            if l.strip():
                in_indented = False
            prev_blank = not l.strip()
            t = l.lstrip(" >")
            if fence:
                out.append(l)
                if t.startswith(fence):
                    fence = None
                continue
            m = re.match(r"(```+|~~~+)", t)
            if m:
                fence = m.group(1)
                continue
            if re.match(r"\s*\{%-? *highlight", l):
                fence = None
        # Liquid highlight and raw blocks and Hugo highlight count as code.
        for m in re.finditer(r"\{%-? *(highlight|raw)\b.*?%\}(.*?)\{%-? *end(highlight|raw) *-?%\}", src, re.S):
            out.append(m.group(2))
        for m in re.finditer(r"\{\{< *highlight.*?>\}\}(.*?)\{\{< */highlight *>\}\}", src, re.S):
            out.append(m.group(1))
        for m in re.finditer(r"`[^`\n]+`", src):
            out.append(m.group(0))
        return "\n".join(out)
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.rstrip().endswith("::") or re.match(r"\s*\.\. (code-block|sourcecode|code|highlight) ?::", l):
            ind = len(l) - len(l.lstrip())
            i += 1
            while i < len(lines) and (lines[i].strip() == "" or len(lines[i]) - len(lines[i].lstrip()) > ind):
                out.append(lines[i]); i += 1
            continue
        i += 1
    for m in re.finditer(r"``[^`]+``", src):
        out.append(m.group(0))
    return "\n".join(out)

def body_of(src, rst):
    # Drop front matter; markup in it is not shown as body.
    if src.startswith("---\n"):
        j = src.find("\n---", 4)
        if j > 0: return src[j+4:]
    if src.startswith("+++\n"):
        j = src.find("\n+++", 4)
        if j > 0: return src[j+4:]
    return src

def counts(text):
    return {k: len(p.findall(text)) for k, p in PATTERNS.items()}

def candidates():
    for root, dirs in SITES:
        for d in dirs:
            base = os.path.join(root, d)
            for dp, dn, fn in os.walk(base):
                for f in sorted(fn):
                    if not f.endswith((".md", ".markdown", ".rst")): continue
                    p = os.path.join(dp, f)
                    try: src = open(p, encoding="utf-8", errors="replace").read()
                    except Exception: continue
                    rst = f.endswith(".rst")
                    body = body_of(src, rst)
                    allc, codec = counts(body), counts(code_text(body, rst))
                    outside = {k: allc[k] - codec[k] for k in allc if allc[k] > codec[k]}
                    if outside:
                        yield root, os.path.relpath(p, root), codec, outside

ANSI = re.compile(r"\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r")

def render(cmd, root, rel):
    full = cmd.format(path=rel)
    argv = ["script", "-qec", full, "/dev/null"]
    if os.environ.get("NOPTY"):
        argv = ["sh", "-c", full]
    r = subprocess.run(argv, cwd=root, capture_output=True, timeout=60,
                       env=dict(os.environ, COLORTERM="truecolor", TERM="xterm-256color"))
    return ANSI.sub("", r.stdout.decode("utf-8", "replace"))

def main():
    cmd = sys.argv[1]          # e.g. "/tmp/folio-t12 show --width 100 {path}"
    per_site = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    picked, seen = [], {}
    for root, rel, codec, outside in candidates():
        if seen.get(root, 0) >= per_site: continue
        seen[root] = seen.get(root, 0) + 1
        picked.append((root, rel, codec, outside))
    bad, perpat = [], {}
    for root, rel, codec, outside in picked:
        out = render(cmd, root, rel)
        oc = counts(out)
        left = {k: oc[k] - codec[k] for k in oc if oc[k] > codec[k]}
        if left:
            bad.append((root, rel, left))
            for k in left: perpat[k] = perpat.get(k, 0) + 1
    print(json.dumps({"posts": len(picked), "sites": seen, "raw_visible": len(bad), "percent": round(100*len(bad)/max(1,len(picked)), 1), "by_pattern": perpat}, indent=1))
    for b in bad: print("RAW", os.path.basename(b[0]), b[1], b[2])

main()
