"""The self-assessment's HTTP side: assessment (the form, result and plan), saved (private links),
documents (downloads through the documents contract)."""
