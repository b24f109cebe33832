# Issue 10, class 1: tuple assignment, byte and raw strings, + of tuples.
(AUTHOR, SITENAME) = (u"Alexis", 'Notes')
PATH = 'src'
TIMEZONE = 'UTC'
PAGE_PATHS = ('pages',) + ('about',)
WITH_FUTURE_DATES = False
DEFAULT_CATEGORY = r'misc' 'ellaneous'
