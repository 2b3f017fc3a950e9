# The two commands a newcomer needs:  make run  and  make test.
# The installers:  make deb  (Linux .deb)  and  make package-test  (build and check them).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SYSTEM_PACKAGES := sh packaging/debian/system-packages.sh
SOURCES = $(shell find app -name '*.py' | LC_ALL=C sort)
CHECKED = app tests benchmarks docs packaging

.PHONY: run test lint i18n screenshots bench clean icons bundle deb package-test bench-bundle

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

## make bench: every start-up and responsiveness figure with its target (a few minutes);
## ARGS="--strict" exits 1 when a target is missed, ARGS="--quick" only checks that it runs
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench.py $(ARGS)

## make bench-bundle: the start-up figures of the PyInstaller bundle (make bundle first),
## against the bare QWizard run from Python: exits 1 if a first window is over 1.5x
bench-bundle: $(VENV)/.installed-test
	$(BIN)/python benchmarks/startup.py --app dist/account-assistant/account-assistant \
		--max-ratio 1.5

## make icons: every icon size from resources/icon.svg, in build/icons
icons: $(VENV)/.installed-package
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/icons/make_icons.py build/icons

## make bundle: the one-folder PyInstaller bundle in dist/account-assistant/
bundle: icons
	rm -rf dist/account-assistant build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/account-assistant.spec

## make deb: dist/account-assistant_<version>_<arch>.deb (Debian 12 and its derivatives)
deb: bundle
	$(BIN)/python packaging/debian/build_deb.py --bundle dist/account-assistant \
		--icons build/icons --out dist

## make package-test: build the bundle and the .deb, check them, install the .deb on a bare
## Debian 12 (made by mmdebstrap, cached in /var/cache/account-assistant) and start it there
package-test: deb $(VENV)/.installed-test
	PACKAGE_TEST=1 $(BIN)/python -m pytest tests/installers

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable .
	@touch $@

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	@$(SYSTEM_PACKAGES) package
	$(BIN)/python -m pip install --quiet --editable '.[package]'
	@touch $@ $(VENV)/.installed-run

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	@touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache screenshots
