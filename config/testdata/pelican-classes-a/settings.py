#!/usr/bin/env python
# -*- coding: utf-8 -*- #
# Issue 10, classes 1, 2 and 4: a settings file that is not named
# pelicanconf.py (the Makefile names it), written with Python 2 era
# literals.
from __future__ import unicode_literals

AUTHOR = SITENAME = u'Kevin'
TIMEZONE, DEFAULT_LANG = 'Europe/Rome', u'en'
PATH = r'content'
ARTICLE_PATHS = ['posts'] + ['notes']
PAGE_PATHS = ('pages',)
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = ('Mis'
                    'cellany')
SITEURL = ''
