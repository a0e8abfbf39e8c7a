# Shortcuts for developers; the README's two commands are what a new machine needs.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install test lint format serve ingest-seeds eval
install:
	python3 -m venv $(VENV) && $(VENV)/bin/pip install -e ".[test]"
test:
	$(PY) -m pytest -q
lint:
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
format:
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .
serve:
	$(VENV)/bin/newsarchive serve
ingest-seeds:
	$(VENV)/bin/newsarchive ingest seeds
eval:
	$(VENV)/bin/newsarchive eval ../shared/eval/dev
