#!/usr/bin/env python3
"""Self-test of compare.py: it must pass the reference's own XML and catch each planted mistake.

Usage: selftest_compare.py FIXTURE_DIR      (a folder written by make_fixture.py)
Exit 0 when the unchanged XML passes in both modes and every mutation is reported as a failure.
"""
import contextlib
import io
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402
import reference  # noqa: E402

NS = "{" + reference.NSURI + "}"


def q(root, path):
    return root.find(path.replace("x:", NS))


def gem(root, code):
    return [g for g in root.findall(NS + "gemeente") if g.get("code") == code][0]


def first_suppressed(root):
    return [c for c in root.iter(NS + "categorie") if c.get("onderdrukt") == "true"][0]


def first_shown_nonzero(root):
    return [c for c in root.iter(NS + "categorie") if c.get("aantal") not in (None, "0")][0]


def unsuppress(root):
    c = first_suppressed(root)
    del c.attrib["onderdrukt"]
    c.set("aantal", "1")


def oversuppress(root):
    c = first_shown_nonzero(root)
    del c.attrib["aantal"]
    c.set("onderdrukt", "true")


def bump_cell(root):
    c = first_shown_nonzero(root)
    c.set("aantal", str(int(c.get("aantal")) + 1))


def drop_waarde(root):
    e = [t for t in root.iter(NS + "toewijzingspercentage") if t.get("waarde")][0]
    del e.attrib["waarde"]


def flip_signaal(root):
    e = [t for t in root.iter(NS + "toewijzingspercentage") if t.get("signaal") == "binnen"][0]
    e.set("signaal", "boven-signaalwaarde")


def index_off(root):
    e = [v for v in root.iter(NS + "verdeling") if v.get("index")][0]
    x = float(e.get("index"))
    e.set("index", f"{x + 0.01:.2f}")


def drop_knelpunt(root):
    p = [p for p in root.iter(NS + "passend") if p.find(NS + "knelpunt") is not None][0]
    p.remove(p.find(NS + "knelpunt"))


def drop_overige(root):
    p = [p for p in root.iter(NS + "passend") if p.find(NS + "overigeKnelpunten") is not None][0]
    p.remove(p.find(NS + "overigeKnelpunten"))


def drop_voorraad(root):
    g = [g for g in root.findall(NS + "gemeente") if g.find(NS + "voorraad") is not None][0]
    g.remove(g.find(NS + "voorraad"))


def levering_vervangen(root):
    e = [d for d in root.iter(NS + "levering") if d.get("vervangen") != "0"][0]
    e.set("vervangen", str(int(e.get("vervangen")) - 1))
    e.set("gebruikt", str(int(e.get("gebruikt")) + 1))


def add_regel(root):
    nk = root.find(NS + "noodknop")
    ET.SubElement(nk, NS + "regel", code="regio-onder-minimum")


def drop_niet_herkend(root):
    lv = root.find(NS + "leveringen")
    lv.remove(lv.find(NS + "nietHerkend"))


def datakwaliteit_off(root):
    c = root.find(NS + "datakwaliteit").find(NS + "corporatie")
    c.set("urgentZonderHerkomst", str(int(c.get("urgentZonderHerkomst")) + 1))


def status_off(root):
    root.set("status", "definitief" if root.get("status") == "concept" else "concept")


def swap_gemeenten(root):
    gs = root.findall(NS + "gemeente")
    i, j = list(root).index(gs[0]), list(root).index(gs[1])
    root[i], root[j] = root[j], root[i]


def mediaan_off(root):
    e = [w for w in root.iter(NS + "wachttijd") if w.get("mediaanDagen")][0]
    e.set("mediaanDagen", f"{float(e.get('mediaanDagen')) + 0.5:.1f}")


def child_order(root):
    g = root.findall(NS + "gemeente")[0]
    m = g.find(NS + "mutaties")
    g.remove(m)
    g.append(m)


def wachtend_off(root):
    e = root.find(NS + "regio").find(NS + "wachtend")
    e.set("aantal", str(int(e.get("aantal")) + 1))


def afwijking_off(root):
    e = root.find(NS + "regio").find(NS + "verdeling")
    e.set("afwijking", f"{float(e.get('afwijking')) + 0.01:.2f}")


MUTATIONS = [unsuppress, oversuppress, bump_cell, drop_waarde, flip_signaal, index_off, drop_knelpunt,
             drop_overige, drop_voorraad, levering_vervangen, add_regel, drop_niet_herkend, datakwaliteit_off,
             status_off, swap_gemeenten, mediaan_off, child_order, wachtend_off, afwijking_off]


def run_compare(cfg, inp, root, extra):
    with tempfile.NamedTemporaryFile("wb", suffix=".xml", delete=False) as f:
        ET.ElementTree(root).write(f, encoding="utf-8", xml_declaration=True)
        path = f.name
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            rc = compare.main([cfg, inp, path] + extra)
    finally:
        os.unlink(path)
    return rc, buf.getvalue().strip().splitlines()[-1]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    fx = sys.argv[1]
    cfg, inp = os.path.join(fx, "regio.toml"), os.path.join(fx, "exports")
    bad = 0
    for extra in ([], ["--vertrouwelijk"]):
        root, _, _ = reference.expected_document(cfg, inp, None, bool(extra))
        rc, last = run_compare(cfg, inp, root, extra)
        print(f"{'unchanged ' + (extra[0] if extra else 'openbaar'):32} rc={rc}  {last}")
        bad += rc != 0
    for mut in MUTATIONS:
        root, _, _ = reference.expected_document(cfg, inp, None, False)
        mut(root)
        rc, last = run_compare(cfg, inp, root, [])
        ok = rc == 1 and not last.endswith(" 0 failed")
        print(f"{mut.__name__:32} rc={rc}  {last}  {'caught' if ok else 'NOT CAUGHT'}")
        bad += not ok
    print("selftest: " + ("OK" if not bad else f"{bad} problem(s)"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
