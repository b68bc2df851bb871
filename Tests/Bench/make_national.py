#!/usr/bin/env python3
"""Deterministic generator of a SYNTHETIC national-scale data set for `make bench`.

Usage: make_national.py OUTDIR [--scale S] [--seed N]

Writes
  OUTDIR/regio.toml       region "nederland-synthetisch": 342 fictional municipalities (GM0001..GM0342,
                          ~8.2 million households in all), 300 fictional corporations (corp-001..corp-300)
  OUTDIR/exports/...      for the ten half-years 2021-H2 .. 2026-H1:
                            verhuringen_<corp>_<periode>.csv   one per corporation (~250,000 lettings per
                                                               half-year nationally at scale 1, ~18% to
                                                               wettelijk urgenten)
                            urgentie_GMnnnn_<periode>.csv      one per municipality (~62,000 register rows per
                                                               half-year nationally at scale 1)
                            voorraad_corp-001_<periode>.csv    one per period, rows for every municipality
                            ..._v2.csv                         per period 3 corporations and 3 municipalities
                                                               send a second version that replaces the first
  OUTDIR/manifest.json    what was written: files, rows, bytes per soort, and the expected figures under
                          latest-delivery-wins (region per period; per municipality for the last period)

The data is CLEAN: every row keeps the contract (docs/contract.md), every configured corporation and member
municipality delivers in every period, urgentienummers are unique nationally and every linked number is in
a register. `verdeelmonitor run` on it must exit 0. It does vary the dialect the way real exports do: `;`
or `,` per sender, CRLF or LF, an occasional byte-order mark, quoted fields (reasons with delimiters in
them, quoted municipality names), municipalities written as GM0363, 0363, 363, a name or an alias, three date
styles (2026-03-01, 01-03-2026, 1/3/2026), several boolean spellings, upper/lower case codes.

The register is simulated as a waiting list: applications get a decision 1 week to 5 months later (a few are
withdrawn only after months); granted ones wait in a first-in-first-out queue per municipality until a letting
to an urgent picks them (mostly in their own municipality, sometimes in a neighbouring one with a knelpunt
reason). A register delivery holds every row that is new in its half-year or was still open at its start,
each in its state at the end of that half-year; so an open row comes again in every delivery until it closes
(about a third of the register rows repeat an earlier key) and later deliveries supersede earlier rows.

Corrections, as real deliveries carry them: a few lettings without an urgentienummer come again in the same
corporation's delivery of the next half-year with another urgentie (dated in the earlier period, so the
program notes a warning); a refused application is granted after a bezwaar in a later delivery; a granted
beschikking is withdrawn (ingetrokken) in a later delivery; a `_v1` that misses or misstates a few rows is
replaced by its `_v2`. The expected figures are counted from the generator's own final state of every record.

The generator works period by period, so its memory stays bounded (only the open register rows are kept).
Standard library only; fixed seed; no clock; no hash-ordered iteration: two runs give identical bytes.
"""
import argparse
import datetime as dt
import heapq
import json
import math
import os
import random
import shutil
import sys
import time
from collections import deque

SEED = 20260630
PERIODS = ["2021-H2"] + [f"{year}-H{half}" for year in range(2022, 2026) for half in (1, 2)] + ["2026-H1"]
N_MUNICIPALITIES = 342
N_CORPORATIONS = 300
HOUSEHOLDS_TOTAL = 8_200_000

# National volumes per half-year at scale 1.
LETTINGS_PER_HALF_YEAR = 244_000
APPLICATIONS_PER_HALF_YEAR = 39_000
DECISION_DAYS = 150           # applications are decided 7 to DECISION_DAYS days after they are filed
BACKLOG_SHARE = 0.35          # open waiting list at the start, as a share of one half-year's applications
STATUTORY_SHARE = 0.18        # national share of lettings to wettelijk urgenten
VH_SHARE = 0.08
LOK_SHARE = 0.03
LINKED_SHARE = 0.86           # lettings to urgents that carry an urgentienummer found in a register
OWN_MUNICIPALITY = 0.82       # urgents housed in the municipality of their register
# Corrections, as real deliveries carry them.
CORRECTION_SHARE = 0.002      # lettings without urgentienummer sent again next half-year with another urgentie
BEZWAAR_SHARE = 0.05          # refused applications granted later after a bezwaar
WITHDRAWN_SHARE = 0.01        # granted beschikkingen withdrawn (ingetrokken) later unless housed before
V2_DELIVERIES = 3             # per period, corporations and municipalities that send a _v2 replacing the first

