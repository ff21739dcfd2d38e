"""Every reviewed page has an owner: whoever publishes a page without one becomes its owner."""

from wagtail.signals import page_published

from .models import ReviewedPageMixin


def give_unowned_page_to_its_publisher(sender, instance, revision=None, **kwargs):
    user = getattr(revision, "user", None)
    if not isinstance(instance, ReviewedPageMixin) or instance.content_owner_id or user is None:
        return
    # An update, not save(): the owner is bookkeeping and must not create a new revision.
    type(instance).objects.filter(pk=instance.pk).update(content_owner=user)
    instance.content_owner = user


page_published.connect(give_unowned_page_to_its_publisher)
