"""A region added in the admin gets its section, coordinator group, workflow and private collection."""

from django.db.models.signals import post_save
from django.dispatch import Signal, receiver

from knowledge.models import Region

# Sent by roles.py when the national editors' group (coordinators=[]) or a region's coordinator group is set
# up, with the groups, so that apps which depend on governance grant their own permissions to them.
roles_ready = Signal()


@receiver(post_save, sender=Region, dispatch_uid="governance_region_roles")
def create_region_roles(sender, instance, created, raw=False, **kwargs):
    from methods.sections import source_routine_index

    from .roles import ensure_region_roles

    # Before the page tree exists (first load of the starter content) setup_roles does this later.
    if created and not raw and source_routine_index() is not None:
        ensure_region_roles(instance)
