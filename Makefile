# Rawangi: `make run` opens the program, `make test` runs every check.
# Both create .venv and install on first use (and again when pyproject.toml changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint forms translations bench bench-server crash-test bundle bundle-test clean

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
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Benchmarks against the budgets of DESIGN.md (fresh processes; the 1,000,000-row register is
# generated once into bench/data/ and reused). Not part of `make test`.
bench: $(STAMP)
	$(BIN)/python bench/bench_register.py; r1=$$?; \
	$(BIN)/python bench/bench_manifest.py; r2=$$?; \
	$(BIN)/python bench/bench_import.py; r3=$$?; \
	test $$r1 -eq 0 -a $$r2 -eq 0 -a $$r3 -eq 0

# The same budgets on the office server (PostgreSQL, a cluster of its own in bench/data/server/),
# and eight desks saving at once for 60 s. Not part of `make test`.
bench-server: $(STAMP)
	$(BIN)/python bench/bench_server.py

# 500 kills of a process saving departures; nothing acknowledged may be lost (not in `bench`).
crash-test: $(STAMP)
	$(BIN)/python bench/crash_test.py --kills 500

# The office PCs' program: one folder, dist/Rawangi/, with Rawangi (window) and rawangi-cli.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

bundle-test: bundle
	packaging/bundle_test.sh dist/Rawangi

# Regenerate the committed Python of every Designer form (ui/*.ui -> desktop/gui/forms/).
forms: $(STAMP)
	$(BIN)/python -m desktop.gui.forms

# Urdu: collect the tr() strings of ui/*.ui and desktop/gui/**/*.py (forms aside) into the Qt Linguist file
# (existing translations kept, strings no longer used dropped; translate the new ones in
# Qt Linguist), then compile it for the program. tests/gui/test_translations.py runs the same.
# English gets a file of its own with the plural forms only ("%n person(s)": 1 person, 2 people).
TS := resources/translations/rawangi_ur.ts
GUI_SOURCES := $(filter-out desktop/gui/forms/%,$(wildcard desktop/gui/*.py desktop/gui/*/*.py))
TS_EN := resources/translations/rawangi_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate ui/*.ui $(GUI_SOURCES) -no-obsolete -locations none \
		-source-language en -target-language ur_PK -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(BIN)/pyside6-lupdate ui/*.ui $(GUI_SOURCES) -no-obsolete -locations none -pluralonly \
		-source-language en -target-language en -ts $(TS_EN)
	$(BIN)/pyside6-lrelease $(TS_EN) -qm $(TS_EN:.ts=.qm)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
