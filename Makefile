# The two commands of the README's quick start: `make run` and `make test`.
# Each creates .venv (if needed) and installs the project into it first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefing --sample

lint: $(STAMP)
	$(BIN)/ruff format --check briefing tests benchmarks packaging docs
	$(BIN)/ruff check briefing tests benchmarks packaging docs
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/render_speed.py

clean:
	rm -rf $(VENV) build dist out .pytest_cache .mypy_cache .ruff_cache

# The packaged app (packaging/README.md): dist/Briefing/, its .tar.gz and a .deb; then the
# CI smoke test of what was built.
.PHONY: package package-smoke

package: $(STAMP)
	VENV=$(VENV) packaging/build.sh

package-smoke:
	VENV=$(VENV) packaging/ci_smoke.sh
