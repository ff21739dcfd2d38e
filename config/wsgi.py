import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# gunicorn runs no system checks: refuse to serve a database that holds the local admin or demo users.
if not settings.LOCAL_ACCOUNTS_ALLOWED:
    from security.checks import refuse_unsafe_start

    refuse_unsafe_start()
