"""Swedish alphabetical order: Å, Ä and Ö are letters of their own that come after Z."""

SWEDISH_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
_ORDER = {letter: position for position, letter in enumerate(SWEDISH_ALPHABET)}
# Letters outside the Swedish alphabet sort as the letter they are usually read as.
_FOLD = {"É": "E", "È": "E", "Ü": "Y", "Æ": "Ä", "Ø": "Ö", "W": "W"}


def sort_key(text):
    """A key that sorts ``text`` in Swedish order, case-insensitively."""
    key = []
    for char in text.upper():
        char = _FOLD.get(char, char)
        key.append((_ORDER.get(char, -1 if not char.isalpha() else len(_ORDER)), char))
    return key


def initial(text):
    """The letter under which ``text`` is listed in the A–Ö index."""
    for char in text.upper():
        if char.isalpha():
            char = _FOLD.get(char, char)
            return char if char in _ORDER else "#"
    return "#"
