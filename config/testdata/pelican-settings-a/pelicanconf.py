# Exercises the Pelican settings folio reads; see ../regen.sh.
AUTHOR = 'Site Owner'
SITENAME = 'Settings A'
PATH = 'content'
ARTICLE_PATHS = ['blog']
PAGE_PATHS = ['static']
ARTICLE_EXCLUDES = ['blog/skip']
PAGE_EXCLUDES = ['static/old']
IGNORE_FILES = ['*.tmp.md', '.#*']
DEFAULT_CATEGORY = 'general'
DEFAULT_METADATA = {'status': 'draft'}
FILENAME_METADATA = r'(?P<date>\d{4}-\d{2}-\d{2})_(?P<slug>.*)'
PATH_METADATA = r'blog/(?P<lang>[a-z]{2})/.*'
TIMEZONE = 'America/New_York'
DEFAULT_LANG = 'fr'
SLUG_REGEX_SUBSTITUTIONS = [
    (r'[^\w\s-]', ''),
    (r'(?u)\A\s*', ''),
    (r'(?u)\s*\Z', ''),
    (r'[-\s]+', '_'),
]
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
