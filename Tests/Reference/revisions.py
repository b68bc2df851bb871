#!/usr/bin/env python3
"""Independent check of the revisions since the last publication (SPEC.md section 11) on the Twente fixture.

Usage: revisions.py BIN FIXTURE TMP

Two runs as an operator makes them: the first publishes the half-year before the latest (Q) before the latest
deliveries and one register of Q arrived; then the input is corrected (the latest deliveries and the late
register arrive, a corporation sends a _v2 of its Q lettings without its last five lines, one file gains an
empty line in place, one earlier file is withdrawn) and the second run publishes the latest period into the
same folder. The expected revisions are the differences, per SPEC.md section 11, between the reference's own
XML for Q over the first input and over the second (reference.py --xml); the expected causes come from the
sha256 of the two input folders' files. Written from SPEC.md only; standard library only.

Vertrouwelijk output is compared exactly. In public output the reference may choose other secondary cells,
so there the category cells are only checked to show no small number, and every other revision exactly.
"""

import hashlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reference  # noqa: E402
CATEGORIES = ["MZ", "MED", "MO", "GGZ", "VO", "JH", "DET", "SW", "DG"]
INDICATORS = ["aanvragen", "beschikkingen", "afgewezen", "gehuisvest", "mutaties", "toewijzingspercentage",
              "signaal", "index", "wachtend"] + ["gehuisvest/" + c for c in CATEGORIES]


def local(tag):
    return tag.rsplit("}", 1)[-1]


def child(el, name):
    return next((c for c in el if local(c.tag) == name), None)


def figures(path):
    """[(unit code, {indicator: value as written})] for the regio and every gemeente, in document order."""
    root = ET.parse(path).getroot()
    units = []
    for unit in root:
        kind = local(unit.tag)
        if kind not in ("regio", "gemeente"):
            continue
        f = {}
        get = lambda name, attr: (child(unit, name).get(attr, "") if child(unit, name) is not None else "")
        f["aanvragen"] = get("aanvragen", "totaal")
        f["beschikkingen"] = get("beschikkingen", "totaal")
        f["afgewezen"] = get("beschikkingen", "afgewezen")
        f["gehuisvest"] = get("gehuisvest", "totaal")
        f["mutaties"] = get("mutaties", "aantal")
        f["toewijzingspercentage"] = get("toewijzingspercentage", "waarde")
        f["signaal"] = get("toewijzingspercentage", "signaal")
        f["index"] = get("verdeling", "afwijking" if kind == "regio" else "index")
        f["wachtend"] = get("wachtend", "aantal")
        for cell in child(unit, "gehuisvest"):
            if local(cell.tag) == "categorie":
                f["gehuisvest/" + cell.get("code")] = (
                    "onderdrukt" if cell.get("onderdrukt") == "true" else cell.get("aantal", ""))
        units.append((unit.get("code"), f))
    return units


def differences(old, new):
    before = dict(old)
    return [(code, ind, before.get(code, {}).get(ind, ""), f.get(ind, ""))
            for code, f in new for ind in INDICATORS
            if before.get(code, {}).get(ind, "") != f.get(ind, "")]


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def deliveries(config, folder):
    """Path relative to the folder -> sha256, for every delivery the reference recognises there (a second file of
    the same delivery, found twice and refused unread, is none: the manifest does not list it)."""
    model = reference.Model(reference.Config(str(config)), str(folder))
    return {d.rel: sha(Path(d.path)) for d in model.deliveries}


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        sys.exit(f"FAIL {' '.join(map(str, cmd))}: exit {done.returncode}\n{done.stderr[-2000:]}")


