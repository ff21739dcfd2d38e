"""Downloads of the glossary (SKOS Turtle, SKOS JSON-LD, CSV), stable term URIs and the oEmbed endpoint."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Site

from glossary.models import GlossaryIndexPage, GlossaryTermPage

from .glossary_export import glossary_csv, skos_graph
from .licence import licence, with_licence_link
from .uris import page_url, public_url

EXPORT_CACHE = cache_control(public=True, max_age=300)


def _glossary_index_or_404(request, index_slug):
    """The exports live beside the glossary in each language (/sv/begrepp/skos.ttl, /en/glossary/...)."""
    return get_object_or_404(
        GlossaryIndexPage.objects.live().public(), slug=index_slug, locale=Locale.get_active()
    )


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return with_licence_link(response)


@require_GET
@EXPORT_CACHE
def skos_turtle(request, index_slug):
    _glossary_index_or_404(request, index_slug)
    turtle = skos_graph(request).serialize(format="turtle")
    return _download(turtle, "text/turtle; charset=utf-8", "kvalitetsnavet-begrepp.ttl")


@require_GET
@EXPORT_CACHE
def skos_jsonld(request, index_slug):
    _glossary_index_or_404(request, index_slug)
    context = {"skos": "http://www.w3.org/2004/02/skos/core#", "dct": "http://purl.org/dc/terms/"}
    jsonld = skos_graph(request).serialize(format="json-ld", context=context, indent=2)
    return _download(jsonld, "application/ld+json; charset=utf-8", "kvalitetsnavet-begrepp.jsonld")


@require_GET
@EXPORT_CACHE
def glossary_csv_view(request, index_slug):
    _glossary_index_or_404(request, index_slug)
    return _download(glossary_csv(request), "text/csv; charset=utf-8", "kvalitetsnavet-begrepp.csv")


@require_GET
def scheme_uri(request):
    """The concept scheme's URI leads to the glossary in the reader's language."""
    index = GlossaryIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()
    index = index or GlossaryIndexPage.objects.live().public().first()
    if index is None:
        raise Http404
    return HttpResponseRedirect(index.get_url(request), status=303)


@require_GET
def term_uri(request, key):
    """A term's stable URI: 303 See Other to the live term page, in the reader's language when translated."""
    versions = {
        term.locale.language_code: term
        for term in GlossaryTermPage.objects.live()
        .public()
        .filter(translation_key=key)
        .select_related("locale")
    }
    language = translation.get_language_from_request(request)
    term = versions.get(language) or versions.get(settings.LANGUAGE_CODE)
    if term is None:
        raise Http404
    response = HttpResponseRedirect(term.get_url(request), status=303)
    response["Vary"] = "Accept-Language"
    return response


EMBED_WIDTH = 480
EMBED_HEIGHT = 200


def _term_for_url(request, url):
    """The live, public term page at ``url`` on this site, or None. URLs start with the language code."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    if parts.netloc not in {request.get_host(), urlsplit(settings.PUBLIC_BASE_URL).netloc}:
        return None
    language, *path = [part for part in parts.path.split("/") if part] or [""]
    site = Site.find_for_request(request)
    if site is None or language not in dict(settings.LANGUAGES):
        return None
    with translation.override(language):
        try:
            page = site.root_page.localized.specific.route(request, path).page
        except Http404:
            return None
    public = GlossaryTermPage.objects.live().public().filter(pk=page.pk).exists()
    return page if isinstance(page, GlossaryTermPage) and public else None


@require_GET
def oembed(request):
    """oEmbed (https://oembed.com/) for term pages: a "rich" response whose HTML is an accessible definition
    box, with no script, that another site can paste or render. Only JSON is offered."""
    url = request.GET.get("url", "")
    fmt = request.GET.get("format", "json")
    if not url or len(url) > 2000:
        return JsonResponse({"error": _("Ange adressen till ett begrepp i parametern url.")}, status=400)
    if fmt != "json":
        return JsonResponse({"error": _("Bara formatet json finns.")}, status=501)
    term = _term_for_url(request, url)
    if term is None:
        return JsonResponse({"error": _("Det finns inget publicerat begrepp på den adressen.")}, status=404)
    licence_name, licence_url = licence()
    with translation.override(term.locale.language_code):
        html = render_to_string(
            "open_data/definition_embed.html",
            {
                "term": term,
                "url": page_url(term, request),
                "licence_name": licence_name,
                "licence_url": licence_url,
            },
        )
    data = {
        "version": "1.0",
        "type": "rich",
        "title": term.term,
        "provider_name": "Kvalitetsnavet",
        "provider_url": public_url("/"),
        "html": " ".join(html.split()),
        "width": EMBED_WIDTH,
        "height": EMBED_HEIGHT,
        "cache_age": 3600,
        "license": licence_name,
        "license_url": licence_url,
    }
    return with_licence_link(JsonResponse(data))
