#!/usr/bin/env python3
"""Independent reference implementation of the verdeelmonitor figures (Python 3.11+, standard library only).

Written from shared/SPEC.md and docs/contract.md alone (never from the Swift sources), so that its figures
can be compared with what the Swift program writes. Section 9 of SPEC.md (regulier, capaciteit, slaagkans from
zoekers deliveries, the evaluation window and municipal mergers) was added the same way; the choices it leaves
open are written down in README.md, "SPEC section 9".

Usage:
  reference.py CONFIG INPUT_DIR [--periode JJJJ-Hn] [--vertrouwelijk] [--xml OUT.xml] [--rejects]

Prints the figures of the period (default: the latest period with a recognised delivery), the accounting
per delivery and the check  read = used + rejected + buiten regio + superseded  (exit 1 when it fails).
--xml writes the XML that the reference expects (handy for eyeballing and for testing compare.py).
--rejects lists every rejected row with file, line and reason.

The module is also imported by compare.py: expected_document() builds the expected XML tree.
"""
import datetime as dt
import hashlib
import os
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from fractions import Fraction

NSURI = "urn:verdeelmonitor:monitor:1"
S = ["MZ", "MED", "MO", "GGZ", "VO", "JH", "DET", "SW", "DG"]
# The passend classes in XML order. In the gehuisvest block they are cells (u, len(S) + k) beside the nine
# categories (contract, section 6: protected like category cells, decided together with them).
PASSEND = ["herkomst", "uitzondering", "mantelzorg", "elders", "onbekend"]
SOORTEN = ("verhuringen", "urgentie", "voorraad", "zoekers")
NAME_RE = re.compile(r"^(verhuringen|urgentie|voorraad|zoekers)_(.+)_(\d{4}-H[12])(?:_v(\d+))?(?i:\.csv|\.xlsx)$")
# .csv or .xlsx (SPEC.md section 7): a .csv and an .xlsx of one delivery are the same delivery found twice.
WINDOW = 6          # SPEC section 9: the evaluation window is the last six periods in the data up to p
CBS_RE = re.compile(r"^(?:gm)?(\d{1,4})$", re.IGNORECASE)
# A CBS code as the bron of a file name (ASCII digits): any form for urgentie, and only with its GM prefix for the
# other soorten, whose bron may also be a corporation code. leveringen lists it in its GM form (README, section 9).
BRON_CBS_RE = re.compile(r"^(?:[gG][mM])?([0-9]{1,4})$")
BRON_GM_RE = re.compile(r"^[gG][mM]([0-9]{1,4})$")
REQUIRED = {
    "verhuringen": ["verhuring_id", "datum", "gemeente"],
    "urgentie": ["urgentienummer", "datum_aanvraag", "categorie"],
    "voorraad": ["gemeente", "toegevoegd", "onttrokken"],
    "zoekers": ["gemeente", "actief", "geslaagd"],
}
KNOWN = {
    "verhuringen": REQUIRED["verhuringen"] + ["urgentie", "urgentienummer", "herkomstgemeente", "klein_betaalbaar"],
    "urgentie": REQUIRED["urgentie"] + ["besluit", "datum_besluit", "herkomstgemeente", "woonplaatsbeginsel",
                                        "reden", "datum_vervallen"],
    "voorraad": REQUIRED["voorraad"],
    "zoekers": REQUIRED["zoekers"],
}
# soorten whose rows have no key: each row is its own record, never superseded by another period
AGGREGATE = ("voorraad", "zoekers")


# ------------------------------------------------------------------ periods

def period_bounds(p):
    y, h = int(p[:4]), p[-1]
    return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == "1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))


def period_of(d):
    return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"


def prev_period(p):
    y, h = int(p[:4]), p[-1]
    return f"{y - 1}-H2" if h == "1" else f"{y}-H1"


# ------------------------------------------------------------------ configuration

class Config:
    def __init__(self, path):
        with open(path, "rb") as f:
            t = tomllib.load(f)
        self.code = t["code"]
        self.naam = t["naam"]
        self.minimum = float(t["minimum"])
        self.signaalwaarde = float(t["signaalwaarde"])
        self.noemer = t.get("noemer", "alle")
        self.onderdrukken_onder = int(t.get("onderdrukken_onder", 5))
        self.gemeenten = []
        for g in t.get("gemeente", []):
            self.gemeenten.append({
                "code": g["code"], "naam": g["naam"], "huishoudens": int(g["huishoudens"]),
                "aliassen": list(g.get("aliassen", [])),
                "uitgezonderd": [c.upper() for c in g.get("uitgezonderde_categorieen", [])],
            })
        self.corporaties = [{"code": c["code"], "naam": c.get("naam", c["code"])} for c in t.get("corporatie", [])]
        nk = t.get("noodknop", {})
        self.reeks = int(nk.get("signaalwaarde_reeks", 2))
        self.groei = int(nk.get("wachtenden_groei", 2))
        self.codes = [g["code"] for g in self.gemeenten]
        # SPEC section 9, mergers: voorgangers = CBS codes a member took over. A predecessor that is a member's
        # own code, or is listed twice, is a configuration error.
        self.pred = {}
        for g, raw in zip(self.gemeenten, t.get("gemeente", [])):
            g["voorgangers"] = []
            for v in raw.get("voorgangers", []):
                m = CBS_RE.match(collapse(v))
                if not m or len(m.group(1)) > 4:
                    raise ConfigError(f"voorganger {v!r} van {g['code']} is geen CBS-code")
                code = "GM" + m.group(1).zfill(4)
                if code in self.codes:
                    raise ConfigError(f"voorganger {code} van {g['code']} is zelf een lid van de regio")
                if code in self.pred:
                    raise ConfigError(f"voorganger {code} staat twee keer in de configuratie")
                self.pred[code] = g["code"]
                g["voorgangers"].append(code)
        self.names = {}
        for g in self.gemeenten:
            for n in [g["naam"]] + g["aliassen"]:
                self.names[collapse(n).lower()] = g["code"]

    def member_of(self, code):
        """A CBS code -> the member it counts as (a predecessor counts as its successor), else the code."""
        return self.pred.get(code, code)

    def resolve(self, value):
        """A municipality value -> ('member'|'outside', code), ('empty', None) or ('unknown', None).
        A predecessor's code (voorgangers) resolves to the member that took it over."""
        v = collapse(value)
        if v == "":
            return ("empty", None)
        m = CBS_RE.match(v)
        if m:
            code = self.member_of("GM" + m.group(1).zfill(4))
            return ("member" if code in self.codes else "outside", code)
        code = self.names.get(v.lower())
        if code:
            return ("member", code)
        return ("unknown", None)


def collapse(s):
    return " ".join(s.split())


class ConfigError(Exception):
    pass


# ------------------------------------------------------------------ CSV

def decode(raw):
    notes = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), notes
    except UnicodeDecodeError:
        notes.append("gelezen als Windows-1252")
        return raw.decode("cp1252", errors="replace"), notes


def detect_delimiter(text):
    semi = comma = 0
    inq = False
    for ch in text:
        if ch == '"':
            inq = not inq
        elif ch in "\r\n" and not inq:
            break
        elif not inq and ch == ";":
            semi += 1
        elif not inq and ch == ",":
            comma += 1
    if semi == 0 and comma == 0:
        return ","
    return ";" if semi >= comma else ","


