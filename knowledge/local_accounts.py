"""The accounts made for local use only (``create_local_admin``, ``create_demo_users``).

They get addresses in the reserved ``.invalid`` domain (RFC 2606) and their passwords are written to files in
the project folder, so they can be recognised again: production refuses to start while one exists
(``security.checks``).
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

LOCAL_EMAIL_DOMAIN = "example.invalid"
ADMIN_PASSWORD_FILE = Path(settings.BASE_DIR) / ".local-admin-password"
DEMO_PASSWORDS_FILE = Path(settings.BASE_DIR) / ".local-demo-passwords"
LOCAL_USERNAMES = ("admin", "redaktor", "samordnare-skane", "oversattare-en")


def local_email(username):
    return f"{username}@{LOCAL_EMAIL_DOMAIN}"


def local_accounts():
    """Active users made by the local commands: their reserved address, or a local name whose password is
    one the commands printed (the password files, when present)."""
    import json

    User = get_user_model()
    found = set(User.objects.filter(is_active=True, email__iendswith="@" + LOCAL_EMAIL_DOMAIN))
    printed = {}
    if DEMO_PASSWORDS_FILE.exists():
        printed.update(json.loads(DEMO_PASSWORDS_FILE.read_text() or "{}"))
    if ADMIN_PASSWORD_FILE.exists():
        printed["admin"] = ADMIN_PASSWORD_FILE.read_text().strip()
    for user in User.objects.filter(is_active=True, username__in=LOCAL_USERNAMES):
        if printed.get(user.username) and user.check_password(printed[user.username]):
            found.add(user)
    return sorted(found, key=lambda user: user.username)
