"""Search pages are kept in the page cache (knowledge/page_cache.py). A publish invalidates them at once,
but with a task worker the search index is updated afterwards, by the worker: a search made in between was
rendered from the old index and would be kept with the old results for the cache's lifetime. So when an
index-update task has finished, its documents are made searchable now (Elasticsearch shows new documents
only after a refresh, about a second later) and the search pages are invalidated again."""

import logging

from django_tasks import TaskResultStatus
from modelsearch.backends import get_search_backends

from knowledge.page_cache import invalidate_search

logger = logging.getLogger(__name__)

INDEX_TASKS = {"modelsearch.tasks.insert_or_update_object_task"}


def search_index_updated(sender, task_result, **kwargs):
    if task_result.task.module_path not in INDEX_TASKS or task_result.status != TaskResultStatus.SUCCESSFUL:
        return
    for backend in get_search_backends(with_auto_update=True):
        try:
            backend.refresh_indexes()  # nothing to do for the database backend
        except Exception:  # a search server that is down: its results are stale anyway
            logger.warning("Search index refresh failed", exc_info=True)
    invalidate_search()
