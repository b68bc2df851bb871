#!/usr/bin/env python3
"""Compares two monitor XMLs figure by figure: every element and attribute must be equal, except what names
the files themselves (levering@sha256, the huishoudens source element). Prints the first differences.

Usage: same_figures.py [--label TEXT] [--planted PLANTED.json] CONTRACT.xml DELIVERED.xml
       same_figures.py --rejects PLANTED.json VALIDATE_OUTPUT.txt

--planted (the errors form of office_forms.py): CONTRACT.xml is the contract form with the planted rows
removed; in DELIVERED.xml those rows are rejected, so each planted delivery's levering has exactly `rows`
more regels and more afgewezen than without them, and every other figure is the same.
--rejects: the output of `verdeelmonitor validate` names every planted row as rejected (`afgewezen:
FILE:LINE: reason`, the reason naming the column and the error value as an Excel-fout, SPEC 10), and no row whose error value lies in
a column the monitor does not read.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET


def canonical(path, planted=()):
    root = ET.parse(path).getroot()
    lines = []
    extra = {(d["soort"], d["bron"], d["periode"], d["versie"]): d["rows"] for d in planted}
    found = set()

    def walk(element, depth):
        tag = element.tag.split("}")[-1]
        if tag == "huishoudens" and depth == 1:
            return
        attributes = {k: v for k, v in element.attrib.items() if not (tag == "levering" and k == "sha256")}
        if tag == "levering":
            key = tuple(attributes.get(k) for k in ("soort", "bron", "periode", "versie"))
            if key in extra:
                found.add(key)
                for k in ("regels", "afgewezen"):
                    attributes[k] = str(int(attributes[k]) + extra[key])
        lines.append("  " * depth + tag + " " + " ".join(f"{k}={v}" for k, v in sorted(attributes.items())))
        for child in element:
            walk(child, depth + 1)

    walk(root, 0)
    missing = sorted(set(extra) - found)
    return lines, missing


def same(a_path, b_path, label, planted):
    for path in (a_path, b_path):
        if not os.path.exists(path):
            print(f"FAIL {label}: no {path} (the run published nothing)")
            return 1
    (a, missing), (b, _) = canonical(a_path, planted), canonical(b_path)
    if missing:
        print(f"FAIL {label}: the contract form lacks the planted deliveries {missing}")
        return 1
    if a == b:
        print(f"ok   {label}: same figures ({len(a)} elements)")
        return 0
    print(f"FAIL {label}: figures differ: {a_path} vs {b_path}")
    shown = 0
    for x, y in zip(a, b):
        if x != y:
            print(f"  contract:  {x.strip()}\n  delivered: {y.strip()}")
            shown += 1
            if shown >= 10:
                break
    if len(a) != len(b):
        print(f"  {len(a)} vs {len(b)} elements")
    return 1


def rejects(planted_path, output_path):
    planted = json.load(open(planted_path, encoding="utf-8"))
    reasons = {}
    for line in open(output_path, encoding="utf-8", errors="replace"):
        m = re.match(r"^afgewezen: (.+?):(\d+): (.*)$", line.rstrip("\n"))
        if m:
            reasons[(m.group(1), int(m.group(2)))] = m.group(3)
    fail = 0
    for row in planted["rejected"]:
        where = f"{row['bestand']}:{row['regel']}"
        reason = reasons.get((row["bestand"], row["regel"]))
        if reason is None:
            print(f"FAIL {where} ({row['fout']} in '{row['kolom']}') is not rejected")
            fail = 1
        elif f"'{row['kolom']}'" not in reason or row["fout"] not in reason or "Excel-fout" not in reason:
            print(f"FAIL {where}: the reason does not name '{row['kolom']}' and {row['fout']} as an Excel-fout: {reason}")
            fail = 1
    for row in planted["ignored"]:
        reason = reasons.get((row["bestand"], row["regel"]))
        if reason is not None:
            print(f"FAIL {row['bestand']}:{row['regel']} ({row['fout']} in '{row['kolom']}', a column the monitor "
                  f"does not read) is rejected: {reason}")
            fail = 1
    if not fail:
        print(f"ok   {len(planted['rejected'])} rows with an error value in a read column rejected by name "
              f"(column and error), {len(planted['ignored'])} with one in an unread column kept")
    return fail


def main(argv):
    if argv[:1] == ["--rejects"]:
        return rejects(argv[1], argv[2])
    label, planted = None, ()
    while argv and argv[0].startswith("--"):
        if argv[0] == "--label":
            label = argv[1]
        elif argv[0] == "--planted":
            planted = json.load(open(argv[1], encoding="utf-8"))["deliveries"]
        else:
            print(f"same_figures.py: unknown option {argv[0]}", file=sys.stderr)
            return 2
        argv = argv[2:]
    return same(argv[0], argv[1], label or argv[1], planted)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
