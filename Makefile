# Verbatim: `make analyze` and `make test` are the whole set-up on a fresh Debian machine with Swift.
SWIFT   ?= swift
CORPUS  ?= corpora/sample
OUT     ?= reports
LEXICONS ?= lexicons
SHARED  ?= ../shared/data
BIN     := .build/release/verbatim
# Root installs directly; anyone else goes through sudo.
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build analyze test asan bench eval lint screenshot spark-check clean

all: build

## System packages the build needs (libxml2 for HTML, SQLite for the history store); idempotent:
## does nothing when they are there.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libxml-2.0 || ! pkg-config --exists sqlite3; then \
		echo "installing libxml2-dev, libsqlite3-dev and pkg-config"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libxml2-dev libsqlite3-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product verbatim

## Analyse a corpus folder into CSV reports (the nightly job: make analyze CORPUS=... OUT=...).
analyze: build
	$(BIN) analyze $(CORPUS) --out $(OUT) --lexicons $(LEXICONS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## The tests under the address sanitizer (never part of `make test`): catches an out-of-bounds or
## use-after-free access of the unchecked buffers (`GrowBuffer`) that the debug assertions miss. Its
## own build folder, so the normal build stays valid. Leak detection is off: the only leaks it reports
## are XCTest's own runner objects at exit (the suites are Swift Testing), which would fail every run.
asan: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build/asan
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build/asan

## Throughput and memory figures on a generated corpus (never part of `make test`).
bench: deps
	$(SWIFT) build -c release --product verbatim
	$(SWIFT) build -c release --product verbatim-corpus
	$(SWIFT) build -c release --product verbatim-score-probe
	./scripts/bench.sh

## Accuracy against the labelled sets in ../shared/data, when that folder exists.
eval: build
	./scripts/eval.sh $(SHARED)

## The Spark job (examples/spark) in local mode, 4 partitions over $(CORPUS): its reports must be the bytes
## of one `analyze` (the manifest's run-time fields aside). Installs Java 17 (apt) and a pinned PySpark
## (PyPI, in .build/spark-venv) when missing. Never part of `make test`.
spark-check: build
	CORPUS=$(CORPUS) ./examples/spark/spark-check.sh

## Render $(OUT)/summary.html in headless Chromium to $(OUT)/summary.png (installs chromium if missing).
screenshot:
	./scripts/summary-screenshot.sh $(OUT)

## The targets held to the code-shape rule. Not yet: TextProcessing (the tokenizer's two hot scanners,
## whose split cost speed) and the bench's corpus generator.
SHAPED := Sources/Scoring Sources/Pipeline Sources/Ingest Sources/Lexicons Sources/Aggregation Sources/Reporting Sources/Tagging \
	Sources/VerbatimModel Sources/HTMLParsing Sources/History Sources/verbatim Sources/verbatim-score-probe

## Formatting (`.swift-format`, the toolchain's swift-format) and code shape (no function over 60
## lines, median file at most 150 lines: scripts/code-shape.py); `.ci/run` runs it after the tests.
lint:
	@command -v python3 >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3; }
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	./scripts/code-shape.py $(SHAPED)

clean:
	rm -rf .build $(OUT)
