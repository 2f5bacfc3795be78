# casus — two commands for a newcomer: `make run` and `make test`.
# Each creates .venv/ at the repository root and installs casus into it
# (editable) when needed, then runs.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.casus-installed

.PHONY: run test lint lint-js setup bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	@echo "casus: starting the web page and REST API on http://127.0.0.1:8000/"
	@echo "  open  http://127.0.0.1:8000/?by=USA&on=PRK&date=2025-01-01         (the seed question)"
	@echo "        http://127.0.0.1:8000/?by=USA&on=PRK&date=2025-01-01&lang=hi  (हिन्दी में)"
	@echo "  API   http://127.0.0.1:8000/docs   ·  CLI: $(VENV)/bin/casus --help   ·  Ctrl-C stops"
	$(VENV)/bin/casus serve --host 127.0.0.1 --port 8000

lint: setup
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m mypy src/casus

# the web page's JavaScript: Biome (lint and format) and node --test for its pure helpers (tests/js/);
# node_modules/ (from package-lock.json) also holds axe-core for the browser tests.  npm writes
# node_modules/.package-lock.json on each install, so `npm ci` run before make (.ci/run) counts.
NODE_STAMP := node_modules/.package-lock.json

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $(NODE_STAMP)

lint-js: $(NODE_STAMP)
	node_modules/.bin/biome check --error-on-warnings
	node --test tests/js/

test: setup lint lint-js
	$(PY) -m pytest

bench: setup
	$(PY) benchmarks/bench_engine.py
	$(PY) benchmarks/bench_history.py
	$(PY) benchmarks/bench_web.py
	$(PY) benchmarks/bench_news.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache build src/*.egg-info
