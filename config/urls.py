from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from knowledge import serving
from knowledge.sitemaps import MultilingualSitemap
from open_data import urls as open_data_urls
from quality_system import urls as quality_system_urls
from search import urls as search_urls
from security.views import security_txt

# Admin, documents and the sitemap have no language prefix; pages and search do (/sv/..., /en/...).
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path(".well-known/security.txt", security_txt, name="security-txt"),
    path("api/v2/", open_data_urls.api_router.urls),
    path("", include((open_data_urls.urlpatterns, "open_data"))),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include(search_urls)),
    path("", include(quality_system_urls)),
    path("", include((open_data_urls.language_urlpatterns, "exports"))),
    # Pages, found with fewer queries than Wagtail's view (knowledge/serving.py); Wagtail's own URLs
    # (/_util/..., and the name wagtail_serve that page URLs are built with) follow.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", serving.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
