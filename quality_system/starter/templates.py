"""Templates (mallar) from content/templates/: not built yet."""


def load(loader):
    pass