S = ["MZ", "MED", "MO", "GGZ", "VO", "JH", "DET", "SW", "DG"]
S_WEIGHTS = [8, 35, 15, 8, 7, 6, 5, 1, 15]
REDENEN = [
    ("geen passende woning in eigen gemeente", 30),
    ("te lange wachttijd", 20),
    ("grote woning nodig, gezin met kinderen", 12),     # holds a comma: quoted in ',' files
    ("veiligheid; afstand tot netwerk nodig", 8),       # holds a semicolon: quoted in ';' files
    ("zorgaanbod alleen in buurgemeente", 10),
    ("Geen  passende woning in eigen gemeente", 4),     # same knelpunt after lower-casing and collapsing
    ("", 10),                                           # "geen reden opgegeven"
    ("uitstroom \"Housing First\"-plek", 3),            # a quote inside: doubled and quoted
]

PREFIXES = ["Aar", "Ber", "Bos", "Dal", "Dor", "Eem", "Ger", "Haar", "Hel", "Hoog", "Kam", "Laar", "Lee",
            "Mid", "Noord", "Oost", "Ooster", "Ouder", "Rijn", "Schoon", "Slie", "Steen", "Ter", "Veen", "Vlie",
            "Wes", "Wester", "Wijk", "Zand", "Zuid", "Bra", "Gro", "Ven", "Appel", "Bloem", "Mol", "Ree",
            "Heem", "Lin", "Maas", "Nij", "Val", "Wol", "Ijssel", "Eind", "Hart", "Kort", "Lang"]
SUFFIXES = ["dam", "dorp", "veen", "wijk", "hout", "horst", "loo", "sum", "broek", "dijk", "berg", "mond",
            "hem", "zijl", "burg", "stede", "voort", "recht", "meer", "wolde", "hoven", "land", "sel", "rade",
            "kerk", "lo", "gaast", "ede"]
FRISIAN = ["Súdwest-", "Noardeast-", "Westergeast-", "Skarsterlân-"]


def period_bounds(name):
    year, half = int(name[:4]), name[5:]
    if half == "H1":
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 6, 30).toordinal()
    return dt.date(year, 7, 1).toordinal(), dt.date(year, 12, 31).toordinal()


BOUNDS = [period_bounds(p) for p in PERIODS]
BACKLOG_BOUNDS = period_bounds("2021-H1")
FIRST_DAY = dt.date(2020, 7, 1).toordinal()
LAST_DAY = dt.date(2027, 12, 31).toordinal()


def period_of(ordinal):
    """Index in PERIODS of the half-year holding `ordinal`; -1 before, len(PERIODS) after."""
    if ordinal < BOUNDS[0][0]:
        return -1
    for k, (_, last) in enumerate(BOUNDS):
        if ordinal <= last:
            return k
    return len(PERIODS)


class DateText:
    """Date strings per ordinal, precomputed for the three styles the exports use."""

    def __init__(self):
        self.iso, self.dmy, self.slash = [], [], []
        for o in range(FIRST_DAY, LAST_DAY + 1):
            d = dt.date.fromordinal(o)
            self.iso.append(d.isoformat())
            self.dmy.append(f"{d.day:02d}-{d.month:02d}-{d.year}")
            self.slash.append(f"{d.day}/{d.month}/{d.year}")

    def table(self, style):
        return {"iso": self.iso, "dmy": self.dmy, "slash": self.slash}[style]


class Municipality:
    __slots__ = ("index", "code", "naam", "alias", "households", "urgent_share", "lettings", "applications",
                 "serving", "serving_weights", "queue", "pending", "seq", "style", "forms", "active")


