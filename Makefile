# articlelab: `make report` builds everything from a fresh clone; `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.DEFAULT_GOAL := help
.PHONY: help install install-dev process report lab test lock benchmark clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "articlelab needs Python 3.11, found " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.lock
	$(PIP) --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name articlelab --display-name articlelab >/dev/null
	@touch $(STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(PIP) -r requirements.lock -r requirements-dev.lock
	@touch $(DEV_STAMP)

install: $(STAMP) ## create .venv with what the reports need (requirements.lock) and the package

install-dev: $(DEV_STAMP) ## add the test tools (requirements-dev.lock: pytest, hypothesis, playwright, quantulum3)

process: install ## process every article in data/raw into data/processed
	$(BIN)/python -m helpers process

report: process ## the main job: process every article and render its HTML reports into reports/
	$(BIN)/python -m helpers report

lab: install ## open JupyterLab on notebooks/ with the articlelab kernel (as any user, root included)
	$(BIN)/python -m helpers.lab $(LAB_ARGS)

test: install-dev ## run the whole test suite (pytest's "no tests" counts as a pass)
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; rc=0; fi; \
	  $(BIN)/python -m helpers.browser --notice; exit $$rc

lock: ## re-pin requirements.lock (runtime) and requirements-dev.lock (test tools) in a scratch venv
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e .
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^articlelab' > .lock-runtime
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^articlelab' | grep -vxFf .lock-runtime > .lock-dev || true
	{ echo "# Runtime pins: what \`make report\` (and \`make lab\`) installs. Regenerate with \`make lock\`."; cat .lock-runtime; } > requirements.lock
	{ echo "# Test tools on top of requirements.lock: what \`make test\` adds. Regenerate with \`make lock\`."; cat .lock-dev; } > requirements-dev.lock
	rm -rf .lock-venv .lock-runtime .lock-dev
	$(PYTHON) tools/sync_environment.py

benchmark: install-dev ## print the benchmarks' numbers
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## remove derived data and the venv (data/raw stays)
	rm -rf $(VENV) data/processed/* reports/*
