"""Rich text (Wagtail's stored HTML) as document blocks: paragraphs and lists, tags dropped."""

from html.parser import HTMLParser

from . import builder


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.text, self.items, self.ordered = [], [], None, False

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self.flush()
            self.items, self.ordered = [], tag == "ol"
        elif tag == "br":
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("p", "h2", "h3", "h4"):
            self.flush()
        elif tag == "li" and self.items is not None:
            self.items.append(self.take())
        elif tag in ("ul", "ol") and self.items is not None:
            self.blocks.append(
                builder.BulletList([item for item in self.items if item], ordered=self.ordered)
            )
            self.items = None

    def handle_data(self, data):
        self.text.append(data)

    def take(self):
        # convert_charrefs (on by default) has already turned &amp; and friends into characters.
        text = " ".join("".join(self.text).split())
        self.text = []
        return text

    def flush(self):
        text = self.take()
        if text:
            self.blocks.append(builder.Paragraph(text))


def rich_text_blocks(html):
    parser = _Blocks()
    parser.feed(html or "")
    parser.close()
    parser.flush()
    return parser.blocks
