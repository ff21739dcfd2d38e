# Kvalitetsnavet: `make run` sets everything up and serves the site; `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup run test lint format validate-content messages system-deps pdf-deps browser-deps node-deps npm-deps audit clean
.PHONY: test-postgres test-elasticsearch test-production postgres-deps redis-deps bench-search bench-pages serve-production backup restore
.PHONY: bench-documents test-fast lint-deps run-postgres
.PHONY: test-postgres test-elasticsearch postgres-deps redis-deps bench-search screenshots

help:
	@echo "make run               set up (venv, packages, database, starter content, admin) and serve on http://127.0.0.1:8000/"
	@echo "make setup             the same without serving; quick when nothing changed"
	@echo "make test              set up what the tests need and run the whole suite"
	@echo "make run-postgres      make run on the project's own PostgreSQL (kept in .cache/postgres-dev/), as in production"
	@echo "make test-fast         the unit tests alone: no browser, search backend or starter content"
	@echo "make lint              ruff (Python), djlint (templates), eslint (JavaScript) and stylelint (CSS)"
	@echo "make validate-content  check the YAML starter content in content/"
	@echo "make messages          update the translation catalogs in locale/ after changing interface text"
	@echo "make audit             Lighthouse scores for the home page, a guide, the glossary and search"
	@echo "make test-postgres     search and production-stack tests on PostgreSQL and Redis the run starts (part of make test)"
	@echo "make screenshots       full-page screenshots of every page type (sv, en, ar; 375 and 1280 px) in test-artifacts/"
	@echo "make test-postgres     the search tests against a PostgreSQL server the run starts (part of make test)"
	@echo "make test-elasticsearch  the search tests against Elasticsearch 7.9 started by the run (part of make test)"
	@echo "make bench-search      search relevance, latency and index build time on every backend"
	@echo "make bench-pages       requests per second and latency of the pages with gunicorn, PostgreSQL and Redis"
	@echo "make backup            a dated archive of the database and media in backups/; make restore BACKUP=... restores it"
	@echo "make serve-production  PostgreSQL, Redis, gunicorn and the task worker with production settings"
	@echo "make test-production   the same as test-postgres: search and the production-stack tests on PostgreSQL and Redis"
	@echo "make purge-assessments delete self-assessments saved longer ago than SELF_ASSESSMENT_RETENTION_DAYS (run daily)"
	@echo "make bench-documents   time to generate the board action plan and a 20-routine handbook (DOCX, PDF)"

