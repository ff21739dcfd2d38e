"""Every reviewed page has an owner: whoever publishes a page without one becomes its owner. The cached
taxonomy is dropped when any of it changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from .models import OrganisationForm, QualityArea, Region, ReviewedPageMixin
from .taxonomy_cache import forget_taxonomy


def give_unowned_page_to_its_publisher(sender, instance, revision=None, **kwargs):
    user = getattr(revision, "user", None)
    if not isinstance(instance, ReviewedPageMixin) or instance.content_owner_id or user is None:
        return
    # An update, not save(): the owner is bookkeeping and must not create a new revision.
    type(instance).objects.filter(pk=instance.pk).update(content_owner=user)
    instance.content_owner = user


page_published.connect(give_unowned_page_to_its_publisher)

for model in (OrganisationForm, QualityArea, Region):
    for signal in (post_save, post_delete):
        signal.connect(forget_taxonomy, sender=model, dispatch_uid=f"taxonomy-{model.__name__}-{id(signal)}")
