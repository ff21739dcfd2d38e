"""Settings shared by every environment. Each integration is switched on by its environment variable.

The package is called ``config`` and not ``site``: Python's standard library already owns the name ``site``.
"""

import datetime
import ipaddress
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
    "starter",  # loads content/ into every app; no app imports it
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Security (README, "Security"): login lockout, the CSP, security.txt and the production start check.
    "security",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "security.middleware.ContentSecurityPolicyMiddleware",
    "security.middleware.RefuseNulMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "knowledge.request_cache.RequestCacheMiddleware",
    # Before sessions and everything else: a cached page is served without them.
    "knowledge.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "knowledge.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers and writers at once: WAL lets reads go on while one connection writes; a writer waits for the
    # lock (timeout, seconds) instead of failing; IMMEDIATE takes the write lock when a transaction starts,
    # because SQLite cannot make a waiting reader-turned-writer wait and answers "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        transaction_mode="IMMEDIATE",
        timeout=int(os.environ.get("SQLITE_TIMEOUT", "20")),
    )

# Cache: local memory by default (one process); REDIS_URL switches to Redis, shared by every process and
# server. A Redis that does not answer is treated as an empty cache (config/cache.py), never as an error.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
# Whole pages for anonymous readers (knowledge/page_cache.py), kept this many seconds at most; 0 turns the
# page cache off. Publishing and other edits invalidate cached pages at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# django-axes checks every login (the admin's and the front end's /_util/login/) before the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
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

# Searches are counted in memory and written in one batch at most every this many seconds, after a response
# has been sent, so that the query log never slows down or fails a reader's search.
SEARCH_LOG_FLUSH_SECONDS = float(os.environ.get("SEARCH_LOG_FLUSH_SECONDS", "10"))

# Wagtail runs some work as background tasks; without a worker they run at once, in the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# wagtail-localize: a new translation is a draft until someone who may publish it does (translators submit
# it to the page's workflow; see governance/translation_workflow.py). The starter loader publishes its own
# complete translations explicitly.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# New slugs are ASCII ("volontarer", not "volontärer"), like the starter content's.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

TAGGIT_CASE_INSENSITIVE = True

# Self-assessments saved to a private link are deleted this many days after their last change
# (manage.py purge_assessments; the page states the period).
SELF_ASSESSMENT_RETENTION_DAYS = int(os.environ.get("SELF_ASSESSMENT_RETENTION_DAYS", "180"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kvalitetsnavet <noreply@kvalitetsnavet.se>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The legal person that is controller of personal data on the site (name and organisation number), shown on
# the privacy page. Empty until the operator sets it: the page then says that none is named yet.
DATA_CONTROLLER = os.environ.get("DATA_CONTROLLER", "")
# How long a routine submitter's contact address (and a never-published draft) is kept; the consent text and
# the privacy page state this period.
SUBMISSION_RETENTION_DAYS = int(os.environ.get("SUBMISSION_RETENTION_DAYS", "365"))
# manage.py review_reminders mentions a page that is still due again after this many days (never twice a day).
REVIEW_REMINDER_EVERY_DAYS = int(os.environ.get("REVIEW_REMINDER_EVERY_DAYS", "7"))

# -- Security (README, "Security"). Production adds HSTS, the SSL redirect and secure cookies. --------------

# The front-end login (/sv/_util/login/) sends people here when there is no ?next= (Django's default,
# /accounts/profile/, does not exist); / leads to the home page in the reader's language.
LOGIN_REDIRECT_URL = "/"
ADMIN_URL_PREFIX = "/admin/"

# Proxies in front of the site that append to X-Forwarded-For (knowledge/client_address.py): 0 means the
# site is reached directly and REMOTE_ADDR is the client's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# The addresses (or networks) those proxies reach the site from: X-Forwarded-For is believed only from them,
# so a request that reaches the app server directly cannot choose its own address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES") or ["127.0.0.0/8", "::1"]
for _proxy in TRUSTED_PROXIES:
    ipaddress.ip_network(_proxy, strict=False)  # a typo stops the start, not a login (ValueError names it)

# Login lockout (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one account from one address,
# that account is locked for that address for LOGIN_LOCKOUT_MINUTES. Attempts are kept in the database, so
# every app server sees them.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "knowledge.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # failures are kept (needed for the lockout); successful logins are not
AXES_VERBOSE = False

# Content-Security-Policy (django-csp). Public pages: scripts, styles, fonts and images from the site itself
# only; no inline script or style, no plugins, never framed. The admin's policy: security/middleware.py.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "frame-src": [_NONE],
        "frame-ancestors": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:"],
        # Wagtail's dashboard asks releases.wagtail.org whether a newer Wagtail is out.
        "connect-src": [_SELF, "https://releases.wagtail.org"],
        "frame-src": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
X_FRAME_OPTIONS = "DENY"  # Wagtail's and wagtail-localize's preview views set SAMEORIGIN themselves
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Powerful browser features the site never uses, switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
}

# /.well-known/security.txt (RFC 9116): comma-separated mailto: or https: addresses; not served when empty.
SECURITY_CONTACT = env_list("SECURITY_CONTACT")
SECURITY_POLICY_URL = os.environ.get("SECURITY_POLICY_URL", "")
SECURITY_TXT_EXPIRES_DAYS = 180
# Production refuses to start while the local admin or demo users exist (security/checks.py).
LOCAL_ACCOUNTS_ALLOWED = True

# No Gravatar in the admin: it would send editors' e-mail hashes to a third party (and the CSP allows no
# outside images).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Uploads stop as soon as a file passes its limit (contributions/uploads.py): public forms 10 MB a file,
# three files; people with admin access EDITOR_UPLOAD_MAX_BYTES a request.
FILE_UPLOAD_HANDLERS = [
    "contributions.uploads.BoundedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
EDITOR_UPLOAD_MAX_BYTES = int(os.environ.get("EDITOR_UPLOAD_MAX_BYTES", str(100 * 1024 * 1024)))
# The "Share a routine" form's rate limit per client address and window (contributions/ratelimit.py).
SHARE_ROUTINE_RATE_LIMIT = int(os.environ.get("SHARE_ROUTINE_RATE_LIMIT", "5"))
SHARE_ROUTINE_RATE_WINDOW = int(os.environ.get("SHARE_ROUTINE_RATE_WINDOW", "3600"))
