#!/usr/bin/env python3
"""Self-test of compare.py: it must pass the reference's own XML and catch each planted mistake.

Usage: selftest_compare.py FIXTURE_DIR      (a folder written by make_fixture.py)
Exit 0 when reference.suppress gives the expected cells on hand-made rows, the unchanged XML passes in both
modes and every mutation is reported as a failure.
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


def add_mediaan(root):
    """A median shown below onderdrukkenOnder (public output leaves it out)."""
    e = [w for w in root.iter(NS + "wachttijd") if w.get("mediaanDagen") is None and w.get("aantal") != "0"][0]
    e.set("mediaanDagen", "10.0")


def overige_hidden(root):
    """overigeKnelpunten hidden instead of counted (the count is always shown now)."""
    e = [o for o in root.iter(NS + "overigeKnelpunten")][0]
    del e.attrib["aantal"]
    e.set("onderdrukt", "true")


def unhide_secondary(root):
    """Show a cell that was hidden only as the second cell of a group (its true value is 0 or >= threshold)."""
    thr = int(root.find(NS + "normen").get("onderdrukkenOnder"))
    cfg, inp = CURRENT
    full, _, _ = reference.expected_document(cfg, inp, None, True)
    units = [root.find(NS + "regio")] + root.findall(NS + "gemeente")
    funits = [full.find(NS + "regio")] + full.findall(NS + "gemeente")
    for u, fu in zip(units, funits):
        for block in ("aanvragen", "beschikkingen", "gehuisvest"):
            for c, fc in zip(u.find(NS + block), fu.find(NS + block)):
                v = int(fc.get("aantal"))
                if c.get("onderdrukt") == "true" and not 1 <= v < thr:
                    del c.attrib["onderdrukt"]
                    c.set("aantal", str(v))
                    return
    raise AssertionError("no secondary cell in the fixture")


def add_ontbreekt(root):
    lv = root.find(NS + "leveringen")
    ET.SubElement(lv, NS + "ontbreekt", soort="verhuringen", bron="onshuis")


MUTATIONS = [unsuppress, oversuppress, bump_cell, drop_waarde, flip_signaal, index_off, drop_knelpunt,
             drop_overige, drop_voorraad, levering_vervangen, add_regel, drop_niet_herkend, datakwaliteit_off,
             status_off, swap_gemeenten, mediaan_off, child_order, wachtend_off, afwijking_off, add_mediaan,
             overige_hidden, unhide_secondary, add_ontbreekt]
CURRENT = None


# reference.suppress on hand-made rows (MZ MED MO GGZ VO JH DET SW DG), threshold 5: (cells, groups, hidden)
GEH = lambda uitg=(), region=False: reference.published_groups("gehuisvest", region, list(uitg))
SUPPRESS_CASES = [
    ([0, 3, 0, 0, 0, 0, 0, 0, 0], [], {"MED", "MZ"}),                     # only zeros left: first zero
    ([5, 3, 6, 5, 0, 0, 0, 0, 0], [], {"MED", "MZ"}),                     # tie on the smallest: first
    ([2, 5, 0, 0, 0, 0, 0, 0, 0], GEH(), {"MZ"}),                         # MZ is known: protects nothing
    ([2, 5, 0, 0, 0, 0, 0, 0, 0], [], {"MZ", "MED"}),                     # the same row outside gehuisvest
    ([1, 2, 6, 5, 0, 0, 0, 0, 0], GEH(), {"MZ", "MED", "GGZ"}),           # MZ known, MED alone: hide GGZ
    ([1, 2, 6, 5, 0, 0, 0, 0, 0], GEH(region=True), {"MZ", "MED", "GGZ"}),
    ([0, 1, 0, 0, 1, 0, 0, 0, 5], GEH(["VO"]), {"MED", "VO", "DG"}),      # E = {VO} is known
    ([0, 2, 0, 7, 1, 0, 0, 0, 6], GEH(["VO", "DG"]), {"MED", "GGZ", "VO", "DG"}),  # E and the rest
    ([0, 2, 0, 7, 1, 0, 0, 0, 6], GEH(["VO", "DG"], region=True), {"MED", "VO"}),  # region: no E groups
    ([3, 0, 0, 0, 0, 0, 0, 0, 0], GEH(), {"MZ"}),
    ([0, 0, 0, 0, 0, 0, 0, 0, 0], GEH(["VO"]), set()),
]


def check_suppress():
    bad = 0
    for cells, groups, want in SUPPRESS_CASES:
        got = {reference.S[i] for i in reference.suppress(cells, 5, groups)}
        if got != want:
            print(f"suppress({cells}, {groups}) = {sorted(got)}, expected {sorted(want)}  WRONG")
            bad += 1
    print(f"{'reference.suppress cases':32} {len(SUPPRESS_CASES) - bad} of {len(SUPPRESS_CASES)} as expected")
    return bad


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
    global CURRENT
    CURRENT = (cfg, inp)
    bad = check_suppress()
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
