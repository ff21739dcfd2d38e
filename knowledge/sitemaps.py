from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the tree under the site's root page, which is the Swedish home page only;
    this one lists the trees of every translation of it."""

    def items(self):
        site = self.get_wagtail_site()
        in_any_language = Q()
        for root in site.root_page.get_translations(inclusive=True):
            in_any_language |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_any_language)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
