"""The site's URLs plus /bench/floor/: a fixed 20 KB response from a plain Django view, the framework's floor
against which page speeds are compared."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

FLOOR_BODY = ("<p>" + "Kvalitetsnavet " * 6 + "</p>\n") * 210  # about 20 KB


def floor(request):
    return HttpResponse(FLOOR_BODY)


urlpatterns = [path("bench/floor/", floor), *site_urlpatterns]
