"""DOCX and PDF documents an organisation downloads: the board action plan, templates, the handbook."""
