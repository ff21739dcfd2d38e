"""Local development: DEBUG on and a fixed, public secret key (never use these settings on a server)."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-kvalitetsnavet"  # noqa: F405
