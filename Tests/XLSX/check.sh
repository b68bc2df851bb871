#!/usr/bin/env bash
# Deliveries as they come (SPEC.md section 7): the Twente reference fixture in the contract's own CSV form,
# and the same data as senders deliver it (XLSX workbooks, their own column names and labels with a
# [[profiel]], households from a CBS 71486ned file; Tests/XLSX/convert_fixture.py). Every figure of the XML
# must be the same, for every period, public and vertrouwelijk.
# Usage: check.sh PATH/TO/verdeelmonitor
set -u
BIN=${1:?usage: check.sh PATH/TO/verdeelmonitor}
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
export SOURCE_DATE_EPOCH=1767225600
export PYTHONDONTWRITEBYTECODE=1
TMP=$(mktemp -d "${TMPDIR:-/tmp}/verdeelmonitor-xlsx.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$TMP"' EXIT; else echo "keeping $TMP"; fi
fail=0

"$PY" "$HERE/../Reference/make_fixture.py" "$TMP/contract" >/dev/null || { echo "make_fixture.py failed"; exit 1; }
"$PY" "$HERE/convert_fixture.py" "$TMP/contract" "$TMP/delivered" || { echo "convert_fixture.py failed"; exit 1; }
if ! find "$TMP/delivered/exports" -name '*.xlsx' | grep -q .; then echo "FAIL no workbooks written"; exit 1; fi

periods=$("$BIN" validate --config "$TMP/contract/regio.toml" --input "$TMP/contract/exports" 2>/dev/null \
  | sed -n 's/^levering [^ ]*_\([0-9]\{4\}-H[12]\)[^ ]*: .*/\1/p' | sort -u)
[ -n "$periods" ] || { echo "FAIL no periods found"; exit 1; }
for p in $periods; do
  for mode in openbaar vertrouwelijk; do
    extra=(); [ "$mode" = vertrouwelijk ] && extra=(--vertrouwelijk)
    for side in contract delivered; do
      mkdir -p "$TMP/out-$side-$p-$mode"
      "$BIN" run --config "$TMP/$side/regio.toml" --input "$TMP/$side/exports" --output "$TMP/out-$side-$p-$mode" \
        --periode "$p" "${extra[@]}" >/dev/null 2>"$TMP/$side-$p-$mode.stderr"
      rc=$?
      if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then echo "FAIL $side $p $mode: exit code $rc"; head -5 "$TMP/$side-$p-$mode.stderr"; fail=1; fi
    done
    "$PY" "$HERE/same_figures.py" "$TMP/out-contract-$p-$mode/monitor-twente-$p.xml" \
      "$TMP/out-delivered-$p-$mode/monitor-twente-$p.xml" || fail=1
  done
done
if grep -q 'huishoudens bron="cbs/71486ned.csv"' "$TMP"/out-delivered-*/monitor-twente-*.xml; then
  echo "ok   the XML names the CBS households file"
else
  echo "FAIL the XML does not name the CBS households file"; fail=1
fi
if [ $fail -eq 0 ]; then echo "xlsx check.sh: all checks passed"; else echo "xlsx check.sh: FAILED"; fi
exit $fail
