# Rawangi: `make run` opens the program, `make test` runs every check.
# Both create .venv and install on first use (and again when pyproject.toml changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint forms bench crash-test bundle bundle-test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rawangi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest

# Benchmarks against the budgets of DESIGN.md (fresh processes; the 1,000,000-row register is
# generated once into bench/data/ and reused). Not part of `make test`.
bench: $(STAMP)
	$(BIN)/python bench/bench_register.py
	$(BIN)/python bench/bench_manifest.py

# The office PCs' program: one folder, dist/Rawangi/, with Rawangi (window) and rawangi-cli.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

bundle-test: bundle
	packaging/bundle_test.sh dist/Rawangi

# Regenerate the committed Python of every Designer form (ui/*.ui -> desktop/gui/forms/).
forms: $(STAMP)
	$(BIN)/python -m desktop.gui.forms

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
