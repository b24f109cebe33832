#!/usr/bin/env python
# -*- coding: utf-8 -*- #
"""Pelican configuration file for SwanLotus website."""
# The lines of kleinbottle/swanlotus's pelicanconf.py that place and read
# posts; those that call its own functions, its theme's and its pandoc
# defaults (filters not installed here) are left out.
AUTHOR = "R (Chandra) Chandrasekhar"
SITENAME = "SwanLotus"
TIMEZONE = "Asia/Kolkata"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
INDEX_SAVE_AS = "blogs.html"
IGNORE_FILES = ["blank-template.bib", "blog-template.md"]
PATH = "content"
ARTICLE_PATHS = ["blogs/expressions-equations-formulae", "blogs/differential-equations"] # "blogs" is the standard for all
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = "blogs/{slug}.html"
ARTICLE_URL = ARTICLE_LANG_URL = "blogs/{slug}.html"
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = "drafts/{slug}.html"
DRAFT_URL = DRAFT_LANG_URL = "drafts/{slug}.html"
USE_FOLDER_AS_CATEGORY = False
