"""Production settings plus the benchmark's floor view (bench/urls.py); used only by `make bench-pages`."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
