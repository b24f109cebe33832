# Exercises the Pelican settings folio reads; see ../regen.sh.
import os

AUTHOR = 'Owner B'
SITENAME = 'Settings B'
PATH = 'content'
USE_FOLDER_AS_CATEGORY = False
DEFAULT_DATE = (2020, 5, 17, 9, 30)
SLUGIFY_SOURCE = 'basename'
TIMEZONE = 'Asia/Kolkata'
THEME_STATIC_DIR = os.path.join('theme', 'static')
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
