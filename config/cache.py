"""Django's Redis cache, made to fail soft: when Redis does not answer, reads miss and writes are dropped
(with a warning in the log), so a failed Redis makes the site slower, never broken.

After a failure a process leaves Redis alone for RETRY_SECONDS: every call would otherwise wait for its
own timeout, and a page makes dozens of them. When Redis answers again, the process empties it before using
it: changes made meanwhile could not record their invalidations (the page cache's generation, the
taxonomy's drop), and a Redis that kept its data through the outage (a network break, a restart from its
snapshot) would serve the pages and values from before them. So give the site a Redis database of its own.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5

_failed_at = {}  # the server's location -> time.monotonic() of the last failure, per process
_lock = threading.Lock()


def _is_redis_error(error):
    import redis

    return isinstance(error, (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError))


def _tolerant(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            fallback = default() if callable(default) else default
            if not self._available():
                return fallback
            try:
                return method(self, *args, **kwargs)
            except Exception as error:  # redis' ConnectionError, TimeoutError and the like
                if not _is_redis_error(error):
                    raise
                self._failed(error, method.__name__)
                return fallback

        return wrapper

    return decorate


class TolerantRedisCache(RedisCache):
    @property
    def _server(self):
        return ",".join(self._servers)

    def _available(self):
        failed_at = _failed_at.get(self._server)
        if failed_at is None:
            return True
        if time.monotonic() - failed_at < RETRY_SECONDS:
            return False
        with _lock:
            if self._server not in _failed_at:  # another thread has emptied it meanwhile
                return True
            try:
                RedisCache.clear(self)
            except Exception as error:
                if not _is_redis_error(error):
                    raise
                _failed_at[self._server] = time.monotonic()
                return False
            del _failed_at[self._server]
        logger.warning("Redis cache answers again: emptied, as changes made meanwhile were not recorded")
        return True

    def _failed(self, error, name):
        _failed_at[self._server] = time.monotonic()
        logger.warning("Redis cache unavailable (%s): %s skipped", error, name)

    def get(self, key, default=None, version=None):
        if not self._available():
            return default
        try:
            return super().get(key, default, version)
        except Exception as error:
            if not _is_redis_error(error):
                raise
            self._failed(error, "get")
            return default

    get_many = _tolerant(dict)(RedisCache.get_many)
    has_key = _tolerant(False)(RedisCache.has_key)
    set = _tolerant(None)(RedisCache.set)
    add = _tolerant(False)(RedisCache.add)
    set_many = _tolerant(list)(RedisCache.set_many)
    # A counter (the share form's rate limit) that cannot be counted while Redis is down is not counted.
    incr = _tolerant(None)(RedisCache.incr)
    decr = _tolerant(None)(RedisCache.decr)
    touch = _tolerant(False)(RedisCache.touch)
    delete = _tolerant(False)(RedisCache.delete)
    delete_many = _tolerant(None)(RedisCache.delete_many)
    clear = _tolerant(None)(RedisCache.clear)