class Corporation:
    __slots__ = ("index", "code", "naam", "weight", "municipalities", "delimiter", "crlf", "bom", "date_style",
                 "place_style", "quote_places", "flag_words", "upper_codes", "prefix")


class Row:
    """One urgency application in a register; its state changes over time."""
    __slots__ = ("number", "municipality", "applied", "category", "besluit", "decided", "origin", "exception",
                 "reden", "lapsed", "housed", "elsewhere", "withdrawn", "regranted", "seen")


def quote(value, delimiter):
    if delimiter in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def make_names(rng, n):
    names, seen = [], set()
    while len(names) < n:
        name = rng.choice(PREFIXES) + rng.choice(SUFFIXES)
        if rng.random() < 0.04:
            name = rng.choice(FRISIAN) + name
        elif rng.random() < 0.05:
            name = name + " aan de " + rng.choice(["Maas", "Vecht", "IJssel", "Rijn", "Linge"])
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        names.append(name)
    return names


def build_region(rng, scale):
    names = make_names(rng, N_MUNICIPALITIES)
    raw = [math.exp(rng.gauss(0.0, 0.85)) for _ in range(N_MUNICIPALITIES)]
    total = sum(raw)
    households = [max(900, round(HOUSEHOLDS_TOTAL * r / total)) for r in raw]
    households[-1] += HOUSEHOLDS_TOTAL - sum(households)
    municipalities = []
    for i in range(N_MUNICIPALITIES):
        m = Municipality()
        m.index = i
        m.code = f"GM{i + 1:04d}"
        m.naam = names[i]
        m.alias = f"Gemeente {names[i]}" if rng.random() < 0.15 else None
        m.households = households[i]
        # The share of lettings to urgents varies, so that some municipalities are onder-minimum (15)
        # and some boven-signaalwaarde (20).
        m.urgent_share = min(0.30, max(0.08, rng.gauss(STATUTORY_SHARE, 0.035)))
        social = rng.uniform(0.6, 1.4)
        m.lettings = LETTINGS_PER_HALF_YEAR * scale * households[i] / HOUSEHOLDS_TOTAL * social
        m.applications = (APPLICATIONS_PER_HALF_YEAR * scale * households[i] / HOUSEHOLDS_TOTAL * social
                          * m.urgent_share / STATUTORY_SHARE)
        m.serving, m.serving_weights = [], []
        m.queue = deque()
        m.pending = []
        m.seq = {}
        m.style = {
            "delimiter": ";" if rng.random() < 0.6 else ",",
            "crlf": rng.random() < 0.3,
            "bom": rng.random() < 0.1,
            "date_style": rng.choices(["iso", "dmy", "slash"], [75, 15, 10])[0],
            "besluit_case": rng.choice(["lower", "lower", "lower", "title"]),
            "lower_codes": rng.random() < 0.1,
            "origin_style": rng.choice(["gm", "gm", "gm", "code4", "naam"]),
        }
        municipalities.append(m)

    corporations = []
    for c in range(N_CORPORATIONS):
        corp = Corporation()
        corp.index = c
        corp.code = f"corp-{c + 1:03d}"
        corp.naam = f"Woonstichting {rng.choice(PREFIXES)}{rng.choice(SUFFIXES)} ({c + 1:03d})"
        corp.weight = rng.uniform(0.3, 3.0)
        start = min(N_MUNICIPALITIES - 1, round(c * N_MUNICIPALITIES / N_CORPORATIONS))
        width = rng.choices([1, 2, 3, 4, 6], [30, 30, 20, 12, 8])[0]
        corp.municipalities = list(range(start, min(N_MUNICIPALITIES, start + width)))
        corp.delimiter = ";" if rng.random() < 0.65 else ","
        corp.crlf = rng.random() < 0.3
        corp.bom = rng.random() < 0.15
        corp.date_style = rng.choices(["iso", "dmy", "slash"], [75, 15, 10])[0]
        corp.place_style = rng.choices(["gm", "code4", "code", "naam", "mixed"], [40, 20, 5, 20, 15])[0]
        corp.quote_places = rng.random() < 0.1
        corp.flag_words = rng.choice([("ja", "nee"), ("ja", "nee"), ("j", "n"), ("1", "0"), ("true", "false"), ("Ja", "Nee")])
        corp.upper_codes = rng.random() < 0.9
        corp.prefix = f"C{c + 1:03d}"
        corporations.append(corp)
    for corp in corporations:
        for i in corp.municipalities:
            municipalities[i].serving.append(corp.index)
            municipalities[i].serving_weights.append(corp.weight)
    for m in municipalities:  # every municipality is served by someone
        if not m.serving:
            nearest = min(corporations, key=lambda c: (abs(c.municipalities[0] - m.index), c.index))
            nearest.municipalities.append(m.index)
            m.serving.append(nearest.index)
            m.serving_weights.append(nearest.weight)
    for m in municipalities:
        m.forms = {
            "gm": m.code, "code4": m.code[2:], "code": str(int(m.code[2:])), "naam": m.naam,
            "alias": m.alias or m.naam, "upper": m.naam.upper(),
        }
    return municipalities, corporations


