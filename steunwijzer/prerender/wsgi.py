"""The WSGI application that `make run` and the deploy set-up serve.

Django's application (config.wsgi) behind PrerenderedPages, which sends the content pages
pre-rendered at load time without running Django. Importing this module happens once in
every server worker process (granian and gunicorn both load the application per worker),
so it is also where each worker warms the PDF renderer up (steunwijzer.core.warmup); set
STEUNWIJZER_PDF_WARMUP=0 to skip that.
"""

import os

from config.wsgi import application as django_application
from steunwijzer.core.warmup import warm_up
from steunwijzer.prerender.serving import PrerenderedPages

application = PrerenderedPages(django_application)

if os.environ.get("STEUNWIJZER_PDF_WARMUP", "1") != "0":
    warm_up()
