"""Create (or complete) the editorial roles: groups, permissions, region sections, workflows, collections."""

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from governance.roles import WAGTAIL_DEFAULT_GROUPS, ensure_roles


class Command(BaseCommand):
    help = (
        "Create the national editor, regional coordinator (one per region) and translator (one per language) "
        "groups with their permissions and workflows. Idempotent; run after the content is loaded."
    )

    def handle(self, *args, **options):
        groups = ensure_roles()
        self.stdout.write(
            f"Roller: {groups['national'].name}, {len(groups['coordinators'])} regionala "
            f"samordnargrupper, {len(groups['translators'])} översättargrupper."
        )
        # Wagtail's default groups are emptied, and kept only while someone is in them: name those people,
        # who can no longer do anything until they are given a real role.
        for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).order_by("name"):
            members = ", ".join(group.user_set.order_by("username").values_list("username", flat=True))
            self.stdout.write(
                self.style.WARNING(
                    f"Wagtails grupp {group.name} har tömts på behörigheter men har medlemmar utan roll: "
                    f"{members}. Ge dem en roll ovan och ta bort dem ur gruppen."
                )
            )
