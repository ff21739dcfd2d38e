"""Models of the quality-system tools, one module per concern (framework, assessments, templates)."""
