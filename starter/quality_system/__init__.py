"""The quality-system tools' starter content, loaded after the guides, routines and terms they link to.

Templates are loaded before the self-assessment framework, whose criteria link to them, and the handbook
builder last.
"""

from . import framework, handbook, templates


def load(loader):
    templates.load(loader)
    framework.load(loader)
    handbook.load(loader)
