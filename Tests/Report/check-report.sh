#!/usr/bin/env bash
# Full real-browser check of one generated report: install what is missing, validate the HTML
# (Nu Html Checker), then the Chromium checks (PDF pages, overflow, network, axe, lang/h1).
# Usage: Tests/Report/check-report.sh REPORT_HTML OUT_DIR [check_report.py options, e.g. --max-pages 30]
# Exit: 0 all passed, 1 a check failed, 2 usage or install problem.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="${REPORT_VENV:-$ROOT/.build/report-venv}"

if [ $# -lt 2 ]; then
    echo "usage: $0 REPORT_HTML OUT_DIR [--max-pages N] [--page-margin-mm MM]" >&2; exit 2
fi
html="$1"; out="$2"; shift 2
if [ ! -f "$html" ]; then echo "check-report.sh: no such file: $html" >&2; exit 2; fi
mkdir -p "$out"

bash "$HERE/install.sh" || { echo "check-report.sh: install.sh failed" >&2; exit 2; }

echo "== HTML validation (vnu)"
if bash "$HERE/validate_html.sh" "$html"; then valid=pass; else valid=fail; fi

echo "== Browser checks (Chromium)"
"$VENV/bin/python" "$HERE/check_report.py" "$html" "$out" --prior-result "html-validation=$valid" "$@"
rc=$?
if [ "$rc" -eq 0 ] && [ "$valid" = pass ]; then exit 0; fi
[ "$rc" -eq 2 ] && exit 2
exit 1
