"""One demo user per role for local use, with their logins printed. Refuses to run on a server (DEBUG off)."""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from governance.models import LocaleTranslators, RegionRoles
from governance.roles import NATIONAL_EDITORS
from knowledge.local_accounts import DEMO_PASSWORDS_FILE as PASSWORD_FILE
from knowledge.local_accounts import local_email
from methods.models import ExampleRoutinePage, MethodGuidePage, RegionSectionPage

DEMO_REGION = "skane"


class Command(BaseCommand):
    help = (
        "Create demo users (national editor, regional coordinator for Skåne, English translator) for local "
        "use and print their logins (passwords kept in .local-demo-passwords). Run after setup_roles."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_demo_users is for local development only (DEBUG is off).")
        roles = self.demo_roles()
        passwords = json.loads(PASSWORD_FILE.read_text()) if PASSWORD_FILE.exists() else {}
        User = get_user_model()
        for username, (label, group) in roles.items():
            password = passwords.get(username) or secrets.token_urlsafe(12)
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username, local_email(username), password)
            elif not user.check_password(password):
                user.set_password(password)
                user.save(update_fields=["password"])
            user.groups.add(group)
            passwords[username] = password
            self.stdout.write(f"{label}: user: {username}  password: {password}")
        PASSWORD_FILE.write_text(json.dumps(passwords, indent=2) + "\n")
        PASSWORD_FILE.chmod(0o600)
        self.assign_demo_ownership()

    def demo_roles(self):
        try:
            national = Group.objects.get(name=NATIONAL_EDITORS)
            coordinators = RegionRoles.objects.get(region__slug=DEMO_REGION).coordinators
            translators = (
                LocaleTranslators.objects.select_related("group").get(locale__language_code="en").group
            )
        except (Group.DoesNotExist, RegionRoles.DoesNotExist, LocaleTranslators.DoesNotExist) as error:
            raise CommandError("Run manage.py setup_roles first.") from error
        return {
            "redaktor": ("Nationell redaktör", national),
            "samordnare-skane": ("Regional samordnare, Skåne", coordinators),
            "oversattare-en": ("Översättare, engelska", translators),
        }

    def assign_demo_ownership(self):
        """Owners for the starter pages that have none, so the dashboard's review panel has something."""
        User = get_user_model()
        editor = User.objects.get(username="redaktor")
        coordinator = User.objects.get(username="samordnare-skane")
        pages = list(MethodGuidePage.objects.filter(content_owner__isnull=True, locale__language_code="sv"))
        owners = {page.pk: editor for page in pages}
        for section in RegionSectionPage.objects.filter(region__slug=DEMO_REGION, locale__language_code="sv"):
            routines = ExampleRoutinePage.objects.descendant_of(section).filter(content_owner__isnull=True)
            for routine in routines:
                pages.append(routine)
                owners[routine.pk] = coordinator
        for page in pages:
            # Through a revision, so the editor's form shows the owner too.
            page.content_owner = owners[page.pk]
            revision = page.save_revision()
            if page.live:
                revision.publish()
