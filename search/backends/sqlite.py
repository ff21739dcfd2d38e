"""SQLite FTS5 search that stems Swedish and English: the one place that relies on modelsearch's internals.

What it does. The index keeps each page's title and body as the stems of its words, stemmed in the page's
own language (``search.analysis``); a query is stemmed in the reader's language before it reaches FTS5.
Both sides go through the same steps, so inflected forms meet. The autocomplete column keeps the words as
written, for prefix matching. ``keep_swedish_letters`` (run by migration ``site_search.0002``) makes FTS5
keep å, ä and ö, which its default tokenizer folds into a and o. Matches are ranked once by FTS5's bm25
(``RankOnceMixin``) instead of Wagtail's per-row subquery, which grows with the square of the hits.

Why private parts. modelsearch (Wagtail's search, ``modelsearch>=1.3.2,<1.4`` in pyproject.toml, the range
Wagtail 7.4 allows) has no public hook to change the text its SQLite backend indexes or the FTS5 query it
builds, nor its tokenizer: its documented extension point is a backend class with its own index, query
compiler and results classes, and that is what this module is. It relies on exactly what ``RELIES_ON``
lists (class attributes, methods it overrides or calls, with their parameters) and on Wagtail's FTS5 table
(``FTS_TABLE``, its columns). ``contract_problems()`` compares them with the installed modelsearch;
``tests/search/test_sqlite_backend_contract.py`` fails with the differences when an upgrade changes them,
and the system check ``site_search.E002`` stops a SQLite site that would run on a changed modelsearch.

Only ``search.backends.database`` imports this module, and only on SQLite.
"""

import inspect
from importlib.metadata import version

from django.utils import translation
from modelsearch.backends.database.sqlite import query as sqlite_query
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks
from wagtail.models import Locale, Page

from ..analysis import analyse

MODELSEARCH_VERSIONS = ((1, 3, 2), (1, 4))  # written for these: at least the first, below the second
FTS_TABLE = "wagtailsearch_indexentry_fts"  # Wagtail's FTS5 table (migration wagtailsearch.0010)
FTS_COLUMNS = ("autocomplete", "body", "title")

# What this module uses of modelsearch, beyond its public query classes: (owner, name, parameters). For a
# method, the parameters it must accept (checked by name, in order); None for an attribute.
RELIES_ON = [
    (sqlite.SQLiteIndex, "add_items", ["self", "model", "objs"]),
    (sqlite.SQLiteSearchQueryCompiler, "build_search_query_content", ["self", "query", "config"]),
    (sqlite.SQLiteSearchQueryCompiler, "build_search_query", ["self", "query", "config"]),
    (sqlite.SQLiteSearchQueryCompiler, "_build_rank_expression", ["self", "vectors", "config"]),
    (sqlite.SQLiteSearchQueryCompiler, "get_search_vectors", ["self"]),
    (sqlite.SQLiteSearchQueryCompiler, "FTS_TABLE_FIELDS", None),
    (sqlite.SQLiteSearchResults, "_do_search", ["self"]),
    (sqlite.SQLiteSearchResults, "_do_count", ["self"]),
    (sqlite.SQLiteSearchBackend, "index_class", None),
    (sqlite.SQLiteSearchBackend, "query_compiler_class", None),
    (sqlite.SQLiteSearchBackend, "autocomplete_query_compiler_class", None),
    (sqlite.SQLiteSearchBackend, "results_class", None),
    (sqlite, "SQLiteFTSIndexEntry", None),
    (sqlite_query, "MatchExpression", ["self", "columns", "query"]),
    (sqlite_query, "normalize", ["search_query"]),
]
# Attributes set by modelsearch's constructors that the query compiler and the results read.
COMPILER_ATTRIBUTES = ["queryset", "query", "fields", "order_by_relevance"]
RESULTS_ATTRIBUTES = ["query_compiler", "start", "stop", "_score_field"]


def _parameters(owner, name):
    member = getattr(owner, name)
    function = member.__init__ if inspect.isclass(member) else member
    return list(inspect.signature(function).parameters)


