# Exercises the settings that place Pelican's pages; see ../regen.sh.
AUTHOR = 'Ann Author'
SITENAME = 'Pelican URLs'
SITEURL = 'https://example.org/blog/'
PATH = 'content'
TIMEZONE = 'Europe/Rome'
DEFAULT_LANG = 'en'

CATEGORY_REGEX_SUBSTITUTIONS = [
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "_"),
]
ARTICLE_URL = 'posts/{date:%Y}/{date:%m}/{slug}/'
ARTICLE_SAVE_AS = 'posts/{date:%Y}/{date:%m}/{slug}/index.html'
ARTICLE_LANG_URL = '{lang}/posts/{date:%Y}/{slug}/'
ARTICLE_LANG_SAVE_AS = '{lang}/posts/{date:%Y}/{slug}/index.html'
PAGE_URL = '{slug}/'
PAGE_SAVE_AS = '{slug}/index.html'
PAGE_LANG_SAVE_AS = ''
DRAFT_URL = 'drafts/{category}/{slug}.html'
DRAFT_SAVE_AS = 'drafts/{category}/{slug}.html'
DRAFT_LANG_URL = 'drafts/{lang}/{date.year}/{date:%-m}-{date:%-d}-{date:%b}-{date:%a}/{slug}.html'
DRAFT_LANG_SAVE_AS = 'drafts/{lang}/{date.year}/{date:%-m}-{date:%-d}-{date:%b}-{date:%a}/{slug}.html'
DRAFT_PAGE_URL = 'drafts/p/{author}/{slug}.html'
DRAFT_PAGE_SAVE_AS = 'drafts/p/{author}/{slug}.html'

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
