"""Small helpers shared by the tests."""

from wagtail.models import Locale


def page_in(model, language, **filters):
    return model.objects.live().get(locale=Locale.objects.get(language_code=language), **filters)


def first_page(model, language):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=language)).first()
