"""An editor republishing a method guide over and over, as a separate process: ``python -m
tests.operations.publisher TIMES``. Exits non-zero if any publish fails."""

import sys

import django


def main(times):
    django.setup()
    from methods.models import MethodGuidePage

    guide = MethodGuidePage.objects.live().filter(locale__language_code="sv").first()
    for number in range(times):
        guide.summary = f"{guide.summary.split(' #')[0]} #{number}"
        guide.save_revision().publish()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
