"""gunicorn settings for Steunwijzer: `make run` and production use this file.

What it promises (docs/security.md): no access log and no client input in any log line
(steunwijzer.core.serving.PrivateLogger); gunicorn's own error pages in Dutch with the
security headers; request lines and headers bounded well above what the site needs.
Override per deployment on the command line (e.g. --bind, --workers).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from steunwijzer.core.serving import install_dutch_error_pages  # noqa: E402

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = 30
# No control socket: one shared default path ($HOME/.gunicorn/gunicorn.ctl) for every
# instance on the machine, and nothing here needs runtime management.
control_socket_disable = True

# Logs: errors to stderr, through a logger that drops what clients send; no access log.
logger_class = "steunwijzer.core.serving.PrivateLogger"
accesslog = None
errorlog = "-"
loglevel = "info"

# The longest URL the site makes is a support-plan link of a few hundred characters; the
# public pages send no cookies, the admin two small ones.
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190

install_dutch_error_pages()
