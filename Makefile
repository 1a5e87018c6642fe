# Board Papers Assistant: `make run` to ingest and start, `make test` to run the tests.
# Works on a fresh machine with Python 3.11 and the package registries; nothing at run time
# goes to the network (models and data ship inside the installed packages and the repo).

SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

# Offline and quiet: no model-hub look-ups, no telemetry, no analytics.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install browser run test lint typecheck lock

install: $(STAMP) browser

# Exactly the versions in requirements.lock (every package, the test tools included), then this project.
# torch first: pinned, so pip takes the CPU wheel on disk instead of resolving the multi-GB CUDA build; the
# lock leaves torch itself out for that reason and pins what it needs.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -c $(LOCK) torch==2.13.0
	$(BIN)/python -m pip install --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --no-deps -e .
	$(BIN)/python -m pip check
	touch $@

# The browser tests drive the system Chromium (test tools cannot download their own browser here):
# installed from Debian's packages when it is missing and we are root.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get install -y chromium chromium-driver \
			|| { apt-get update && apt-get install -y chromium chromium-driver; }; \
		else \
			echo "note: /usr/bin/chromium is missing (apt-get install chromium): the browser tests will fail" >&2; \
		fi; \
	fi

# Renew requirements.lock after changing the dependencies in pyproject.toml (needs the registries):
# pip-compile in a throwaway venv; versions already locked are kept where they still fit.
lock:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
	&& $(PYTHON) -m venv "$$tmp" && "$$tmp/bin/python" -m pip install --quiet pip-tools==7.6.2 \
	&& CUSTOM_COMPILE_COMMAND="make lock" "$$tmp/bin/pip-compile" --quiet --extra test --strip-extras \
		--unsafe-package torch --no-emit-find-links --no-emit-index-url --output-file $(LOCK) pyproject.toml

# Ingest is incremental: unchanged documents are skipped, so this is quick after the first run.
# Then the web chat, on http://127.0.0.1:7860 (BPA_HOST, BPA_PORT, BPA_UI_MODE=staff to change).
run: install
	$(BIN)/board-assistant ingest
	$(BIN)/board-assistant ui

# Lint and formatting (ruff); the tools come with the test extra.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Types (mypy: strict on assistant/ vectorstore/ ingest/ prompts/ settings/, defaults elsewhere; pyproject.toml)
# and the direction of imports between the packages (import-linter's contracts, also in pyproject.toml).
typecheck: install
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache --no-logo

# The one test command: the default suite (pytest's settings are in pyproject.toml).
test: install
	$(BIN)/python -m pytest
