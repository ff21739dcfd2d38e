"""Public URLs of the quality-system tools (inside i18n_patterns: /sv/..., /en/...)."""

app_name = "quality_system"

urlpatterns = []