def applications(rng, m, first, last, backlog=False):
    """Draws the applications of municipality `m` filed between `first` and `last`; returns the rows.

    Every fate is drawn here (decision, bezwaar, lapse, withdrawal); only `housed` is set later, when a letting
    takes the row from the queue."""
    mean = m.applications * (BACKLOG_SHARE if backlog else 1.0)
    n = int(mean * rng.uniform(0.9, 1.1) + rng.random())
    rows = []
    for _ in range(n):
        row = Row()
        row.municipality = m.index
        row.applied = rng.randint(first, last)
        year = dt.date.fromordinal(row.applied).year
        m.seq[year] = m.seq.get(year, 0) + 1
        row.number = f"U{m.code[2:]}-{year}-{m.seq[year]:05d}"
        row.category = "LOK" if rng.random() < 0.06 else rng.choices(S, S_WEIGHTS)[0]
        r = rng.random()
        if backlog:  # the open waiting list at the start: granted, not yet housed
            row.besluit = "toegekend"
        elif r < 0.86:
            row.besluit = "toegekend"
        elif r < 0.96:
            row.besluit = "afgewezen"
        else:
            row.besluit = "ingetrokken"  # the applicant withdrew, sometimes only after months
        if row.besluit == "ingetrokken" and r >= 0.975:
            row.decided = row.applied + rng.randint(150, 365)
        else:
            row.decided = min(row.applied + rng.randint(7, DECISION_DAYS), last if backlog else LAST_DAY)
        row.origin = m.index if rng.random() < 0.95 else None
        row.exception = rng.random() < 0.04
        row.reden = None
        row.lapsed = None
        row.housed = None
        row.elsewhere = False
        row.withdrawn = None
        row.regranted = None
        row.seen = False
        if row.besluit == "afgewezen" and rng.random() < BEZWAAR_SHARE:
            # Correction: a bezwaar succeeds; a later delivery holds the row as toegekend on a later date.
            row.regranted = row.decided + rng.randint(42, 120)
            heapq.heappush(m.pending, (row.regranted, row.number, row))
        elif row.besluit == "toegekend":
            if rng.random() < 0.04 and not backlog:
                row.lapsed = row.decided + rng.randint(120, 240)  # never housed, lapses
            else:
                if rng.random() < WITHDRAWN_SHARE and not backlog:
                    # Correction: the beschikking is withdrawn later (ingetrokken) unless housed before.
                    row.withdrawn = row.decided + rng.randint(60, 300)
                heapq.heappush(m.pending, (row.decided, row.number, row))
        rows.append(row)
    return rows


def take(m, day):
    """The longest-waiting granted row of `m` decided on or before `day`, or None."""
    pending, queue = m.pending, m.queue
    while pending and pending[0][0] <= day:
        queue.append(heapq.heappop(pending)[2])
    while queue:
        row = queue.popleft()
        if row.withdrawn is not None and row.withdrawn <= day:
            continue  # withdrawn while waiting: leaves the queue unhoused
        row.withdrawn = None
        return row
    return None


