"""Print the LIX of every easy-to-read text in ``content/``: ``python -m starter.lix_report``.

The limit (30) is enforced by tests/content/test_easy_read.py; this lists the figures for a review.
"""

from knowledge.readability import lix

from .files import LANGUAGES, load_content


def rows():
    for guide in load_content().guides:
        yield guide["_file"], *(round(lix(guide["easy_read"][language]), 1) for language in LANGUAGES)


if __name__ == "__main__":
    print("file", *LANGUAGES, sep="\t")  # noqa: T201 - a command-line report
    for row in rows():
        print(*row, sep="\t")  # noqa: T201 - a command-line report
