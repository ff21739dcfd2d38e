"""When a submitted routine is published, its attachments leave the private collection for the public one;
when the roles are set up, editors and coordinators get to read and delete submissions."""

from wagtail.signals import page_published

from governance.signals import roles_ready
from methods.models import ExampleRoutinePage


def publish_attachments(sender, instance, **kwargs):
    from governance.models import RegionRoles
    from governance.roles import public_routine_collection

    private = set(RegionRoles.objects.exclude(attachments=None).values_list("attachments_id", flat=True))
    documents = [item.document for item in instance.documents.select_related("document")]
    to_publish = [document for document in documents if document.collection_id in private]
    if to_publish:
        public = public_routine_collection()
        for document in to_publish:
            document.collection = public
            document.save(update_fields=["collection"])


page_published.connect(
    publish_attachments, sender=ExampleRoutinePage, dispatch_uid="publish_routine_attachments"
)


def grant_submission_permissions(sender, national, coordinators, **kwargs):
    """National editors and each region's coordinators read and delete submitted routines (their own regions
    only: see admin_views.py); nobody edits them."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    from .models import RoutineSubmission

    permissions = Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(RoutineSubmission),
        codename__in=["view_routinesubmission", "delete_routinesubmission"],
    )
    for group in [national, *coordinators]:
        group.permissions.add(*permissions)


roles_ready.connect(grant_submission_permissions, dispatch_uid="grant_submission_permissions")
