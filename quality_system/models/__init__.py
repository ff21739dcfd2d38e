"""Models of the quality-system tools, one module per concern (framework, assessments, pages, templates,
handbook)."""

from .assessments import SavedAssessment
from .framework import Criterion, CriterionLink, FrameworkArea, Level
from .handbook import HandbookPage
from .pages import SelfAssessmentPage
from .templates import TemplateIndexPage, TemplatePage, TemplateUsage, templates_for

__all__ = [
    "Criterion",
    "CriterionLink",
    "FrameworkArea",
    "HandbookPage",
    "Level",
    "SavedAssessment",
    "SelfAssessmentPage",
    "TemplateIndexPage",
    "TemplatePage",
    "TemplateUsage",
    "templates_for",
]
