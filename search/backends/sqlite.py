"""SQLite FTS5 search that stems Swedish and English.

The index keeps each page's title and body as the stems of its words, stemmed in the page's own language
(``search.analysis``); a query is stemmed in the reader's language before it reaches FTS5. Both sides go
through the same steps, so inflected forms meet. The autocomplete column keeps the words as written, for
prefix matching. Migration ``0001`` makes FTS5 keep å, ä and ö (its default folds them into a and o).
"""

from django.utils import translation
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale

from ..analysis import analyse


def _language_codes():
    return dict(Locale.objects.values_list("pk", "language_code"))


class StemmingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        # Wagtail has written the plain text; replace title and body by their stems in each object's
        # language. A second pass keeps this class free of copies of Wagtail's indexing code.
        languages = _language_codes()
        language_of = {
            str(obj.pk): languages.get(getattr(obj, "locale_id", None), translation.get_language())
            for obj in objs
        }
        entries = list(
            self.entries.filter(content_type_id=get_content_type_pk(model), object_id__in=language_of.keys())
        )
        for entry in entries:
            language = language_of[entry.object_id]
            entry.title = analyse(entry.title, language)
            entry.body = analyse(entry.body, language)
        self.entries.bulk_update(entries, ["title", "body"], batch_size=500)


class StemmingSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            stems = analyse(query.query_string, translation.get_language())
            # Punctuation alone has no stems; FTS5 then gets it as typed, as an empty phrase matching nothing.
            query = PlainText(stems or query.query_string, operator=query.operator, boost=query.boost)
        return super().build_search_query_content(query, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSQLiteQueryCompiler
