"""The self-assessment framework from content/quality_system/: not built yet."""


def load(loader):
    pass
