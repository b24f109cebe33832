# Issue 10, class 2: tasks.py names the settings file.
import os

from invoke import task

SETTINGS_FILE_BASE = 'blogconf.py'
CONFIG = {'settings_base': SETTINGS_FILE_BASE, 'deploy_path': 'output'}


@task
def build(c):
    c.run('pelican -s {settings_base}'.format(**CONFIG))
