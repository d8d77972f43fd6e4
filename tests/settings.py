"""Test settings: the production settings with a per-run data directory (set before they load)."""

import os
import tempfile

os.environ.setdefault("INTERCITY_DATA_DIR", os.environ.get("INTERCITY_TEST_DATA_DIR") or tempfile.mkdtemp(prefix="intercity-test-"))

from intercity.config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
