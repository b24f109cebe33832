AUTHOR = 'Giulia Ferri'
SITENAME = 'Lagoon Notes'
SITEURL = ''

PATH = 'content'

TIMEZONE = 'Europe/Rome'

DEFAULT_LANG = 'en'

STATIC_PATHS = ['images']

DEFAULT_PAGINATION = 10

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

LINKS = [
    ('Django', 'https://www.djangoproject.com/'),
    ('Python', 'https://www.python.org/'),
    ('Djangonaut Space', 'https://djangonaut.space/'),
]

SOCIAL = [
    ('Mastodon', 'https://fosstodon.org/@lagoonnotes'),
    ('GitHub', 'https://github.com/lagoon-notes'),
]
