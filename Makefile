# casus — two commands for a newcomer: `make run` and `make test`.
# Each creates .venv/ at the repository root and installs casus into it
# (editable) when needed, then runs.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.casus-installed

.PHONY: run test lint setup bench clean

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

test: setup lint
	$(PY) -m pytest

bench: setup
	$(PY) benchmarks/bench_engine.py
	$(PY) benchmarks/bench_history.py
	$(PY) benchmarks/bench_web.py
	$(PY) benchmarks/bench_news.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache build src/*.egg-info
