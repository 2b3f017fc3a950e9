# The two commands a newcomer needs:  make run  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SYSTEM_PACKAGES := sh packaging/debian/system-packages.sh
SOURCES = $(shell find app -name '*.py' | LC_ALL=C sort)
CHECKED = app tests benchmarks docs

.PHONY: run test lint i18n screenshots bench clean

## make run: install what is missing, then start the app (ARGS="--lang en" passes options)
run:
	@$(SYSTEM_PACKAGES) run
	@$(MAKE) --no-print-directory $(VENV)/.installed-run
	$(BIN)/python -m app $(ARGS)

## make test: install the test tools, then ruff, mypy and the whole pytest suite
test:
	@$(SYSTEM_PACKAGES) test
	@$(MAKE) --no-print-directory $(VENV)/.installed-test
	$(BIN)/ruff check $(CHECKED)
	$(BIN)/ruff format --check $(CHECKED)
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check $(CHECKED)
	$(BIN)/ruff format --check $(CHECKED)
	$(BIN)/mypy

## make i18n: refresh translations/app_it.ts from the code, then compile app_it.qm
i18n: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate $(SOURCES) -ts translations/app_it.ts -no-obsolete -locations none
	$(BIN)/pyside6-lrelease -silent translations/app_it.ts -qm translations/app_it.qm

## make screenshots: every page in both languages, in screenshots/
screenshots: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py screenshots

## make bench: start-up time against a bare QWizard
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/startup.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	@touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache screenshots