def parse_csv(text, delim):
    """RFC 4180 records: list of (line_number, fields, problem). Blank lines are skipped."""
    records = []
    i, n, line = 0, len(text), 1
    while i < n:
        j = text.find("\n", i)
        end = n if j == -1 else j
        if text[i:end].strip() == "":
            line += 1
            i = end + 1
            continue
        start_line = line
        fields, field = [], []
        inq, problem = False, None
        while True:
            if i >= n:
                if inq:
                    problem = "aanhalingsteken niet gesloten"
                break
            c = text[i]
            if inq:
                if c == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        field.append('"')
                        i += 2
                        continue
                    inq = False
                    i += 1
                    continue
                if c == "\n":
                    line += 1
                field.append(c)
                i += 1
                continue
            if c == '"' and not field:
                inq = True
                i += 1
                continue
            if c == delim:
                fields.append("".join(field))
                field = []
                i += 1
                continue
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 2
                line += 1
                break
            if c == "\n":
                i += 1
                line += 1
                break
            field.append(c)
            i += 1
        fields.append("".join(field))
        records.append((start_line, fields, problem))
        if problem:
            break
    return records


# ------------------------------------------------------------------ values

DATE_YMD = re.compile(r"^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$")
DATE_DMY = re.compile(r"^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$")


def parse_date(s):
    m = DATE_YMD.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        m = DATE_DMY.match(s)
        if not m:
            return None
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if not 1900 <= y <= 9999:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


BOOLS = {"ja", "nee", "j", "n", "1", "0", "true", "false", ""}


class Reject(Exception):
    pass


# ------------------------------------------------------------------ deliveries

class Delivery:
    def is_empty_row(self, rec):
        """SPEC.md section 10: a row whose required columns are all empty (white space is empty) is no record."""
        line, fields, problem = rec
        cols = {}
        for idx, name in enumerate(self.header[1]):
            cols.setdefault(name.strip().lower(), idx)
        if problem or any(c not in cols for c in REQUIRED[self.soort]):
            return False
        return all(cols[c] >= len(fields) or fields[cols[c]].strip() == "" for c in REQUIRED[self.soort])

    def __init__(self, path, rel, soort, bron, periode, versie):
        self.path, self.rel = path, rel
        self.soort, self.bron, self.periode, self.versie = soort, bron, periode, versie
        with open(path, "rb") as f:
            raw = f.read()
        self.sha256 = hashlib.sha256(raw).hexdigest()
        self.text, self.notes = decode(raw)
        self.delim = detect_delimiter(self.text)
        recs = parse_csv(self.text, self.delim)
        self.header = recs[0] if recs else None
        self.records = [rec for rec in recs[1:] if not self.is_empty_row(rec)]
        self.regels = len(self.records)
        self.status = "gebruikt"
        self.afgewezen = self.gebruikt = self.buiten = self.vervangen = 0
        self.rejects = []       # (line, reason)
        self.whole_file = None  # why the whole file was rejected (no header, a required column missing)
        self.candidates = []    # accepted rows (buiten-regio rows included; they are counted after resolution)


