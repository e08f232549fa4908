# Steunwijzer: `make run` serves the site, `make test` runs every test.
# Only the machine's Python 3.11 is needed; uv is installed into the user's Python if absent.

SHELL := /bin/bash
PYTHON ?= python3
PORT ?= 8000
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
RUN := $(UV) run --frozen
MANAGE := $(RUN) python manage.py
# The server of `make run` and deploy/: granian (WSGI) sends the pre-rendered content pages
# from memory and hands the rest to Django. No access log: no URL or query string is logged.
WORKERS ?= 2
GRANIAN_ARGS = --interface wsgi --workers $(WORKERS) --backpressure 16 --no-access-log --log-level warning \
	steunwijzer.prerender.wsgi:application

.PHONY: help install run scale-up scale-check export migrate content content-check check-links static test test-fast test-browser lint typecheck format bench check-uv vendor

help:
	@echo "make run            install, migrate, load content and serve on http://127.0.0.1:$(PORT)"
	@echo "make install        create .venv with the locked dependencies (uv sync)"
	@echo "make migrate        install and apply the database migrations"
	@echo "make content        validate and load the content files into the database"
	@echo "make content-check  validate the content files only"
	@echo "make static         collect the static files for serving (collectstatic)"
	@echo "make test           run every test (unit, view, guard and browser tests)"
	@echo "make test-fast      run every test except the browser tests"
	@echo "make test-browser   run the browser tests only (Chromium, axe)"
	@echo "make lint           ruff check, format check and typecheck"
	@echo "make typecheck      mypy on the pure modules (part of make lint)"
	@echo "make format         format the code and fix what ruff can fix"
	@echo "make vendor         fetch the pinned NL Design System CSS and the font again (npm; docs/design.md)"
	@echo "make check-links    check every link of the content for rot (needs the internet)"
	@echo "make bench          print server-time figures (median, p95) of pages and tools"
	@echo "make scale-up       two app instances behind nginx on PostgreSQL (sw_scale), on loopback"
	@echo "make scale-check    the same, with the kill and reload-under-load checks (bounded)"
	@echo "make export         the content pages and assets as files for a static host (export/)"
	@echo "make check-uv       install uv with pip when it is missing (make install does this)"
	@echo "make help           show this list"

check-uv:
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv

install: check-uv
	$(UV) sync --frozen

migrate: install
	$(MANAGE) migrate --noinput

content: migrate
	$(MANAGE) load_content

content-check: install
	$(MANAGE) load_content --check

static: install
	$(MANAGE) collectstatic --noinput --verbosity 0

run: content static
	@echo "Steunwijzer: http://127.0.0.1:$(PORT)/"
	$(RUN) granian $(GRANIAN_ARGS) --host 127.0.0.1 --port $(PORT)

# Tests run in parallel, one worker per core (pytest-xdist); each worker has its own test
# database. Test settings: config/settings_test.py; Hypothesis profiles: conftest.py.
PYTEST := $(RUN) pytest -n auto

test: install
	$(PYTEST) $(PYTEST_ARGS)

test-fast: install
	$(PYTEST) -m "not browser" $(PYTEST_ARGS)

test-browser: install
	$(PYTEST) -m browser $(PYTEST_ARGS)

scale-up: install static
	@command -v nginx >/dev/null || apt-get install -y nginx
	$(RUN) python deploy/scale.py up

scale-check: install static
	@command -v nginx >/dev/null || apt-get install -y nginx
	@command -v wrk >/dev/null || apt-get install -y wrk
	$(RUN) python deploy/scale.py check

# The content pages and assets for a static host; the tools stay on the app at APP_URL.
APP_URL ?= http://127.0.0.1:$(PORT)
export: content static
	STEUNWIJZER_APP_URL=$(APP_URL) $(MANAGE) export_site --to export

check-links: install
	$(MANAGE) check_links

bench: install
	STEUNWIJZER_SERVE_ARGS="$(GRANIAN_ARGS)" $(RUN) python -m bench $(BENCH)

lint: install
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(MAKE) --no-print-directory typecheck

typecheck: install
	$(RUN) mypy

format: install
	$(RUN) ruff format .
	$(RUN) ruff check --fix .

# The NL Design System CSS and the font are vendored files; this fetches the pinned versions
# again with npm and copies only what the site serves (scripts/vendor.sh, docs/design.md).
vendor:
	scripts/vendor.sh
