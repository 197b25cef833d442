# Set-up and checks. `make demo` and `make test` work on a fresh clone: they create .venv,
# install the package (and Tesseract, when missing and we are root), then run.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: demo test bench eval-sample eval-sroie lint ocr clean train-model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install -q -e '.[dev,train]'
	touch $@ $(VENV)/.installed

ocr:
	@if ! command -v tesseract >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Tesseract OCR (apt-get install tesseract-ocr)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr >/dev/null; \
	  else \
	    echo "Tesseract OCR is missing. Install it first: 'sudo apt-get install tesseract-ocr' (Debian/Ubuntu)"; \
	    echo "or 'brew install tesseract' (macOS); then run make again."; exit 1; \
	  fi; \
	fi

demo: $(VENV)/.installed ocr
	$(BIN)/cashup demo corpus/sample --out out/demo

# pytest exits 5 when it collects no test; that is not a failure of the code under test.
test: $(VENV)/.installed-dev ocr
	$(BIN)/python -m pytest tests benchmarks $(PYTEST_ARGS); rc=$$?; if [ $$rc -eq 5 ]; then exit 0; fi; exit $$rc

bench: $(VENV)/.installed-dev
	$(BIN)/python -m pytest benchmarks --benchmark-only --benchmark-columns=min,median,mean,max,rounds

eval-sample: $(VENV)/.installed
	$(BIN)/cashup eval corpus/sample

eval-sroie: $(VENV)/.installed
	$(BIN)/cashup eval ../shared/datasets/sroie_dev --format sroie --mode text_lines

# Rebuild tier 2's field model (models/field_model.onnx) from the synthetic corpus and the SROIE
# training split, scans read by both OCR readers (Tesseract and PP-OCR); see models/MODEL_CARD.md.
# OCR results are cached in /tmp/cashup-field-model: 7-14 minutes with the cache filled, about 45
# more on an empty cache (two cores).
train-model: $(VENV)/.installed-dev ocr
	$(BIN)/python -m engine.field_model.train --out models/field_model.onnx

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check engine tests benchmarks corpus

clean:
	rm -rf $(VENV) build dist *.egg-info out .pytest_cache .benchmarks
