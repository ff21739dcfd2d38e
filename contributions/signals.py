"""When a submitted routine is published, its attachments leave the private collection for the public one."""

from wagtail.signals import page_published

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
