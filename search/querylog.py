"""Counting readers' searches without ever slowing down or failing a search.

A search only adds to a counter in this process's memory. The counts are written to the database in one
short transaction per batch, after a response has been sent (Django's ``request_finished``) and at most
every ``SEARCH_LOG_FLUSH_SECONDS``. When the database is busy or locked, the counts stay in memory for the
next batch (a bounded number of distinct queries, so memory cannot grow without limit); a process that
stops writes what it holds on exit.
"""

import atexit
import logging
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.search.utils import normalise_query_string

from .models import MAX_LOGGED_QUERY_LENGTH, SearchQueryLog

logger = logging.getLogger(__name__)
MAX_PENDING_QUERIES = 5000  # beyond this many distinct pending queries, new ones are dropped (and logged)


@dataclass
class Pending:
    searches: int = 0
    hits: int = 0
    last_searched_at: object = None


class QueryLogBuffer:
    def __init__(self):
        self._lock = threading.Lock()  # guards _pending; held only for dictionary operations
        self._flushing = threading.Lock()  # one batch at a time per process
        self._pending = {}
        self._last_flush = time.monotonic()

    def record(self, locale_id, query, hits):
        query = " ".join(query.lower().split())[:MAX_LOGGED_QUERY_LENGTH]
        if not query:
            return
        key = (locale_id, query)
        with self._lock:
            entry = self._pending.get(key)
            if entry is None:
                if len(self._pending) >= MAX_PENDING_QUERIES:
                    logger.warning("Search query log: too many pending queries, %r not counted", query)
                    return
                entry = self._pending[key] = Pending()
            entry.searches += 1
            entry.hits = hits
            entry.last_searched_at = timezone.now()

    def flush_if_due(self, **kwargs):
        if time.monotonic() - self._last_flush >= settings.SEARCH_LOG_FLUSH_SECONDS and self._pending:
            # Never wait for another thread's batch: the counts are simply written with the next one.
            if self._flushing.acquire(blocking=False):
                try:
                    self._write()
                finally:
                    self._flushing.release()

    def flush(self):
        """Write everything pending now (waits for a batch another thread is writing)."""
        with self._flushing:
            self._write()

    def _write(self):
        with self._lock:
            batch, self._pending = self._pending, {}
            self._last_flush = time.monotonic()
        if not batch:
            return
        try:
            with transaction.atomic():
                _write_batch(batch)
        except DatabaseError as error:
            logger.warning("Search query log: kept %d queries for the next batch (%s)", len(batch), error)
            with self._lock:
                for key, entry in batch.items():
                    newer = self._pending.get(key)
                    if newer is None:
                        self._pending[key] = entry
                    else:  # searched again meanwhile: keep its latest hits and time, add the counts
                        newer.searches += entry.searches


def _write_batch(batch):
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    today = timezone.localdate()
    for (locale_id, query), entry in batch.items():
        log, _created = SearchQueryLog.objects.get_or_create(locale_id=locale_id, query=query)
        SearchQueryLog.objects.filter(pk=log.pk).update(
            searches=F("searches") + entry.searches, hits=entry.hits, last_searched_at=entry.last_searched_at
        )
        # Wagtail's own per-day counts, which its search promotions report shows.
        promoted_query, _created = Query.objects.get_or_create(query_string=normalise_query_string(query))
        daily, _created = QueryDailyHits.objects.get_or_create(query=promoted_query, date=today)
        QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + entry.searches)


buffer = QueryLogBuffer()
record = buffer.record
flush = buffer.flush


def _flush_at_exit():
    try:
        buffer.flush()
    except Exception:  # the process is ending; nothing else can be done with the counts
        logger.exception("Search query log: counts lost at exit")


atexit.register(_flush_at_exit)