def state(row, end):
    """The register row's fields as a delivery made at `end` holds them: (besluit, decided, lapsed, reden)."""
    besluit, decided = "", None
    if row.regranted is not None and row.regranted <= end:
        besluit, decided = "toegekend", row.regranted
    elif row.decided is not None and row.decided <= end:
        besluit, decided = row.besluit, row.decided
        if besluit == "toegekend" and row.withdrawn is not None and row.withdrawn <= end:
            besluit = "ingetrokken"  # keeps the date of the original decision
    lapsed = row.lapsed if row.lapsed is not None and row.lapsed <= end else None
    reden = row.reden if row.reden is not None and row.housed <= end else None
    return besluit, decided, lapsed, reden


def closed(row, end):
    """True when nothing about the row changes after `end`: it is in no later delivery."""
    if row.housed is not None and row.housed <= end:
        return True
    if row.lapsed is not None and row.lapsed <= end:
        return True
    if row.withdrawn is not None and row.withdrawn <= end:
        return True
    if row.regranted is not None:
        return False  # granted later, then waits like any other
    return row.decided is not None and row.decided <= end and row.besluit != "toegekend"


def simulate_lettings(rng, k, municipalities, corporations):
    """The lettings of period k, per corporation: (id, day, municipality, urgentie, urgentienummer, origin, small).

    Takes granted register rows from the queues and marks them housed."""
    first, last = BOUNDS[k]
    yy, half = PERIODS[k][2:4], PERIODS[k][5:]
    redenen, reden_weights = [r for r, _ in REDENEN], [w for _, w in REDENEN]
    drafted = []  # (day, municipality, corporation)
    for m in municipalities:
        n = int(m.lettings * rng.uniform(0.92, 1.08) + rng.random())
        for c in rng.choices(m.serving, m.serving_weights, k=n):
            drafted.append((rng.randint(first, last), m.index, c))
    for corp in corporations:  # every corporation delivers at least one letting
        drafted.append((rng.randint(first, last), corp.municipalities[0], corp.index))
    drafted.sort()
    lettings = [[] for _ in corporations]
    for day, mi, c in drafted:
        m = municipalities[mi]
        r = rng.random()
        urgency, number, origin = "", "", None
        if r < m.urgent_share:
            row = None
            if rng.random() < LINKED_SHARE:
                if rng.random() < OWN_MUNICIPALITY:
                    source = m
                else:
                    source = municipalities[min(N_MUNICIPALITIES - 1, max(0, mi + rng.choice([-3, -2, -1, 1, 2, 3])))]
                row = take(source, day) or (take(m, day) if source is not m else None)
            if row is not None:
                row.housed = day
                urgency, number = row.category, row.number
                if row.category == "LOK":  # a local urgency: housed, but not a wettelijk urgent
                    pass
                elif row.origin is not None and row.origin != mi and not row.exception and row.category != "MZ":
                    row.elsewhere = True
                    row.reden = rng.choices(redenen, reden_weights)[0]
                if rng.random() < 0.4:
                    origin = row.origin
            else:
                urgency = rng.choices(S, S_WEIGHTS)[0]
                if rng.random() < 0.8:
                    origin = mi
        elif r < m.urgent_share + VH_SHARE:
            urgency = "VH"
        elif r < m.urgent_share + VH_SHARE + LOK_SHARE:
            urgency = "LOK"
        small = rng.random() < 0.35
        seq = len(lettings[c]) + 1
        lettings[c].append((f"{corporations[c].prefix}-{yy}{half}-{seq:06d}", day, mi, urgency, number, origin, small))
    return lettings


def corrected(rng, letting):
    """The same letting with a changed urgentie (a correction sent with a later delivery)."""
    ident, day, mi, urgency, number, origin, small = letting
    if urgency == "":
        return (ident, day, mi, rng.choice(S), number, mi, small)
    return (ident, day, mi, "", number, None, not small)


