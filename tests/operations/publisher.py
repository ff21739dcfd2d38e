"""An editor republishing a method guide over and over, as a separate process:
``python -m tests.operations.publisher TIMES`` or ``... --seconds N``. Exits non-zero if a publish fails;
the guide's summary is as it was at the end."""

import sys
import time

import django


def main(times=None, seconds=None):
    django.setup()
    from methods.models import MethodGuidePage

    guide = MethodGuidePage.objects.live().filter(locale__language_code="sv").order_by("path").first()
    original = guide.summary
    deadline = time.monotonic() + seconds if seconds else None
    number = 0
    while (deadline and time.monotonic() < deadline) or (times and number < times):
        guide.summary = f"{original} #{number}"
        guide.save_revision().publish()
        number += 1
    guide.summary = original
    guide.save_revision().publish()
    sys.stdout.write(f"{number + 1} publishes\n")
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--seconds":
        sys.exit(main(seconds=float(sys.argv[2])))
    sys.exit(main(times=int(sys.argv[1])))
