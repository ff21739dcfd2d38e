"""Link glossary terms used in running text to their definitions.

The first occurrence of each term's headword (also inflected: "avvikelse" finds "avvikelser", "avvikelsen")
becomes a link to the term's page, followed by the term's short definition in a hidden element that the
link names with aria-describedby. Screen readers announce the definition with the link; static/js/
term-preview.js shows it as a preview on hover and focus. Without JavaScript it is a plain link.
"""

import functools
import html as html_module
import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe

# Text inside these elements is never linked: links cannot nest, and headings stay plain.
SKIP_PARENTS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "script", "style", "button", "label"}
# Swedish and English endings: up to four letters after the headword ("rutinerna" for "rutin").
MAX_ENDING = 4
# For the quick look before splitting: a tag, replaced by a space, so that the texts on either side of it
# never join into one word.
TAG = re.compile(r"<[^>]*>")
# Splitting the HTML into tags and the text between them, without a full parser (knowledge of the few
# elements rich text uses is enough: see ``_split``).
TAG_SPLIT = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
TAG_CLASS = re.compile(r"""\sclass\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


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
        # text with none of them is given back as it came. It is rich text that was already safe.
        text = html_module.unescape(TAG.sub(" ", html))
        found = [term for term in self.pending if headword_pattern(term.term).search(text)]
        if not found:
            return mark_safe(html)
        parts = _split(html)
        for term in found:
            if self._link_first(parts, term):
                self.pending.remove(term)
        # Rich text that was already safe, with each inserted link from a template and the text around it
        # escaped again.
        return mark_safe("".join(part.html for part in parts))

    def link_paragraphs(self, text):
        """Plain text written as short paragraphs (a step's description): each paragraph escaped, then
        linked like rich text, continuing the same count of terms already linked."""
        parts = [part.strip() for part in (text or "").split("\n\n") if part.strip()]
        return [self.link(mark_safe(escape(part))) for part in parts]

    def linked_steps(self, steps):
        """[(block, paragraphs)] for a StreamField of steps, for their template's ``paragraphs``."""
        return [(block, self.link_paragraphs(block.value["text"])) for block in steps]

    def _link_first(self, parts, term):
        pattern = headword_pattern(term.term)
        for index, part in enumerate(parts):
            if part.skipped or not part.is_text:
                continue
            text = html_module.unescape(part.html)
            match = pattern.search(text)
            if match is None:
                continue
            linked = render_to_string(
                "glossary/includes/term_link.html", {"term": term, "word": match.group(0)}
            ).strip()
            parts[index : index + 1] = [
                _Part(_escape_text(text[: match.start()]), is_text=True, skipped=False),
                _Part(linked, is_text=False, skipped=True),  # a later term never links inside it
                _Part(_escape_text(text[match.end() :]), is_text=True, skipped=False),
            ]
            return True
        return False


@dataclass
class _Part:
    html: str
    is_text: bool  # text between tags (escaped as in the HTML), or a tag
    skipped: bool  # inside an element whose text is never linked


def _split(html):
    """The HTML as a list of tags and the texts between them, each text marked when it sits inside an element
    that is never linked (``SKIP_PARENTS``, or an earlier term's ``class="term"``). Rich text from the editor
    is well formed, so a stack of open elements is enough; void elements do not open one."""
    parts = []
    open_elements = []  # (name, skipped)
    for index, piece in enumerate(TAG_SPLIT.split(html)):
        if index % 2 == 0:
            if piece:
                parts.append(_Part(piece, is_text=True, skipped=any(skip for _, skip in open_elements)))
            continue
        parts.append(_Part(piece, is_text=False, skipped=True))
        tag = TAG_NAME.match(piece)
        if tag is None:  # a comment or a declaration
            continue
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if closing:
            for depth in range(len(open_elements) - 1, -1, -1):
                if open_elements[depth][0] == name:
                    del open_elements[depth:]
                    break
        elif name not in VOID_ELEMENTS and not piece.endswith("/>"):
            classes = TAG_CLASS.search(piece)
            skipped = name in SKIP_PARENTS or (classes is not None and "term" in classes.group(2).split())
            open_elements.append((name, skipped))
    return parts


def _escape_text(text):
    """Text between tags escaped as an HTML serialiser does (quotes need no escaping there)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