# Debian packages the project needs (gettext compiles the translation catalogs).
system-deps:
	@command -v msgfmt >/dev/null 2>&1 || { \
		echo "Installing gettext (Debian package)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }

# Debian packages installed only when missing (checked with dpkg-query, so a set-up machine runs no apt-get).
# Pango and fonts for WeasyPrint's PDFs; Chromium for the browser tests and Lighthouse; Java and Node for
# the Nu Html Checker and Lighthouse.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
BROWSER_PACKAGES := chromium chromium-driver openjdk-17-jre-headless
define apt_install_missing
	@missing=$$(for package in $(1); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || echo $$package; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi
endef

pdf-deps:
	$(call apt_install_missing,$(PDF_PACKAGES))

# Node and npm may come from elsewhere than Debian (they do on the project's machines): only a missing
# `npm` command makes Debian's nodejs and npm packages necessary.
browser-deps:
	$(call apt_install_missing,$(BROWSER_PACKAGES))
	@command -v npm >/dev/null 2>&1 || $(MAKE) --no-print-directory node-deps
node-deps:
	$(call apt_install_missing,nodejs npm)

# vnu.jar (the Nu Html Checker) and Lighthouse, pinned in package-lock.json.
NPM_STAMP := node_modules/.installed
$(NPM_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(NPM_STAMP)
npm-deps: browser-deps $(NPM_STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[test,dev,postgres,production]"
	touch $(STAMP)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | system-deps
	msgfmt --check -o $@ $<

compiled-messages: locale/sv/LC_MESSAGES/django.mo locale/en/LC_MESSAGES/django.mo
.PHONY: compiled-messages

setup: system-deps pdf-deps $(STAMP) compiled-messages
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) load_demo_content
	$(MANAGE) setup_roles
	$(MANAGE) seed_synonyms
	$(MANAGE) create_local_admin

# KVN_HTTP_PORT moves the local server; the printed admin login and e-mailed links follow it.
HTTP_PORT := $(or $(KVN_HTTP_PORT),8000)
setup run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(HTTP_PORT)
run: setup
	$(MANAGE) create_demo_users
	@echo "Serving Kvalitetsnavet on http://127.0.0.1:$(HTTP_PORT)/ (Ctrl+C stops it)"
	$(MANAGE) runserver 127.0.0.1:$(HTTP_PORT)

# `make run` on PostgreSQL (search ranks as in production): scripts/servers.py starts a cluster kept in
# .cache/postgres-dev/ (content and edits survive; delete the folder to start afresh) and stops it after.
run-postgres: postgres-deps $(STAMP) compiled-messages
	KVN_PG_FOLDER=$(CURDIR)/.cache/postgres-dev $(PY) scripts/servers.py postgres -- $(MAKE) --no-print-directory run

# pytest reuses its test database (migrated, with the starter content) between runs; when the content files
# or the code that builds it (migrations, models, loaders) change, it is built afresh so the tests never see
# stale content.
TEST_DB_STAMP := .test-db-inputs
TEST_DB_INPUTS = content/*.yaml content/*/*.yaml */migrations/*.py */models.py */models/*.py starter/*.py knowledge/translation.py \
	starter/*/*.py $(wildcard */roles.py)
test: system-deps pdf-deps npm-deps redis-deps $(STAMP) compiled-messages
	@inputs=$$(cat $(TEST_DB_INPUTS) | sha1sum | cut -c1-16); \
	if [ "$$(cat $(TEST_DB_STAMP) 2>/dev/null)" = "$$inputs" ]; then fresh=""; else fresh="--create-db"; fi; \
	$(VENV)/bin/pytest $$fresh -m "not production_stack" && echo "$$inputs" > $(TEST_DB_STAMP)
	$(MAKE) --no-print-directory test-postgres test-elasticsearch

# For daily work: the unit tests, without the browser, the search backend and the real starter content
# (markers set in tests/conftest.py; make test runs them all).
test-fast: system-deps pdf-deps $(STAMP) compiled-messages
	$(VENV)/bin/pytest -m "not browser and not search_backend and not content" -q

# PostgreSQL 15 from Debian, for the search tests and benchmark (scripts/servers.py starts a throwaway cluster).
postgres-deps:
	@test -x /usr/lib/postgresql/15/bin/initdb || { \
		echo "Installing PostgreSQL 15 (Debian package postgresql)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

# Redis from Debian, for the cache tests and the production stack (scripts/servers.py starts a throwaway server).
redis-deps:
	$(call apt_install_missing,redis-server)

# On PostgreSQL and Redis (the production stack): search, the query budget, the page cache, Redis failing,
# two app servers sharing both, and the backup round trip (pg_dump/pg_restore).
PRODUCTION_TESTS := tests/operations/test_page_cache.py tests/operations/test_cache_failure.py \
	tests/operations/test_two_app_servers.py tests/operations/test_backup.py tests/knowledge/test_query_budget.py \
	tests/operations/test_migrations_with_content.py tests/security/test_bad_parameters.py \
	tests/knowledge/test_local_copies.py tests/knowledge/test_part_cache.py
test-postgres: postgres-deps redis-deps $(STAMP) compiled-messages
	$(PY) scripts/servers.py postgres,redis -- $(VENV)/bin/pytest tests/search $(PRODUCTION_TESTS) --create-db -q
test-production: test-postgres

test-elasticsearch: $(STAMP) compiled-messages
	$(PY) scripts/servers.py elasticsearch -- $(VENV)/bin/pytest tests/search -q

# The production stack on this machine: PostgreSQL (data kept in .cache/production/), Redis, gunicorn and
# the task worker; loads the starter content the first time.
serve-production: postgres-deps redis-deps $(STAMP) compiled-messages
	$(PY) scripts/serve_production.py

# A dated archive of the database and media in backups/; a restore goes into an empty database only
# (a new DATABASE_URL, or a SQLite file that does not exist yet).
backup: $(STAMP)
	$(MANAGE) backup_site --folder backups
restore: $(STAMP)
	@test -n "$(BACKUP)" || { echo "make restore BACKUP=backups/kvalitetsnavet-....tar.gz"; exit 1; }
	$(MANAGE) restore_site "$(BACKUP)"
	$(MANAGE) migrate --noinput -v0

# Requests per second (cold and warm, against a 20 KB Django view) and latency under load with an editor
# publishing: gunicorn with production settings on PostgreSQL and Redis, measured with wrk.
bench-pages: postgres-deps redis-deps $(STAMP) compiled-messages
	$(call apt_install_missing,wrk)
	$(PY) bench/pages_bench.py

bench-search: postgres-deps $(STAMP) compiled-messages
	$(PY) bench/search_bench.py

bench-documents: setup
	$(PY) bench/documents_bench.py

# Python (ruff), templates (djlint, lint mode: no reformatting), JavaScript (eslint) and CSS (stylelint);
# eslint and stylelint are pinned in package-lock.json with the browser tools (npm from Debian if missing).
lint-deps:
	@command -v npm >/dev/null 2>&1 || $(MAKE) --no-print-directory node-deps
lint: $(STAMP) lint-deps $(NPM_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint
	node_modules/.bin/eslint static/js eslint.config.mjs stylelint.config.mjs
	node_modules/.bin/stylelint "static/css/**/*.css"

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Idempotent: deletes only saved self-assessments past their retention period (the page states it).
purge-assessments: $(STAMP)
	$(MANAGE) purge_assessments

validate-content: $(STAMP)
	$(PY) -m starter.files

messages: $(STAMP) system-deps
	$(MANAGE) makemessages --locale sv --locale en --ignore "$(VENV)/*" --no-obsolete

# Full-page screenshots of every page type in every language at both widths, for a reviewer to look at:
# the browser tests' axe run takes them (test-artifacts/screenshots/<language>-<page type>-<width>.png).
screenshots: system-deps pdf-deps npm-deps $(STAMP) compiled-messages
	$(VENV)/bin/pytest tests/browser/test_axe.py -q

# Lighthouse scores (an audit to read, not a test): serves the local database with DEBUG off on port 58000.
audit: setup npm-deps
	$(PY) scripts/lighthouse_audit.py

clean:
	rm -rf $(VENV) db.sqlite3 test_db.sqlite3 $(TEST_DB_STAMP) media static_collected .local-admin-password .local-demo-passwords
