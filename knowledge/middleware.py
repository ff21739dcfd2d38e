"""Django's LocaleMiddleware, except for addresses that have no language.

On a 404, Django's middleware redirects /x/ to /sv/x/ when that path would resolve; with Wagtail's catch-all
page route every path would, so a missing API object or term URI became a redirect to a page URL instead of a
404. Paths under the language-neutral prefixes answer for themselves.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(tuple(settings.LANGUAGE_NEUTRAL_PATH_PREFIXES)):
            return response
        return super().process_response(request, response)