class Writer:
    def __init__(self, exports):
        self.exports = exports
        self.files = []  # (name, soort, rows, bytes)

    def write(self, name, soort, header, lines, delimiter, crlf, bom):
        eol = "\r\n" if crlf else "\n"
        text = delimiter.join(header) + eol + eol.join(lines) + (eol if lines else "")
        data = text.encode("utf-8")
        if bom:
            data = b"\xef\xbb\xbf" + data
        with open(os.path.join(self.exports, name), "wb") as handle:
            handle.write(data)
        self.files.append((name, soort, len(lines), len(data)))


LETTING_HEADER = ["verhuring_id", "datum", "gemeente", "urgentie", "urgentienummer", "herkomstgemeente",
                  "klein_betaalbaar"]
URGENTIE_HEADER = ["urgentienummer", "datum_aanvraag", "categorie", "besluit", "datum_besluit",
                   "herkomstgemeente", "woonplaatsbeginsel", "reden", "datum_vervallen"]
VOORRAAD_HEADER = ["gemeente", "toegevoegd", "onttrokken"]
FIGURES = ["mutaties", "gehuisvest", "aanvragen", "beschikkingen"]


class Expected:
    """The figures under latest-delivery-wins, per period index and municipality index, kept as the
    generator writes: counts[k][m] = [mutaties, gehuisvest, aanvragen, beschikkingen]."""

    def __init__(self, n_municipalities):
        self.counts = [[[0, 0, 0, 0] for _ in range(n_municipalities)] for _ in PERIODS]

    def letting(self, letting, sign):
        _, day, mi, urgency, _, _, _ = letting
        cell = self.counts[period_of(day)][mi]
        cell[0] += sign
        if urgency in S:
            cell[1] += sign

    def register(self, row, horizon):
        """Counts a row in its final state (the state of its last delivery)."""
        if row.category not in S:
            return
        k = period_of(row.applied)
        if 0 <= k < len(PERIODS):
            self.counts[k][row.municipality][2] += 1
        besluit, decided, _, _ = state(row, horizon)
        if besluit == "toegekend":
            k = period_of(decided)
            if 0 <= k < len(PERIODS):
                self.counts[k][row.municipality][3] += 1


def letting_line(rng, corp, municipalities, dates, letting):
    ident, day, mi, urgency, number, origin, small = letting
    m = municipalities[mi]
    style = corp.place_style
    if style == "mixed":
        style = rng.choice(["gm", "code4", "naam", "alias", "upper"])
    elif style == "naam" and m.alias and rng.random() < 0.3:
        style = "alias"
    place = m.forms[style]
    if corp.quote_places:
        place = '"' + place + '"'
    origin_text = "" if origin is None else municipalities[origin].forms["naam" if corp.place_style == "naam" else "gm"]
    code = urgency if corp.upper_codes else urgency.lower()
    yes, no = corp.flag_words
    return corp.delimiter.join((ident, dates.table(corp.date_style)[day - FIRST_DAY], place, code, number,
                                origin_text, yes if small else no))


def write_lettings(rng, writer, dates, municipalities, corporations, k, lettings, previous, expected, v2):
    """Writes the lettings deliveries of period k. A few lettings of the period before come again with a
    changed urgentie (corrections); corporations in `v2` deliver a first version that misses or misstates a few
    rows and a `_v2` that holds the final rows."""
    period = PERIODS[k]
    corrections = 0
    for corp in corporations:
        rows = list(lettings[corp.index])
        if previous is not None:
            candidates = [i for i, l in enumerate(previous[corp.index]) if l[4] == ""]
            n = int(len(candidates) * CORRECTION_SHARE + rng.random())
            for i in sorted(rng.sample(candidates, min(n, len(candidates)))):
                fixed = corrected(rng, previous[corp.index][i])
                expected.letting(previous[corp.index][i], -1)
                previous[corp.index][i] = fixed  # what a later correction would start from
                rows.append(fixed)
                corrections += 1
        for letting in rows:
            expected.letting(letting, +1)
        name = f"verhuringen_{corp.code}_{period}"
        if corp.index in v2:
            first = []
            for letting in rows:
                r = rng.random()
                if r < 0.02:
                    continue  # missing in the first version
                if r < 0.04 and letting[4] == "":
                    letting = corrected(rng, letting)
                first.append(letting_line(rng, corp, municipalities, dates, letting))
            writer.write(name + ".csv", "verhuringen", LETTING_HEADER, first, corp.delimiter, corp.crlf, corp.bom)
            name += "_v2"
        lines = [letting_line(rng, corp, municipalities, dates, letting) for letting in rows]
        writer.write(name + ".csv", "verhuringen", LETTING_HEADER, lines, corp.delimiter, corp.crlf, corp.bom)
    return corrections


