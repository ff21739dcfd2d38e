"""Link glossary terms used in running text to their definitions.

The first occurrence of each term's headword (also inflected: "avvikelse" finds "avvikelser", "avvikelsen")
becomes a link to the term's page, followed by the term's short definition in a hidden element that the
link names with aria-describedby. Screen readers announce the definition with the link; static/js/
term-preview.js shows it as a preview on hover and focus. Without JavaScript it is a plain link.
"""

import functools
import html as html_module
import re

from bs4 import BeautifulSoup, NavigableString
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe

# Text inside these elements is never linked: links cannot nest, and headings stay plain.
SKIP_PARENTS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "script", "style", "button", "label"}
# Swedish and English endings: up to four letters after the headword ("rutinerna" for "rutin").
MAX_ENDING = 4
# For the quick look before parsing: a tag, replaced by a space as BeautifulSoup's get_text(" ") joins the
# strings between tags.
TAG = re.compile(r"<[^>]*>")


@functools.lru_cache(maxsize=1024)
def headword_pattern(headword):
    """Each word of the headword may take an ending, so a phrase is found inflected too ("den utvecklade
    nivån" for "utvecklad nivå")."""
    words = r"\s+".join(rf"{re.escape(word)}\w{{0,{MAX_ENDING}}}" for word in headword.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


class TermLinker:
    """Links each term at most once across all the texts passed to ``link`` (in order)."""

    def __init__(self, terms):
        # Longer headwords first, so "socialt företag" wins over "företag".
        self.pending = sorted(terms, key=lambda term: len(term.term), reverse=True)

    def link(self, html):
        if not self.pending or not html:
            return html
        html = str(html)
        # Most terms do not occur in a given text: one search of its plain text (tags replaced by spaces, so
        # it finds everything the search part by part would) spares them the walk through every part, and a
        # text with none of them is not parsed at all. It is rich text that was already safe.
        text = html_module.unescape(TAG.sub(" ", html))
        found = [term for term in self.pending if headword_pattern(term.term).search(text)]
        if not found:
            return mark_safe(html)
        soup = BeautifulSoup(html, "html.parser")
        for term in found:
            if self._link_first(soup, term):
                self.pending.remove(term)
        # Re-serialised from rich text that was already safe; the inserted markup is a template's output.
        return mark_safe(str(soup))

    def link_paragraphs(self, text):
        """Plain text written as short paragraphs (a step's description): each paragraph escaped, then
        linked like rich text, continuing the same count of terms already linked."""
        parts = [part.strip() for part in (text or "").split("\n\n") if part.strip()]
        return [self.link(mark_safe(escape(part))) for part in parts]

    def linked_steps(self, steps):
        """[(block, paragraphs)] for a StreamField of steps, for their template's ``paragraphs``."""
        return [(block, self.link_paragraphs(block.value["text"])) for block in steps]

    @staticmethod
    def _skipped(element):
        # Also never inside an earlier term's link or definition.
        return element.name in SKIP_PARENTS or "term" in (element.get("class") or [])

    def _link_first(self, soup, term):
        pattern = headword_pattern(term.term)
        for text in soup.find_all(string=True):
            if any(self._skipped(parent) for parent in text.parents):
                continue
            match = pattern.search(text)
            if match is None:
                continue
            linked = render_to_string(
                "glossary/includes/term_link.html", {"term": term, "word": match.group(0)}
            )
            fragment = BeautifulSoup(linked.strip(), "html.parser")
            text.replace_with(
                NavigableString(text[: match.start()]),
                *fragment.contents,
                NavigableString(text[match.end() :]),
            )
            return True
        return False