def contract_problems():
    """What differs between the modelsearch installed and the one this module was written for ([] if
    nothing). Each problem names this module, so whoever upgrades knows where to look."""
    problems = []
    where = f"{__name__} (see its docstring)"
    installed = version("modelsearch")
    numbers = tuple(int(part) for part in installed.split(".")[:3] if part.isdigit())
    low, high = MODELSEARCH_VERSIONS
    if not low <= numbers < high:
        written_for = f">={'.'.join(map(str, low))},<{'.'.join(map(str, high))}"
        problems.append(f"{where} was written for modelsearch {written_for}; {installed} is installed")
    for owner, name, parameters in RELIES_ON:
        label = f"{getattr(owner, '__name__', owner)}.{name}"
        # A class must define the member itself: the SQLite implementation is what this module builds on.
        if not (name in vars(owner) if inspect.isclass(owner) else hasattr(owner, name)):
            problems.append(f"{where} relies on {label}, which modelsearch {installed} no longer has")
        elif parameters is not None and _parameters(owner, name)[: len(parameters)] != parameters:
            found = _parameters(owner, name)
            problems.append(
                f"{where} relies on {label}({', '.join(parameters)}); it is now ({', '.join(found)})"
            )
    if hasattr(sqlite, "SQLiteFTSIndexEntry"):
        fts = sqlite.SQLiteFTSIndexEntry._meta
        columns = {field.column for field in fts.concrete_fields}
        if fts.db_table != FTS_TABLE or not set(FTS_COLUMNS) <= columns:
            problems.append(f"{where} relies on the FTS5 table {FTS_TABLE}({', '.join(FTS_COLUMNS)})")
    compiler = sqlite.SQLiteSearchQueryCompiler(Page.objects.none(), PlainText("ord"))
    results = sqlite.SQLiteSearchResults(None, compiler)
    for instance, names in ((compiler, COMPILER_ATTRIBUTES), (results, RESULTS_ATTRIBUTES)):
        for name in names:
            if not hasattr(instance, name):
                problems.append(f"{where} relies on {type(instance).__name__}.{name}, which is gone")
    return problems


def _language_codes():
    return dict(Locale.objects.values_list("pk", "language_code"))


class StemmingSQLiteIndex(sqlite.SQLiteIndex):
    def add_items(self, model, objs):
        from wagtail.search.models import IndexEntry

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
        entries = IndexEntry.objects.filter(
            content_type_id=get_content_type_pk(model), object_id__in=language_of.keys()
        )
        entries = list(entries)
        for entry in entries:
            language = language_of[entry.object_id]
            entry.title = analyse(entry.title, language)
            entry.body = analyse(entry.body, language)
        IndexEntry.objects.bulk_update(entries, ["title", "body"], batch_size=500)


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
        query = sqlite_query.normalize(self.query)
        if not self.order_by_relevance or isinstance(query, (MatchAll, Not)):
            return None
        search_query = self.build_search_query(query, config=None)  # SQLite has no search configurations
        matches = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(
                sqlite_query.MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
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


class StemmingSQLiteQueryCompiler(RankOnceMixin, sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            stems = analyse(query.query_string, translation.get_language())
            # Punctuation alone has no stems; FTS5 then gets it as typed, as an empty phrase matching nothing.
            query = PlainText(stems or query.query_string, operator=query.operator, boost=query.boost)
        return super().build_search_query_content(query, config=config)


class RankOnceAutocompleteQueryCompiler(RankOnceMixin, sqlite.SQLiteAutocompleteQueryCompiler):
    """Autocomplete matches the words as written (prefixes), so it is not stemmed."""


class StemmingSQLiteSearchResults(sqlite.SQLiteSearchResults):
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


class StemmingSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSQLiteQueryCompiler
    autocomplete_query_compiler_class = RankOnceAutocompleteQueryCompiler
    results_class = StemmingSQLiteSearchResults


def recreate_fts_table(schema_editor, keep_diacritics=True):
    """Recreate Wagtail's FTS5 table with or without ``remove_diacritics 0`` and copy the index into it
    (Wagtail's triggers refer to the table by name and keep working). Only SQLite with FTS5 is touched.

    Wagtail creates the table with the default ``unicode61`` tokenizer, which removes diacritics, so "får"
    would match "far" and "år" would match "ar". Should a Wagtail upgrade recreate the table, tests/search
    (``får`` is not ``far``) fails: run this again from a new migration."""
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    tokenizer = ", tokenize = 'unicode61 remove_diacritics 0'" if keep_diacritics else ""
    columns = ", ".join(FTS_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [FTS_TABLE])
        if cursor.fetchone() is None:  # no FTS5: Wagtail uses its plain database fallback
            return
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}{tokenizer})")
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, {columns}) "
            f"SELECT id, {columns} FROM {FTS_TABLE.removesuffix('_fts')}"
        )
