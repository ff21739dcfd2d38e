"""The glossary's terms, their relations (related, often confused with) and their legal sources."""

from glossary.models import GlossaryTermPage, TermRelation

from .files import LANGUAGES
from .translation import SOURCE_LANGUAGE, StringPairs


def load(loader):
    parent = loader.indexes["glossary_index"]
    by_slug, new_pages, all_pairs = {}, [], {}
    for data in loader.content.terms:
        pairs = StringPairs(data["_file"])
        slug = pairs.field("slug", data["slug"])
        fields = {
            "title": pairs.field("title", data["term"]),
            "term": pairs.field("term", data["term"]),
            "short_definition": pairs.line(data["short_definition"]),
            "explanation": pairs.rich_text(data["explanation"]),
            "synonyms": word_list(pairs, data["synonyms"]),
            "abbreviations": word_list(pairs, data["abbreviations"]),
            "confusion_note": pairs.rich_text(data["confusion_note"]) if data.get("confusion_note") else "",
            "source": pairs.line(data["source"]),
            "source_url": data.get("source_url", ""),
            # Set only when a person has checked the definition against its source.
            "last_checked": data.get("checked"),
            "last_reviewed": data["last_reviewed"],
        }
        page = loader.child_by_slug(parent, GlossaryTermPage, slug)
        if page is None:
            page = GlossaryTermPage(slug=slug, locale=loader.source, **fields)
            loader.add_legal_sources(page, data.get("legal_sources", []))
            page = loader.publish_new(parent, page)
            new_pages.append((page, data))
        by_slug[slug] = page
        all_pairs[slug] = pairs

    # Relations need every term to exist first.
    for page, data in new_pages:
        for kind, key in ((TermRelation.RELATED, "related"), (TermRelation.CONFUSED, "confused_with")):
            for target in data.get(key, []):
                page.relations.add(TermRelation(kind=kind, target=by_slug[target]))
        page.save_revision().publish()

    for slug, page in by_slug.items():
        loader.ensure_translation(page, all_pairs[slug])
    loader.terms = by_slug
    loader.log(f"Begrepp: {len(by_slug)}.")


def word_list(pairs, value):
    """A comma-separated word list; a language without words of its own keeps the source's."""
    words = {language: ", ".join(value[language]) for language in LANGUAGES}
    source = words[SOURCE_LANGUAGE]
    if source:
        pairs.line({language: text or source for language, text in words.items()})
    return source
