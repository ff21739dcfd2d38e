"""Turn a valid "Share a routine" form into a draft routine in its region's section, in moderation.

Everything happens in one transaction: either the draft, its private attachments, the submission record and
the workflow state all exist, or none of them does (uploaded files are removed again on failure).
"""

import os

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Locale

from governance.models import RegionRoles
from governance.roles import ensure_region_roles
from knowledge.models import OrganisationForm, QualityArea, Region
from methods.models import ExampleRoutinePage, MethodGuidePage, RoutineDocument, RoutineGuideLink
from methods.sections import section_for

from .forms import split_paragraphs
from .models import RoutineSubmission


def plain_to_rich_text(text):
    """Plain text typed by a visitor as rich text: one escaped paragraph per block, never markup."""
    return "".join(f"<p>{escape(' '.join(block.split()))}</p>" for block in split_paragraphs(text or ""))


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def unique_slug(parent, title):
    base = slugify(title)[:60].strip("-") or "rutin"
    existing = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in existing:
        slug, number = f"{base}-{number}", number + 1
    return slug


def save_attachments(uploads, collection, slug):
    Document = get_document_model()
    documents = []
    for number, uploaded in enumerate(uploads, 1):
        title = os.path.basename(uploaded.name)[:200] or f"{slug}-{number}"
        document = Document(title=title, collection=collection)
        # The stored name carries the type read from the content, whatever the visitor's file was called.
        document.file.save(f"{slug}-{number}.{uploaded.detected_type}", uploaded, save=False)
        document._set_document_file_metadata()  # size and hash, as Wagtail's own upload form does
        document.save()
        documents.append(document)
    return documents


def build_routine(data, steps, region, locale, parent):
    source = Locale.get_default()
    today = timezone.localdate()
    routine = ExampleRoutinePage(
        title=data["title"],
        slug=unique_slug(parent, data["title"]),
        locale=locale,
        live=False,
        has_unpublished_changes=True,
        summary=data["summary"],
        organisation_name=data["organisation_name"] if data["publish_name"] == "yes" else "",
        region=region,
        size_band=data["size_band"],
        quality_area=QualityArea.objects.get(slug=data["quality_area"], locale=locale),
        purpose=plain_to_rich_text(data["purpose"]),
        scope=plain_to_rich_text(data["scope"]),
        responsibilities=plain_to_rich_text(data["responsibilities"]),
        records=plain_to_rich_text(data["records"]),
        steps=[("step", step) for step in steps],
        review_interval_months=data["review_interval_months"],
        next_review=add_months(today, data["review_interval_months"]),
    )
    # Pages carry the Swedish (source) tags in every language; see knowledge.models.taxonomy.
    routine.organisation_forms.add(
        *OrganisationForm.objects.filter(locale=source, slug__in=data["organisation_forms"])
    )
    for guide in MethodGuidePage.objects.filter(pk__in=data["guides"], locale=locale):
        routine.guide_links.add(RoutineGuideLink(guide=guide))
    return routine


def submit_routine(form, share_page):
    """Create the draft, attachments, submission record and workflow state; return the submission."""
    data = form.cleaned_data
    locale = share_page.locale
    region = Region.objects.get(slug=data["region"])
    roles = RegionRoles.objects.filter(region=region).first() or ensure_region_roles(region)
    # The draft is written in the language the visitor used; coordinators translate it from there.
    parent = section_for(region, locale) or section_for(region, Locale.get_default())
    saved_documents = []
    try:
        with transaction.atomic():
            routine = build_routine(data, form.cleaned_steps, region, parent.locale, parent)
            saved_documents = save_attachments(form.attachments(), roles.attachments, routine.slug)
            for document in saved_documents:
                routine.documents.add(RoutineDocument(document=document))
            parent.add_child(instance=routine)
            routine.save_revision(log_action=True)
            workflow = routine.get_workflow()
            if workflow is not None:
                workflow.start(routine, user=None)
            return RoutineSubmission.objects.create(
                page=routine,
                region=region,
                locale=locale,
                organisation_name=data["organisation_name"],
                publish_organisation_name=data["publish_name"] == "yes",
                contact_email=data["contact_email"],
                consent_text=share_page.consent_text,
            )
    except Exception:
        for document in saved_documents:
            document.file.delete(save=False)
        raise
