#!/usr/bin/env python3
"""Compare a monitor XML written by verdeelmonitor with the independent reference (reference.py).

Usage: compare.py CONFIG INPUT_DIR XML [--vertrouwelijk] [--periode JJJJ-Hn]

Every figure is compared: integers exactly, decimals as strings exactly (both sides format like "%.2f").
In public (openbaar) output the category cells are checked by PROPERTIES, not against the reference's own
choice of secondary cells: every cell of 1..onderdrukkenOnder-1 is hidden, every shown cell has the true
value, hidden cells have no aantal, and no hidden cell other than a "known" one can be recomputed from the
published relations of its block (exact Gaussian elimination, reference.determined). The passend classes are
checked the same way, as five more columns of the gehuisvest table (a hidden class is named in
passend/@onderdrukt); @aandeelPassend must be absent when the XML hides a class it is computed from, and
overigeKnelpunten when it hides elders. Listed knelpunten, overigeKnelpunten and whether wachttijd has
@mediaanDagen are compared exactly. Without --periode the
expected period is the default (the latest period with a delivery); the XML's @periode must match it.

Prints one line per mismatch:  FAIL <path>: expected <x>, got <y>
and last:  N passed, M failed        Exit status 1 on any mismatch, 2 on a usage or parse error.
"""
import os
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference  # noqa: E402

NS = "{" + reference.NSURI + "}"
UNIT_ORDER = ["aanvragen", "beschikkingen", "gehuisvest", "mutaties", "toewijzingspercentage", "verdeling",
              "passend", "wachtend", "wachttijd", "voorraad", "regulier", "capaciteit", "slaagkans"]
# attributes whose presence or absence is itself a figure (checked strictly both ways); the second line holds
# those of SPEC section 9 (regulier@aandeel, capaciteit@nodigPercentage, slaagkans@percentage and evaluatie)
STRICT_OPTIONAL = {"waarde", "index", "afwijking", "mediaanDagen", "aandeelPassend", "aantal", "onderdrukt",
                   "aandeel", "nodigPercentage", "percentage", "toewijzingspercentage", "spreidingBegin",
                   "spreidingEind", "ingroeipadB"}


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.notes = []

    def check(self, path, expected, got):
        if expected == got:
            self.passed += 1
            return True
        self.failed += 1
        print(f"FAIL {path}: expected {fmt(expected)}, got {fmt(got)}")
        return False

    def note(self, text):
        self.notes.append(text)


def fmt(v):
    return "(absent)" if v is None else repr(v) if isinstance(v, str) else str(v)


def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def children(el, tag=None):
    return [c for c in el if (tag is None or c.tag == NS + tag)]


def compare_attrs(t, path, exp, got, numeric=()):
    for k, v in exp.attrib.items():
        g = got.get(k)
        if k in numeric and g is not None:
            try:
                t.check(f"{path}/@{k}", float(v), float(g))
            except ValueError:
                t.check(f"{path}/@{k}", v, g)
            continue
        t.check(f"{path}/@{k}", v, g)
    for k in got.attrib:
        if k not in exp.attrib:
            if k in STRICT_OPTIONAL:
                t.check(f"{path}/@{k}", None, got.get(k))
            else:
                t.note(f"{path}: extra attribute @{k}={got.get(k)!r} (not compared)")


def check_cells_public(t, p, truth, thr, got_block):
    """Primary-suppression properties of one block of one unit. truth: {code: true value}.
    Returns the set of hidden category indexes in the XML."""
    hidden = set()
    gc = {c.get("code"): c for c in children(got_block, "categorie")}
    for i, code in enumerate(reference.S):
        c = gc.get(code)
        if c is None:
            continue                                # reported by the codes check
        cp = f"{p}/categorie[{code}]"
        v = truth.get(code, 0)
        hid = c.get("onderdrukt") == "true"
        if c.get("onderdrukt") not in (None, "true"):
            t.check(f"{cp}/@onderdrukt", "true or absent", c.get("onderdrukt"))
        if hid:
            hidden.add(i)
            t.check(f"{cp}: hidden cell has no @aantal", None, c.get("aantal"))
        elif 1 <= v <= thr - 1:
            t.check(f"{cp}: value {v} is below onderdrukkenOnder, must be hidden", 'onderdrukt="true"',
                    f"aantal={c.get('aantal')}")
        else:
            t.check(f"{cp}/@aantal", str(v), c.get("aantal"))
        for k in c.attrib:
            if k not in ("code", "aantal", "onderdrukt"):
                t.note(f"{cp}: extra attribute @{k}={c.get(k)!r} (not compared)")
    return hidden


