"""The editorial roles as Wagtail groups, page and collection permissions, and moderation workflows.

Idempotent: ``ensure_roles()`` (``manage.py setup_roles``) adds what is missing and never removes what
administrators have added, with one exception: Wagtail's own default groups are emptied (see
``retire_wagtail_default_groups``). Roles:

- National editor: edits and publishes every page, manages the taxonomy, documents, images, search
  promotions and everything in the search app (synonyms); approves the national workflow.
- Regional coordinator (one group per region): adds, edits and publishes pages in the region's section of the
  example routines, in every language, and moderates its workflow; edits method guides and glossary terms
  without publishing them, so changes go to the national editors for approval; can translate.
- Translator (one group per language other than Swedish): edits pages in that language's tree only and creates
  translations into that language only (see translation_views.py); publishes nothing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from glossary.models import GlossaryIndexPage
from knowledge.models import HomePage, Region
from methods.models import MethodIndexPage, RegionSectionPage
from methods.sections import ensure_region_section, source_routine_index

from .models import LocaleTranslators, RegionRoles

# Names of data (groups, workflows, collections) are Swedish, like the content; they are not interface text.
NATIONAL_EDITORS = "Nationella redaktörer"
NATIONAL_WORKFLOW = "Nationell granskning"
PUBLIC_ROUTINE_DOCUMENTS = "Exempelrutiner"
PRIVATE_SUBMISSIONS = "Inskickade bilagor (privat)"

EDIT_AND_PUBLISH = ("add", "change", "publish", "lock", "unlock")
TAXONOMY_MODELS = ("organisationform", "qualityarea", "region")
DOCUMENT_ACTIONS = ("add_document", "change_document", "delete_document", "choose_document")
IMAGE_ACTIONS = ("add_image", "change_image", "delete_image", "choose_image")


# Wagtail's migrations create these with permissions on the root page and the root collection: a member lists
# every region's private attachments, can move one into a public collection, and edits every region's drafts.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages(group, page, types):
    for permission_type in types:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", f"{permission_type}_page")
        )


def grant_collection(group, collection, app_label, codenames):
    for codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )


def child_collection(parent, name):
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(name=name)


def restrict_collection(collection, groups):
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
    )
    restriction.groups.add(*groups)


def approval_workflow(name, task_name, groups, pages):
    workflow, _created = Workflow.objects.get_or_create(name=name)
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.add(*groups)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def national_editors():
    group, _created = Group.objects.get_or_create(name=NATIONAL_EDITORS)
    return group


def private_submissions_collection():
    return child_collection(Collection.get_first_root_node(), PRIVATE_SUBMISSIONS)


def public_routine_collection():
    return child_collection(Collection.get_first_root_node(), PUBLIC_ROUTINE_DOCUMENTS)


def ensure_national_editors():
    group = national_editors()
    group.permissions.add(
        permission("wagtailadmin", "access_admin"),
        permission("wagtail_localize", "submit_translation"),
        *Permission.objects.filter(
            content_type__app_label="knowledge", content_type__model__in=TAXONOMY_MODELS
        ),
        *Permission.objects.filter(content_type__app_label="wagtailsearchpromotions"),
        # Synonyms and whatever else the search app lets editors manage.
        *Permission.objects.filter(content_type__app_label="search"),
    )
    grant_pages(group, Page.get_first_root_node(), (*EDIT_AND_PUBLISH, "bulk_delete"))
    root_collection = Collection.get_first_root_node()
    grant_collection(group, root_collection, "wagtaildocs", DOCUMENT_ACTIONS)
    grant_collection(group, root_collection, "wagtailimages", IMAGE_ACTIONS)
    approval_workflow(
        NATIONAL_WORKFLOW,
        "Godkänns av en nationell redaktör",
        [group],
        HomePage.objects.all(),
    )
    return group


def region_sections(region):
    return RegionSectionPage.objects.filter(region=region)


@transaction.atomic
def ensure_region_roles(region, national=None):
    """The coordinator group, workflow and private collection of ``region`` (and its section pages)."""
    national = national or national_editors()
    ensure_region_section(region)
    roles = RegionRoles.objects.filter(region=region).select_related("coordinators").first()
    if roles is None:
        group, _created = Group.objects.get_or_create(name=f"Regional samordnare: {region.name}")
        roles = RegionRoles.objects.create(region=region, coordinators=group)
    group = roles.coordinators
    group.permissions.add(
        permission("wagtailadmin", "access_admin"),
        permission("wagtail_localize", "submit_translation"),
    )
    sections = list(region_sections(region))
    for section in sections:
        grant_pages(group, section, EDIT_AND_PUBLISH)
    # Proposals to national content: edit without publish, so saving submits it to the national workflow.
    for index in [*MethodIndexPage.objects.all(), *GlossaryIndexPage.objects.all()]:
        grant_pages(group, index, ("change",))

    if roles.attachments is None:
        private = private_submissions_collection()
        roles.attachments = child_collection(private, f"Inskickade bilagor: {region.name}")
    restrict_collection(roles.attachments.get_parent(), [national, group])
    restrict_collection(roles.attachments, [national, group])
    grant_collection(group, roles.attachments, "wagtaildocs", ("change_document", "choose_document"))
    grant_collection(group, public_routine_collection(), "wagtaildocs", ("add_document", "choose_document"))

    if roles.workflow is None:
        roles.workflow = approval_workflow(
            f"Granskning av exempelrutiner: {region.name}",
            f"Godkänns av regional samordnare: {region.name}",
            [group, national],
            sections,
        )
    else:
        for section in sections:
            WorkflowPage.objects.get_or_create(page=section, defaults={"workflow": roles.workflow})
    roles.save()
    return roles


def ensure_translators():
    groups = []
    default = Locale.get_default()
    for locale in Locale.objects.exclude(pk=default.pk):
        link = LocaleTranslators.objects.filter(locale=locale).select_related("group").first()
        if link is None:
            group, _created = Group.objects.get_or_create(name=f"Översättare: {locale.language_code}")
            link = LocaleTranslators.objects.create(locale=locale, group=group)
        group = link.group
        group.permissions.add(
            permission("wagtailadmin", "access_admin"),
            permission("wagtail_localize", "submit_translation"),
        )
        for home in HomePage.objects.filter(locale=locale):
            grant_pages(group, home, ("change",))
        groups.append(group)
    return groups


def retire_wagtail_default_groups():
    """Take every permission from Wagtail's default groups; delete them when nobody is in them (a group with
    members stays, empty, so an administrator sees who still needs a real role). Returns the names touched."""
    touched = []
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        group.permissions.clear()
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        for task in GroupApprovalTask.objects.filter(groups=group):
            task.groups.remove(group)
        if not group.user_set.exists():
            group.delete()
        touched.append(group.name)
    return touched


def ensure_roles():
    """Every role. Needs the page tree (run after the content is loaded); returns the groups."""
    retire_wagtail_default_groups()
    national = ensure_national_editors()
    coordinators = []
    if source_routine_index() is not None:
        coordinators = [ensure_region_roles(region, national).coordinators for region in Region.objects.all()]
    return {"national": national, "coordinators": coordinators, "translators": ensure_translators()}