def register_line(m, municipalities, dates, row, end):
    st = m.style
    d = st["delimiter"]
    date_text = dates.table(st["date_style"])
    besluit, decided, lapsed, reden = state(row, end)
    if besluit and st["besluit_case"] == "title":
        besluit = besluit.capitalize()
    category = row.category.lower() if st["lower_codes"] else row.category
    origin = "" if row.origin is None else municipalities[row.origin].forms[st["origin_style"]]
    return d.join((
        row.number, date_text[row.applied - FIRST_DAY], category, besluit,
        date_text[decided - FIRST_DAY] if decided is not None else "", quote(origin, d),
        "uitzondering" if row.exception else ("ja" if row.number[-1] in "02468" else ""),
        quote(reden or "", d), date_text[lapsed - FIRST_DAY] if lapsed is not None else ""))


def write_registers(rng, writer, dates, municipalities, k, expected, v2, stats):
    """Writes the urgentie deliveries of period k: every row of the municipality that is new in k or was still
    open at its start, in its state at the end of k (so an open row comes again in every delivery until it
    closes). Rows closed by the end of k are counted in their final state and dropped."""
    period, end = PERIODS[k], BOUNDS[k][1]
    horizon = BOUNDS[-1][1]
    for m in municipalities:
        st = m.style
        rows = sorted(m.active, key=lambda r: r.number)
        lines = [register_line(m, municipalities, dates, row, end) for row in rows]
        stats["rows"] += len(rows)
        stats["repeats"] += sum(1 for row in rows if row.seen)
        for row in rows:
            row.seen = True
        name = f"urgentie_{m.code}_{period}"
        if m.index in v2:
            first = []
            for line in lines:
                r = rng.random()
                if r < 0.03:
                    continue  # missing in the first version
                if r < 0.06 and '"' not in line:
                    fields = line.split(st["delimiter"])
                    fields[3] = fields[4] = ""  # decision not yet entered
                    line = st["delimiter"].join(fields)
                first.append(line)
            writer.write(name + ".csv", "urgentie", URGENTIE_HEADER, first, st["delimiter"], st["crlf"], st["bom"])
            name += "_v2"
        writer.write(name + ".csv", "urgentie", URGENTIE_HEADER, lines, st["delimiter"], st["crlf"], st["bom"])
        keep = []
        for row in rows:
            if closed(row, end) or k == len(PERIODS) - 1:
                expected.register(row, horizon)
            else:
                keep.append(row)
        m.active = keep


def write_stock(rng, writer, municipalities, corporations):
    source = corporations[0].code
    for period in PERIODS:
        lines = []
        for m in municipalities:
            for c in m.serving:  # one row per corporation active in the municipality
                scale = max(1, m.households // 4000)
                lines.append(f"{m.code};{rng.randint(0, scale)};{rng.randint(0, scale // 2)}")
        writer.write(f"voorraad_{source}_{period}.csv", "voorraad", VOORRAAD_HEADER, lines, ";", False, False)


def write_config(path, municipalities, corporations, scale, seed):
    out = [
        "# SYNTHETIC national-scale benchmark configuration, written by Tests/Bench/make_national.py",
        f"# (scale {scale}, seed {seed}). Fictional municipalities and corporations; not real data.",
        'code = "nederland-synthetisch"',
        'naam = "Nederland (synthetisch)"',
        "minimum = 15.0",
        "signaalwaarde = 20.0",
        'noemer = "alle"',
        "onderdrukken_onder = 5",
        "",
    ]
    for m in municipalities:
        out += ["[[gemeente]]", f'code = "{m.code}"', f'naam = "{m.naam}"', f"huishoudens = {m.households}"]
        if m.alias:
            out.append(f'aliassen = ["{m.alias}"]')
        out.append("")
    for c in corporations:
        out += ["[[corporatie]]", f'code = "{c.code}"', f'naam = "{c.naam}"', ""]
    out += ["[noodknop]", "signaalwaarde_reeks = 2", "wachtenden_groei = 2", ""]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out))


