"""A translation's way to readers: the translator submits it, the page's workflow approves and publishes it.

wagtail-localize's editor stores translated segments but offers only "Publish", which translators may not do.
``submit_translation`` turns the segments into a draft revision of the translated page and starts (or resumes)
the page's own workflow: "Nationell granskning" in a language's tree, the region's workflow for its routines.
Wagtail then notifies the approvers as for any other page, and approving publishes the draft.

The draft is built with ``TranslationSource.get_ephemeral_translated_instance`` (wagtail-localize's public
preview API) and saved only as a revision: ``Translation.save_target(publish=False)`` would write the
translated fields onto the page's own row, which for a live page is what readers already see.
"""

from dataclasses import dataclass

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, Translation

# Synchronised fields of a page that a translation may override only by someone who may publish the page: its
# slug is the page's address (knowledge/page_slugs.py). Translators neither see nor change them.
PUBLISHER_ONLY_OVERRIDES = frozenset({"slug"})


@dataclass(frozen=True)
class Progress:
    total: int
    translated: int

    @property
    def missing(self):
        return self.total - self.translated

    @property
    def share(self):
        """Share of segments translated, 0–100 (a page without text segments counts as done)."""
        return 100 if self.total == 0 else round(100 * self.translated / self.total)


def translation_progress(translation):
    segments = StringSegment.objects.filter(source=translation.source).annotate_translation(
        translation.target_locale
    )
    return Progress(total=segments.count(), translated=segments.filter(translation__isnull=False).count())


def translation_for_page(page):
    """The enabled wagtail-localize translation whose target is ``page``, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


class NotReadyForReview(Exception):
    """The translation still has untranslated segments; the message says how many."""


def save_translation_draft(translation, user):
    """Save the translated segments as the newest revision of the target page, leaving the live page as is."""
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    draft.save_revision(user=user, log_action=True)
    return draft


def submit_translation(translation, user):
    """Save the translation as a draft and put it in its page's workflow; return the workflow state."""
    progress = translation_progress(translation)
    if progress.missing:
        raise NotReadyForReview(progress.missing)
    page = save_translation_draft(translation, user)
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return state
    if state is not None:
        # Already waiting for review: the reviewers now see the newer draft.
        return state
    workflow = page.get_workflow()
    if workflow is None:
        return None
    return workflow.start(page, user)
