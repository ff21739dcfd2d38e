"""Production: refuses to start without SECRET_KEY; static files served by WhiteNoise with hashed names."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

if not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured("SECRET_KEY must be set in production (a long random string).")
SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = env_bool("DEBUG", False)

# WhiteNoise serves the collected, hashed static files right after the security middleware.
MIDDLEWARE = [*MIDDLEWARE[:1], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]  # noqa: F405

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded documents and images on S3-compatible storage, for several app servers (README, "Several
# machines"; install `.[production,s3]`). Credentials come from boto3's usual AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY. file_overwrite off: two uploads with the same name must not replace each other.
_media_storage = os.environ.get("MEDIA_STORAGE", "filesystem")
if _media_storage == "s3":
    if not os.environ.get("MEDIA_S3_BUCKET"):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET (the bucket's name).")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "file_overwrite": False,
        },
    }
    # Documents always go through Wagtail's view, which checks a private collection's or page's
    # restrictions; "redirect" (Wagtail's default for remote storage) would hand out the bucket's address.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
elif _media_storage != "filesystem":
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be filesystem or s3, not {_media_storage!r}.")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)

# HTTPS (README, "Security"). The proxy in front terminates TLS and says so in a header; Django trusts that
# header only when SECURE_PROXY_SSL_HEADER names it (empty: the site is reached directly and sees HTTPS
# itself). Without this, the SSL redirect would send every request behind the proxy round in circles.
_proxy_ssl_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto").strip()
if _proxy_ssl_header:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_ssl_header.upper().replace("-", "_"), "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if SECURE_SSL_REDIRECT:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405
    ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# Without Redis, the cache is a folder shared by every process on this machine (gunicorn's workers, the task
# worker, manage.py). Local memory would be one per process: a publish replaces the page cache's generation
# only in the process that did it, and the other workers would go on serving the old page and site
# structure until it expired. Several machines need REDIS_URL (README, "Several machines").
if not os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_FOLDER") or str(BASE_DIR / ".cache" / "site-cache"),  # noqa: F405
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Production refuses to start while the local admin or demo users exist (security/checks.py, config/wsgi.py).
LOCAL_ACCOUNTS_ALLOWED = False

# Wagtail's background work (reference index and other tasks) is queued in the database and done by
# `manage.py db_worker` (django-tasks-db), not in the editor's request. TASKS_BACKEND=immediate runs it in
# the request instead, for a host without a worker process.
if os.environ.get("TASKS_BACKEND", "database") == "database":
    INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
