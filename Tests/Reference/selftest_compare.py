#!/usr/bin/env python3
"""Self-test of compare.py: it must pass the reference's own XML and catch each planted mistake.

Usage: selftest_compare.py FIXTURE_DIR      (a folder written by make_fixture.py)
Exit 0 when reference.determined gives the expected cells on hand-made tables, the unchanged XML passes in both
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

_expected = reference.expected_document
_memo = {}


def _cached_expected(cfg_path, input_dir, periode=None, vertrouwelijk=False, model=None):
    """The reference's XML is computed once per (period, mode) and handed out as a copy: the mutations change
    their copy, compare.py gets a fresh one. The fixture folder does not change during the self-test."""
    import copy
    key = (cfg_path, input_dir, periode, vertrouwelijk)
    if key not in _memo:
        _memo[key] = _expected(cfg_path, input_dir, periode, vertrouwelijk, model)
    root, m, figs = _memo[key]
    return copy.deepcopy(root), m, figs


reference.expected_document = _cached_expected


def q(root, path):
    return root.find(path.replace("x:", NS))


def gem(root, code):
    return [g for g in root.findall(NS + "gemeente") if g.get("code") == code][0]


def first_shown_nonzero(root):
    return [c for c in root.iter(NS + "categorie") if c.get("aantal") not in (None, "0")][0]


def truth_units(root):
    """(XML units, vertrouwelijk units) pairs, municipalities in order then the region (the table order)."""
    cfg, inp = CURRENT
    full, _, _ = reference.expected_document(cfg, inp, None, True)
    units = root.findall(NS + "gemeente") + [root.find(NS + "regio")]
    funits = full.findall(NS + "gemeente") + [full.find(NS + "regio")]
    return units, funits


def show_small(root):
    """A primary cell (true value 1..thr-1) shown with its true value."""
    thr = int(root.find(NS + "normen").get("onderdrukkenOnder"))
    units, funits = truth_units(root)
    for u, fu in zip(units, funits):
        for block in ("aanvragen", "beschikkingen", "gehuisvest"):
            for c, fc in zip(u.find(NS + block), fu.find(NS + block)):
                if c.get("onderdrukt") == "true" and 1 <= int(fc.get("aantal")) < thr:
                    del c.attrib["onderdrukt"]
                    c.set("aantal", fc.get("aantal"))
                    return
    raise AssertionError("no small cell in the fixture")


def hidden_with_aantal(root):
    """A hidden cell that still carries its aantal."""
    units, funits = truth_units(root)
    c, fc = [(c, fc) for u, fu in zip(units, funits) for c, fc in zip(u.iter(NS + "categorie"), fu.iter(NS + "categorie"))
             if c.get("onderdrukt") == "true"][0]
    c.set("aantal", fc.get("aantal"))


def show_secondary_via_column(root):
    """Show a secondary cell (true value 0 or >= thr, with its true value) whose showing makes a hidden cell
    of ANOTHER unit in the same column recomputable: only the table-wide audit can catch this."""
    thr = int(root.find(NS + "normen").get("onderdrukkenOnder"))
    cfg, inp = CURRENT
    uitg = [g["uitgezonderd"] for g in reference.Config(cfg).gemeenten]
    units, funits = truth_units(root)
    for block in ("aanvragen", "beschikkingen", "gehuisvest"):
        cells = {(u, i): (c, fc) for u in range(len(units))
                 for i, (c, fc) in enumerate(zip(units[u].find(NS + block), funits[u].find(NS + block)))}
        hidden = {k for k, (c, _) in cells.items() if c.get("onderdrukt") == "true"}
        assert not reference.exposed_cells(uitg, block, hidden)
        for k in sorted(hidden):
            c, fc = cells[k]
            if 1 <= int(fc.get("aantal")) < thr:
                continue
            exposed = reference.exposed_cells(uitg, block, hidden - {k})
            if any(e[0] != k[0] and e[1] == k[1] for e in exposed):
                del c.attrib["onderdrukt"]
                c.set("aantal", fc.get("aantal"))
                return
    raise AssertionError("no secondary cell protecting through a column in the fixture")


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


def passend_units(root):
    """(XML passend, vertrouwelijk passend) per unit, municipalities in order then the region."""
    units, funits = truth_units(root)
    return [(u.find(NS + "passend"), fu.find(NS + "passend")) for u, fu in zip(units, funits)]


def show_class(p, fp, name):
    names = p.get("onderdrukt").split()
    names.remove(name)
    if names:
        p.set("onderdrukt", " ".join(names))
    else:
        del p.attrib["onderdrukt"]
    p.set(name, fp.get(name))


def show_small_class(root):
    """A passend class of 1..thr-1 shown with its true value (taken out of @onderdrukt)."""
    thr = int(root.find(NS + "normen").get("onderdrukkenOnder"))
    for p, fp in passend_units(root):
        for name in (p.get("onderdrukt") or "").split():
            if 1 <= int(fp.get(name)) < thr:
                return show_class(p, fp, name)
    raise AssertionError("no small passend class in the fixture")


def class_off(root):
    p = [p for p, _ in passend_units(root) if p.get("herkomst") not in (None, "0")][0]
    p.set("herkomst", str(int(p.get("herkomst")) + 1))


def aandeel_with_hidden_class(root):
    """@aandeelPassend written (with its true value) although a class it is computed from is hidden."""
    for p, fp in passend_units(root):
        names = (p.get("onderdrukt") or "").split()
        if fp.get("aandeelPassend") and set(names) - {"onbekend"}:
            p.set("aandeelPassend", fp.get("aandeelPassend"))
            return
    raise AssertionError("no unit with a hidden share class in the fixture")


def show_mantelzorg_beside_hidden_mz(root):
    """passend@mantelzorg shown while the gehuisvest MZ cell stays hidden: MZ is then known (it equals
    mantelzorg). Prefers a mantelzorg that is not small, so that only the exact audit can catch it."""
    thr = int(root.find(NS + "normen").get("onderdrukkenOnder"))
    units, funits = truth_units(root)
    found = []
    for u, (p, fp) in zip(units, passend_units(root)):
        mz = u.find(NS + "gehuisvest").find(NS + "categorie")
        if mz.get("onderdrukt") == "true" and "mantelzorg" in (p.get("onderdrukt") or "").split():
            found.append((1 <= int(fp.get("mantelzorg")) < thr, p, fp))
    if not found:
        raise AssertionError("no unit with MZ and mantelzorg hidden in the fixture")
    _, p, fp = sorted(found, key=lambda x: x[0])[0]
    show_class(p, fp, "mantelzorg")


def unhide_secondary_class(root):
    """Show a passend class hidden only as a partner (true value 0 or >= thr) whose showing makes another
    hidden cell of the gehuisvest table recomputable."""
    thr = int(root.find(NS + "normen").get("onderdrukkenOnder"))
    cfg, inp = CURRENT
    uitg = [g["uitgezonderd"] for g in reference.Config(cfg).gemeenten]
    units, _ = truth_units(root)
    pu = passend_units(root)
    hidden = {(u, i) for u in range(len(units)) for i, c in enumerate(units[u].find(NS + "gehuisvest"))
              if c.get("onderdrukt") == "true"}
    hidden |= {(u, len(reference.S) + reference.PASSEND.index(x)) for u, (p, _) in enumerate(pu)
               for x in (p.get("onderdrukt") or "").split()}
    assert not reference.exposed_cells(uitg, "gehuisvest", hidden)
    for (u, i) in sorted(hidden):
        if i < len(reference.S):
            continue
        p, fp = pu[u]
        name = reference.PASSEND[i - len(reference.S)]
        if 1 <= int(fp.get(name)) < thr:
            continue
        if reference.exposed_cells(uitg, "gehuisvest", hidden - {(u, i)}):
            return show_class(p, fp, name)
    raise AssertionError("no secondary passend class in the fixture")


def overige_beside_hidden_elders(root):
    """overigeKnelpunten written where elders is hidden: listed + overige would give elders back."""
    for p, fp in passend_units(root):
        if "elders" in (p.get("onderdrukt") or "").split() and p.find(NS + "overigeKnelpunten") is None:
            ET.SubElement(p, NS + "overigeKnelpunten", aantal=fp.get("elders"))
            return
    raise AssertionError("no unit with elders hidden in the fixture")


def add_ontbreekt(root):
    lv = root.find(NS + "leveringen")
    ET.SubElement(lv, NS + "ontbreekt", soort="verhuringen", bron="onshuis")


# ---------------------------------------------------------------- SPEC section 9

def _set(e, attr, delta):
    v = e.get(attr)
    e.set(attr, f"{float(v) + delta:.2f}" if "." in v else str(int(v) + delta))


def tekort_off(root):
    e = [c for c in root.iter(NS + "capaciteit") if c.get("tekort") != "0.00"][0]
    _set(e, "tekort", 1)


def tekort_not_clamped(root):
    """tekort written as vraag - bijMinimum where the minimum suffices (negative)."""
    e = [c for c in root.iter(NS + "capaciteit") if c.get("tekort") == "0.00"
         and int(c.get("vraag")) < float(c.get("bijMinimum"))][0]
    e.set("tekort", f"{int(e.get('vraag')) - float(e.get('bijMinimum')):.2f}")


def regio_tekort_summed(root):
    """The region's tekort as the sum of the municipalities' tekorten instead of from its own totals."""
    total = sum(float(g.find(NS + "capaciteit").get("tekort")) for g in root.findall(NS + "gemeente"))
    e = root.find(NS + "regio").find(NS + "capaciteit")
    assert f"{total:.2f}" != e.get("tekort"), "fixture: the region's tekort equals the sum in this period"
    e.set("tekort", f"{total:.2f}")


def drop_nodig(root):
    e = [c for c in root.iter(NS + "capaciteit") if c.get("nodigPercentage")][0]
    del e.attrib["nodigPercentage"]


def nodig_without_mutaties(root):
    g = [g for g in root.findall(NS + "gemeente") if g.find(NS + "mutaties").get("aantal") == "0"][0]
    g.find(NS + "capaciteit").set("nodigPercentage", "0.00")


def slaagkans_where_none(root):
    """Zeros written for a period without any zoekers delivery (slaagkans must then be absent)."""
    assert root.find(NS + "regio").find(NS + "slaagkans") is None
    for u in [root.find(NS + "regio")] + root.findall(NS + "gemeente"):
        ET.SubElement(u, NS + "slaagkans", actief="0", geslaagd="0")


def slaagkans_percentage_actief0(root):
    e = [z for z in root.iter(NS + "slaagkans") if z.get("actief") == "0"][0]
    e.set("percentage", "0.00")


def slaagkans_missing_zeros(root):
    """A municipality without zoekers rows left out instead of 0 and 0."""
    g = [g for g in root.findall(NS + "gemeente")
         if g.find(NS + "slaagkans") is not None and g.find(NS + "slaagkans").get("actief") == "0"][0]
    g.remove(g.find(NS + "slaagkans"))


def slaagkans_v1_summed(root):
    """The superseded v1 of zoekers_domijn_2026-H1 counted as well (Enschede: 120 actief, 20 geslaagd)."""
    e = gem(root, "GM0153").find(NS + "slaagkans")
    _set(e, "actief", 120)
    _set(e, "geslaagd", 20)
    e.set("percentage", f"{100 * int(e.get('geslaagd')) / int(e.get('actief')):.2f}")


def regulier_over_mutaties(root):
    """aandeel over mutaties (noemer) instead of over every letting."""
    g = [g for g in root.findall(NS + "gemeente")
         if g.find(NS + "regulier").get("aandeel") and g.find(NS + "mutaties").get("aantal") != "0"][0]
    r = g.find(NS + "regulier")
    r.set("aandeel", f"{100 * int(r.get('aantal')) / int(g.find(NS + 'mutaties').get('aantal')):.2f}")


def section9_order(root):
    g = root.findall(NS + "gemeente")[0]
    c = g.find(NS + "capaciteit")
    g.remove(c)
    g.insert(list(g).index(g.find(NS + "regulier")), c)


def spreiding_eind_off(root):
    _set(root.find(NS + "evaluatie").find(NS + "regio"), "spreidingEind", 0.01)


def ingroeipad_flip(root):
    e = root.find(NS + "evaluatie").find(NS + "regio")
    e.set("ingroeipadB", "verder" if e.get("ingroeipadB") == "dichterbij" else "dichterbij")


def evaluatie_index_off(root):
    e = [g for g in root.find(NS + "evaluatie").findall(NS + "gemeente") if g.get("index")][2]
    _set(e, "index", 0.01)


def evaluatie_all_periods(root):
    """W taken as every period in the data (7) instead of the last six."""
    e = root.find(NS + "evaluatie")
    e.set("van", "2023-H1")
    e.set("perioden", "7")


def evaluatie_predecessor_voorraad_lost(root):
    """The voorraad row for GM0152 (2024-H1) not counted for Dinkelland."""
    e = [g for g in root.find(NS + "evaluatie").findall(NS + "gemeente") if g.get("code") == "GM1774"][0]
    _set(e, "voorraadNetto", -6)


def evaluatie_misplaced(root):
    e = root.find(NS + "evaluatie")
    root.remove(e)
    root.insert(list(root).index(root.find(NS + "leveringen")), e)


def merger_row_twice(root):
    """DIN-2023-701 (sent under GM0152 in 2023-H1 and 2023-H2, under GM1774 in 2024-H1) counted as two records:
    one more beschikking and one more wachtend for Dinkelland in 2023-H2, and the GM0152 row counted as used."""
    g = gem(root, "GM1774")
    for u in (g, root.find(NS + "regio")):
        _set(u.find(NS + "beschikkingen"), "totaal", 1)
        _set(u.find(NS + "wachtend"), "aantal", 1)
        _set(u.find(NS + "capaciteit"), "vraag", 1)
    e = [d for d in root.iter(NS + "levering") if d.get("bron") == "GM0152" and d.get("periode") == "2023-H2"
         and d.get("soort") == "urgentie"][0]
    _set(e, "vervangen", -1)
    _set(e, "gebruikt", 1)


def zoekers_reject_used(root):
    e = [d for d in root.iter(NS + "levering") if d.get("soort") == "zoekers" and d.get("afgewezen") != "0"][0]
    _set(e, "afgewezen", -1)
    _set(e, "gebruikt", 1)


MUTATIONS = [show_small, hidden_with_aantal, show_secondary_via_column, bump_cell, drop_waarde, flip_signaal, index_off, drop_knelpunt,
             drop_overige, drop_voorraad, levering_vervangen, add_regel, drop_niet_herkend, datakwaliteit_off,
             status_off, swap_gemeenten, mediaan_off, child_order, wachtend_off, afwijking_off, add_mediaan,
             overige_hidden, add_ontbreekt, show_small_class, class_off, aandeel_with_hidden_class,
             show_mantelzorg_beside_hidden_mz, unhide_secondary_class, overige_beside_hidden_elders,
             # SPEC section 9; (mutation, periode) runs on the XML of that period
             tekort_off, (tekort_not_clamped, "2023-H2"), (regio_tekort_summed, "2023-H2"), drop_nodig,
             (nodig_without_mutaties, "2023-H2"), (slaagkans_where_none, "2025-H1"), slaagkans_percentage_actief0,
             slaagkans_missing_zeros, slaagkans_v1_summed, regulier_over_mutaties, section9_order,
             spreiding_eind_off, ingroeipad_flip, evaluatie_index_off, evaluatie_all_periods,
             evaluatie_predecessor_voorraad_lost, evaluatie_misplaced, (merger_row_twice, "2023-H2"),
             zoekers_reject_used]
UNCHANGED_PERIODS = ["2023-H2", "2025-H1"]    # besides the default period: the periods mutations run on
CURRENT = None


# reference.determined / known_cells on hand-made tables: 2 municipalities (u = 0, 1) and the region (u = 2).
# Cells (u, i), i = category index in S (MZ MED MO GGZ VO JH DET SW DG). (uitgezonderd, block, hidden, expected)
ALL = lambda: {(u, i) for u in range(3) for i in range(9)}
ALL14 = lambda: {(u, i) for u in range(3) for i in range(14)}
DETERMINED_CASES = [
    ([[], []], "aanvragen", {(0, 1)}, {(0, 1)}),                               # alone in its row
    ([[], []], "aanvragen", {(0, 1), (0, 2)}, {(0, 1), (0, 2)}),               # row of two: columns give both
    ([[], []], "aanvragen", {(0, 1), (0, 2), (1, 1), (1, 2)}, set()),          # 2x2 pattern: rank 3 of 4
    ([[], []], "aanvragen", {(0, 1), (0, 2), (1, 1)}, {(0, 1), (0, 2), (1, 1)}),  # column gives (0,1) away
    ([[], []], "aanvragen", ALL(), set()),                                     # nothing known outside gehuisvest
    ([["VO"], []], "gehuisvest", ALL(), {(0, 0), (1, 0), (2, 0), (0, 4)}),     # passend shown: MZ = mantelzorg
    ([["VO", "DG"], []], "gehuisvest", ALL(), {(0, 0), (1, 0), (2, 0)}),       # E of two: not known
    ([[], []], "gehuisvest", {(0, 0), (0, 1)}, {(0, 0), (0, 1)}),              # mantelzorg shown: MED follows
    # the passend classes are cells (u, 9 + k), k in PASSEND = herkomst uitzondering mantelzorg elders onbekend
    ([["VO"], []], "gehuisvest", ALL14(), {(0, 4)}),                           # all hidden: only E = {VO} known
    ([[], []], "gehuisvest", ALL14(), set()),                                  # all hidden: nothing known
    ([[], []], "gehuisvest", {(0, 9)}, {(0, 9)}),                              # one class: the classes' sum
    ([[], []], "gehuisvest", {(0, 11)}, {(0, 11)}),                            # mantelzorg = the shown MZ cell
    ([[], []], "gehuisvest", {(0, 9), (0, 10)}, {(0, 9), (0, 10)}),            # the region's column gives both
    ([[], []], "gehuisvest", {(0, 9), (0, 10), (1, 9), (1, 10)}, set()),       # 2x2 rectangle of classes
    # MZ, MED, mantelzorg and herkomst hidden in both municipalities: one free parameter, nothing follows
    ([[], []], "gehuisvest", {(u, i) for u in (0, 1) for i in (0, 1, 9, 11)}, set()),
    # the same with mantelzorg shown in municipality 0: MZ follows, and with it everything
    ([[], []], "gehuisvest", {(u, i) for u in (0, 1) for i in (0, 1, 9, 11)} - {(0, 11)},
     {(u, i) for u in (0, 1) for i in (0, 1, 9, 11)} - {(0, 11)}),
]


def check_determined():
    bad = 0
    for uitg, block, hidden, want in DETERMINED_CASES:
        got = reference.determined(reference.table_relations(uitg, block), hidden)
        if got != want:
            print(f"determined({uitg}, {block}, {sorted(hidden)}) = {sorted(got)}, expected {sorted(want)}  WRONG")
            bad += 1
    print(f"{'reference.determined cases':32} {len(DETERMINED_CASES) - bad} of {len(DETERMINED_CASES)} as expected")
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
    bad = check_determined()
    for extra in ([], ["--vertrouwelijk"]) + tuple(["--periode", p] for p in UNCHANGED_PERIODS):
        periode = extra[1] if extra[:1] == ["--periode"] else None
        root, _, _ = reference.expected_document(cfg, inp, periode, extra == ["--vertrouwelijk"])
        rc, last = run_compare(cfg, inp, root, extra)
        print(f"{'unchanged ' + (' '.join(extra) if extra else 'openbaar'):32} rc={rc}  {last}")
        bad += rc != 0
    for mut in MUTATIONS:
        mut, periode = mut if isinstance(mut, tuple) else (mut, None)
        root, _, _ = reference.expected_document(cfg, inp, periode, False)
        mut(root)
        rc, last = run_compare(cfg, inp, root, ["--periode", periode] if periode else [])
        ok = rc == 1 and not last.endswith(" 0 failed")
        name = mut.__name__ + (f" ({periode})" if periode else "")
        print(f"{name:40} rc={rc}  {last}  {'caught' if ok else 'NOT CAUGHT'}")
        bad += not ok
    print("selftest: " + ("OK" if not bad else f"{bad} problem(s)"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