def main(argv):
    parser = argparse.ArgumentParser(description="Writes a synthetic national-scale data set for the benchmark.")
    parser.add_argument("outdir")
    parser.add_argument("--scale", type=float, default=1.0, help="volume factor for lettings and registers (default 1)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if not (0 < args.scale <= 20):
        parser.error("--scale must be above 0 and at most 20")
    started = time.monotonic()
    rng = random.Random(args.seed)
    municipalities, corporations = build_region(rng, args.scale)

    exports = os.path.join(args.outdir, "exports")
    if os.path.isdir(exports):
        shutil.rmtree(exports)
    os.makedirs(exports)
    write_config(os.path.join(args.outdir, "regio.toml"), municipalities, corporations, args.scale, args.seed)
    dates = DateText()
    writer = Writer(exports)
    expected = Expected(len(municipalities))
    stats = {"rows": 0, "repeats": 0}
    corrections = 0
    for m in municipalities:
        m.active = applications(rng, m, *BACKLOG_BOUNDS, backlog=True)
    previous = None
    for k in range(len(PERIODS)):  # period by period, so that memory stays bounded at any scale
        for m in municipalities:
            m.active.extend(applications(rng, m, *BOUNDS[k]))
        lettings = simulate_lettings(rng, k, municipalities, corporations)
        v2_corporations = set(rng.sample(range(len(corporations)), V2_DELIVERIES))
        v2_municipalities = set(rng.sample(range(len(municipalities)), V2_DELIVERIES))
        corrections += write_lettings(rng, writer, dates, municipalities, corporations, k, lettings, previous,
                                      expected, v2_corporations)
        write_registers(rng, writer, dates, municipalities, k, expected, v2_municipalities, stats)
        previous = lettings
    write_stock(rng, writer, municipalities, corporations)

    per_soort = {}
    for _, soort, n, size in writer.files:
        entry = per_soort.setdefault(soort, {"files": 0, "rows": 0, "bytes": 0})
        entry["files"] += 1
        entry["rows"] += n
        entry["bytes"] += size
    manifest = {
        "generator": "Tests/Bench/make_national.py",
        "scale": args.scale,
        "seed": args.seed,
        "periods": PERIODS,
        "municipalities": len(municipalities),
        "corporations": len(corporations),
        "households": sum(m.households for m in municipalities),
        "files": len(writer.files),
        "rows": sum(n for _, _, n, _ in writer.files),
        "bytes": sum(size for _, _, _, size in writer.files),
        "per_soort": per_soort,
        "register_rows": stats["rows"],
        "register_repeats": stats["repeats"],
        "letting_corrections": corrections,
        "v2_deliveries": sum(1 for name, _, _, _ in writer.files if name.endswith("_v2.csv")),
        "expected_region": {
            period: dict(zip(FIGURES, (sum(cell[i] for cell in expected.counts[k]) for i in range(4))))
            for k, period in enumerate(PERIODS)},
        "expected_gemeente": {
            m.code: dict(zip(FIGURES, expected.counts[-1][m.index])) for m in municipalities},
    }
    with open(os.path.join(args.outdir, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, sort_keys=True)
        handle.write("\n")
    print(f"make_national: {manifest['files']} bestanden, {manifest['rows']} regels, "
          f"{manifest['bytes'] / 1e6:.1f} MB in {time.monotonic() - started:.1f} s -> {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
