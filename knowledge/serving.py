"""Serving a page with fewer queries than Wagtail's own ``serve`` view, same behaviour otherwise.

Wagtail walks the tree from the site's root one slug at a time, loading each page and then its specific
model (two queries per level, plus the localized root). Here the page is found by its ``url_path`` in the
live pages' directory (the deepest page whose path starts the requested one: a routable page's sub-routes
are below it, and so are pages that are not live, which its ``route`` finds or refuses as Wagtail does),
starting from the localized root path that Wagtail keeps in its cache (``Site.get_site_root_paths``), and
read in one query by its own model.
The found page's own ``route`` then finishes the job, and Wagtail's serve hooks run as in its view. When no
root path is known for the language, Wagtail's view serves the request.
"""

from django.http import Http404, HttpResponse
from django.utils import translation
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .page_directory import page_directory


def _root_path(site):
    language = translation.get_language()
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language:
            return root.root_path
    return None


def route(request, path):
    """Wagtail's RouteResult (page, args, kwargs) for ``path``; raises Http404."""
    site = Site.find_for_request(request)
    root_path = _root_path(site) if site else None
    if root_path is None:
        return None
    components = [component for component in path.split("/") if component]
    candidates = [root_path] + [
        root_path + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)
    ]
    directory = page_directory()
    deepest = next(
        (directory.by_url_path[c] for c in reversed(candidates) if c in directory.by_url_path), None
    )
    if deepest is None:
        raise Http404
    consumed = len([part for part in deepest.url_path[len(root_path) :].split("/") if part])
    # The directory's page is shared and light: the page itself is read in full, by its own model. It may
    # have been deleted a moment ago, by another process.
    model = deepest.specific_class or Page
    page = model.objects.filter(pk=deepest.pk).first()
    if page is None:
        raise Http404
    return page.route(request, components[consumed:])


def serve(request, path):
    result = route(request, path)
    if result is None:
        return wagtail_views.serve(request, path)
    page, args, kwargs = result
    serve_chain = wagtail_views.serve_chain
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        serve_chain = hook(serve_chain)
    for hook in hooks.get_hooks("before_serve_page"):
        response = hook(page, request, args, kwargs)
        if isinstance(response, HttpResponse):
            return response
    return serve_chain(page, request, args, kwargs)