def scan(cfg, input_dir):
    """-> (deliveries, unrecognised, duplicates). Hidden files and folders are skipped without a note. A
    second file with the same (soort, bron, periode, versie) is rejected as a file and not listed: the first
    by (relative) path is read."""
    deliveries, unrecognised = [], []
    for root, dirs, files in os.walk(input_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fn in sorted(files):
            if fn.startswith("."):
                continue
            path = os.path.join(root, fn)
            rel = os.path.relpath(path, input_dir).replace(os.sep, "/")
            m = NAME_RE.match(fn)
            if not m or not 1900 <= int(m.group(3)[:4]) <= 9999:
                unrecognised.append(rel)          # a period before 1900 (or after 9999) is not recognised
                continue
            soort, bron, periode, v = m.group(1), m.group(2), m.group(3), m.group(4)
            if soort == "urgentie":
                cm = BRON_CBS_RE.match(bron)
                if not cm:
                    unrecognised.append(rel)      # not a CBS code (the contract leaves this open)
                    continue
                bron = "GM" + cm.group(1).zfill(4)    # GM0153, gm0153, 0153 and 153 are all GM0153
            else:
                cm = BRON_GM_RE.match(bron)
                if cm:                            # a CBS code written with GM: its GM form (gm0153 -> GM0153)
                    bron = "GM" + cm.group(1).zfill(4)
            deliveries.append(Delivery(path, rel, soort, bron, periode, int(v) if v else 1))
    unrecognised.sort()
    deliveries.sort(key=lambda d: d.rel)
    kept, duplicates, seen = [], [], set()
    for d in deliveries:
        k = (d.soort, d.bron, d.periode, d.versie)
        if k in seen:
            duplicates.append(d)
        else:
            seen.add(k)
            kept.append(d)
    return kept, unrecognised, duplicates


class Model:
    """Everything read from the input folder, after corrections."""

    def __init__(self, cfg, input_dir):
        self.cfg = cfg
        self.deliveries, self.unrecognised, self.duplicate_files = scan(cfg, input_dir)
        groups = {}
        for d in self.deliveries:
            groups.setdefault((d.soort, d.bron, d.periode), []).append(d)
        for ds in groups.values():
            top = max(x.versie for x in ds)
            for x in ds:
                if x.versie != top:
                    x.status = "vervangen"
                    x.vervangen = x.regels
        self.data_periods = sorted({d.periode for d in self.deliveries})
        for d in self.deliveries:
            # the municipality an urgentie delivery belongs to: a predecessor's code counts as its successor
            # (SPEC section 9), so records merge across a merger by (soort, member, id). leveringen keeps d.bron.
            d.member = cfg.member_of(d.bron) if d.soort == "urgentie" else d.bron
        for d in self.deliveries:
            if d.status == "gebruikt":
                self.read_delivery(d)
        # corrections across deliveries: latest (periode, versie) wins per (soort, bron, key). Accepted
        # letting rows whose home is outside the region take part too (contract: "its key still takes part
        # in resolution"): a winning one counts as buiten regio, a losing one as superseded.
        # Across a merger two deliveries of one period can hold the same key (one under the predecessor's code,
        # one under the member's own): then the one under the member's own code wins (README, section 9).
        best = {}
        rank = lambda d: (d.periode, d.versie, d.bron == d.member)
        for d in self.deliveries:
            if d.status != "gebruikt" or d.soort in AGGREGATE:
                continue
            for rec in d.candidates:
                k = (d.soort, d.member, rec["key"])
                if k not in best or rank(d) > rank(best[k][0]):
                    best[k] = (d, rec)
        self.lettings, self.register, self.voorraad, self.zoekers = [], [], [], []
        for d in self.deliveries:
            if d.status != "gebruikt":
                continue
            for rec in d.candidates:
                if d.soort in AGGREGATE:
                    if rec["buiten"]:
                        d.buiten += 1
                    else:
                        d.gebruikt += 1
                        (self.voorraad if d.soort == "voorraad" else self.zoekers).append(rec)
                    continue
                w = best[(d.soort, d.member, rec["key"])]
                if w[1] is not rec:
                    d.vervangen += 1
                elif rec.get("buiten"):
                    d.buiten += 1
                else:
                    d.gebruikt += 1
                    (self.lettings if d.soort == "verhuringen" else self.register).append(rec)
        self.link()

    # -------------------------------------------------------------- rows
    def read_delivery(self, d):
        cfg = self.cfg
        if d.header is None:
            d.whole_file = "geen kopregel"
            return
        cols = {}
        for idx, name in enumerate(d.header[1]):
            cols.setdefault(name.strip().lower(), idx)
        missing = [c for c in REQUIRED[d.soort] if c not in cols]
        if missing:
            d.whole_file = "kolom ontbreekt: " + ",".join(missing)
            for line, _, _ in d.records:
                d.afgewezen += 1
                d.rejects.append((line, "kolom ontbreekt: " + ",".join(missing)))
            return
        outside_bron = d.soort == "urgentie" and d.member not in cfg.codes
        seen = {}
        width = len(d.header[1])
        for line, fields, problem in d.records:
            if outside_bron:
                d.buiten += 1
                continue
            try:
                if problem:
                    raise Reject(problem)
                if len(fields) > width:
                    raise Reject("meer velden dan de kop")
                fields = fields + [""] * (width - len(fields))
                val = {name: fields[idx].strip() for name, idx in cols.items()}
                rec = getattr(self, "row_" + d.soort)(d, val)
            except Reject as e:
                d.afgewezen += 1
                d.rejects.append((line, str(e)))
                continue
            if d.soort not in AGGREGATE:
                if rec["key"] in seen:
                    d.afgewezen += 1
                    d.rejects.append((line, f"dubbele sleutel, eerder op regel {seen[rec['key']]}"))
                    continue
                seen[rec["key"]] = line
            rec["line"] = line
            d.candidates.append(rec)     # buiten-regio rows too: they take part in resolution

    def municipality(self, value, required, what):
        kind, code = self.cfg.resolve(value)
        if kind == "empty":
            if required:
                raise Reject(f"{what} ontbreekt")
            return None
        if kind == "unknown":
            raise Reject(f"onbekende gemeente in {what}")
        return code

    def date(self, value, what, required):
        if value == "":
            if required:
                raise Reject(f"{what} ontbreekt")
            return None
        d = parse_date(value)
        if d is None:
            raise Reject(f"ongeldige datum in {what}")
        return d

    def row_verhuringen(self, d, v):
        key = v.get("verhuring_id", "")
        if key == "":
            raise Reject("verhuring_id ontbreekt")
        datum = self.date(v.get("datum", ""), "datum", True)
        gem = self.municipality(v.get("gemeente", ""), True, "gemeente")
        cat = v.get("urgentie", "").upper()
        if cat not in S + ["VH", "LOK", ""]:
            raise Reject("onbekende urgentiecode")
        herk = self.municipality(v.get("herkomstgemeente", ""), False, "herkomstgemeente")
        if v.get("klein_betaalbaar", "").lower() not in BOOLS:
            raise Reject("ongeldige waarde klein_betaalbaar")
        return {"key": key, "corp": d.bron, "datum": datum, "gemeente": gem, "cat": cat,
                "nummer": v.get("urgentienummer", ""), "herkomst": herk,
                "herkomst_raw": v.get("herkomstgemeente", ""), "delivery": d,
                "buiten": gem not in self.cfg.codes}

    def row_urgentie(self, d, v):
        key = v.get("urgentienummer", "")
        if key == "":
            raise Reject("urgentienummer ontbreekt")
        aanvraag = self.date(v.get("datum_aanvraag", ""), "datum_aanvraag", True)
        cat = v.get("categorie", "").upper()
        if cat == "":
            raise Reject("categorie ontbreekt")
        if cat not in S + ["LOK"]:
            raise Reject("onbekende categorie" if cat != "VH" else "VH is geen urgentiecategorie")
        besluit = v.get("besluit", "").lower()
        if besluit not in ("toegekend", "afgewezen", "ingetrokken", ""):
            raise Reject("onbekend besluit")
        dbes = self.date(v.get("datum_besluit", ""), "datum_besluit", besluit in ("toegekend", "afgewezen"))
        herk = self.municipality(v.get("herkomstgemeente", ""), False, "herkomstgemeente")
        wpb = v.get("woonplaatsbeginsel", "").lower()
        if wpb not in ("", "ja", "uitzondering"):
            raise Reject("ongeldige waarde woonplaatsbeginsel")
        verv = self.date(v.get("datum_vervallen", ""), "datum_vervallen", False)
        return {"key": key, "bron": d.member, "aanvraag": aanvraag, "cat": cat, "besluit": besluit,
                "dbesluit": dbes, "herkomst": herk, "uitzondering": wpb == "uitzondering",
                "reden": v.get("reden", ""), "verv": verv, "delivery": d}

    def row_voorraad(self, d, v):
        gem = self.municipality(v.get("gemeente", ""), True, "gemeente")
        nums = []
        for c in ("toegevoegd", "onttrokken"):
            x = v.get(c, "")
            if x == "":
                raise Reject(f"{c} ontbreekt")
            if not re.fullmatch(r"[0-9]+", x) or int(x) > 1_000_000:
                raise Reject(f"{c} is geen geheel getal van 0 tot en met 1.000.000")
            nums.append(int(x))
        return {"key": None, "gemeente": gem, "toegevoegd": nums[0], "onttrokken": nums[1],
                "periode": d.periode, "delivery": d, "buiten": gem not in self.cfg.codes}

    def row_zoekers(self, d, v):
        """SPEC section 9: one row per municipality, actief and geslaagd whole numbers 0..1.000.000. No key:
        rows for one municipality are summed (also within one delivery), never superseded by another period.
        A CBS code outside the region counts as buiten regio, like a voorraad row."""
        gem = self.municipality(v.get("gemeente", ""), True, "gemeente")
        nums = []
        for c in ("actief", "geslaagd"):
            x = v.get(c, "")
            if x == "":
                raise Reject(f"{c} ontbreekt")
            if not re.fullmatch(r"[0-9]+", x) or int(x) > 1_000_000:
                raise Reject(f"{c} is geen geheel getal van 0 tot en met 1.000.000")
            nums.append(int(x))
        if nums[1] > nums[0]:       # geslaagd are "those of them": more than actief breaks the contract (README)
            raise Reject("geslaagd groter dan actief")
        return {"key": None, "gemeente": gem, "actief": nums[0], "geslaagd": nums[1],
                "periode": d.periode, "delivery": d, "buiten": gem not in self.cfg.codes}

    # -------------------------------------------------------------- linking
    def link(self):
        index = {}
        for r in self.register:
            index.setdefault(r["key"], []).append(r)
        self.ambiguous = 0
        for r in self.register:
            r["links"] = []
        for l in self.lettings:
            l["row"] = None
            num = l["nummer"].strip()
            if not num:
                continue
            rows = index.get(num, [])
            if len(rows) == 1:
                l["row"] = rows[0]
                rows[0]["links"].append(l)
            elif len(rows) > 1:
                self.ambiguous += 1

    def accounting_ok(self):
        bad = []
        for d in self.deliveries:
            if d.regels != d.gebruikt + d.afgewezen + d.buiten + d.vervangen:
                bad.append(d.rel)
        return bad


# ------------------------------------------------------------------ indicators

def median(values):
    v = sorted(values)
    n = len(v)
    if n == 0:
        return None
    if n % 2:
        return Fraction(v[n // 2])
    return Fraction(v[n // 2 - 1] + v[n // 2], 2)


def signaal(g, m, cfg):
    if m == 0:
        return None, "geen-mutaties"
    pct = Fraction(100 * g, m)
    if pct < Fraction(cfg.minimum):
        return pct, "onder-minimum"
    if pct > Fraction(cfg.signaalwaarde):
        return pct, "boven-signaalwaarde"
    return pct, "binnen"


def knelpunt_key(reden):
    k = collapse(reden).lower()
    return k if k else "geen reden opgegeven"


def unit_figures(model, p, codes):
    """Figures of one municipality (codes=[m]) or of the region (codes=all members), period p."""
    cfg = model.cfg
    lo, hi = period_bounds(p)
    inp = lambda d: d is not None and lo <= d <= hi
    aanv = Counter()
    besch = Counter()
    afgew = 0
    geh = Counter()
    mut = 0
    classes = Counter({k: 0 for k in ("herkomst", "uitzondering", "mantelzorg", "elders", "onbekend")})
    knel = Counter()
    waits = []
    for r in model.register:
        if r["bron"] not in codes:
            continue
        if r["cat"] in S and inp(r["aanvraag"]):
            aanv[r["cat"]] += 1
        if r["cat"] in S and r["besluit"] == "toegekend" and inp(r["dbesluit"]):
            besch[r["cat"]] += 1
        if r["cat"] in S and r["besluit"] == "afgewezen" and inp(r["dbesluit"]):
            afgew += 1
    for l in model.lettings:
        if l["gemeente"] not in codes or not inp(l["datum"]):
            continue
        if not (cfg.noemer == "zonder-vergunninghouders" and l["cat"] == "VH"):
            mut += 1
        if l["cat"] not in S:
            continue
        geh[l["cat"]] += 1
        row = l["row"]
        if l["cat"] == "MZ":
            cls = "mantelzorg"
        elif row is not None and row["uitzondering"]:
            cls = "uitzondering"
        else:
            origin = (row["herkomst"] if row is not None else None) or l["herkomst"]
            if origin is None:
                cls = "onbekend"
            elif origin == l["gemeente"]:
                cls = "herkomst"
            else:
                cls = "elders"
                knel[knelpunt_key(row["reden"] if row is not None else "")] += 1
        classes[cls] += 1
        if row is not None and row["besluit"] == "toegekend" and row["dbesluit"] is not None:
            waits.append((l["datum"] - row["dbesluit"]).days)
    wachtend = 0
    for r in model.register:
        if r["bron"] not in codes:
            continue
        if r["cat"] in S and r["besluit"] == "toegekend" and r["dbesluit"] <= hi \
                and not any(l["datum"] <= hi for l in r["links"]) \
                and (r["verv"] is None or r["verv"] > hi):
            wachtend += 1
    g_excl = 0
    for code in codes:
        uit = [g for g in cfg.gemeenten if g["code"] == code][0]["uitgezonderd"]
        for l in model.lettings:
            if l["gemeente"] == code and inp(l["datum"]) and l["cat"] in S and l["cat"] not in uit:
                g_excl += 1
    voorraad = None
    if has_delivery(model, "voorraad", p):
        t = sum(v["toegevoegd"] for v in model.voorraad if v["gemeente"] in codes and v["periode"] == p)
        o = sum(v["onttrokken"] for v in model.voorraad if v["gemeente"] in codes and v["periode"] == p)
        voorraad = (t, o, t - o)
    pct, sig = signaal(sum(geh.values()), mut, cfg)
    # SPEC section 9. The region (codes = every member) is computed from its own totals here, never from the
    # municipalities' results: tekort and the percentages of the region are not sums.
    mine = [l for l in model.lettings if l["gemeente"] in codes and inp(l["datum"])]
    regulier = sum(1 for l in mine if l["cat"] == "")
    alle = len(mine)                                # every letting, whatever noemer
    vraag = sum(geh.values()) + wachtend
    bij = Fraction(cfg.minimum) * mut / 100
    capaciteit = {"vraag": vraag, "bijMinimum": bij, "tekort": max(Fraction(0), vraag - bij),
                  "nodig": Fraction(100 * vraag, mut) if mut else None}
    slaagkans = None
    if has_delivery(model, "zoekers", p):
        a = sum(z["actief"] for z in model.zoekers if z["gemeente"] in codes and z["periode"] == p)
        gs = sum(z["geslaagd"] for z in model.zoekers if z["gemeente"] in codes and z["periode"] == p)
        slaagkans = {"actief": a, "geslaagd": gs, "pct": Fraction(100 * gs, a) if a else None}
    return {"aanvragen": aanv, "beschikkingen": besch, "afgewezen": afgew, "gehuisvest": geh, "mutaties": mut,
            "pct": pct, "signaal": sig, "passend": classes, "knelpunten": knel, "wachtend": wachtend,
            "waits": waits, "g": g_excl, "voorraad": voorraad,
            "regulier": regulier, "lettings": alle,
            "aandeelRegulier": Fraction(100 * regulier, alle) if alle else None,
            "capaciteit": capaciteit, "slaagkans": slaagkans}


def has_delivery(model, soort, p):
    """voorraad and slaagkans are present for p when a usable delivery of that soort exists for p (the version
    in use, not rejected as a whole file, not every record rejected; a file with only a header counts). See the
    README, section 9: a period whose only zoekers file is unusable shows no slaagkans rather than zeros."""
    return any(d.soort == soort and d.periode == p and usable(d) for d in model.deliveries)


def period_figures(model, p):
    cfg = model.cfg
    gem = {g["code"]: unit_figures(model, p, [g["code"]]) for g in cfg.gemeenten}
    reg = unit_figures(model, p, cfg.codes)
    G = sum(f["g"] for f in gem.values())
    H = sum(g["huishoudens"] for g in cfg.gemeenten)
    for g in cfg.gemeenten:
        f = gem[g["code"]]
        h = g["huishoudens"]
        f["aandeel"] = Fraction(h, H)
        f["evenredig"] = Fraction(G * h, H)
        f["index"] = Fraction(f["g"]) / f["evenredig"] if (G > 0 and h > 0) else None
        f["perduizend"] = Fraction(1000 * f["g"], h) if h > 0 else None
    reg["G"] = G
    reg["afwijking"] = 50 * sum(abs(Fraction(gem[g["code"]]["g"], G) - Fraction(g["huishoudens"], H))
                                for g in cfg.gemeenten) if G > 0 else None
    return {"gemeenten": gem, "regio": reg}


def all_periods(model):
    return {p: period_figures(model, p) for p in model.data_periods}


def window(model, p):
    """SPEC section 9: W = the last six periods in the data up to and including p (fewer when the data holds
    fewer). "The periods in the data" are those with a recognised delivery (contract, Periods); a period
    asked for with --periode that has no delivery is taken into W as its last period."""
    return sorted({q for q in model.data_periods if q <= p} | {p})[-WINDOW:]


def variance(xs):
    """Population variance of exact values (Fractions); None for an empty list."""
    if not xs:
        return None
    mean = sum(xs, Fraction(0)) / len(xs)
    return sum(((x - mean) ** 2 for x in xs), Fraction(0)) / len(xs)


def sqrt_fraction(v):
    """The square root of a non-negative Fraction, correctly rounded to a double (via 60-digit decimals)."""
    import decimal
    ctx = decimal.Context(prec=60)
    return float(ctx.divide(decimal.Decimal(v.numerator), decimal.Decimal(v.denominator)).sqrt(ctx))


def evaluatie(model, figs, p):
    """SPEC section 9, the three-year evaluation over W. Sums per municipality and for the region, index and
    afwijking over the summed g_m, voorraadNetto over the periods of W that have voorraad, and the spread
    (population standard deviation) of the municipalities' toewijzingspercentages in the first and in the
    last period of W, over the municipalities with mutaties in that period. Exact Fractions throughout; the
    spread is kept as a variance (compare unrounded) and its square root is taken only to format it."""
    cfg = model.cfg
    W = window(model, p)
    H = sum(g["huishoudens"] for g in cfg.gemeenten)
    gem = {}
    for g in cfg.gemeenten:
        c = g["code"]
        fs = [figs[q]["gemeenten"][c] for q in W]
        gem[c] = {"gehuisvest": sum(sum(f["gehuisvest"].values()) for f in fs),
                  "mutaties": sum(f["mutaties"] for f in fs),
                  "g": sum(f["g"] for f in fs),
                  "voorraadNetto": sum(f["voorraad"][2] for f in fs if f["voorraad"] is not None)}
    G = sum(x["g"] for x in gem.values())
    for g in cfg.gemeenten:
        x = gem[g["code"]]
        h = g["huishoudens"]
        x["pct"] = Fraction(100 * x["gehuisvest"], x["mutaties"]) if x["mutaties"] else None
        x["index"] = Fraction(x["g"]) / Fraction(G * h, H) if (G > 0 and h > 0) else None
    rf = [figs[q]["regio"] for q in W]
    reg = {"gehuisvest": sum(sum(f["gehuisvest"].values()) for f in rf),
           "mutaties": sum(f["mutaties"] for f in rf),
           "G": G,
           "voorraadNetto": sum(f["voorraad"][2] for f in rf if f["voorraad"] is not None)}
    reg["pct"] = Fraction(100 * reg["gehuisvest"], reg["mutaties"]) if reg["mutaties"] else None
    reg["afwijking"] = 50 * sum(abs(Fraction(gem[g["code"]]["g"], G) - Fraction(g["huishoudens"], H))
                                for g in cfg.gemeenten) if G > 0 else None

    def spread(q):
        xs = [figs[q]["gemeenten"][g["code"]]["pct"] for g in cfg.gemeenten
              if figs[q]["gemeenten"][g["code"]]["mutaties"] > 0]
        return variance(xs), len(xs)

    (vb, nb), (ve, ne) = spread(W[0]), spread(W[-1])
    reg["varBegin"], reg["varEind"], reg["nBegin"], reg["nEind"] = vb, ve, nb, ne
    reg["spreidingBegin"] = sqrt_fraction(vb) if vb is not None else None
    reg["spreidingEind"] = sqrt_fraction(ve) if ve is not None else None
    if vb is None or ve is None:
        reg["ingroeipadB"] = None
    else:
        reg["ingroeipadB"] = "dichterbij" if ve < vb else "verder" if ve > vb else "gelijk"
    return {"van": W[0], "tot": W[-1], "perioden": W, "regio": reg, "gemeenten": gem}


def noodknop(model, figs, p):
    cfg = model.cfg
    rules = []
    data = set(model.data_periods)
    for g in cfg.gemeenten:
        ps, q = [], p
        for _ in range(cfg.reeks):
            ps.append(q)
            q = prev_period(q)
        if all(x in data and figs[x]["gemeenten"][g["code"]]["signaal"] == "boven-signaalwaarde" for x in ps):
            rules.append(("signaalwaarde-reeks", g["code"]))
    if figs[p]["regio"]["signaal"] == "onder-minimum":
        rules.append(("regio-onder-minimum", None))
    ps, q = [], p
    for _ in range(cfg.groei + 1):
        ps.append(q)
        q = prev_period(q)
    if all(x in data for x in ps):
        w = [figs[x]["regio"]["wachtend"] for x in ps]
        if all(w[i] > w[i + 1] for i in range(len(w) - 1)):
            rules.append(("wachtenden-groei", None))
    return rules


def usable(d):
    """Contract, Completeness: the version in use, not rejected as a whole file, and not every record rejected
    (a file with only a header is a valid, empty delivery)."""
    return (d.status == "gebruikt" and d.whole_file is None
            and not (d.regels > 0 and d.afgewezen == d.regels))


def missing(model, p):
    out = []
    for c in model.cfg.corporaties:
        if not any(d.soort == "verhuringen" and d.bron == c["code"] and d.periode == p and usable(d)
                   for d in model.deliveries):
            out.append(("verhuringen", c["code"]))
    for code in model.cfg.codes:
        if not any(d.soort == "urgentie" and d.member == code and d.periode == p and usable(d)
                   for d in model.deliveries):
            out.append(("urgentie", code))
    return out


def datakwaliteit(model, p):
    cfg = model.cfg
    lo, hi = period_bounds(p)
    configured = [c["code"] for c in cfg.corporaties]
    others = sorted({d.bron for d in model.deliveries
                     if d.soort == "verhuringen" and d.periode == p and d.bron not in configured})
    out = []
    for corp in configured + others:
        n = sum(1 for l in model.lettings if l["corp"] == corp and lo <= l["datum"] <= hi and l["cat"] in S
                and l["nummer"].strip() == "" and l["herkomst_raw"] == "")
        out.append((corp, n))
    return out


# ------------------------------------------------------------------ suppression

def table_relations(uitgezonderd, block):
    """The published relations of one block (contract, Small numbers) as a list of {cell: coefficient}.

    uitgezonderd: the municipalities' excluded categories, in config order. A cell is (u, i): u = 0..n-1 the
    municipalities in config order, u = n the region; i the category index in S, and for gehuisvest also
    i = len(S) + k for passend class PASSEND[k]. Order: the row totals (municipalities, then the region), the
    columns (region cell minus its column; for gehuisvest also every passend class's column, since the region's
    passend is the sum of its municipalities'), then for gehuisvest per unit: the five classes (their sum is
    gehuisvest@totaal, published), mantelzorg minus the MZ cell (always 0: mantelzorg is the MZ cell), and per
    municipality with E, the sum over E and the sum over the other categories (total minus verdeling@gehuisvest).
    Only which cells a relation holds matters for what is recomputable; the published values do not."""
    n = len(uitgezonderd)
    rels = [{(u, i): 1 for i in range(len(S))} for u in range(n + 1)]
    cols = len(S) + (len(PASSEND) if block == "gehuisvest" else 0)
    for i in range(cols):
        rel = {(n, i): 1}
        rel.update({(u, i): -1 for u in range(n)})
        rels.append(rel)
    if block == "gehuisvest":
        mz = S.index("MZ")
        mantelzorg = len(S) + PASSEND.index("mantelzorg")
        for u in range(n + 1):
            rels.append({(u, len(S) + k): 1 for k in range(len(PASSEND))})
            rels.append({(u, mz): 1, (u, mantelzorg): -1})
        for u, e in enumerate(uitgezonderd):
            if e:
                ei = [i for i, c in enumerate(S) if c in e]
                rels.append({(u, i): 1 for i in ei})
                rels.append({(u, i): 1 for i in range(len(S)) if i not in ei})
    return rels


def determined(relations, hidden):
    """The hidden cells whose value follows from the relations once every other cell is substituted.

    Exact: the relations are restricted to the hidden cells (Fractions) and brought to reduced row echelon
    form; a cell is determined exactly when some row of the RREF has its only non-zero in that cell's column
    (its unit vector lies in the row space)."""
    var = sorted(hidden)
    col = {c: j for j, c in enumerate(var)}
    rows = []
    for rel in relations:
        r = [Fraction(0)] * len(var)
        for c, k in rel.items():
            if c in col:
                r[col[c]] += k
        if any(r):
            rows.append(r)
    top = 0
    for j in range(len(var)):
        p = next((i for i in range(top, len(rows)) if rows[i][j] != 0), None)
        if p is None:
            continue
        rows[top], rows[p] = rows[p], rows[top]
        pv = rows[top][j]
        rows[top] = [x / pv for x in rows[top]]
        for i in range(len(rows)):
            if i != top and rows[i][j] != 0:
                f = rows[i][j]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[top])]
        top += 1
    out = set()
    for r in rows[:top]:
        nz = [j for j, x in enumerate(r) if x != 0]
        if len(nz) == 1:
            out.add(var[nz[0]])
    return out


def all_cells(uitgezonderd, block=None):
    cols = len(S) + (len(PASSEND) if block == "gehuisvest" else 0)
    return {(u, i) for u in range(len(uitgezonderd) + 1) for i in range(cols)}


def known_cells(uitgezonderd, block):
    """Cells that follow from the relations even when every cell is hidden (contract: "known")."""
    return determined(table_relations(uitgezonderd, block), all_cells(uitgezonderd, block))


def exposed_cells(uitgezonderd, block, hidden):
    """Hidden cells, other than known ones, that can be recomputed from the published figures."""
    rels = table_relations(uitgezonderd, block)
    return determined(rels, set(hidden)) - known_cells(uitgezonderd, block)


def protect_table(values, thr, uitgezonderd, block):
    """values: {(u, i): int} for one block. -> the set of hidden cells for public output.

    Primary cells are 1..thr-1. Then, while the audit finds a recomputable hidden cell (not known), the first
    relation it is in that has a shown cell (known cells don't count; when none has, the first relation with a
    hidden and a shown cell) gets its smallest non-zero shown cell hidden (first in table order on a tie), or
    else its first zero cell. This only makes the reference's own
    XML safe; compare.py does NOT compare the program's choice with it, only properties (see README)."""
    rels = table_relations(uitgezonderd, block)
    known = known_cells(uitgezonderd, block)
    hidden = {c for c, v in values.items() if 1 <= v <= thr - 1}
    while True:
        exposed = sorted(determined(rels, hidden) - known)
        if not exposed:
            return hidden
        c = exposed[0]
        # the first relation with c that has a shown cell; when every relation with c is fully hidden (c follows
        # from a combination of relations), the first relation with a hidden and a shown cell
        for rel in [r for r in rels if c in r] + [r for r in rels if c not in r and set(r) & hidden]:
            cand = sorted(d for d in rel if d not in hidden and d not in known)
            if not cand:
                continue
            nz = [(values[d], d) for d in cand if values[d] > 0]
            hidden.add(min(nz)[1] if nz else cand[0])
            break
        else:
            raise RuntimeError(f"cannot protect cell {c} in {block}")


# ------------------------------------------------------------------ expected XML

def f2(x):
    return f"{float(x):.2f}"


def f4(x):
    return f"{float(x):.4f}"


def f1(x):
    return f"{float(x):.1f}"


def default_period(model):
    """The latest period with a delivery that has started at the time of generation (contract section 8):
    SOURCE_DATE_EPOCH, else now, as a UTC date; a period has started on its first day."""
    sde = os.environ.get("SOURCE_DATE_EPOCH")
    now = dt.datetime.fromtimestamp(int(sde), dt.timezone.utc) if sde else dt.datetime.now(dt.timezone.utc)
    started = [p for p in model.data_periods if period_bounds(p)[0] <= now.date()]
    return started[-1] if started else None


def _el(parent, tag, **attrs):
    e = ET.SubElement(parent, f"{{{NSURI}}}{tag}")
    for k, v in attrs.items():
        if v is not None:
            e.set(k, str(v))
    return e


def _unit(parent, f, cfg, public, region, hidden_by_block):
    thr = cfg.onderdrukken_onder
    for block in ("aanvragen", "beschikkingen", "gehuisvest"):
        cnt = f[block]
        cells = [cnt.get(c, 0) for c in S]
        b = _el(parent, block, totaal=sum(cells))
        if block == "beschikkingen":
            b.set("afgewezen", str(f["afgewezen"]))
        hidden = hidden_by_block[block] if public else set()
        for i, c in enumerate(S):
            if i in hidden:
                _el(b, "categorie", code=c, onderdrukt="true")
            else:
                _el(b, "categorie", code=c, aantal=cells[i])
    _el(parent, "mutaties", aantal=f["mutaties"])
    _el(parent, "toewijzingspercentage", waarde=f2(f["pct"]) if f["pct"] is not None else None, signaal=f["signaal"])
    if region:
        _el(parent, "verdeling", gehuisvest=f["G"], afwijking=f2(f["afwijking"]) if f["afwijking"] is not None else None)
    else:
        _el(parent, "verdeling", gehuisvest=f["g"], aandeelHuishoudens=f4(f["aandeel"]),
            evenredigAandeel=f2(f["evenredig"]), index=f2(f["index"]) if f["index"] is not None else None,
            perDuizendHuishoudens=f2(f["perduizend"]) if f["perduizend"] is not None else None)
    c = f["passend"]
    # public output: a hidden class is left out and named in @onderdrukt (contract, section 6)
    hidden_classes = [k for k in PASSEND if len(S) + PASSEND.index(k) in hidden_by_block["gehuisvest"]] \
        if public else []
    ps = _el(parent, "passend", **{k: (None if k in hidden_classes else c[k]) for k in PASSEND})
    aandeel = passend_share(c, hidden_classes)
    if aandeel is not None:
        ps.set("aandeelPassend", aandeel)
    if hidden_classes:
        ps.set("onderdrukt", " ".join(hidden_classes))
    for reden, n, in knelpunten_listed(f["knelpunten"], thr if public else None):
        _el(ps, "knelpunt", reden=reden, aantal=n)
    left = knelpunten_other(f["knelpunten"], thr if public else None, "elders" in hidden_classes)
    if left is not None:
        _el(ps, "overigeKnelpunten", aantal=left)
    _el(parent, "wachtend", aantal=f["wachtend"])
    med = median(f["waits"])
    if public and len(f["waits"]) < thr:            # no median below onderdrukkenOnder in public output
        med = None
    _el(parent, "wachttijd", aantal=len(f["waits"]), mediaanDagen=f1(med) if med is not None else None)
    if f["voorraad"] is not None:
        t, o, n = f["voorraad"]
        _el(parent, "voorraad", toegevoegd=t, onttrokken=o, netto=n)
    # SPEC section 9: after voorraad (or after wachttijd without it), in this order. Totals: never suppressed.
    _el(parent, "regulier", aantal=f["regulier"], aandeel=opt2(f["aandeelRegulier"]))
    c = f["capaciteit"]
    _el(parent, "capaciteit", vraag=c["vraag"], bijMinimum=f2(c["bijMinimum"]), tekort=f2(c["tekort"]),
        nodigPercentage=opt2(c["nodig"]))
    if f["slaagkans"] is not None:
        z = f["slaagkans"]
        _el(parent, "slaagkans", actief=z["actief"], geslaagd=z["geslaagd"], percentage=opt2(z["pct"]))


def opt2(x):
    return f2(x) if x is not None else None


def _evaluatie(root, cfg, ev):
    """SPEC section 9: evaluatie right after noodknop."""
    e = _el(root, "evaluatie", van=ev["van"], tot=ev["tot"], perioden=len(ev["perioden"]))
    r = ev["regio"]
    _el(e, "regio", gehuisvest=r["gehuisvest"], mutaties=r["mutaties"], toewijzingspercentage=opt2(r["pct"]),
        afwijking=opt2(r["afwijking"]), voorraadNetto=r["voorraadNetto"], spreidingBegin=opt2(r["spreidingBegin"]),
        spreidingEind=opt2(r["spreidingEind"]), ingroeipadB=r["ingroeipadB"])
    for g in cfg.gemeenten:
        x = ev["gemeenten"][g["code"]]
        _el(e, "gemeente", code=g["code"], gehuisvest=x["gehuisvest"], mutaties=x["mutaties"],
            toewijzingspercentage=opt2(x["pct"]), index=opt2(x["index"]), voorraadNetto=x["voorraadNetto"])


def passend_share(c, hidden_classes):
    """@aandeelPassend: 100 x passend / (passend + elders), left out when that is 0/0 or when a class it is
    computed from (herkomst, uitzondering, mantelzorg, elders) is hidden; onbekend does not enter it."""
    if any(k in hidden_classes for k in ("herkomst", "uitzondering", "mantelzorg", "elders")):
        return None
    passend = c["herkomst"] + c["uitzondering"] + c["mantelzorg"]
    return f2(Fraction(100 * passend, passend + c["elders"])) if passend + c["elders"] else None


def knelpunten_listed(knel, thr):
    """The knelpunten listed (thr None: vertrouwelijk, all), most frequent first, then by reden."""
    kn = sorted(knel.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(r, n) for r, n in kn if thr is None or n >= thr]


def knelpunten_other(knel, thr, elders_hidden):
    """overigeKnelpunten@aantal, or None when it is left out: nothing was grouped, or elders is hidden (the
    listed counts plus this count add up to elders, so it would give a hidden elders back)."""
    if thr is None or elders_hidden:
        return None
    small = [n for n in knel.values() if n < thr]
    return sum(small) if small else None


def expected_document(cfg_path, input_dir, periode=None, vertrouwelijk=False, model=None):
    cfg = Config(cfg_path)
    model = model or Model(cfg, input_dir)
    p = periode or default_period(model)
    figs = all_periods(model)
    if p not in figs:
        figs[p] = period_figures(model, p)
    public = not vertrouwelijk
    ontbreekt = missing(model, p)
    root = ET.Element(f"{{{NSURI}}}monitor")
    root.set("regio", cfg.code)
    root.set("periode", p)
    root.set("openbaarheid", "openbaar" if public else "vertrouwelijk")
    root.set("schemaversie", "1")
    root.set("status", "concept" if ontbreekt else "definitief")
    sde = os.environ.get("SOURCE_DATE_EPOCH")
    stamp = dt.datetime.fromtimestamp(int(sde), dt.timezone.utc) if sde else dt.datetime.now(dt.timezone.utc)
    root.set("gegenereerd", stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
    _el(root, "normen", minimum=cfg.minimum, signaalwaarde=cfg.signaalwaarde, noemer=cfg.noemer,
        onderdrukkenOnder=cfg.onderdrukken_onder)
    units = [figs[p]["gemeenten"][g["code"]] for g in cfg.gemeenten] + [figs[p]["regio"]]
    uitg = [g["uitgezonderd"] for g in cfg.gemeenten]
    hid = [{} for _ in units]                       # per unit: block -> hidden category indexes
    for block in ("aanvragen", "beschikkingen", "gehuisvest"):
        values = {(u, i): units[u][block].get(c, 0) for u in range(len(units)) for i, c in enumerate(S)}
        if block == "gehuisvest":
            values.update({(u, len(S) + k): units[u]["passend"][c] for u in range(len(units))
                           for k, c in enumerate(PASSEND)})
        h = protect_table(values, cfg.onderdrukken_onder, uitg, block) if public else set()
        for u in range(len(units)):
            hid[u][block] = {i for (v, i) in h if v == u}
    r = _el(root, "regio", code=cfg.code, naam=cfg.naam)
    _unit(r, units[-1], cfg, public, True, hid[-1])
    for k, g in enumerate(cfg.gemeenten):
        e = _el(root, "gemeente", code=g["code"], naam=g["naam"], huishoudens=g["huishoudens"])
        _unit(e, units[k], cfg, public, False, hid[k])
    rules = noodknop(model, figs, p) if all(x in figs for x in model.data_periods) else []
    nk = _el(root, "noodknop", status="agenderen" if rules else "geen-aanleiding")
    for code, gem in rules:
        _el(nk, "regel", code=code, gemeente=gem)
    _evaluatie(root, cfg, evaluatie(model, figs, p))
    dq = _el(root, "datakwaliteit")
    for corp, n in datakwaliteit(model, p):
        _el(dq, "corporatie", bron=corp, urgentZonderHerkomst=n)
    lv = _el(root, "leveringen")
    for d in sorted(model.deliveries, key=lambda d: (d.soort, d.bron, d.periode, d.versie)):
        _el(lv, "levering", soort=d.soort, bron=d.bron, periode=d.periode, versie=d.versie, sha256=d.sha256,
            regels=d.regels, afgewezen=d.afgewezen, status=d.status, gebruikt=d.gebruikt, buitenRegio=d.buiten,
            vervangen=d.vervangen)
    for soort, bron in ontbreekt:
        _el(lv, "ontbreekt", soort=soort, bron=bron)
    for rel in model.unrecognised:
        _el(lv, "nietHerkend", bestand=rel)
    return root, model, figs


def near_ties(figs, p, cfg, model=None):
    """Decimals whose exact value lies within 1e-9 of a rounding boundary (format-order sensitive)."""
    out = []

    def chk(where, x, places):
        if x is None:
            return
        y = Fraction(x) * 10 ** places
        frac = y - (y.numerator // y.denominator)
        if abs(frac - Fraction(1, 2)) < Fraction(1, 10 ** 9):
            out.append(f"{where} = {float(x)!r} ({places} decimals)")

    f = figs[p]
    for code, g in f["gemeenten"].items():
        chk(f"{code} toewijzingspercentage", g["pct"], 2)
        chk(f"{code} aandeelHuishoudens", g["aandeel"], 4)
        chk(f"{code} evenredigAandeel", g["evenredig"], 2)
        chk(f"{code} index", g["index"], 2)
        chk(f"{code} perDuizendHuishoudens", g["perduizend"], 2)
        c = g["passend"]
        ps = c["herkomst"] + c["uitzondering"] + c["mantelzorg"]
        if ps + c["elders"]:
            chk(f"{code} aandeelPassend", Fraction(100 * ps, ps + c["elders"]), 2)
    chk("regio toewijzingspercentage", f["regio"]["pct"], 2)
    chk("regio afwijking", f["regio"]["afwijking"], 2)
    for q, fq in figs.items():                      # section 9 figures of every period, and the evaluation
        for code, g in list(fq["gemeenten"].items()) + [("regio", fq["regio"])]:
            chk(f"{q} {code} regulier@aandeel", g["aandeelRegulier"], 2)
            chk(f"{q} {code} capaciteit@bijMinimum", g["capaciteit"]["bijMinimum"], 2)
            chk(f"{q} {code} capaciteit@tekort", g["capaciteit"]["tekort"], 2)
            chk(f"{q} {code} capaciteit@nodigPercentage", g["capaciteit"]["nodig"], 2)
            if g["slaagkans"] is not None:
                chk(f"{q} {code} slaagkans@percentage", g["slaagkans"]["pct"], 2)
    for q in (sorted(figs) if model is not None else []):
        ev = evaluatie(model, figs, q)
        r = ev["regio"]
        chk(f"evaluatie {q} regio toewijzingspercentage", r["pct"], 2)
        chk(f"evaluatie {q} regio afwijking", r["afwijking"], 2)
        for which in ("Begin", "Eind"):
            v = r["var" + which]
            if v is not None:
                import decimal
                ctx = decimal.Context(prec=60)
                sd = ctx.divide(decimal.Decimal(v.numerator), decimal.Decimal(v.denominator)).sqrt(ctx)
                frac = (sd * 100) % 1
                if abs(frac - decimal.Decimal("0.5")) < decimal.Decimal("1e-9"):
                    out.append(f"evaluatie {q} spreiding{which} = {sd} (2 decimals)")
        for code, x in ev["gemeenten"].items():
            chk(f"evaluatie {q} {code} toewijzingspercentage", x["pct"], 2)
            chk(f"evaluatie {q} {code} index", x["index"], 2)
    return out


# ------------------------------------------------------------------ report

def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("config")
    ap.add_argument("input")
    ap.add_argument("--periode")
    ap.add_argument("--vertrouwelijk", action="store_true")
    ap.add_argument("--xml")
    ap.add_argument("--rejects", action="store_true")
    a = ap.parse_args(argv)
    try:
        root, model, figs = expected_document(a.config, a.input, a.periode, a.vertrouwelijk)
    except ConfigError as e:
        print(f"configuratiefout: {e}")
        return 2
    cfg = model.cfg
    p = root.get("periode")
    print(f"regio {cfg.code}, periode {p} ({root.get('status')}), periods in the data: {', '.join(model.data_periods)}")
    print()
    hdr = f"{'':22}{'aanvr':>6}{'besch':>6}{'afgw':>5}{'gehv':>5}{'mut':>5}{'pct':>8}  {'signaal':<20}{'g_m':>4}{'wacht':>6}"
    print(hdr)
    rows = [(g["naam"], figs[p]["gemeenten"][g["code"]]) for g in cfg.gemeenten] + [("REGIO", figs[p]["regio"])]
    for name, f in rows:
        pct = f2(f["pct"]) if f["pct"] is not None else "-"
        g = f["G"] if name == "REGIO" else f["g"]
        print(f"{name:22}{sum(f['aanvragen'].values()):6}{sum(f['beschikkingen'].values()):6}{f['afgewezen']:5}"
              f"{sum(f['gehuisvest'].values()):5}{f['mutaties']:5}{pct:>8}  {f['signaal']:<20}{g:4}{f['wachtend']:6}")
    print()
    for name, f in rows:
        print(f"{name:22}gehuisvest per categorie: " + " ".join(f"{c}={f['gehuisvest'].get(c, 0)}" for c in S))
    print()
    for name, f in rows:
        c = f["passend"]
        med = median(f["waits"])
        print(f"{name:22}passend: " + " ".join(f"{k}={c[k]}" for k in ("herkomst", "uitzondering", "mantelzorg",
                                                                      "elders", "onbekend"))
              + f"  wachttijd n={len(f['waits'])} mediaan={f1(med) if med is not None else '-'}"
              + (f"  voorraad={f['voorraad']}" if f["voorraad"] else ""))
        for reden, n in sorted(f["knelpunten"].items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{'':26}knelpunt {n:3}  {reden!r}")
    print()
    opt = lambda x: f2(x) if x is not None else "-"
    print(f"{'section 9':22}{'regul':>6}{'allen':>6}{'aandeel':>8}{'vraag':>6}{'bijMin':>8}{'tekort':>8}{'nodig%':>8}"
          f"{'actief':>8}{'geslg':>6}{'slaag%':>8}")
    for name, f in rows:
        c, z = f["capaciteit"], f["slaagkans"]
        print(f"{name:22}{f['regulier']:6}{f['lettings']:6}{opt(f['aandeelRegulier']):>8}{c['vraag']:6}"
              f"{f2(c['bijMinimum']):>8}{f2(c['tekort']):>8}{opt(c['nodig']):>8}"
              + (f"{z['actief']:8}{z['geslaagd']:6}{opt(z['pct']):>8}" if z else f"{'(geen zoekers)':>22}"))
    ev = evaluatie(model, figs, p)
    r = ev["regio"]
    print()
    print(f"evaluatie {ev['van']} .. {ev['tot']} ({len(ev['perioden'])} perioden: {' '.join(ev['perioden'])})")
    print(f"  REGIO       gehuisvest={r['gehuisvest']} mutaties={r['mutaties']} pct={opt(r['pct'])} "
          f"afwijking={opt(r['afwijking'])} voorraadNetto={r['voorraadNetto']} spreidingBegin={opt(r['spreidingBegin'])}"
          f" (n={r['nBegin']}) spreidingEind={opt(r['spreidingEind'])} (n={r['nEind']}) ingroeipadB={r['ingroeipadB']}")
    for g in cfg.gemeenten:
        x = ev["gemeenten"][g["code"]]
        print(f"  {g['naam']:12}gehuisvest={x['gehuisvest']} mutaties={x['mutaties']} pct={opt(x['pct'])} "
              f"g={x['g']} index={opt(x['index'])} voorraadNetto={x['voorraadNetto']}")
    print()
    print("wachtend (regio) per period: " + ", ".join(f"{q}={figs[q]['regio']['wachtend']}" for q in model.data_periods))
    print("signaal per period: ")
    for g in cfg.gemeenten:
        print(f"  {g['naam']:12}" + " ".join(f"{q}:{figs[q]['gemeenten'][g['code']]['signaal']}" for q in model.data_periods))
    print(f"  {'REGIO':12}" + " ".join(f"{q}:{figs[q]['regio']['signaal']}" for q in model.data_periods))
    nk = root.find(f"{{{NSURI}}}noodknop")
    print(f"noodknop: {nk.get('status')} " + ", ".join(f"{r.get('code')}{'(' + r.get('gemeente') + ')' if r.get('gemeente') else ''}"
                                                   for r in nk))
    for e in root.find(f"{{{NSURI}}}datakwaliteit"):
        print(f"datakwaliteit {e.get('bron')}: urgentZonderHerkomst={e.get('urgentZonderHerkomst')}")
    print(f"lettings with an ambiguous number: {model.ambiguous}")
    print()
    print(f"{'levering':48}{'regels':>7}{'gebr':>6}{'afgw':>6}{'buiten':>7}{'verv':>6}  status")
    for d in sorted(model.deliveries, key=lambda d: (d.soort, d.bron, d.periode, d.versie)):
        name = f"{d.soort}/{d.bron}/{d.periode}/v{d.versie}"
        print(f"{name:48}{d.regels:7}{d.gebruikt:6}{d.afgewezen:6}{d.buiten:7}{d.vervangen:6}  {d.status}"
              + ("  [" + "; ".join(d.notes) + "]" if d.notes else ""))
    lv = root.find(f"{{{NSURI}}}leveringen")
    for e in lv:
        if e.tag.endswith("ontbreekt"):
            print(f"ontbreekt: {e.get('soort')} {e.get('bron')}")
        if e.tag.endswith("nietHerkend"):
            print(f"niet herkend: {e.get('bestand')}")
    for d in model.duplicate_files:
        print(f"dezelfde levering nog eens (niet gelezen, niet vermeld): {d.rel}")
    for d in model.deliveries:
        if d.status == "gebruikt" and not usable(d):
            print(f"niet bruikbaar (telt als ontbrekend): {d.rel}: "
                  + (d.whole_file or "alle regels afgewezen"))
    if a.rejects:
        print()
        for d in model.deliveries:
            for line, why in d.rejects:
                print(f"afgewezen: {d.rel}:{line}: {why}")
    ties = near_ties(figs, p, cfg, model)
    for t in ties:
        print(f"WARNING rounding tie: {t}")
    bad = model.accounting_ok()
    total = [sum(getattr(d, k) for d in model.deliveries) for k in ("regels", "gebruikt", "afgewezen", "buiten", "vervangen")]
    print()
    print(f"accounting: read {total[0]} = used {total[1]} + rejected {total[2]} + buiten regio {total[3]}"
          f" + superseded {total[4]}: {'OK' if not bad else 'FAILED for ' + ', '.join(bad)}")
    if a.xml:
        ET.register_namespace("", NSURI)
        ET.indent(root)
        ET.ElementTree(root).write(a.xml, encoding="utf-8", xml_declaration=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
