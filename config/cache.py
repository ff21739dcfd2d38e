"""Django's Redis cache, made to fail soft: when Redis does not answer, reads miss and writes are dropped
(with a warning in the log), so a failed Redis makes the site slower, never broken."""

import functools
import logging

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _tolerant(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except Exception as error:  # redis' ConnectionError, TimeoutError and the like
                if not _is_redis_error(error):
                    raise
                logger.warning("Redis cache unavailable (%s): %s skipped", error, method.__name__)
                return default() if callable(default) else default

        return wrapper

    return decorate


def _is_redis_error(error):
    import redis

    return isinstance(error, (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError))


class TolerantRedisCache(RedisCache):
    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except Exception as error:
            if not _is_redis_error(error):
                raise
            logger.warning("Redis cache unavailable (%s): get skipped", error)
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
