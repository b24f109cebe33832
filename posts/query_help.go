package posts

// QueryHelp describes the query language for people; folio help query
// and the interface's help screen both show it, so they cannot disagree.
const QueryHelp = `Terms all have to match:
  tag:django  category:thoughts  author:raffaella  status:draft  kind:page
  format:toml  lang:fr  section:posts  path:2024/  has:warnings
  year:2024  date:2024-03  after:2024-01-01  before:2025
  and the site's own taxonomies (series:go-basics).
Bare words and "quoted phrases" search the title, summary, tags and text,
ignoring case, and list what they find by relevance; in the interface,
bare words also find titles that hold their letters in order (pthlb
finds "pathlib habits"). The interface lists the posts before reading
their text: until it has, the status line says "(text N% read)" and
bare words find titles, summaries and tags only.
A filter takes several values, any of which may match: tag:go,rust or
tag:go|rust. A quoted value is one value: tag:"open source".
A leading - leaves posts out: -tag:x -status:draft. Hugo's headless
content (never a page of its own) is listed only for status:headless.
after: and before: exclude the period they name; section: is the first
folder under the content folder; path: is text in the file's path.`
