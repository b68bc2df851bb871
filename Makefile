# verdeelmonitor — the two commands: `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
OUT ?= out
RELEASE_BIN := .build/release/verdeelmonitor
DEBUG_BIN := .build/debug/verdeelmonitor
# Reproducible demo output: a fixed timestamp unless the caller sets one.
export SOURCE_DATE_EPOCH ?= 1782864000

.PHONY: help demo test lint format build clean deps reference-check xlsx-check contract-check bench check-report

## help: list the targets with what they do
help:
	@grep -E '^## [a-z-]+:' $(MAKEFILE_LIST) | sed -E 's/^## ([a-z-]+): */\1\t/' | awk -F'\t' '{ printf "  make %-16s %s\n", $$1, $$2 }'

## deps: install the system packages the build and tests need (libxml2 headers, xmllint), when missing
deps:
	@if ! pkg-config --exists libxml-2.0 || ! command -v xmllint >/dev/null; then \
		echo "installing libxml2-dev and libxml2-utils with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev libxml2-utils pkg-config >/dev/null; \
	fi

## build: release build of the command-line tool
build: deps
	$(SWIFT) build -c release --product verdeelmonitor

## demo: build and run the main job on SampleData/ into out/
demo: build
	@status=0; $(RELEASE_BIN) run --config SampleData/regio.toml --input SampleData/exports --output $(OUT) || status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then exit $$status; fi; \
	echo; echo "Rapport: $(OUT)/$$(ls $(OUT) | grep -m1 '\.html$$')"; \
	echo "XML:     $(OUT)/$$(ls $(OUT) | grep -m1 '\.xml$$')"; \
	if [ $$status -eq 3 ]; then echo "(exitcode 3: gepubliceerd, met afgewezen regels of bestanden; de demo-data bevat die met opzet)"; fi

## test: unit and integration tests, the independent reference check and the XML contract check
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory reference-check xlsx-check contract-check

## lint: swift format lint --strict over Sources and Tests (the rules are in .swift-format)
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

## format: rewrite Sources and Tests in the project's style (.swift-format); `make lint` then passes
format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

## reference-check: figures of an unseen Twente data set against an independent Python computation
reference-check:
	bash Tests/Reference/check.sh $(DEBUG_BIN)

## xlsx-check: the reference fixture as senders deliver it (XLSX, own columns and labels, CBS households) gives
## the same XML figures as in the contract's CSV form
xlsx-check:
	bash Tests/XLSX/check.sh $(DEBUG_BIN)

## contract-check: SampleData's XML from the release build (what `make demo` runs) against SPEC.md's
## structure checker and, with xmllint, against the XSD
contract-check: build
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(RELEASE_BIN) run --config SampleData/regio.toml --input SampleData/exports --output $$tmp 2>/dev/null >/dev/null || [ $$? -eq 3 ]; \
	if [ -f ../shared/tools/check_xml_contract.py ]; then python3 ../shared/tools/check_xml_contract.py $$tmp/*.xml; \
	else echo "contract-check: ../shared/tools/check_xml_contract.py not found, structure check skipped"; fi; \
	xmllint --noout --schema Templates/monitor.xsd $$tmp/*.xml

## check-report: the SampleData report in headless Chromium: screenshot, A4 PDF, overflow, axe-core, Nu validator
REPORT_CHECK_OUT ?= $(OUT)/report-check
check-report: build
	@status=0; $(RELEASE_BIN) run --config SampleData/regio.toml --input SampleData/exports --output $(OUT) >/dev/null 2>&1 || status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then echo "check-report: run failed with exit code $$status" >&2; exit $$status; fi
	@rc=0; for f in $(OUT)/monitor-west-overijssel-*.html; do \
		bash Tests/Report/check-report.sh "$$f" "$(REPORT_CHECK_OUT)/$$(basename "$$f" .html)" || rc=1; \
	done; exit $$rc

## bench: national-scale benchmark on synthetic data (~900.000 rows): prints time, throughput, peak memory
BENCH_SCALE ?= 1
BENCH_RUNS ?= 3
bench: build
	BENCH_SCALE=$(BENCH_SCALE) BENCH_RUNS=$(BENCH_RUNS) bash Tests/Bench/bench.sh $(RELEASE_BIN)

## clean: remove the build folder and out/
clean:
	rm -rf .build $(OUT)
