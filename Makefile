# casus — two commands for a newcomer: `make run` and `make test`.
# Each creates .venv/ at the repository root and installs casus into it
# (editable) when needed, then runs.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.casus-installed

.PHONY: run test setup bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	@echo "casus — the seed scenario: the United States attacks North Korea on 2025-01-01"
	@echo
	$(VENV)/bin/casus attack --by USA --on PRK --date 2025-01-01
	@echo
	@echo "Try more:  $(VENV)/bin/casus attack --by RUS --on FIN --date 2024-01-01"
	@echo "           $(VENV)/bin/casus attack --by अमेरिका --on 'उत्तर कोरिया' --date 2025-01-01 --lang hi"
	@echo "           $(VENV)/bin/casus allies PRK --date 2025-01-01"
	@echo "           $(VENV)/bin/casus treaty rus-prk-2024 ;  $(VENV)/bin/casus cite ;  $(VENV)/bin/casus --help"

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) benchmarks/bench_engine.py
	$(PY) benchmarks/bench_history.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build src/*.egg-info
