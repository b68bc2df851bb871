#!/usr/bin/env bash
# Deliveries as they come (SPEC.md sections 7 and 10): the Twente reference fixture in the contract's own CSV
# form, and the same data as senders deliver it. Every figure of the XML must be the same, for every period,
# public and vertrouwelijk. The forms (XLSX_FORMS, default all):
#   delivered  XLSX workbooks, own column names and labels with a [[profiel]], CBS households (convert_fixture.py)
#   ods        OpenDocument as LibreOffice writes it, hidden sheet first (office_forms.py, as the next ones)
#   titled     XLSX with a title and export date above the header, a totals row under it, a hidden lookup sheet
#   sep        CSV with Excel's sep= first line
#   utf16      Excel's "Unicode-tekst": UTF-16 LE with BOM, tab-separated
#   errors     #N/A planted in 'urgentie' of a few rows (XLSX, ODS, CSV): those rows rejected by name, the
#              figures those of the contract form with exactly those rows removed
# Then the project's reading of every generated workbook against python-calamine's (calamine_compare.py; in a
# venv .build/venv-xlsx, made when missing; without PyPI it is skipped, unless CI=true).
# Usage: check.sh PATH/TO/verdeelmonitor
set -u
BIN=${1:?usage: check.sh PATH/TO/verdeelmonitor}
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PY=${PYTHON:-python3}
FORMS=${XLSX_FORMS:-delivered ods titled sep utf16 errors}
export SOURCE_DATE_EPOCH=1767225600
export PYTHONDONTWRITEBYTECODE=1
TMP=$(mktemp -d "${TMPDIR:-/tmp}/verdeelmonitor-xlsx.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$TMP"' EXIT; else echo "keeping $TMP"; fi
fail=0

"$PY" "$HERE/../Reference/make_fixture.py" "$TMP/contract" >/dev/null || { echo "make_fixture.py failed"; exit 1; }
sides=(contract)
for form in $FORMS; do
  case $form in
    delivered) "$PY" "$HERE/convert_fixture.py" "$TMP/contract" "$TMP/delivered" || { echo "FAIL convert_fixture.py"; exit 1; }
               find "$TMP/delivered/exports" -name '*.xlsx' | grep -q . || { echo "FAIL no workbooks written"; exit 1; } ;;
    ods|titled|sep|utf16|errors) "$PY" "$HERE/office_forms.py" "$form" "$TMP/contract" "$TMP/$form" \
               || { echo "FAIL office_forms.py $form"; exit 1; } ;;
    *) echo "FAIL unknown form $form (XLSX_FORMS)"; exit 1 ;;
  esac
  sides+=("$form")
  if [ "$form" = errors ]; then mv "$TMP/errors/expected" "$TMP/expected"; sides+=(expected); fi
done

periods=$("$BIN" validate --config "$TMP/contract/regio.toml" --input "$TMP/contract/exports" 2>/dev/null \
  | sed -n 's/^levering [^ ]*_\([0-9]\{4\}-H[12]\)[^ ]*: .*/\1/p' | sort -u)
[ -n "$periods" ] || { echo "FAIL no periods found"; exit 1; }
declare -A passed failed
for p in $periods; do
  for mode in openbaar vertrouwelijk; do
    extra=(); [ "$mode" = vertrouwelijk ] && extra=(--vertrouwelijk)
    for side in "${sides[@]}"; do
      mkdir -p "$TMP/out-$side-$p-$mode"
      "$BIN" run --config "$TMP/$side/regio.toml" --input "$TMP/$side/exports" --output "$TMP/out-$side-$p-$mode" \
        --periode "$p" "${extra[@]}" >/dev/null 2>"$TMP/$side-$p-$mode.stderr"
      rc=$?
      if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then echo "FAIL $side $p $mode: exit code $rc"; head -5 "$TMP/$side-$p-$mode.stderr"; fail=1; fi
    done
    for form in $FORMS; do
      base=contract; planted=()
      if [ "$form" = errors ]; then base=expected; planted=(--planted "$TMP/errors/planted.json"); fi
      # after a form's first difference, only its verdicts (the first shows the differing figures)
      if "$PY" "$HERE/same_figures.py" --label "$form $p $mode" "${planted[@]}" \
          "$TMP/out-$base-$p-$mode/monitor-twente-$p.xml" "$TMP/out-$form-$p-$mode/monitor-twente-$p.xml" \
          > "$TMP/same-$form-$p-$mode.txt" 2>&1; then
        passed[$form]=$(( ${passed[$form]:-0} + 1 ))
        cat "$TMP/same-$form-$p-$mode.txt"
      else
        if [ -z "${failed[$form]:-}" ]; then cat "$TMP/same-$form-$p-$mode.txt"; else head -1 "$TMP/same-$form-$p-$mode.txt"; fi
        failed[$form]=$(( ${failed[$form]:-0} + 1 )); fail=1
      fi
    done
  done
done
if [[ " $FORMS " == *" delivered "* ]]; then
  if grep -q 'huishoudens bron="cbs/71486ned.csv"' "$TMP"/out-delivered-*/monitor-twente-*.xml; then
    echo "ok   the XML names the CBS households file"
  else
    echo "FAIL the XML does not name the CBS households file"; fail=1
  fi
fi
if [[ " $FORMS " == *" errors "* ]]; then
  "$BIN" validate --config "$TMP/errors/regio.toml" --input "$TMP/errors/exports" > "$TMP/errors-validate.txt" 2>&1
  "$PY" "$HERE/same_figures.py" --rejects "$TMP/errors/planted.json" "$TMP/errors-validate.txt" || fail=1
fi

# The independent reader: python-calamine in a venv under .build (made when missing).
venv=$ROOT/.build/venv-xlsx
if ! "$venv/bin/python" -c 'import python_calamine' >/dev/null 2>&1; then
  echo "xlsx-check: installing python-calamine into $venv (python3 -m venv, pip install python-calamine)"
  { [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"; } >/dev/null 2>&1 \
    && "$venv/bin/pip" install -q --retries 2 --timeout 15 python-calamine >/dev/null 2>&1
fi
books=()
for form in $FORMS; do case $form in delivered|ods|titled|errors) books+=("$TMP/$form") ;; esac; done
if ! "$venv/bin/python" -c 'import python_calamine' >/dev/null 2>&1; then
  if [ "${CI:-}" = true ]; then echo "FAIL python-calamine could not be installed (CI=true: the comparison is required)"; fail=1
  else echo "note: python-calamine could not be installed (no access to PyPI?): the comparison with calamine is skipped"; fi
elif [ ${#books[@]} -gt 0 ]; then
  "$venv/bin/python" "$HERE/calamine_compare.py" "$BIN" "${books[@]}" || fail=1
fi

for form in $FORMS; do
  echo "form $form: ${passed[$form]:-0} of $(( ${passed[$form]:-0} + ${failed[$form]:-0} )) period x openbaarheid XMLs with the same figures"
done
if [ $fail -eq 0 ]; then echo "xlsx check.sh: all checks passed"; else echo "xlsx check.sh: FAILED"; fi
exit $fail