def main(bin_, fixture, tmp):
    fixture, tmp = Path(fixture), Path(tmp) / "revisions"
    config, exports = fixture / "regio.toml", fixture / "exports"
    names = sorted(p.relative_to(exports).as_posix() for p in exports.rglob("*") if p.is_file())
    periods = reference.Model(reference.Config(str(config)), str(exports)).data_periods
    latest, q = periods[-1], periods[-2]
    base = lambda n: n.rsplit("/", 1)[-1]
    late = next(n for n in names if base(n).startswith("urgentie_") and base(n).endswith(f"_{q}.csv"))
    plain = [n for n in names if base(n).startswith("verhuringen_") and n.endswith(f"_{q}.csv")
             and all(line.count(b'"') % 2 == 0 for line in (exports / n).read_bytes().splitlines())]
    if not plain:
        sys.exit(f"FAIL no verhuringen file of {q} without a quoted line break to correct")
    corrected = plain[0]
    recognised = sorted(deliveries(config, exports))
    withdrawn = next(n for n in recognised if base(n).endswith(f"_{periods[0]}.csv"))
    changed = next(n for n in recognised if base(n).endswith(f"_{q}.csv") and n not in (late, corrected))

    first, second = tmp / "in1", tmp / "in2"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(exports, first)
    for n in names:
        if f"_{latest}" in n or n == late:
            (first / n).unlink()
    shutil.copytree(exports, second)
    data = (exports / corrected).read_bytes()
    ending = b"\r\n" if b"\r\n" in data else b"\n"
    lines = data.rstrip(b"\r\n").split(ending)
    (second / corrected.replace(".csv", "_v2.csv")).write_bytes(ending.join(lines[:-5]) + ending)
    with open(second / changed, "ab") as f:
        f.write(b"\r\n" if b"\r\n" in (second / changed).read_bytes() else b"\n")
    (first / withdrawn).exists() and (second / withdrawn).unlink()

    failures = 0
    for vertrouwelijk in (True, False):
        mode = ["--vertrouwelijk"] if vertrouwelijk else []
        out = tmp / ("out-vertrouwelijk" if vertrouwelijk else "out-openbaar")
        run([bin_, "run", "--quiet", "--config", config, "--input", first, "--output", out, "--periode", q] + mode)
        base = next(out.glob(f"monitor-*-{q}.xml"))
        published = base.read_bytes()
        run([bin_, "run", "--quiet", "--config", config, "--input", second, "--output", out] + mode)
        report = next(out.glob(f"monitor-*-{latest}.xml"))
        refs = []
        for i, folder in enumerate((first, second)):
            ref = tmp / f"ref-{i}-{'v' if vertrouwelijk else 'o'}.xml"
            subprocess.run([sys.executable, HERE / "reference.py", config, folder, "--periode", q, "--xml", ref]
                           + mode, capture_output=True, check=False)
            refs.append(figures(ref))
        expected = differences(refs[0], refs[1])
        root = ET.parse(report).getroot()
        herzieningen = child(root, "herzieningen")
        label = "vertrouwelijk" if vertrouwelijk else "openbaar"
        if herzieningen is None:
            print(f"FAIL {label}: no herzieningen in {report.name}")
            failures += 1
            continue
        bases = [b for b in herzieningen if local(b.tag) == "basis"]
        got = [(h.get("eenheid"), h.get("indicator"), h.get("oud"), h.get("nieuw"))
               for h in bases[0] if local(h.tag) == "herziening"] if bases else []
        checks = [
            ("one basis, for " + q, len(bases) == 1 and bases[0].get("periode") == q),
            ("the basis's file and sha256", bases and bases[0].get("bestand") == base.name
             and bases[0].get("sha256") == hashlib.sha256(published).hexdigest()),
            ("the published basis is untouched", base.read_bytes() == published),
        ]
        if vertrouwelijk:
            checks.append(("the revisions, exactly", got == expected))
        else:
            plain_got = [r for r in got if not r[1].startswith("gehuisvest/")]
            plain_exp = [r for r in expected if not r[1].startswith("gehuisvest/")]
            checks.append(("the revisions other than category cells, exactly", plain_got == plain_exp))
            small = [r for r in got if r[1].startswith("gehuisvest/")
                     and any(v.isdigit() and 0 < int(v) < 5 for v in r[2:])]
            checks.append(("no small category number", not small))
        old, new = deliveries(config, first), deliveries(config, second)
        causes = sorted([(n, "nieuw") for n in new if n not in old]
                        + [(n, "gewijzigd") for n in new if n in old and new[n] != old[n]]
                        + [(n, "vervallen") for n in old if n not in new])
        got_causes = sorted((c.get("bestand"), c.get("wijziging")) for c in bases[0] if local(c.tag) == "oorzaak") \
            if bases else []
        checks.append(("the causes", got_causes == causes))
        checks.append(("the planted causes are among them", {(corrected.replace(".csv", "_v2.csv"), "nieuw"),
                       (late, "nieuw"), (changed, "gewijzigd"), (withdrawn, "vervallen")} <= set(causes)))
        checks.append((f"the corrections revise figures ({len(expected)} expected, {len(got)} found)", len(expected) > 0))
        for name, ok in checks:
            print(("ok   " if ok else "FAIL ") + f"revisions {label}: {name}")
            failures += 0 if ok else 1
        if got_causes != causes:
            for c in sorted(set(causes) ^ set(got_causes)):
                print("     ", "expected cause" if c in causes else "got cause", c)
        if vertrouwelijk and got != expected:
            for r in sorted(set(expected) ^ set(got))[:20]:
                print("     ", "expected" if r in expected else "got", r)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
