"""The read-only content API at /api/v2/ (Wagtail API v2): live, public pages only, for anyone.

Nobody is authenticated here, so a logged-in editor sees exactly what the public sees: never a draft, a
private page or a page in a private collection. Requests are throttled per address and responses may be
cached by clients and proxies for a short time.
"""

import re

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _
from rest_framework.permissions import AllowAny
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.filters import BaseFilterBackend
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.models import Locale

from knowledge.client_address import client_address
from knowledge.models import OrganisationForm, PageOrganisationForm, QualityArea
from methods.models import ExampleRoutinePage, MethodGuidePage

from .licence import licence

MAX_OFFSET_DIGITS = 9  # far past the last page, and well inside the database's integers


class ContentAPIThrottle(AnonRateThrottle):
    scope = "content_api"

    def get_rate(self):
        return settings.OPEN_DATA_API_RATE

    def get_ident(self, request):
        # REST framework's own believes any X-Forwarded-For, so each forged one started a fresh count.
        return client_address(request)


class LocaleFilter(BaseFilterBackend):
    """?locale=sv|en: an unknown language is a bad request (400), not a missing page (Wagtail's gives 404)."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is None:
            return queryset
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise BadRequestError(_("Okänt språk: %(code)s") % {"code": code})
        return queryset.filter(locale=locale)


class QualityAreaFilter(BaseFilterBackend):
    """?quality_area=<slug>: guides and routines in that quality area, in every language."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("quality_area")
        if slug is None:
            return queryset
        if not QualityArea.objects.filter(slug=slug).exists():
            raise BadRequestError(_("Okänt kvalitetsområde: %(slug)s") % {"slug": slug})
        # Translated pages point at the Swedish area, whose slug every translation shares.
        guides = MethodGuidePage.objects.filter(quality_area__slug=slug).values("pk")
        routines = ExampleRoutinePage.objects.filter(quality_area__slug=slug).values("pk")
        return queryset.filter(Q(pk__in=guides) | Q(pk__in=routines))


class OrganisationFormFilter(BaseFilterBackend):
    """?organisation_form=<slug>: pages tagged with that organisation form."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("organisation_form")
        if slug is None:
            return queryset
        if not OrganisationForm.objects.filter(slug=slug).exists():
            raise BadRequestError(_("Okänd organisationsform: %(slug)s") % {"slug": slug})
        tagged = PageOrganisationForm.objects.filter(tag__slug=slug).values("content_object_id")
        return queryset.filter(pk__in=tagged)


class PublicAPIMixin:
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ContentAPIThrottle]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        name, url = licence()
        response["Link"] = f'<{url}>; rel="license"'
        if response.status_code == 200:
            response["Cache-Control"] = f"public, max-age={settings.OPEN_DATA_API_CACHE_SECONDS}"
        return response

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Wagtail checks that ?offset= is a whole number, not that the database can count that far.
        offset = request.GET.get("offset", "")
        if offset.isdigit() and len(offset) > MAX_OFFSET_DIGITS:
            raise BadRequestError(_("offset är för stort."))

    def find_object(self, queryset, request):
        # Wagtail hands ?id= to the database as it came: text there was a 500, not a bad request.
        if "id" in request.GET and not re.fullmatch(r"[0-9]{1,18}", request.GET["id"]):
            raise BadRequestError(_("id ska vara ett heltal, till exempel id=12."))
        return super().find_object(queryset, request)


class ContentPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    filter_backends = [
        QualityAreaFilter,
        OrganisationFormFilter,
        LocaleFilter,
        *[backend for backend in PagesAPIViewSet.filter_backends if backend.__name__ != "LocaleFilter"],
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["quality_area", "organisation_form"]
    )
    meta_fields = [*PagesAPIViewSet.meta_fields, "last_published_at"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "last_published_at"]

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # Filtered by slug above, not by the database id Wagtail's field filter would expect.
            fields = [name for name in fields if name not in ("quality_area", "organisation_forms")]
        return fields

    def get_base_queryset(self):
        # Wagtail's base excludes restricted pages; .public() says the same in one query, belt and braces.
        return super().get_base_queryset().public()

    def listing_view(self, request):
        response = super().listing_view(request)
        name, url = licence()
        response.data["meta"]["licence"] = {"name": name, "url": url}
        return response


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    """Documents outside restricted collections only (Wagtail's own viewset excludes those for anonymous
    requests; no one is authenticated here)."""


api_router = WagtailAPIRouter("content_api")
api_router.register_endpoint("pages", ContentPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
