"""The quality-system tools' starter content, loaded after the guides, routines and terms they link to.

Connected to the loader's ``starter_content_loaded`` signal (methods cannot import this app, which builds on
it). Templates are loaded before the self-assessment framework, whose criteria link to them, and the handbook
builder last.
"""

from django.dispatch import receiver

from methods.starter.loader import starter_content_loaded

from . import framework, handbook, templates


@receiver(starter_content_loaded, dispatch_uid="quality_system_starter")
def load_quality_system(sender, loader, **kwargs):
    templates.load(loader)
    framework.load(loader)
    handbook.load(loader)
