#!/usr/bin/env python3
"""The project's reading of the generated workbooks against an independent reader's (python-calamine): for
every .xlsx and .ods under FIXTURE/exports, the worksheets, the sheet chosen, the header row and its names,
the record count and the values of the code columns with their counts must be what `verdeelmonitor inspect`
reports (with the fixture's regio.toml, so a sender's profile applies). See calamine_view.py for what
"should read" means; rows planted with an error value (FIXTURE/planted.json) are left out of the value
counts, as calamine reads an error cell as empty.

Usage: calamine_compare.py PATH/TO/verdeelmonitor FIXTURE_DIR...     (run with the venv's python)
"""
import json
import os
import re
import sys
import tomllib

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calamine_view as cv  # noqa: E402

NAME = re.compile(r"^(verhuringen|urgentie|voorraad|zoekers)_(.+)_(\d{4}-H[12])(?:_v\d+)?\.(xlsx|ods)$", re.IGNORECASE)


def profiles(config_path):
    config = tomllib.load(open(config_path, "rb"))
    named = {p["naam"]: p.get("kolommen", {}) for p in config.get("profiel", [])}
    out = {}
    for kind in ("corporatie", "gemeente"):
        for member in config.get(kind, []):
            if member.get("profiel") in named:
                out[member["code"].casefold()] = named[member["profiel"]]
    return out


def bron_key(bron):
    m = re.match(r"^(?:gm)?(\d{1,4})$", bron, re.IGNORECASE)
    return ("GM%04d" % int(m.group(1))).casefold() if m else bron.casefold()


def differences(outcome, got, want):
    """What inspect reports differently from calamine's reading."""
    if outcome != "ok" or got["refused"]:
        return [f"inspect: {outcome} {got['refused'] or ''}".strip()]
    diffs = []
    for field in ("worksheets", "hidden", "sheet", "header_line", "records"):
        if got[field] != want[field]:
            diffs.append(f"{field}: inspect {got[field]!r}, calamine {want[field]!r}")
    header = [cv.shown(h) for h in want["header"]]
    if got["header"] != header:
        diffs.append(f"header: inspect {got['header']}, calamine {header}")
    for column, counts in want["values"].items():
        listed = got["values"].get(column)
        if listed is None:
            continue  # inspect lists at most 40 values, or did not find the column (the header differs)
        listed = {v: n for v, n in listed.items() if v.strip() not in cv.ERRORS}
        if listed != counts:
            diffs.append(f"values of {column}: inspect {sorted(listed.items())}, calamine {sorted(counts.items())}")
    return diffs


def compare(binary, fixture):
    config = os.path.join(fixture, "regio.toml")
    by_bron = profiles(config)
    planted = {}
    if os.path.exists(os.path.join(fixture, "planted.json")):
        for row in json.load(open(os.path.join(fixture, "planted.json")))["rejected"]:
            planted.setdefault(row["bestand"], set()).add((row["regel"], row["kolom"]))
    exports = os.path.join(fixture, "exports")
    checked, failures = 0, []
    for root, dirs, names in os.walk(exports):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fn in sorted(names):
            m = NAME.match(fn)
            if not m:
                continue
            path = os.path.join(root, fn)
            rel = os.path.relpath(path, exports)
            soort = m.group(1).lower()
            outcome, lines = cv.inspect(binary, path, config)
            got = cv.parsed(lines)
            diffs = []
            try:
                want = cv.view(path, soort, by_bron.get(bron_key(m.group(2))), planted.get(rel, ()))
            except Exception as error:  # calamine refuses it: inspect must refuse it too
                if outcome != "ok" or not got["refused"]:
                    diffs.append(f"calamine cannot read it ({type(error).__name__}: {error}), inspect: {outcome}, "
                                 f"{got['refused'] or 'read it'}")
            else:
                diffs += differences(outcome, got, want)
            checked += 1
            if diffs:
                failures.append((os.path.join(os.path.basename(fixture), rel), diffs))
    return checked, failures


def main():
    binary, fixtures = sys.argv[1], sys.argv[2:]
    fail = 0
    for fixture in fixtures:
        checked, failures = compare(binary, fixture)
        name = os.path.basename(fixture.rstrip("/"))
        if not checked:
            print(f"FAIL calamine {name}: no workbooks to compare")
            fail = 1
        elif failures:
            print(f"FAIL calamine {name}: {len(failures)} of {checked} workbooks read differently from python-calamine")
            for where, diffs in failures[:5]:
                print(f"  {where}: " + "; ".join(diffs)[:600])
            fail = 1
        else:
            print(f"ok   calamine {name}: {checked} workbooks read alike (sheet, header, records, code values)")
    return fail


if __name__ == "__main__":
    sys.exit(main())
