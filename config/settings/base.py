"""Settings shared by every environment. Each integration is switched on by its environment variable.

The package is called ``config`` and not ``site``: Python's standard library already owns the name ``site``.
"""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from search.backends.settings import search_backends

BASE_DIR = Path(__file__).resolve().parents[2]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "knowledge",
    "glossary",
    "methods",
    "search",
    # Before wagtail_localize: its translation views are replaced by locale-scoped ones at the same address.
    "governance",
    "contributions",
    "quality_system",
    "open_data",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "knowledge.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Addresses outside i18n_patterns: a 404 there stays a 404, never a redirect to /sv/ (knowledge.middleware).
LANGUAGE_NEUTRAL_PATH_PREFIXES = ["/admin/", "/documents/", "/api/", "/id/"]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# Database: SQLite file by default; DATABASE_URL (for example postgres://user@host/db) overrides it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory by default; REDIS_URL switches to Redis.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Swedish is the source language. LANGUAGES (comma-separated codes, Swedish first) adds locales
# by configuration: LANGUAGES=sv,en,ar gives Arabic, written right to left, with no code change.
LANGUAGE_CODE = "sv"


def _language(code):
    if code not in LANG_INFO:
        raise ImproperlyConfigured(f"LANGUAGES: {code!r} is not a language code Django knows")
    return (code, LANG_INFO[code]["name_local"])


LANGUAGES = [_language(code) for code in env_list("LANGUAGES", "sv,en")]
if not LANGUAGES or LANGUAGES[0][0] != LANGUAGE_CODE:
    raise ImproperlyConfigured("LANGUAGES must start with sv, the source language")
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

WAGTAIL_SITE_NAME = "Kvalitetsnavet"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The site's address as readers know it (e.g. https://kvalitetsnavet.se): links in exports and the stable URIs
# of glossary terms are built from it, and PDFs print it ("Hämtad från"). Empty: the Wagtail Site's address
# (and WAGTAILADMIN_BASE_URL for URIs; for PDFs the address asked for when the Site's is "localhost").
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "")
# The editorial team's address in the footer.
SITE_CONTACT_EMAIL = os.environ.get("SITE_CONTACT_EMAIL", "redaktionen@kvalitetsnavet.se")

# Open data: the content's licence (shown on every page and in every export) and the public API's limits.
CONTENT_LICENCE_NAME = os.environ.get("CONTENT_LICENCE_NAME", "CC BY 4.0")
CONTENT_LICENCE_URL = os.environ.get("CONTENT_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/")
OPEN_DATA_API_RATE = os.environ.get("OPEN_DATA_API_RATE", "120/minute")
OPEN_DATA_API_CACHE_SECONDS = int(os.environ.get("OPEN_DATA_API_CACHE_SECONDS", "300"))
WAGTAILAPI_LIMIT_MAX = 100  # a whole content type (60 terms) in one request
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt"]

# Search: the database backend (SQLite FTS5 with Swedish/English stemming, or PostgreSQL full-text search
# with the swedish configuration), or Elasticsearch with ELASTICSEARCH_URL and ELASTICSEARCH_VERSION.
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)

# Wagtail runs some work as background tasks; without a worker they run at once, in the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# wagtail-localize: keep translations' live status with the source so a published source is published in
# every language once translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True

TAGGIT_CASE_INSENSITIVE = True

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kvalitetsnavet <noreply@kvalitetsnavet.se>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
