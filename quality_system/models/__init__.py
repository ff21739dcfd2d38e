"""Models of the quality-system tools, one module per concern (framework, assessments, pages)."""

from .assessments import SavedAssessment
from .framework import Criterion, CriterionLink, FrameworkArea, Level
from .pages import SelfAssessmentPage

__all__ = ["Criterion", "CriterionLink", "FrameworkArea", "Level", "SavedAssessment", "SelfAssessmentPage"]
