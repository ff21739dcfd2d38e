"""Search backends: the database backend with Swedish (and English) stemming on SQLite, and the choice of
backend from environment variables (see ``settings.search_backends``)."""
