"""System checks for a safe production start.

``local_accounts_in_production`` queries the database, so it runs only when the checks are given one:
``config/wsgi.py`` runs it before serving (gunicorn does not run Django's checks by itself), and so do
``manage.py migrate`` and ``manage.py check --database default``.
"""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError

from knowledge.local_accounts import local_accounts

UNSAFE_START = "kvalitetsnavet-unsafe-start"


@register(UNSAFE_START, Tags.database)
def local_accounts_in_production(app_configs=None, databases=None, **kwargs):
    if settings.LOCAL_ACCOUNTS_ALLOWED or not databases:
        return []
    try:
        accounts = local_accounts()
    except DatabaseError:  # not migrated yet: there are no accounts to worry about
        return []
    if not accounts:
        return []
    names = ", ".join(user.username for user in accounts)
    return [
        Error(
            f"Local accounts with printed passwords exist in a production database: {names}.",
            hint=(
                "They were made by `make setup`/`make run` (create_local_admin, create_demo_users) and their "
                "passwords are known. Remove them with `manage.py remove_local_accounts`, and create real "
                "accounts with `manage.py createsuperuser`."
            ),
            id="site_security.E001",
        )
    ]


@register(Tags.security, deploy=True)
def security_contact(app_configs=None, **kwargs):
    if settings.SECURITY_CONTACT:
        return []
    return [
        Warning(
            "SECURITY_CONTACT is not set, so /.well-known/security.txt is not served.",
            hint="Set SECURITY_CONTACT to a mailto: or https: address that receives vulnerability reports.",
            id="site_security.W001",
        )
    ]


@register(Tags.caches, deploy=True)
def shared_cache(app_configs=None, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if "LocMemCache" not in backend and "DummyCache" not in backend:
        return []
    return [
        Warning(
            "The cache is local to each process, so the public form's rate limit is counted per process, and "
            "a process sees another's changes to pages only when its cached pages and copies expire.",
            hint="Set REDIS_URL so that every app server and worker shares one cache.",
            id="site_security.W002",
        )
    ]


def refuse_unsafe_start():
    """Raise SystemCheckError when the database holds local accounts and they are not allowed."""
    from django.core.checks import run_checks
    from django.core.management.base import SystemCheckError

    errors = run_checks(tags=[UNSAFE_START], databases=["default"])
    if errors:
        raise SystemCheckError("\n".join(f"{error.id}: {error.msg} {error.hint}" for error in errors))
