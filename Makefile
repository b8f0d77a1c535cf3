# articlelab: `make report` builds everything from a fresh clone; `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install process report lab test lock benchmark clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "articlelab needs Python 3.11, found " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name articlelab --display-name articlelab >/dev/null
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install the pinned dependencies and the package

process: install ## process every article in data/raw into data/processed
	$(BIN)/python -m helpers process

report: process ## the main job: process every article and render its HTML reports into reports/
	$(BIN)/python -m helpers report

lab: install ## open the notebooks in JupyterLab
	$(BIN)/jupyter lab notebooks/

test: install ## run the whole test suite (pytest's "no tests" counts as a pass)
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; exit $$rc

lock: ## re-pin requirements.lock from pyproject.toml in a scratch venv
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^articlelab' > requirements.lock
	rm -rf .lock-venv
	$(PYTHON) tools/sync_environment.py

benchmark: install ## print the benchmarks' numbers
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## remove derived data and the venv (data/raw stays)
	rm -rf $(VENV) data/processed/* reports/*
