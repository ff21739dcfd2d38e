"""SQLite FTS5 search that stems Swedish and English.

The index keeps each page's title and body as the stems of its words, stemmed in the page's own language
(``search.analysis``); a query is stemmed in the reader's language before it reaches FTS5. Both sides go
through the same steps, so inflected forms meet. The autocomplete column keeps the words as written, for
prefix matching. Migration ``0001`` makes FTS5 keep å, ä and ö (its default folds them into a and o).
"""

from django.utils import translation
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks
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


class RankOnceMixin:
    CANDIDATES_PER_HIT = 2  # with a limit, this many best index matches per wanted hit are filtered

    def ranked_ids(self, limit=None):
        """The primary keys of the matching objects (the best ``limit`` of them), best first; None where
        Wagtail's own search is used (match-all and negated queries, ordering by other fields).

        Wagtail orders by a correlated subquery that reruns the FTS5 match for every candidate row, which
        grows with the square of the hits (seconds at 10,000 pages). Here FTS5 scores the matches once;
        the queryset's own filters (language, live, ...) then keep the allowed ones, sorted in Python.
        With a limit only the best candidates are scored and filtered, and all of them if too few pass.
        """
        query = normalize(self.query)
        if not self.order_by_relevance or isinstance(query, (MatchAll, Not)):
            return None
        search_query = self.build_search_query(query, config=None)  # SQLite has no search configurations
        matches = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
            )
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), None))
        )
        rows = matches.values_list("index_entry__object_id", "score")
        candidates = matches.values("index_entry__object_id")
        if limit:
            wanted = limit * self.CANDIDATES_PER_HIT
            rows = list(rows.order_by("score")[:wanted])
        scores = {}
        for object_id, score in rows:
            scores[object_id] = min(score, scores.get(object_id, score))
        if limit:  # a list of the few best ids (measured faster than a sliced subquery)
            to_pk = self.queryset.model._meta.pk.to_python
            allowed = self.queryset.filter(pk__in=[to_pk(object_id) for object_id in scores])
        else:  # every match: a subquery, not a list of thousands of ids
            allowed = self.queryset.filter(pk__in=candidates)
        # bm25 is lower for better matches; equal scores fall back to the newest object, as in Wagtail.
        ranked = sorted(allowed.values_list("pk", flat=True), key=lambda pk: (scores.get(str(pk), 0.0), -pk))
        if limit and len(ranked) < limit and len(rows) == wanted:
            return self.ranked_ids()[:limit]  # the filters removed too many of the best: rank them all
        return ranked[:limit] if limit else ranked


class StemmingSQLiteQueryCompiler(RankOnceMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            stems = analyse(query.query_string, translation.get_language())
            # Punctuation alone has no stems; FTS5 then gets it as typed, as an empty phrase matching nothing.
            query = PlainText(stems or query.query_string, operator=query.operator, boost=query.boost)
        return super().build_search_query_content(query, config=config)


class RankOnceAutocompleteQueryCompiler(RankOnceMixin, SQLiteAutocompleteQueryCompiler):
    """Autocomplete matches the words as written (prefixes), so it is not stemmed."""


class StemmingSQLiteSearchResults(SQLiteSearchResults):
    def ranked_ids(self, limit=None):
        """Matching primary keys (the best ``limit``), best first, without loading objects; None when
        this query is one that Wagtail's own search answers (then iterate over the results)."""
        if limit is None:
            return self._ranked_ids()
        return self.query_compiler.ranked_ids(limit) if self._score_field is None else None

    def _ranked_ids(self):
        if not hasattr(self, "_ranked_ids_cache"):
            self._ranked_ids_cache = self.query_compiler.ranked_ids() if self._score_field is None else None
        return self._ranked_ids_cache

    def _do_search(self):
        ids = self._ranked_ids()
        if ids is None:
            return super()._do_search()
        selected = ids[self.start : self.stop]
        objects = {obj.pk: obj for obj in self.query_compiler.queryset.filter(pk__in=selected)}
        return [objects[pk] for pk in selected if pk in objects]

    def _do_count(self):
        ids = self._ranked_ids()
        if ids is None:
            return super()._do_count()
        return len(ids[self.start : self.stop])


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSQLiteQueryCompiler
    autocomplete_query_compiler_class = RankOnceAutocompleteQueryCompiler
    results_class = StemmingSQLiteSearchResults
