#!/usr/bin/env python3
"""Compares two monitor XMLs figure by figure: every element and attribute must be equal, except what names
the files themselves (levering@sha256, the huishoudens source element). Prints the first differences.
Usage: same_figures.py CONTRACT.xml DELIVERED.xml
"""
import sys
import xml.etree.ElementTree as ET


def canonical(path):
    root = ET.parse(path).getroot()
    lines = []

    def walk(element, depth):
        tag = element.tag.split("}")[-1]
        if tag == "huishoudens" and depth == 1:
            return
        attributes = {k: v for k, v in element.attrib.items() if not (tag == "levering" and k == "sha256")}
        lines.append("  " * depth + tag + " " + " ".join(f"{k}={v}" for k, v in sorted(attributes.items())))
        for child in element:
            walk(child, depth + 1)

    walk(root, 0)
    return lines


def main():
    a, b = canonical(sys.argv[1]), canonical(sys.argv[2])
    if a == b:
        print(f"ok   same figures: {sys.argv[2]} ({len(a)} elements)")
        return 0
    print(f"FAIL figures differ: {sys.argv[1]} vs {sys.argv[2]}")
    shown = 0
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            print(f"  contract:  {x.strip()}\n  delivered: {y.strip()}")
            shown += 1
            if shown >= 10:
                break
    if len(a) != len(b):
        print(f"  {len(a)} vs {len(b)} elements")
    return 1


if __name__ == "__main__":
    sys.exit(main())