def check_passend_public(t, p, truth, thr, exp, got):
    """The passend breakdown of one unit in public output, by properties (contract, section 6): a class is
    absent exactly when @onderdrukt names it; every class of 1..thr-1 is hidden; a shown class has its true
    value; @aandeelPassend is present exactly when the reference has it and none of the classes it is computed
    from is hidden, and then equals it. truth: the reference's figures of the unit.
    Returns the set of hidden class indexes (k in reference.PASSEND)."""
    c = truth["passend"]
    names = (got.get("onderdrukt") or "").split()
    bad = [x for x in names if x not in reference.PASSEND]
    if bad or len(set(names)) != len(names) or (got.get("onderdrukt") is not None and not names):
        t.check(f"{p}/@onderdrukt: distinct passend class names", "e.g. 'uitzondering mantelzorg'",
                got.get("onderdrukt"))
    hidden = set()
    for k, name in enumerate(reference.PASSEND):
        v = c[name]
        if name in names:
            hidden.add(k)
            t.check(f"{p}/@{name}: hidden class (in @onderdrukt) has no value", None, got.get(name))
        elif 1 <= v <= thr - 1:
            t.check(f"{p}/@{name}: value {v} is below onderdrukkenOnder, must be hidden",
                    f"named in @onderdrukt", f"{name}={got.get(name)}")
        else:
            t.check(f"{p}/@{name}", str(v), got.get(name))
    hidden_names = [reference.PASSEND[k] for k in sorted(hidden)]
    t.check(f"{p}/@aandeelPassend", reference.passend_share(c, hidden_names), got.get("aandeelPassend"))
    for k in got.attrib:
        if k not in reference.PASSEND + ["aandeelPassend", "onderdrukt"]:
            t.note(f"{p}: extra attribute @{k}={got.get(k)!r} (not compared)")
    return hidden


def check_tables_safe(t, uitg, hidden_by_block):
    """Secondary suppression as a property: per block, no hidden cell other than a known one follows from
    the published relations. hidden_by_block: block -> set of (u, i), u in config order, region last."""
    n = len(uitg)
    for block, hidden in hidden_by_block.items():
        known = reference.known_cells(uitg, block)
        exposed = reference.exposed_cells(uitg, block, hidden)
        t.passed += 1 if not exposed else 0
        for (u, i) in sorted(exposed):
            unit = "regio" if u == n else UNIT_NAMES[u]
            where = f"{block}/categorie[{reference.S[i]}]" if i < len(reference.S) \
                else f"passend/@{reference.PASSEND[i - len(reference.S)]}"
            t.check(f"{unit}/{where}: hidden but recomputable from the published relations",
                    "not recomputable", "recomputable")
        t.note(f"{block}: {len(hidden)} hidden cells, {len(hidden & known)} of them known")


UNIT_NAMES = []


def compare_unit(t, path, exp, got, public=None):
    """public: None for vertrouwelijk (cells compared exactly), else (thr, truth figures, hidden dict out)."""
    order = [local(c.tag) for c in got if local(c.tag) in UNIT_ORDER]
    exp_order = [local(c.tag) for c in exp]
    t.check(f"{path}: child elements in order", " ".join(exp_order), " ".join(order))
    for e in exp:
        tag = local(e.tag)
        gs = children(got, tag)
        if not gs:
            t.check(f"{path}/{tag}", "present", None)
            continue
        g = gs[0]
        p = f"{path}/{tag}"
        if tag == "passend" and public is not None:
            thr, truth, hid = public
            hid["passend"] = check_passend_public(t, p, truth, thr, e, g)
        else:
            compare_attrs(t, p, e, g)
        if tag in ("aanvragen", "beschikkingen", "gehuisvest"):
            gc = {c.get("code"): c for c in children(g, "categorie")}
            t.check(f"{p}: categorie codes", " ".join(reference.S), " ".join(c.get("code") or "?" for c in children(g, "categorie")))
            if public is not None:
                thr, truth, hid = public
                hid[tag] = check_cells_public(t, p, truth[tag], thr, g)
                continue
            for ec in children(e, "categorie"):
                code = ec.get("code")
                cp = f"{p}/categorie[{code}]"
                if code not in gc:
                    t.check(cp, "present", None)
                    continue
                compare_attrs(t, cp, ec, gc[code])
        if tag == "passend":
            ek = [(c.get("reden"), c.get("aantal")) for c in children(e, "knelpunt")]
            gk = [(c.get("reden"), c.get("aantal")) for c in children(g, "knelpunt")]
            t.check(f"{p}: knelpunten (reden, aantal) in order", ek, gk)
            go = children(g, "overigeKnelpunten")
            if public is not None:
                # left out when the XML hides elders (listed + other = elders), else as the reference counts it
                thr, truth, hid = public
                want = reference.knelpunten_other(truth["knelpunten"], thr,
                                                  reference.PASSEND.index("elders") in hid["passend"])
                t.check(f"{p}/overigeKnelpunten/@aantal", None if want is None else str(want),
                        go[0].get("aantal") if go else None)
                continue
            eo = children(e, "overigeKnelpunten")
            if eo and go:
                compare_attrs(t, f"{p}/overigeKnelpunten", eo[0], go[0])
            else:
                t.check(f"{p}/overigeKnelpunten", "present" if eo else None, "present" if go else None)
    for g in got:
        tag = local(g.tag)
        if tag in UNIT_ORDER and not children(exp, tag):
            t.check(f"{path}/{tag}", None, "present")


