"""Models of the quality-system tools, one module per concern (framework, assessments, templates)."""

from .handbook import HandbookPage
from .templates import TemplateIndexPage, TemplatePage, TemplateUsage, templates_for

__all__ = ["HandbookPage", "TemplateIndexPage", "TemplatePage", "TemplateUsage", "templates_for"]
