"""Create (or complete) the editorial roles: groups, permissions, region sections, workflows, collections."""

from django.core.management.base import BaseCommand

from governance.roles import ensure_roles


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
