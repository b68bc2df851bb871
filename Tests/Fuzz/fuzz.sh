#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for FUZZ_SECONDS (default 60) at nice 19 (docs/fuzzing.md).
# Usage: Tests/Fuzz/fuzz.sh            FUZZ_SECONDS=3600 Tests/Fuzz/fuzz.sh     FUZZ_JOBS=2 for parallel jobs
# Everything goes to .build-fuzz/ (git-ignored): the binaries, the growing corpus, crash inputs.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/.build-fuzz"
SECONDS_EACH=${FUZZ_SECONDS:-60}
JOBS=${FUZZ_JOBS:-1}
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$OUT/crashes"
cd "$ROOT"

# The CSV reader: its own sources only, so the normal build never sees the fuzz entry point.
CSV_SOURCES=(Sources/VerdeelMonitor/Ingest/CSV/*.swift Sources/VerdeelMonitor/Ingest/Text/*.swift
             Sources/VerdeelMonitor/Configuration/Limits.swift)
# TARGETS: name and its sources. XLSX: add `xlsx` with the XLSX reader's sources and Tests/Fuzz/FuzzXLSX.swift
# here once Sources/VerdeelMonitor/Ingest/XLSX exists, and its seeds (the test workbooks) below.
build() {  # build NAME SOURCES...
  local name=$1; shift
  echo "fuzz: building $name"
  nice -n 19 "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -g -module-name "Fuzz_$name" "$@" \
    -o "$OUT/fuzz-$name"
}
build csv "${CSV_SOURCES[@]}" Tests/Fuzz/FuzzCSV.swift

# Seeds: SampleData's exports, the hostile corpus and the Twente reference fixture (both written here), and
# earlier crash inputs (each must have become a test).
SEEDS="$OUT/seeds-csv"
rm -rf "$SEEDS"; mkdir -p "$SEEDS" "$OUT/corpus-csv"
find SampleData -name '*.csv' -size -1024k -exec cp {} "$SEEDS/" \;
python3 Tests/Hostile/make_corpus.py "$OUT/hostile" >/dev/null
find "$OUT/hostile" -type f -size -1024k ! -name expected.tsv -exec cp {} "$SEEDS/" \;
python3 Tests/Reference/make_fixture.py "$OUT/fixture" >/dev/null
find "$OUT/fixture" -name '*.csv' -size -1024k -exec sh -c 'cp "$1" "$2/fixture-$(basename "$1")"' _ {} "$SEEDS" \;
cp Tests/Fuzz/crashes/* "$SEEDS/" 2>/dev/null || true

echo "fuzz: csv for ${SECONDS_EACH}s with $(ls "$SEEDS" | wc -l) seeds"
PARALLEL=()
if [ "$JOBS" -gt 1 ]; then PARALLEL=(-jobs="$JOBS" -workers="$JOBS"); fi
cd "$OUT"   # libFuzzer writes its job logs (fuzz-N.log) into the working folder
status=0
nice -n 19 "$OUT/fuzz-csv" -max_total_time="$SECONDS_EACH" -max_len=262144 -timeout=120 -rss_limit_mb=2048 \
  "${PARALLEL[@]}" -artifact_prefix="$OUT/crashes/" -print_final_stats=1 "$OUT/corpus-csv" "$SEEDS" || status=$?
if [ $status -ne 0 ]; then
  echo "fuzz: FAILED (exit $status); the input is in $OUT/crashes/ (docs/fuzzing.md: make it a test)"
fi
exit $status
