# Two commands: `make run` sets everything up and serves the demo; `make test` runs the suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= $(abspath ../shared)
export STANZA_RESOURCES_DIR ?= $(if $(wildcard $(SHARED)/stanza_resources),$(SHARED)/stanza_resources,$(CURDIR)/var/stanza_resources)
HOST ?= 127.0.0.1:8000

.PHONY: run test setup models clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The Arabic interface texts, compiled with Babel (no GNU gettext needed).
locale/ar/LC_MESSAGES/django.mo: locale/ar/LC_MESSAGES/django.po $(VENV)/.installed
	$(BIN)/pybabel compile --use-fuzzy -d locale -D django -l ar >/dev/null

setup: $(VENV)/.installed locale/ar/LC_MESSAGES/django.mo

models: setup
	@mkdir -p var
	DEBUG=1 STANZA_RESOURCES_DIR=$(CURDIR)/var/stanza_resources $(BIN)/python manage.py download_models \
		$(if $(wildcard $(SHARED)/stanza_resources),--from $(SHARED)/stanza_resources)

run: models
	DEBUG=1 STANZA_RESOURCES_DIR=$(CURDIR)/var/stanza_resources $(BIN)/python manage.py migrate --no-input -v0
	DEBUG=1 STANZA_RESOURCES_DIR=$(CURDIR)/var/stanza_resources $(BIN)/python manage.py load_demo
	DEBUG=1 $(BIN)/python manage.py resume_ingestion --lease 0
	@echo "Serving on http://$(HOST)/ with a background worker; Ctrl-C stops both."
	DEBUG=1 STANZA_RESOURCES_DIR=$(CURDIR)/var/stanza_resources $(BIN)/python manage.py db_worker --no-reload --no-startup-delay & \
	worker=$$!; trap "kill $$worker" EXIT INT TERM; \
	DEBUG=1 STANZA_RESOURCES_DIR=$(CURDIR)/var/stanza_resources $(BIN)/python manage.py runserver $(HOST)

# Tests drive real worker processes, including RQ workers on a Redis of their own (port 6390).
REDIS_TEST_PORT ?= 6390
test: setup
	@command -v redis-server >/dev/null || { echo "make test needs redis-server (apt-get install redis-server)"; exit 1; }
	@redis-cli -p $(REDIS_TEST_PORT) ping >/dev/null 2>&1 || redis-server --port $(REDIS_TEST_PORT) --save "" --daemonize yes >/dev/null
	REDIS_URL=redis://127.0.0.1:$(REDIS_TEST_PORT)/0 DEBUG=1 $(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) var staticfiles
