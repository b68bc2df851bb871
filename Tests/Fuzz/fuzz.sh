#!/usr/bin/env bash
# Builds the libFuzzer targets (CSV, workbooks) and runs each for FUZZ_SECONDS (default 60) at nice 19 (docs/fuzzing.md).
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
# The workbook readers (.xlsx, .ods, compound files) with the CSV sources they share, a few domain values, and
# ZIPFoundation (from the package checkout) built first as a module of its own; libxml2 through its module map.
WORKBOOK_SOURCES=(Sources/VerdeelMonitor/Ingest/XLSX/*.swift Sources/VerdeelMonitor/Ingest/ODS/*.swift
                  Sources/VerdeelMonitor/Ingest/{DeliveryTable,DeliveryName,MergedCells,ExcelError}.swift
                  Sources/VerdeelMonitor/Domain/{Day,Period,MunicipalityCode,String+Comparable}.swift
                  "${CSV_SOURCES[@]}")
ZIPFOUNDATION=${ZIPFOUNDATION:-$ROOT/.build/checkouts/ZIPFoundation/Sources/ZIPFoundation}
build() {  # build NAME SOURCES...
  local name=$1; shift
  echo "fuzz: building $name"
  nice -n 19 "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -g -module-name "Fuzz_$name" "$@" \
    -o "$OUT/fuzz-$name"
}
build csv "${CSV_SOURCES[@]}" Tests/Fuzz/FuzzCSV.swift
if [ ! -d "$ZIPFOUNDATION" ]; then
  echo "fuzz: $ZIPFOUNDATION is missing: run swift build first (it checks out ZIPFoundation)"; exit 1
fi
echo "fuzz: building ZIPFoundation"
mkdir -p "$OUT/zipfoundation"
(cd "$OUT/zipfoundation" && nice -n 19 "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -g \
  -module-name ZIPFoundation -emit-module -emit-library -static -I "$ZIPFOUNDATION/../CZLib" -Xcc -D_GNU_SOURCE=1 \
  "$ZIPFOUNDATION"/*.swift -o libZIPFoundation.a)
build workbook "${WORKBOOK_SOURCES[@]}" Tests/Fuzz/FuzzWorkbook.swift -I "$OUT/zipfoundation" \
  -L "$OUT/zipfoundation" -lZIPFoundation -I "$ZIPFOUNDATION/../CZLib" -I Sources/CLibXML2 \
  -Xcc -D_GNU_SOURCE=1 -Xcc -I/usr/include/libxml2 -lxml2 -lz

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

# Workbook seeds (Tests/Fuzz/make_workbook_seeds.py): SampleData's .xlsx and .ods files, the XLSX test corpus,
# and the forms of the ODS and compound-file tests, each behind the byte that says what it is.
WSEEDS="$OUT/seeds-workbook"
rm -rf "$WSEEDS"; mkdir -p "$WSEEDS" "$OUT/corpus-workbook"
python3 Tests/XLSX/make_corpus.py "$OUT/xlsx-corpus" >/dev/null
python3 Tests/Fuzz/make_workbook_seeds.py "$WSEEDS" SampleData/exports "$OUT/xlsx-corpus"

PARALLEL=()
if [ "$JOBS" -gt 1 ]; then PARALLEL=(-jobs="$JOBS" -workers="$JOBS"); fi
cd "$OUT"   # libFuzzer writes its job logs (fuzz-N.log) into the working folder
status=0
run() {  # run NAME SEEDS MAX_LEN [OPTION...]
  local name=$1 seeds=$2 length=$3; shift 3
  echo "fuzz: $name for ${SECONDS_EACH}s with $(ls "$seeds" | wc -l) seeds"
  nice -n 19 "$OUT/fuzz-$name" -max_total_time="$SECONDS_EACH" -max_len="$length" -timeout=120 -rss_limit_mb=2048 "$@" \
    "${PARALLEL[@]}" -artifact_prefix="$OUT/crashes/" -print_final_stats=1 "$OUT/corpus-$name" "$seeds" || status=$?
}
run csv "$SEEDS" 262144
# Leaks are not checked: ZIPFoundation keeps the bytes of an archive it fails to open (docs/fuzzing.md).
ASAN_OPTIONS=detect_leaks=0 run workbook "$WSEEDS" 1048576 -detect_leaks=0
if [ $status -ne 0 ]; then
  echo "fuzz: FAILED (exit $status); the input is in $OUT/crashes/ (docs/fuzzing.md: make it a test)"
fi
exit $status
