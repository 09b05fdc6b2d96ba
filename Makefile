# The two commands a newcomer runs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEMANTIC_STAMP := $(VENV)/.semantic
# Where a CPU-only torch wheel may wait on local disk (pip's find-links on our machines).
TORCH_WHEELS ?= $(or $(PIP_FIND_LINKS),/opt/wheels)

.PHONY: demo test lint typecheck check browser clean semantic

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "digest needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/digest demo

# Browser tests drive Debian's chromium; install it when it is missing (needs root or sudo).
browser:
	@command -v chromium >/dev/null 2>&1 || ./scripts/install-chromium

# The `semantic` extra (sentence embeddings for stories) needs torch. `make test` adds it only
# when a CPU-only torch wheel is already on local disk: from PyPI a plain `pip install torch`
# is a multi-GB CUDA build on Linux. Without it the semantic tests skip and say why.
# `make semantic` installs it anyway, CPU-only, from the PyTorch CPU index.
$(SEMANTIC_STAMP): $(STAMP)
	@wheel=$$(ls $(TORCH_WHEELS)/torch-*+cpu-*.whl 2>/dev/null | sort -V | tail -n 1); \
	if $(BIN)/python -c 'import torch' 2>/dev/null || [ -n "$$wheel" ]; then \
	  $(BIN)/python -c 'import torch' 2>/dev/null || $(BIN)/python -m pip install --quiet "$$wheel"; \
	  $(BIN)/python -m pip install --quiet -e '.[test,dev,semantic]' && touch $(SEMANTIC_STAMP); \
	else \
	  echo "no CPU torch wheel in $(TORCH_WHEELS): semantic tests will skip (make semantic installs it)"; \
	fi

semantic: $(STAMP)
	$(BIN)/python -c 'import torch' 2>/dev/null || $(BIN)/python -m pip install --quiet torch \
	  --index-url https://download.pytorch.org/whl/cpu
	$(BIN)/python -m pip install --quiet -e '.[test,dev,semantic]'
	touch $(SEMANTIC_STAMP)

test: $(STAMP) browser
	@$(MAKE) --no-print-directory $(SEMANTIC_STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy digest tests

check: lint typecheck test

clean:
	rm -rf $(VENV) .digest .pytest_cache .mypy_cache .ruff_cache
