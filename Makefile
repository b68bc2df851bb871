# verdeelmonitor — the two commands: `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
OUT ?= out
RELEASE_BIN := .build/release/verdeelmonitor
DEBUG_BIN := .build/debug/verdeelmonitor
# Where `make install` puts things (DESTDIR for packaging).
PREFIX ?= /usr/local
DESTDIR ?=
MAN_OUT := .build/man
# Reproducible demo output: a fixed timestamp unless the caller sets one.
export SOURCE_DATE_EPOCH ?= 1782864000

PROVINCE_OUT ?= $(OUT)/provincie

.PHONY: help demo demo-provincie test lint generate format build clean deps reference-check contract-check bench check-report man install uninstall fuzz xlsx-check

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

## man: the man page, generated from the argument parser (swift-argument-parser's generate-manual plugin)
man: deps
	$(SWIFT) package plugin generate-manual --configuration release --date 2026-07-01 --section 1
	@page=$$(find .build/plugins -name verdeelmonitor.1 -newer Package.swift | head -1); \
	if [ -z "$$page" ]; then echo "man: generate-manual wrote no verdeelmonitor.1" >&2; exit 1; fi; \
	mkdir -p $(MAN_OUT) && cp "$$page" $(MAN_OUT)/verdeelmonitor.1 && echo "man: $(MAN_OUT)/verdeelmonitor.1"

## install: the release binary, templates and XSD, an example regio.toml and the man page under PREFIX (/usr/local)
install: build man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/verdeelmonitor $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/verdeelmonitor
	rm -rf $(DESTDIR)$(PREFIX)/share/verdeelmonitor/Templates
	cp -R Templates $(DESTDIR)$(PREFIX)/share/verdeelmonitor/Templates
	chmod -R u=rwX,go=rX $(DESTDIR)$(PREFIX)/share/verdeelmonitor/Templates
	install -m 644 SampleData/regio.toml $(DESTDIR)$(PREFIX)/share/verdeelmonitor/regio.toml.example
	install -m 644 $(MAN_OUT)/verdeelmonitor.1 $(DESTDIR)$(PREFIX)/share/man/man1/verdeelmonitor.1

## uninstall: removes what `make install` put under PREFIX
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/verdeelmonitor $(DESTDIR)$(PREFIX)/share/man/man1/verdeelmonitor.1
	rm -rf $(DESTDIR)$(PREFIX)/share/verdeelmonitor

## demo: build and run the main job on SampleData/ into out/
demo: build
	@status=0; $(RELEASE_BIN) run --config SampleData/regio.toml --input SampleData/exports --output $(OUT) || status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then exit $$status; fi; \
	echo; echo "Rapport: $(OUT)/$$(ls $(OUT) | grep -m1 '\.html$$')"; \
	echo "XML:     $(OUT)/$$(ls $(OUT) | grep -m1 '\.xml$$')"; \
	if [ $$status -eq 3 ]; then echo "(exitcode 3: gepubliceerd, met afgewezen regels of bestanden; de demo-data bevat die met opzet)"; fi

## demo-provincie: build and run the demo province (SampleData/provincie/: West-Overijssel and a fictional second region) into out/provincie/
demo-provincie: build
	@rm -rf $(OUT)/provincie-invoer && mkdir -p $(OUT)/provincie-invoer && \
	cp SampleData/exports/* SampleData/provincie/exports/* $(OUT)/provincie-invoer/
	@status=0; $(RELEASE_BIN) run --provincie SampleData/provincie/provincie.toml --input $(OUT)/provincie-invoer --output $(PROVINCE_OUT) || status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then exit $$status; fi; \
	echo; echo "Provincie: $(PROVINCE_OUT)/$$(ls $(PROVINCE_OUT) | grep -m1 '^monitor-provincie-.*\.html$$')"; \
	for f in $$(ls $(PROVINCE_OUT) | grep '\.html$$' | grep -v '^monitor-provincie-'); do echo "Regio:     $(PROVINCE_OUT)/$$f"; done; \
	if [ $$status -eq 3 ]; then echo "(exitcode 3: gepubliceerd, met afgewezen regels of bestanden; de demo-data bevat die met opzet)"; fi

## test: unit and integration tests, the independent reference check and the XML contract check
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory reference-check xlsx-check contract-check

## lint: the generated files are current (`make generate`), then swift format lint --strict over Sources and Tests
lint:
	python3 Scripts/generate-view-lookup.py --check
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

## generate: rewrite the generated files (the view model's keyed lookup, ViewLookup.swift) from the view structs
generate:
	python3 Scripts/generate-view-lookup.py

## format: rewrite Sources and Tests in the project's style (.swift-format); `make lint` then passes
format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

## reference-check: figures of an unseen Twente data set against an independent Python computation
reference-check:
	bash Tests/Reference/check.sh $(DEBUG_BIN)

## xlsx-check: the reference fixture as offices deliver it (XLSX, ODS, titles, Excel's CSV, error values) gives the contract's figures
## (XLSX with own columns, labels and CBS households; ODS as LibreOffice writes it; titles, totals and a hidden sheet;
## sep= and UTF-16 CSV; planted #N/A rows rejected by name), and python-calamine (installed into .build/venv-xlsx
## when missing) reads the generated workbooks as inspect does. XLSX_FORMS="delivered ods ..." picks forms.
xlsx-check:
	bash Tests/XLSX/check.sh $(DEBUG_BIN)

## contract-check: SampleData's XML from the release build (what `make demo` runs) against the XSD (xmllint)
# The XSD decides; the structure beyond it is checked in the Swift tests (Support/XMLContract.swift).
contract-check: build
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(RELEASE_BIN) run --config SampleData/regio.toml --input SampleData/exports --output $$tmp 2>/dev/null >/dev/null || [ $$? -eq 3 ]; \
	xmllint --noout --schema Templates/monitor.xsd $$tmp/*.xml

## check-report: the SampleData report and the demo province's page in headless Chromium: screenshot, A4 PDF, overflow, axe-core, Nu validator
REPORT_CHECK_OUT ?= $(OUT)/report-check
check-report: build
	@status=0; $(RELEASE_BIN) run --config SampleData/regio.toml --input SampleData/exports --output $(OUT) >/dev/null 2>&1 || status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then echo "check-report: run failed with exit code $$status" >&2; exit $$status; fi
	@$(MAKE) --no-print-directory demo-provincie >/dev/null
	@rc=0; for f in $(OUT)/monitor-west-overijssel-*.html $(PROVINCE_OUT)/monitor-provincie-*.html; do \
		bash Tests/Report/check-report.sh "$$f" "$(REPORT_CHECK_OUT)/$$(basename "$$f" .html)" || rc=1; \
	done; exit $$rc

## bench: national-scale benchmark (~3,1 miljoen regels): time per stage, peak memory, DuckDB ratio, scaling
BENCH_SCALE ?= 1
BENCH_RUNS ?= 3
BENCH_SCALES ?= 1 2 4
bench: build
	BENCH_SCALE=$(BENCH_SCALE) BENCH_RUNS=$(BENCH_RUNS) BENCH_SCALES="$(BENCH_SCALES)" bash Tests/Bench/bench.sh $(RELEASE_BIN)

## fuzz: libFuzzer over the CSV reader and the workbook readers (.xlsx, .ods) for FUZZ_SECONDS (default 60) per target, at nice 19 (docs/fuzzing.md)
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Tests/Fuzz/fuzz.sh

## clean: remove the build folder and out/
clean:
	rm -rf .build .build-fuzz $(OUT)