def compare_evaluatie(t, exp_root, got_root):
    ee = exp_root.find(NS + "evaluatie")
    ge = got_root.find(NS + "evaluatie")
    if ge is None:
        t.check("evaluatie", "present", None)
        return
    top = [local(c.tag) for c in got_root]
    after = top[top.index("noodknop") + 1] if "noodknop" in top and top.index("noodknop") + 1 < len(top) else None
    t.check("evaluatie: the element right after noodknop", "evaluatie", after)
    compare_attrs(t, "evaluatie", ee, ge)
    er, gr = ee.find(NS + "regio"), ge.find(NS + "regio")
    if gr is None:
        t.check("evaluatie/regio", "present", None)
    else:
        compare_attrs(t, "evaluatie/regio", er, gr)
    eg, gg = children(ee, "gemeente"), children(ge, "gemeente")
    t.check("evaluatie/gemeente codes in config order", [e.get("code") for e in eg], [g.get("code") for g in gg])
    bycode = {g.get("code"): g for g in gg}
    for e in eg:
        g = bycode.get(e.get("code"))
        if g is not None:
            compare_attrs(t, f"evaluatie/gemeente[{e.get('code')}]", e, g)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    vertrouwelijk = "--vertrouwelijk" in argv
    periode = None
    if "--periode" in argv:
        i = argv.index("--periode")
        periode = argv[i + 1]
        args.remove(periode)
    if len(args) != 3:
        print(__doc__)
        return 2
    cfg_path, input_dir, xml_path = args
    try:
        got_root = ET.parse(xml_path).getroot()
    except (ET.ParseError, OSError) as e:
        print(f"cannot read {xml_path}: {e}")
        print("0 passed, 1 failed")
        return 1
    exp_root, model, figs = reference.expected_document(cfg_path, input_dir, periode, vertrouwelijk)
    t = Tally()
    bad = model.accounting_ok()
    if bad:
        print("reference accounting does not add up for: " + ", ".join(bad))

    t.check("monitor (root element)", NS + "monitor", got_root.tag)
    for k in ("regio", "periode", "openbaarheid", "schemaversie", "status"):
        t.check(f"monitor/@{k}", exp_root.get(k), got_root.get(k))
    if got_root.get("periode") != exp_root.get("periode"):
        print(f"(the XML is for period {got_root.get('periode')}; every figure below is compared with "
              f"{exp_root.get('periode')})")
    sde = os.environ.get("SOURCE_DATE_EPOCH")
    gen = got_root.get("gegenereerd")
    if sde:
        import datetime as dt
        want = dt.datetime.fromtimestamp(int(sde), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        t.check("monitor/@gegenereerd (from SOURCE_DATE_EPOCH, date and time part)", want, (gen or "")[:19] or None)
    else:
        t.check("monitor/@gegenereerd present", True, gen is not None)

    # normen
    en = exp_root.find(NS + "normen")
    gn = got_root.find(NS + "normen")
    if gn is None:
        t.check("monitor/normen", "present", None)
    else:
        compare_attrs(t, "monitor/normen", en, gn, numeric=("minimum", "signaalwaarde"))

    # public output: cells checked by properties; hidden[u][block] collects the XML's hidden cells
    cfg = model.cfg
    per = exp_root.get("periode")
    thr = cfg.onderdrukken_onder
    n_units = len(cfg.gemeenten) + 1
    UNIT_NAMES[:] = [f"gemeente[{g['code']}]" for g in cfg.gemeenten]
    hidden = [{} for _ in range(n_units)]

    def pub(truth, u):
        return None if vertrouwelijk else (thr, truth, hidden[u])

    # regio
    er = exp_root.find(NS + "regio")
    gr = got_root.find(NS + "regio")
    if gr is None:
        t.check("monitor/regio", "present", None)
    else:
        t.check("monitor/regio/@code", er.get("code"), gr.get("code"))
        t.check("monitor/regio/@naam", er.get("naam"), gr.get("naam"))
        compare_unit(t, "regio", er, gr, pub(figs[per]["regio"], n_units - 1))

    # gemeenten: directly under monitor (SPEC.md section 6), or under regio
    gg = children(got_root, "gemeente")
    if not gg and gr is not None:
        gg = children(gr, "gemeente")
        t.note("gemeente elements found under <regio>, not directly under <monitor>")
    eg = children(exp_root, "gemeente")
    t.check("gemeente codes in config order", [e.get("code") for e in eg], [g.get("code") for g in gg])
    bycode = {g.get("code"): g for g in gg}
    for e in eg:
        code = e.get("code")
        path = f"gemeente[{code}]"
        g = bycode.get(code)
        if g is None:
            t.check(path, "present", None)
            continue
        for k in ("naam", "huishoudens"):
            t.check(f"{path}/@{k}", e.get(k), g.get(k))
        u = [x["code"] for x in cfg.gemeenten].index(code)
        compare_unit(t, path, e, g, pub(figs[per]["gemeenten"][code], u))

    if not vertrouwelijk:
        by_block = {b: {(u, i) for u in range(n_units) for i in hidden[u].get(b, ())}
                    for b in ("aanvragen", "beschikkingen", "gehuisvest")}
        # the passend classes are columns len(S) + k of the gehuisvest table (reference.table_relations)
        by_block["gehuisvest"] |= {(u, len(reference.S) + k) for u in range(n_units)
                                   for k in hidden[u].get("passend", ())}
        check_tables_safe(t, [x["uitgezonderd"] for x in cfg.gemeenten], by_block)

    # noodknop
    enk = exp_root.find(NS + "noodknop")
    gnk = got_root.find(NS + "noodknop")
    if gnk is None:
        t.check("noodknop", "present", None)
    else:
        t.check("noodknop/@status", enk.get("status"), gnk.get("status"))
        t.check("noodknop/regel (code, gemeente) in order",
                [(r.get("code"), r.get("gemeente")) for r in children(enk, "regel")],
                [(r.get("code"), r.get("gemeente")) for r in children(gnk, "regel")])

    # evaluatie (SPEC section 9): right after noodknop; every attribute compared exactly (totals, also public)
    compare_evaluatie(t, exp_root, got_root)

    # datakwaliteit
    edq = exp_root.find(NS + "datakwaliteit")
    gdq = got_root.find(NS + "datakwaliteit")
    if gdq is None:
        t.check("datakwaliteit", "present", None)
    else:
        t.check("datakwaliteit/corporatie (bron, urgentZonderHerkomst) in order",
                [(c.get("bron"), c.get("urgentZonderHerkomst")) for c in children(edq, "corporatie")],
                [(c.get("bron"), c.get("urgentZonderHerkomst")) for c in children(gdq, "corporatie")])

    # leveringen
    elv = exp_root.find(NS + "leveringen")
    glv = got_root.find(NS + "leveringen")
    if glv is None:
        t.check("leveringen", "present", None)
    else:
        key = lambda d: (d.get("soort"), d.get("bron"), d.get("periode"), d.get("versie"))
        el = children(elv, "levering")
        gl = children(glv, "levering")
        t.check("leveringen/levering keys (soort, bron, periode, versie) in order",
                [key(d) for d in el], [key(d) for d in gl])
        gbykey = {key(d): d for d in gl}
        for e in el:
            path = "levering[{}/{}/{}/v{}]".format(*key(e))
            g = gbykey.get(key(e))
            if g is None:
                continue
            compare_attrs(t, path, e, g)
            try:
                r = int(g.get("regels"))
                s = sum(int(g.get(k)) for k in ("gebruikt", "afgewezen", "buitenRegio", "vervangen"))
                t.check(f"{path}: regels = gebruikt + afgewezen + buitenRegio + vervangen (in the XML)", r, s)
            except (TypeError, ValueError):
                t.check(f"{path}: accounting attributes are integers", True, False)
        t.check("leveringen/ontbreekt (soort, bron), any order",
                sorted((m.get("soort"), m.get("bron")) for m in children(elv, "ontbreekt")),
                sorted((m.get("soort"), m.get("bron")) for m in children(glv, "ontbreekt")))
        t.check("leveringen/nietHerkend/@bestand in order",
                [m.get("bestand") for m in children(elv, "nietHerkend")],
                [m.get("bestand") for m in children(glv, "nietHerkend")])

    for n in t.notes:
        print("note: " + n)
    print(f"{t.passed} passed, {t.failed} failed")
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
