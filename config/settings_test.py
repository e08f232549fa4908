"""Settings for the tests: the project's settings plus what the tests need, in one place.

pytest uses this module (pyproject.toml: DJANGO_SETTINGS_MODULE); `make test`, CI and a bare
`uv run pytest` therefore run with the same settings.
"""

import os

# Playwright's sync API runs an event loop in the main thread; Django must still allow
# database access from the test code there (the browser tests).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from .settings import *  # noqa: E402, F403
from .settings import DATABASES  # noqa: E402

# No persistent connections: the live server's threads would otherwise keep theirs open,
# and PostgreSQL refuses to drop a test database that is still in use.
DATABASES["default"]["CONN_MAX_AGE"] = 0

# The PDF's wall-time limit (12 s) guards a server; on a test machine shared by parallel
# workers it would measure the machine. Tests bound the PDF by CPU time (the kernel's limit,
# PDF_CPU_SECONDS) and test the wall-time limit itself with a tiny override.
PDF_TIME_LIMIT = 60.0
