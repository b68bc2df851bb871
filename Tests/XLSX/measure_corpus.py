#!/usr/bin/env python3
"""Measures `verdeelmonitor inspect` on a folder of other people's workbooks (e.g. the test files of the
calamine project, tests/ of github tafia/calamine, fetched outside the repository: no corpus file is
committed) against python-calamine: whether inspect ever crashes or hangs, and per .xlsx/.xlsm/.ods whether
the worksheet names and the record count agree. The names are no delivery names, so inspect reads the first
visible worksheet and takes its first non-empty row as the header; the records are the non-empty rows after it.

Usage: measure_corpus.py PATH/TO/verdeelmonitor FOLDER [--timeout SECONDS]   (run with the venv's python,
       .build/venv-xlsx/bin/python, which make xlsx-check makes)
Prints one line per file (agree / differs / refused, with a reason) and a summary; exit status 1 when
inspect crashed or hung on any file.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calamine_view as cv  # noqa: E402


def measure(binary, path, timeout):
    outcome, lines = cv.inspect(binary, path, timeout=timeout)
    got = cv.parsed(lines)
    if outcome in ("crash", "hang"):
        return outcome, f"inspect {outcome}"
    try:
        want = cv.view(path)
    except Exception as error:
        message = f"{type(error).__name__}: {str(error)[:80]}"
        if got["refused"] or outcome != "ok":
            return "both refuse", f"calamine {message}; inspect: {(got['refused'] or outcome)[:100]}"
        return "calamine refuses", f"calamine {message}; inspect read {got['records']} records"
    if got["refused"] or outcome != "ok":
        return "inspect refuses", (got["refused"] or outcome)[:140]
    reasons = []
    if got["worksheets"] != want["worksheets"]:
        reasons.append(f"worksheets: inspect {got['worksheets']}, calamine {want['worksheets']}")
    if got["sheet"] != want["sheet"]:
        reasons.append(f"sheet read: inspect '{got['sheet']}', calamine's first visible '{want['sheet']}'")
    if got["records"] != want["records"]:
        hint = []
        errors = cv.error_cells(path)
        if errors:
            hint.append(f"{errors} error cells in the file (calamine reads them as empty)")
        if got["header_line"] != want["header_line"]:
            hint.append(f"header row: inspect {got['header_line']}, calamine {want['header_line']}")
        if want["totals"]:
            hint.append(f"{want['totals']} total rows")
        reasons.append(f"records: inspect {got['records']}, calamine {want['records']}"
                       + (f" ({'; '.join(hint)})" if hint else ""))
    return ("agree" if not reasons else "differs"), "; ".join(reasons)


def main():
    args = sys.argv[1:]
    timeout = 30
    if "--timeout" in args:
        i = args.index("--timeout")
        timeout = float(args[i + 1])
        del args[i:i + 2]
    binary, folder = args
    files = sorted(os.path.join(root, fn) for root, _, names in os.walk(folder) for fn in names
                   if fn.lower().endswith((".xlsx", ".xlsm", ".ods")))
    tally = {}
    for path in files:
        verdict, reason = measure(binary, path, timeout)
        tally.setdefault(verdict, []).append(os.path.relpath(path, folder))
        print(f"{verdict:16} {os.path.relpath(path, folder)}" + (f"  -- {reason}" if reason else ""))
    print()
    print(f"{len(files)} workbooks ({sum(p.lower().endswith('.ods') for p in files)} .ods)")
    for verdict in ("agree", "differs", "inspect refuses", "calamine refuses", "both refuse", "crash", "hang"):
        print(f"  {verdict:16} {len(tally.get(verdict, []))}")
    both = len(tally.get("agree", [])) + len(tally.get("differs", []))
    print(f"of the {both} workbooks both read: worksheets and record count agree in {len(tally.get('agree', []))}")
    return 1 if tally.get("crash") or tally.get("hang") else 0


if __name__ == "__main__":
    sys.exit(main())
