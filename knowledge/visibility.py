"""Which pages readers may see, with one query per request for the view restrictions.

Wagtail's ``PageQuerySet.public()`` and its serve-time restriction check each read the restrictions table
again; a page makes several of those reads. Here the restrictions are read once per request
(``knowledge.request_cache``) and applied by path.
"""

from wagtail.models import PageViewRestriction

from .request_cache import memo


def restrictions():
    """[(restriction id, restricted page's tree path)] for the whole site."""
    return memo(
        "view-restrictions", lambda: list(PageViewRestriction.objects.values_list("pk", "page__path"))
    )


def public(queryset):
    """``queryset`` without pages under a view restriction (what ``PageQuerySet.public()`` does)."""
    for _pk, path in restrictions():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


class CachedViewRestrictionsMixin:
    """A page type whose serve-time restriction check uses the request's restriction list: no query at all
    for a page without restrictions. Aliases keep Wagtail's own check (it follows the alias's original)."""

    def get_view_restrictions(self):
        if getattr(self, "alias_of_id", None):
            return super().get_view_restrictions()
        ids = [pk for pk, path in restrictions() if self.path.startswith(path)]
        if not ids:
            return PageViewRestriction.objects.none()  # iterating it makes no query
        return PageViewRestriction.objects.filter(pk__in=ids)
