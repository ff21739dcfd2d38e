"""Create (or show) the admin login for local use. Refuses to run on a server (DEBUG off)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from knowledge.local_accounts import ADMIN_PASSWORD_FILE as PASSWORD_FILE
from knowledge.local_accounts import local_email


class Command(BaseCommand):
    help = "Create a superuser 'admin' for local use and print its login (kept in .local-admin-password)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin is for local development only (DEBUG is off).")
        User = get_user_model()
        password = PASSWORD_FILE.read_text().strip() if PASSWORD_FILE.exists() else ""
        user = User.objects.filter(username=username).first()
        if user is None or not password or not user.check_password(password):
            password = password or secrets.token_urlsafe(12)
            if user is None:
                user = User.objects.create_superuser(username, local_email(username), password)
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login (local use only): {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/  "
                f"user: {username}  password: {password}"
            )
        )
