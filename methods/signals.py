"""A routine moved to another region's section takes that section's region (Wagtail's move does not call the
specific page's save())."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import ExampleRoutinePage, RegionSectionPage


@receiver(post_page_move, sender=ExampleRoutinePage)
def routine_follows_its_new_section(sender, parent_page_after, **kwargs):
    section = parent_page_after.specific
    if isinstance(section, RegionSectionPage):
        section.update_routine_regions()
