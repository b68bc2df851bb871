#!/usr/bin/env python3
"""Deterministic generator of a small, nasty test data set for region Twente.

Usage: make_fixture.py TARGET_DIR

Writes TARGET_DIR/regio.toml and TARGET_DIR/exports/... (periods 2023-H1 .. 2026-H1: the simulation covers
2024-H2 .. 2026-H1; extra_cases and s9_cases add hand-written files, s9_cases also the three earlier periods).
Fixed seed, no clock, no hash-ordered sets: two runs give byte-identical output.
Standard library only.

The generator simulates a register of urgency applications and the lettings of three corporations (plus one
that the configuration does not name), then writes the deliveries with many dialect variations and a list
of deliberate faults (see FAULTS below, also printed with --faults). It does NOT compute the expected
figures: that is reference.py's job, from the files alone.
"""
import datetime as dt
import os
import random
import sys

SEED = 20260101
PERIODS = ["2024-H2", "2025-H1", "2025-H2", "2026-H1"]
S = ["MZ", "MED", "MO", "GGZ", "VO", "JH", "DET", "SW", "DG"]

# code, naam, huishoudens, aliassen, uitgezonderde_categorieen, nummer-prefix, applications per half-year
GEMEENTEN = [
    ("GM0153", "Enschede", 80118, ["Gemeente Enschede"], [], "ENS", 16),
    ("GM0164", "Hengelo", 38426, ["Hengelo (O)", "Gemeente Hengelo"], [], "HGL", 10),
    ("GM0141", "Almelo", 32017, [], [], "ALM", 9),
    ("GM0173", "Oldenzaal", 14391, [], [], "OLD", 5),
    ("GM0183", "Tubbergen", 8263, ["Gem. Tubbergen"], ["VO"], "TUB", 3),
    ("GM0168", "Losser", 10711, [], [], "LOS", 4),
]
CODES = [g[0] for g in GEMEENTEN]
NAAM = {g[0]: g[1] for g in GEMEENTEN}
ALIAS = {g[0]: g[3] for g in GEMEENTEN}
OUTSIDE = ["GM0150", "GM0158", "GM0189"]  # Deventer, Haaksbergen, Wierden: real, not in this config

CORPORATIES = [("woonplaats", "De Woonplaats"), ("welbions", "Welbions"), ("domijn", "Domijn")]
UNKNOWN_CORP = "mijnhuis"
# Added for contract a0abc09 (see extra_cases): a seventh member and a fourth configured corporation. They are
# written by hand, with their own random stream, after everything else, so the older files do not change.
EXTRA_GEMEENTE = ("GM1774", "Dinkelland", 10492, ["VO", "DG"])
EXTRA_CORP = ("onshuis", "Ons Huis")

# (mutaties without VH, gehuisvest) per municipality and period: percentages are planned exactly.
PLAN = {
    "GM0153": [(72, 5), (80, 9), (76, 8), (78, 8)],
    "GM0164": [(50, 8), (46, 8), (50, 11), (45, 11)],
    "GM0141": [(40, 6), (39, 9), (44, 11), (41, 9)],
    "GM0173": [(30, 5), (28, 4), (30, 7), (20, 3)],    # 2026-H1: 3 of 20 = 15.00 exactly
    "GM0183": [(22, 4), (0, 0), (24, 5), (26, 6)],     # 2025-H1: no mutaties at all (only VH lettings)
    "GM0168": [(25, 6), (24, 6), (26, 6), (20, 4)],    # 2026-H1: 4 of 20 = 20.00 exactly
}
VH_EXTRA = {("GM0183", "2025-H1"): 2}

# which corporation lets in which municipality (weights)
CORP_OF = {
    "GM0153": [("woonplaats", 6), ("domijn", 4)],
    "GM0164": [("welbions", 1)],
    "GM0141": [("domijn", 1)],
    "GM0173": [("welbions", 1)],
    "GM0183": [("domijn", 1)],
    "GM0168": [("domijn", 1)],
}
CORP_PREFIX = {"woonplaats": "WP", "welbions": "WB", "domijn": "DJ", "mijnhuis": "MH"}

REDENEN = [
    ("geen passende woning in herkomstgemeente", 9),
    ("Geen passende woning in herkomstgemeente", 2),
    ("geen  passende woning in   herkomstgemeente", 1),
    ("zorg en begeleiding elders", 3),
    ("netwerk in andere gemeente", 2),
    ("veiligheid", 1),
    ("één kamer te weinig in het aanbod", 2),
    ('te weinig "kleine" woningen, wachtlijst; lang', 2),
    ("", 3),
]

REDEN_CYCLE = [
    "geen passende woning in herkomstgemeente",
    "Geen passende woning in herkomstgemeente",
    'te weinig "kleine" woningen,\nwachtlijst; lang',
    "geen  passende woning in   herkomstgemeente",
    "zorg en begeleiding elders",
    "GEEN PASSENDE WONING IN HERKOMSTGEMEENTE ",
    "",
    "geen passende woning in herkomstgemeente",
    "één kamer te weinig in het aanbod",
    "zorg en begeleiding elders",
]

FAULTS = """\
 1. ',' and ';' delimiter files; header names in mixed case with spaces, columns in varying order, a quoted
    header name, an extra column 'opmerking' in some files
 2. quoted fields: with the delimiter, with doubled quotes, with a line break (CRLF inside the quotes in the
    CRLF file), and plain values quoted at random
 3. CRLF + UTF-8 BOM file (urgentie_GM0153_2026-H1.csv)
 4. Windows-1252 file with e-acute ('één') (urgentie_GM0141_2025-H2.csv); the same reden in UTF-8 elsewhere
 5. dates as YYYY-MM-DD, YYYY/MM/DD, D-M-YYYY, DD-MM-YYYY, D/M/YYYY, DD/MM/YYYY
 6. municipality as GM0153, gm0153, 0153, 153, name in any case, name with doubled spaces, alias
 7. duplicate verhuring_id within a delivery (domijn 2026-H1) and duplicate urgentienummer (GM0164 2025-H1)
 8. v2 and v3 of verhuringen_welbions_2025-H2 (v2 in exports/oud/)
 9. register rows in an H1 delivery re-delivered in the next H2 (and later) with a changed besluit
    (undecided -> toegekend/afgewezen), with a reden added, with datum_vervallen added
10. a correction that is itself rejected (impossible datum_besluit 31-02-2025): the earlier row stands
11. a letting dated 2026-01 delivered in woonplaats 2025-H2 (outside its delivery's period)
12. an urgentienummer present in the registers of Oldenzaal and Losser (ambiguous), used by a letting
13. lettings in GM0150 (Deventer) and 0158 (Haaksbergen): buiten regio; urgentie_GM0150_2026-H1 (outside)
14. verhuringen_mijnhuis_2026-H1 from a corporation the configuration does not name
15. files with unrecognised names (a copy '(kopie)', capitalised soort, period 2025-H3, a .txt), a broken
    .xlsx of the same delivery as a .csv (found twice: the .csv is read, the .xlsx rejected unread);
    a recognised file with upper-case extension .CSV and an urgentie file named with bron '0153'
16. a line of only delimiters (no record, SPEC.md section 10), blank lines, a white-space-only line, a record
    with fewer fields (padded) and one with more fields than the header (rejected)
17. rejected rows: unknown category 'URG', impossible date 31-02-2026, missing datum, missing gemeente,
    unknown municipality name 'Borne' (real but not configured) and 'Hof van Twente' as herkomst,
    toegekend without datum_besluit, negative voorraad
18. VH lettings (left out of mutaties: noemer zonder-vergunninghouders), LOK lettings and LOK register rows,
    MZ lettings, woonplaatsbeginsel 'uitzondering' rows
19. datum_vervallen before a period end and after it (announced expiry in 2026-H2)
20. Oldenzaal 2026-H1 = 3 of 20 (15.00, binnen), Losser 2026-H1 = 4 of 20 (20.00, binnen), Almelo
    2024-H2 = 6 of 40 (15.00)
21. Tubbergen 2025-H1 has 0 mutaties (two VH lettings only): signaal geen-mutaties
22. no urgentie delivery of Tubbergen (GM0183) for 2026-H1: report is concept; lettings that carry numbers
    of its unsent register rows link to nothing
23. voorraad 2026-H1 from corporation welbions (two rows for Hengelo, a buiten-regio row, a negative value)
    and from municipality GM0168 (Losser)
24. a letting number with surrounding spaces (links after trimming) and one in lower case (does not link)
25. Tubbergen excludes VO (uitgezonderde_categorieen) and has VO lettings; noodknop reeks 3, groei 2
26. secondary suppression: Enschede aanvragen 2026-H1 (one small cell, a tie on the smallest visible cell),
    Losser beschikkingen 2026-H1 (one small cell, zeros otherwise)
--- added for contract a0abc09 (extra_cases: written last, with their own random stream)
27. Dinkelland (GM1774, excludes VO and DG), all lettings from the new corporation onshuis: gehuisvest
    2025-H1 VO 1 DG 6 MED 2 GGZ 7 (groups E and rest), 2025-H2 MZ 2 MED 5 (MZ is known: nothing else hidden),
    2026-H1 MZ 1 MED 2 MO 6 GGZ 5 (MZ known, MED alone: hide GGZ); Tubbergen 2024-H2 DG 2 -> 5 (VO known)
28. onshuis 2024-H2: every record rejected (ontbreekt); 2025-H1 and urgentie GM1774 2024-H2: only a header
29. dates 31-12-1899 and 1-1-10000 (rejected), 1900-01-01 (accepted); voorraad 1000000 (accepted) and
    1000001 (rejected); file names with periods 1899-H2 and 10000-H1 (not recognised); VH as a register
    categorie (rejected)
30. onshuis 2026-H1 moves a 2025-H1 letting out of the region (GM0189): the earlier row is superseded; a
    buiten-regio key repeated in one delivery (duplicate)
31. hidden files (.DS_Store, .~lock...#) and a hidden folder .Trash-1000/ with a validly named file (skipped);
    urgentie_GM1774_2025-H2.csv twice (exports/kopie/ holds a byte-identical copy: not read, not listed)
--- added for SPEC section 9 (s9_cases: written last, with their own random stream)
32. three earlier periods 2023-H1, 2023-H2, 2024-H1 (every corporation and member delivers): the data holds
    seven periods, so W for 2026-H1 (2023-H2 .. 2026-H1) leaves 2023-H1 out; in 2023-H2, the first period of
    that W, Tubbergen has only VH lettings and Dinkelland none at all (onshuis sends only a header): no mutaties
33. merger: Dinkelland (GM1774) has voorgangers = ["GM0152"]; its urgentie deliveries of 2023 are
    urgentie_GM0152_2023-H1/-H2; DIN-2023-701 is in both (undecided, then toegekend) and again in
    urgentie_GM1774_2024-H1 (one record, housed in 2024-H1); DIN-2023-710 goes from GM0152 2023-H2 to GM1774
    2024-H1; lettings and register rows name GM0152, 0152, gm0152 and 152 as gemeente and herkomstgemeente;
    voorraad_GM0152_2024-H1 (bron and a row under the predecessor's code); zoekers rows for 0152 and GM0152
34. zoekers 2025-H2: zoekers_GM0153 (a CBS code as bron) and zoekers_domijn both have Enschede (summed); Borne
    (not configured: rejected); Hengelo, Oldenzaal and Dinkelland have no row (0 and 0, no percentage)
35. zoekers 2026-H1: zoekers_domijn v1 replaced by _v2 (every v1 row superseded); v2 rejects -4, 1000001 and an
    empty geslaagd and has Tubbergen with actief 0; woonplaats has 0150 (buiten regio), 'veel' (rejected) and a
    blank line; welbions has Hengelo twice in one file (summed); zoekers_GM1774 a row for GM0152; Oldenzaal
    has no row
36. zoekers 2024-H1 (onshuis, Dinkelland only); no zoekers delivery at all in 2023-H1, 2023-H2, 2024-H2 and
    2025-H1 (no slaagkans there); voorraad in 2024-H1 and 2026-H1 only (evaluatie voorraadNetto)
37. capaciteit: tekort 0 with vraag below bijMinimum (2023-H2 Enschede, Almelo, Losser; 2024-H2 Enschede) and
    exactly at it (Oldenzaal 2023-H1: 3 = 3.00; Almelo 2024-H1: 6 = 6.00); the region's tekort in 2023-H2 (4.50)
    and 2024-H2 (14.35) is not the sum of the municipalities' (13.00, 16.50)
38. evaluatie: spreiding 2.99 (2023-H1), 9.70 (2023-H2), 7.30 (2024-H1), 4.62 (2026-H1): ingroeipadB gelijk
    (2023-H1, a window of one period), verder (2023-H2 .. 2025-H2), dichterbij (2026-H1); Hengelo is boven the
    signaalwaarde in 2023-H1, 2023-H2 and 2024-H1 (signaalwaarde-reeks fires in 2024-H1)
"""


def pbounds(p):
    y, h = int(p[:4]), p[-1]
    return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == "1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))


def period_of(d):
    return f"{d.year}-H{1 if d.month <= 6 else 2}"


def pidx(p):
    return PERIODS.index(p) if p in PERIODS else (-1 if p < PERIODS[0] else 99)


class Row:
    """One register row (urgentie) across its life."""
    def __init__(self, **kw):
        self.reden = None
        self.reden_p = None
        self.verv = None
        self.verv_p = None
        self.housed = None
        self.extra_in = []        # extra deliveries the row is re-sent in
        self.bad_correction = None
        self.__dict__.update(kw)

    def decision_p(self):
        return period_of(self.dbesluit) if self.dbesluit else None


class Letting:
    def __init__(self, **kw):
        self.deliver_p = None
        self.__dict__.update(kw)


def rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- simulation

def simulate(rng):
    rows = []
    seq = {c: 0 for c in CODES}

    def new_number(code, year):
        seq[code] += 1
        prefix = [g[5] for g in GEMEENTEN if g[0] == code][0]
        return f"{prefix}-{year}-{seq[code]:03d}"

    def origin_choice(code):
        x = rng.random()
        if x < 0.76:
            return code
        if x < 0.88:
            return rng.choice([c for c in CODES if c != code])
        if x < 0.93:
            return rng.choice(OUTSIDE)
        return ""

    cat_weights = [("MZ", 8), ("MED", 30), ("MO", 12), ("GGZ", 8), ("VO", 8), ("JH", 6), ("DET", 4),
                   ("SW", 1), ("DG", 13), ("LOK", 10)]
    # backlog: applications of 2024-H1, granted, still open when the first delivery (2024-H2) is made
    for g in GEMEENTEN:
        code = g[0]
        for _ in range(max(2, g[6] // 2)):
            aanvraag = rand_date(rng, dt.date(2024, 1, 8), dt.date(2024, 6, 20))
            cat = wchoice(rng, [c for c in cat_weights if c[0] != "LOK"])
            rows.append(Row(bron=code, num=new_number(code, 2024), cat=cat, aanvraag=aanvraag,
                            besluit="toegekend", dbesluit=aanvraag + dt.timedelta(days=rng.randint(7, 60)),
                            herkomst=origin_choice(code),
                            wpb="uitzondering" if rng.random() < 0.08 else rng.choice(["", "ja"]),
                            first_p="2024-H2"))
    growth = [1.0, 1.15, 1.3, 1.5]
    for i, p in enumerate(PERIODS):
        lo, hi = pbounds(p)
        for g in GEMEENTEN:
            code = g[0]
            for _ in range(round(g[6] * growth[i])):
                aanvraag = rand_date(rng, lo, hi)
                cat = wchoice(rng, cat_weights)
                x = rng.random()
                besluit = "toegekend" if x < 0.74 else "afgewezen" if x < 0.91 else "ingetrokken" if x < 0.95 else ""
                dbesluit = aanvraag + dt.timedelta(days=rng.randint(7, 75)) if besluit else None
                rows.append(Row(bron=code, num=new_number(code, aanvraag.year), cat=cat, aanvraag=aanvraag,
                                besluit=besluit, dbesluit=dbesluit, herkomst=origin_choice(code),
                                wpb="uitzondering" if rng.random() < 0.08 else rng.choice(["", "", "ja"]),
                                first_p=p))
    for r in rows:
        if r.besluit == "ingetrokken":     # withdrawn: no datum_besluit, ends with datum_vervallen
            r.verv = r.dbesluit
            r.dbesluit = None

    # lettings
    lettings = []
    lseq = {c: 0 for c in CORP_PREFIX}

    def new_id(corp, year):
        lseq[corp] += 1
        return f"{CORP_PREFIX[corp]}{year}-{lseq[corp]:05d}"

    cycle = [0]
    for i, p in enumerate(PERIODS):
        lo, hi = pbounds(p)
        for g in GEMEENTEN:
            code = g[0]
            n_mut, n_geh = PLAN[code][i]
            slots = []
            for k in range(n_geh):
                if code == "GM0183" and k == 0:
                    slots.append(("unlinked", "VO"))        # an excluded category, every period
                    continue
                slots.append(("try", None))
            for kind, cat in slots:
                corp = wchoice(rng, CORP_OF[code])
                if code == "GM0183" and p == "2026-H1" and rng.random() < 0.5:
                    corp = UNKNOWN_CORP
                if code == "GM0183" and p == "2026-H1" and kind == "unlinked":
                    corp = UNKNOWN_CORP               # urgent letting with no number and no herkomst
                row = None
                if kind == "try" and rng.random() < 0.72:
                    cands = [r for r in rows if r.besluit == "toegekend" and r.cat in S and r.housed is None
                             and r.verv is None and r.dbesluit <= hi - dt.timedelta(days=5)]
                    local = [r for r in cands if (r.herkomst or r.bron) == code]
                    pool = local if (local and rng.random() < (0.5 if p == PERIODS[-1] else 0.8)) else cands
                    if pool:
                        row = rng.choice(pool)
                if row is not None:
                    d = rand_date(rng, max(lo, row.dbesluit + dt.timedelta(days=1)), hi)
                    row.housed = (code, d)
                    if (row.herkomst or row.bron) != code:
                        if p == PERIODS[-1]:        # the reported period: every spelling of the top reason
                            row.reden = REDEN_CYCLE[cycle[0] % len(REDEN_CYCLE)]
                            cycle[0] += 1
                        else:
                            row.reden = wchoice(rng, REDENEN)
                        row.reden_p = p
                    x = rng.random()
                    herk = "" if x < 0.5 else (row.herkomst or code) if x < 0.95 else \
                        rng.choice([c for c in CODES if c != code])
                    lettings.append(Letting(corp=corp, id=new_id(corp, d.year), datum=d, gemeente=code,
                                            urgentie=row.cat, nummer=row.num, herkomst=herk, row=row))
                else:
                    if cat is None:
                        cat = wchoice(rng, [("MZ", 14)] + [c for c in cat_weights if c[0] not in ("MZ", "LOK")])
                    x = rng.random()
                    herk = code if x < 0.55 else rng.choice([c for c in CODES if c != code]) if x < 0.7 else \
                        rng.choice(OUTSIDE) if x < 0.75 else ""
                    if corp == UNKNOWN_CORP and kind == "unlinked":
                        herk = ""
                    d = rand_date(rng, lo, hi)
                    lettings.append(Letting(corp=corp, id=new_id(corp, d.year), datum=d, gemeente=code,
                                            urgentie=cat, nummer="", herkomst=herk, row=None))
            n_lok = min(rng.randint(0, 3), max(0, n_mut - n_geh))
            for k in range(n_mut - n_geh):
                corp = wchoice(rng, CORP_OF[code])
                if code == "GM0183" and p == "2026-H1" and rng.random() < 0.5:
                    corp = UNKNOWN_CORP
                d = rand_date(rng, lo, hi)
                lettings.append(Letting(corp=corp, id=new_id(corp, d.year), datum=d, gemeente=code,
                                        urgentie="LOK" if k < n_lok else "", nummer="",
                                        herkomst=code if rng.random() < 0.3 else "", row=None))
            for k in range(VH_EXTRA.get((code, p), rng.randint(1, 4))):
                corp = wchoice(rng, CORP_OF[code])
                d = rand_date(rng, lo, hi)
                lettings.append(Letting(corp=corp, id=new_id(corp, d.year), datum=d, gemeente=code,
                                        urgentie="VH", nummer="", herkomst="", row=None))

    # expiry of granted rows that were never housed
    last_end = pbounds(PERIODS[-1])[1]
    for r in rows:
        if r.besluit == "toegekend" and r.housed is None and rng.random() < 0.3:
            r.verv = r.dbesluit + dt.timedelta(days=rng.randint(90, 400))
    for r in rows:
        if r.verv is not None:
            vp = period_of(r.verv)
            if r.verv <= last_end:
                r.verv_p = vp
            else:
                r.verv = None
    return rows, lettings


def scenario(rng, rows, lettings):
    """Hand-placed faults that the random simulation does not make by itself."""
    notes = []
    byp = lambda l: period_of(l.datum)
    # 11: a woonplaats letting of January 2026 delivered in the 2025-H2 file
    cand = [l for l in lettings if l.corp == "woonplaats" and byp(l) == "2026-H1" and l.datum.month == 1]
    cand.sort(key=lambda l: l.id)
    cand[0].deliver_p = "2025-H2"
    notes.append(f"letting {cand[0].id} dated {cand[0].datum} in woonplaats 2025-H2")
    # 12: ambiguous number: an Oldenzaal row housed by a letting in 2026-H1 gets a twin in Losser's register
    housed = [l for l in lettings if l.row is not None and l.row.bron == "GM0173" and byp(l) in ("2026-H1", "2025-H2")]
    housed.sort(key=lambda l: (l.datum, l.id))
    l = housed[-1]
    l.herkomst = "GM0173"
    twin = Row(bron="GM0168", num=l.row.num, cat="MED", aanvraag=dt.date(2025, 8, 4), besluit="toegekend",
               dbesluit=dt.date(2025, 9, 15), herkomst="GM0168", wpb="", first_p="2025-H2")
    rows.append(twin)
    notes.append(f"ambiguous number {l.row.num} (Oldenzaal + Losser), letting {l.id} {l.datum}")
    # 24: number with spaces, number in lower case
    linked = [l for l in lettings if l.row is not None and byp(l) == "2026-H1" and l.gemeente == "GM0164"]
    linked.sort(key=lambda l: l.id)
    linked[0].nummer = "  " + linked[0].nummer + " "
    linked[1].nummer = linked[1].nummer.lower()
    linked[1].herkomst = "GM0164"
    notes.append(f"number with spaces {linked[0].id}, lower case {linked[1].id}")
    # 19: announced expiry after the last period end, and one expiry just before a period end
    open_rows = [r for r in rows if r.besluit == "toegekend" and r.housed is None and r.verv is None
                 and r.cat in S and r.bron == "GM0153" and r.dbesluit < dt.date(2026, 3, 1)]
    open_rows.sort(key=lambda r: r.num)
    open_rows[0].verv = dt.date(2026, 8, 1)
    open_rows[0].verv_p = "2026-H1"          # sent in the 2026-H1 delivery, date after its end
    open_rows[1].verv = dt.date(2026, 6, 30)
    open_rows[1].verv_p = "2026-H1"
    notes.append(f"vervallen 2026-08-01 on {open_rows[0].num}, 2026-06-30 on {open_rows[1].num}")
    # 10: a correction that is rejected: a row first sent undecided, decided later, the later row has a typo
    cand = [r for r in rows if r.bron in ("GM0153", "GM0164", "GM0141") and r.besluit == "toegekend"
            and r.housed is None and r.verv is None and r.decision_p() in PERIODS[1:]
            and pidx(r.first_p) < pidx(r.decision_p())]
    cand.sort(key=lambda r: (r.bron != "GM0153", r.num))
    cand[0].bad_correction = f"31-02-{cand[0].dbesluit.year}"
    notes.append(f"rejected correction of {cand[0].num} in {cand[0].bron} {cand[0].decision_p()}")
    # 26: secondary suppression. Enschede's aanvragen 2026-H1 get exactly one cell of 1..4 (the others 0 or
    # >= 5, with a tie on the smallest visible cell) by adding undecided applications; Losser gets a single
    # beschikking (DG) in 2026-H1, so its only other candidates for the second hidden cell are zeros.
    lo, hi = pbounds("2026-H1")
    cnt = {c: 0 for c in S}
    for r in rows:
        if r.bron == "GM0153" and lo <= r.aanvraag <= hi and r.cat in S:
            cnt[r.cat] += 1
    small = [c for c in S if 1 <= cnt[c] <= 4]
    keep = small[0] if small else "SW"
    if not small:
        cnt["SW"] = 1
        rows.append(Row(bron="GM0153", num="ENS-2026-800", cat="SW", aanvraag=dt.date(2026, 6, 2), besluit="",
                        dbesluit=None, herkomst="GM0153", wpb="", first_p="2026-H1"))
    k = 0
    for c in S:
        if c != keep and 1 <= cnt[c] <= 4:
            for _ in range(5 - cnt[c]):
                k += 1
                rows.append(Row(bron="GM0153", num=f"ENS-2026-8{k:02d}", cat=c, aanvraag=dt.date(2026, 6, 1 + k % 20),
                                besluit="", dbesluit=None, herkomst=rng.choice(["GM0153", ""]), wpb="",
                                first_p="2026-H1"))
            cnt[c] = 5
    notes.append("Enschede aanvragen 2026-H1: " + " ".join(f"{c}={cnt[c]}" for c in S))
    rows.append(Row(bron="GM0168", num="LOS-2025-900", cat="DG", aanvraag=dt.date(2025, 11, 20),
                    besluit="toegekend", dbesluit=dt.date(2026, 2, 10), herkomst="GM0168", wpb="", first_p="2025-H2"))
    # 4: the Windows-1252 file (GM0141 2025-H2) must hold an e-acute: a reden tallied in 2025-H2
    cand = [r for r in rows if r.bron == "GM0141" and r.reden_p == "2025-H2"]
    if not cand:
        cand = [r for r in rows if r.bron == "GM0141" and "2025-H2" in appearances(r) and r.housed is None]
    cand.sort(key=lambda r: r.num)
    cand[0].reden = "één kamer te weinig in het aanbod"
    cand[0].reden_p = cand[0].reden_p or "2025-H2"
    notes.append(f"cp1252 reden on {cand[0].num}")
    return notes


# ---------------------------------------------------------------- contract a0abc09: hand-written cases

def extra_cases(ex):
    """Dinkelland (GM1774, uitgezonderde_categorieen VO and DG) and corporation onshuis, written by hand.

    Gehuisvest of Dinkelland (all its lettings come from onshuis):
      2024-H2  10 regular lettings only (keeps the region below the minimum in 2024-H2)
      2025-H1  VO 1, DG 6, MED 2, GGZ 7: the excluded group {VO, DG} has one small cell (hide DG) and the
               other group has MED as its only small cell (hide GGZ); the row itself has two small cells
      2025-H2  MZ 2, MED 5: MZ is the only small cell; it is known (passend@mantelzorg), so nothing else
      2026-H1  MZ 1, MED 2, MO 6, GGZ 5: MZ is known, so MED is alone in the row: hide GGZ (5 < 6)
    Tubbergen 2024-H2 gets 3 DG lettings (DG 2 -> 5): its VO 1 is known (E = {VO}), so MED 1 is alone: hide DG.
    onshuis: 2024-H2 every record rejected (ontbreekt), 2025-H1 only a header (delivered), 2025-H2 lettings of
    earlier periods too, 2026-H1 moves one 2025-H1 letting out of the region (GM0189) and repeats a buiten-regio
    key. Dates before 1900 and after 9999, voorraad 1.000.000 (accepted) and 1.000.001 (rejected), period
    names 1899-H2 and 10000-H1, hidden files and a hidden folder, and an identical copy of a delivery.
    """
    rng = random.Random(SEED + 2)
    code, naam = EXTRA_GEMEENTE[0], EXTRA_GEMEENTE[1]
    forms = [code, code.lower(), code[2:], naam, naam.upper(), naam.lower(), " " + naam + " "]
    seq = {}

    def gem(i):
        return forms[i % len(forms)]

    def datum(d, i):
        return fmt_date(rng, d) if i % 3 else f"{d.year:04d}-{d.month:02d}-{d.day:02d}"

    def lid(d):
        seq[d.year] = seq.get(d.year, 0) + 1
        return f"OH{d.year}-{seq[d.year]:05d}"

    def letting(d, cat, herk="", nummer="", where=None, i=0, key=None):
        return {"verhuring_id": key or lid(d), "datum": datum(d, i), "gemeente": where or gem(i),
                "urgentie": cat.lower() if (cat and i % 7 == 3) else cat, "urgentienummer": nummer,
                "herkomstgemeente": herk, "klein_betaalbaar": fmt_bool(rng)}

    def spread(p, n, k):
        lo, hi = pbounds(p)
        return lo + dt.timedelta(days=(k * 7 + 3) % ((hi - lo).days + 1))

    def block(p, cats, regular, herks):
        """cats: list of (categorie, count); herkomst per urgent letting cycles through herks."""
        out, i = [], 0
        for cat, n in cats:
            for _ in range(n):
                out.append(letting(spread(p, 0, i), cat, herk=herks[i % len(herks)], i=i))
                i += 1
        for k in range(regular):
            cat = "LOK" if k % 11 == 5 else "VH" if k % 13 == 7 else ""
            out.append(letting(spread(p, 0, i), cat, herk=naam if k % 4 == 0 else "", i=i))
            i += 1
        return out

    # ---------------- verhuringen onshuis
    let_cols = list(LET_COLS)
    bad = [letting(dt.date(2024, 8, 1), "", i=1, key="OH2024-90001"),
           letting(dt.date(2024, 8, 2), "MED", i=2, key="OH2024-90002"),
           letting(dt.date(2024, 8, 3), "", i=4, key="OH2024-90003")]
    bad[0]["datum"] = "31-12-1899"                        # year before 1900
    bad[1]["datum"] = "1-1-10000"                         # year after 9999
    bad[2]["gemeente"] = "Borne"                          # not configured
    write(os.path.join(ex, "2024-H2", "verhuringen_onshuis_2024-H2.csv"),
          render(rng, Style(rng, delim=";"), let_cols, bad))
    write(os.path.join(ex, "2025-H1", "verhuringen_onshuis_2025-H1.csv"),
          render(rng, Style(rng, delim=","), let_cols, []))          # only a header: delivered, empty

    h2 = []
    # dated 2024-H2 (delivered late): regular lettings in Dinkelland, three DG lettings in Tubbergen
    h2 += block("2024-H2", [], 10, [""])
    for k, form in enumerate(["Gem. Tubbergen", "GM0183", "tubbergen"]):
        h2.append(letting(dt.date(2024, 9, 10 + k), "DG", herk="Tubbergen", where=form, i=k))
    # dated 2025-H1: VO 1, DG 7 (one of them moved out of the region in 2026-H1), MED 2, GGZ 7
    d25 = block("2025-H1", [("VO", 1), ("DG", 7), ("MED", 2), ("GGZ", 7)], 70,
                [naam, "", "GM1774", "Enschede", "1774", "", "Losser", "dinkelland"])
    moved = [r for r in d25 if r["urgentie"].upper() == "DG"][2]
    linked = [r for r in d25 if r["urgentie"].upper() == "GGZ"][0]
    linked["urgentienummer"] = "DIN-2025-003"
    linked["datum"] = "2025-06-10"
    h2 += d25
    # dated 2025-H2: MZ 2, MED 5
    h2 += block("2025-H2", [("MZ", 2), ("MED", 5)], 33, [naam, "", "Almelo", naam, "gm1774"])
    write(os.path.join(ex, "2025-H2", "verhuringen_onshuis_2025-H2.csv"),
          render(rng, Style(rng, delim=","), let_cols, h2))

    # 2026-H1: MZ 1, MED 2, MO 6, GGZ 5, the move out of the region, a repeated buiten-regio key
    h1 = block("2026-H1", [("MZ", 1), ("MED", 2), ("MO", 6), ("GGZ", 5)], 60,
               [naam, "Almelo", "", "GM0153", naam, "losser", "GM1774"])
    mo = [r for r in h1 if r["urgentie"].upper() == "MO"][0]
    mo["urgentienummer"] = "DIN-2026-001"
    mo["datum"] = "1-3-2026"
    out = dict(moved)
    out["gemeente"] = "GM0189"                            # Wierden: the correction moves it out of the region
    h1.insert(4, out)
    h1.insert(9, letting(dt.date(2026, 2, 3), "", where="0150", i=0, key="OH2026-90001"))
    h1.insert(15, letting(dt.date(2026, 2, 4), "MED", where="GM0150", i=0, key="OH2026-90001"))  # duplicate
    write(os.path.join(ex, "2026-H1", "verhuringen_onshuis_2026-H1.csv"),
          render(rng, Style(rng, delim=";"), let_cols, h1))

    # ---------------- urgentie Dinkelland
    reg_cols = list(REG_COLS)

    def reg(num, aanvraag, cat, besluit="", dbes="", herk="", wpb="", reden="", verv=""):
        return {"urgentienummer": num, "datum_aanvraag": aanvraag, "categorie": cat, "besluit": besluit,
                "datum_besluit": dbes, "herkomstgemeente": herk, "woonplaatsbeginsel": wpb, "reden": reden,
                "datum_vervallen": verv}

    write(os.path.join(ex, "2024-H2", "urgentie_GM1774_2024-H2.csv"),
          render(rng, Style(rng, delim=";"), reg_cols, []))              # only a header: delivered, empty
    write(os.path.join(ex, "2025-H1", "urgentie_GM1774_2025-H1.csv"),
          render(rng, Style(rng, delim=","), reg_cols, [
              reg("DIN-2025-001", "3-2-2025", "MED", "afgewezen", "2025-03-01", naam),
              reg("DIN-2025-002", "2025-02-10", "VH", "toegekend", "2025-03-10", naam),   # VH: rejected
              reg("DIN-1900-001", "1900-01-01", "MO", "", "", naam),                      # year 1900: valid
              reg("DIN-1899-001", "31-12-1899", "MO", "", "", naam),                      # year 1899: rejected
              reg("DIN-2025-003", "2025-04-04", "GGZ", "toegekend", "5-5-2025", "GM1774", "ja"),
          ]))
    h2reg = render(rng, Style(rng, delim=";"), reg_cols, [reg("DIN-2025-004", "2025-08-01", "MZ", herk=naam)])
    write(os.path.join(ex, "2025-H2", "urgentie_GM1774_2025-H2.csv"), h2reg)
    write(os.path.join(ex, "kopie", "urgentie_GM1774_2025-H2.csv"), h2reg)   # the same delivery twice
    write(os.path.join(ex, "2026-H1", "urgentie_GM1774_2026-H1.csv"),
          render(rng, Style(rng, delim=","), reg_cols, [
              reg("DIN-2025-004", "2025-08-01", "MZ", "afgewezen", "10-01-2026", naam),
              reg("DIN-2026-001", "2026-01-15", "MO", "toegekend", "2026-02-01", "Dinkelland"),
          ]))

    # ---------------- voorraad onshuis 2026-H1: the bound 1.000.000 is accepted, one more is rejected
    write(os.path.join(ex, "2026-H1", "voorraad_onshuis_2026-H1.csv"),
          render(rng, Style(rng, delim=";"), ["gemeente", "toegevoegd", "onttrokken"], [
              {"gemeente": naam, "toegevoegd": "1000000", "onttrokken": "2"},
              {"gemeente": "GM1774", "toegevoegd": "1000001", "onttrokken": "0"},
              {"gemeente": "1774", "toegevoegd": "0", "onttrokken": "3"},
          ]))

    # ---------------- names: periods out of range, hidden files and a hidden folder
    write(os.path.join(ex, "2024-H2", "verhuringen_onshuis_1899-H2.csv"),
          b"verhuring_id;datum;gemeente\nOH1899-00001;1899-08-01;Dinkelland\n")
    write(os.path.join(ex, "voorraad_onshuis_10000-H1.csv"), b"gemeente;toegevoegd;onttrokken\nDinkelland;1;0\n")
    write(os.path.join(ex, ".DS_Store"), b"\x00\x00\x00\x01Bud1")
    write(os.path.join(ex, "2026-H1", ".~lock.verhuringen_onshuis_2026-H1.csv#"), b",user,host,01.01.2026;")
    write(os.path.join(ex, ".Trash-1000", "verhuringen_onshuis_2026-H1.csv"),
          b"verhuring_id;datum;gemeente\nOH2026-99999;2026-01-01;Dinkelland\n")


# ---------------------------------------------------------------- SPEC section 9: hand-written cases

# Three half-years before the simulated ones, so that the data holds seven periods and the evaluation window W
# (the last six periods in the data up to p) leaves 2023-H1 out for the reported period 2026-H1.
EARLY_PERIODS = ["2023-H1", "2023-H2", "2024-H1"]
# Dinkelland (GM1774) took over GM0152 (voorgangers in regio.toml); its urgentie deliveries of 2023 come under
# the predecessor's code, and lettings of those periods name the home's and the origin's municipality by it.
MERGER = ("GM1774", "GM0152")
# (mutaties without VH, gehuisvest, VH lettings) per municipality and early period: percentages planned exactly
EARLY_PLAN = {
    "GM0153": [(80, 12, 2), (80, 4, 3), (80, 6, 1)],      # 15.00, 5.00, 7.50
    "GM0164": [(40, 9, 1), (40, 12, 2), (40, 10, 1)],     # 22.50, 30.00, 25.00: signaalwaarde-reeks in 2024-H1
    "GM0141": [(30, 6, 1), (30, 3, 2), (40, 2, 2)],       # 20.00, 10.00, 5.00 (2024-H1: vraag 6 = bijMinimum 6)
    "GM0173": [(20, 3, 1), (20, 5, 1), (20, 4, 2)],       # 15.00, 25.00, 20.00
    "GM0183": [(20, 3, 1), (0, 0, 3), (20, 3, 1)],        # 15.00, none (VH lettings only), 15.00
    "GM0168": [(20, 3, 2), (20, 2, 1), (20, 3, 1)],       # 15.00, 10.00, 15.00 (never boven: keeps the reeks)
    "GM1774": [(15, 3, 1), (0, 0, 0), (16, 4, 1)],        # 20.00, no lettings at all, 25.00
}
# granted register rows of a period that are housed only in a later early period (wachtend at its end)
EARLY_CARRY = {("GM0153", "2023-H1"): 2, ("GM0153", "2023-H2"): 2, ("GM0164", "2023-H1"): 1,
               ("GM0164", "2023-H2"): 2, ("GM0141", "2023-H1"): 1, ("GM0173", "2023-H2"): 1,
               ("GM0183", "2023-H1"): 1, ("GM0168", "2023-H1"): 1}
EARLY_CATS = ["MED", "DG", "MO", "GGZ", "MZ", "JH", "VO", "DET", "MED", "DG", "SW", "MO", "GGZ"]
EARLY_REDENEN = ["geen passende woning in herkomstgemeente", "zorg en begeleiding elders",
                 "netwerk in andere gemeente", ""]


def s9_cases(ex):
    """SPEC section 9 (regulier, capaciteit, slaagkans, the evaluation window, mergers), written last with its
    own random stream so that every older file stays byte-identical.

    - 2023-H1, 2023-H2, 2024-H1: lettings of the four configured corporations and a register of every member,
      planned by EARLY_PLAN. Register numbers (<prefix>-<year>-7NN) and letting ids (<corp><year>-7NNNN) are new,
      so nothing links to or supersedes a record of the later periods, and no early register row is still
      open at the end of 2024-H1: the figures of 2024-H2 .. 2026-H1 do not change (wachtend at 2024-H1 holds the
      22 backlog rows of the 2024-H2 deliveries, so wachtenden-groei does not fire in 2024-H2 or 2025-H1).
    - Merger: urgentie_GM0152_2023-H1/-H2 (Dinkelland under its predecessor's code); DIN-2023-701 is sent in
      both (undecided, then toegekend) and again in urgentie_GM1774_2024-H1: one record, housed in 2024-H1.
      Dinkelland's lettings use GM0152, 0152, gm0152 and 152 as gemeente and as herkomstgemeente.
      voorraad_GM0152_2024-H1 (bron the predecessor, a row for GM0152) and a zoekers row for GM0152.
    - zoekers in 2024-H1, 2025-H2 and 2026-H1 (see FAULTS 32-35); none in 2023-H1, 2023-H2, 2024-H2, 2025-H1.
    """
    rng = random.Random(SEED + 3)
    new, old = MERGER
    members = CODES + [new]
    prefix = {g[0]: g[5] for g in GEMEENTEN}
    prefix[new] = "DIN"
    corp_of = dict(CORP_OF)
    corp_of[new] = [("onshuis", 1)]
    cpref = dict(CORP_PREFIX)
    cpref["onshuis"] = "OH"
    corps = [c for c, _ in CORPORATIES] + [EXTRA_CORP[0]]
    din_forms = [old, "Dinkelland", old[2:], "GM1774", old.lower(), "dinkelland", old[3:]]   # 152 = GM0152
    cyc = {}

    def nxt(key, n):
        cyc[key] = cyc.get(key, -1) + 1
        return cyc[key] % n

    def gem(code):
        if code == "":
            return ""
        if code == new:
            return din_forms[nxt("din", len(din_forms))]
        return fmt_gem(rng, code)

    rows = []          # register rows: dict with the row's life and the periods it is delivered in
    rseq = {m: 700 for m in members}
    rseq[new] = 701                       # DIN-2023-701 is the merger row (below)

    def row(m, aanvraag, cat, besluit, dbes, herk, wpb="", reden="", sent=()):
        rseq[m] += 1
        r = {"num": f"{prefix[m]}-{aanvraag.year}-{rseq[m]}", "bron": m, "aanvraag": aanvraag, "cat": cat,
             "besluit": besluit, "dbes": dbes, "herk": herk, "wpb": wpb, "reden": reden, "sent": list(sent)}
        rows.append(r)
        return r

    lettings = []
    lseq = {}

    def letting(corp, d, m, cat, nummer="", herk=""):
        k = (corp, d.year)
        lseq[k] = lseq.get(k, 0) + 1
        lettings.append({"corp": corp, "id": f"{cpref[corp]}{d.year}-7{lseq[k]:04d}", "datum": d, "m": m,
                         "urgentie": cat, "nummer": nummer, "herk": herk})

    def day(lo, hi):
        return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

    pool = {m: [] for m in members}       # granted rows waiting for a home, oldest first
    for i, q in enumerate(EARLY_PERIODS):
        lo, hi = pbounds(q)
        nq = EARLY_PERIODS[i + 1] if i + 1 < len(EARLY_PERIODS) else None
        for m in members:
            mut, geh, vh = EARLY_PLAN[m][i]
            others = [c for c in members if c != m]
            for k in range(geh):
                corp = wchoice(rng, corp_of[m])
                if m == "GM0183" and k == 0:          # the excluded category VO, without a register row
                    letting(corp, day(lo, hi), m, "VO", herk="GM0183")
                    continue
                if k % 4 == 3:                        # no number: origin from the letting itself (or none)
                    cat = EARLY_CATS[nxt(("cat", m), len(EARLY_CATS))]
                    herk = [m, "", rng.choice(others)][nxt(("herk", m), 3)]
                    letting(corp, day(lo, hi), m, cat, herk=herk)
                    continue
                if pool[m]:
                    r = pool[m].pop(0)
                    d = day(max(lo, r["dbes"] + dt.timedelta(days=1)), hi)
                else:
                    cat = EARLY_CATS[nxt(("cat", m), len(EARLY_CATS))]
                    if m == new and q == "2024-H1" and k == 1:
                        cat = "DG"                    # excluded by Dinkelland: g_m < gehuisvest
                    aanvraag = day(lo, lo + dt.timedelta(days=60))
                    dbes = aanvraag + dt.timedelta(days=rng.randint(7, 40))
                    elders = nxt(("elders", m), 5) == 2
                    herk = rng.choice(others) if elders else (old if m == new and nxt("dinh", 2) == 0 else m)
                    r = row(m, aanvraag, cat, "toegekend", dbes, herk,
                            wpb="uitzondering" if nxt(("wpb", m), 7) == 5 else rng.choice(["", "ja"]),
                            reden=EARLY_REDENEN[nxt("reden", len(EARLY_REDENEN))] if elders else "", sent=[q])
                    d = day(dbes + dt.timedelta(days=5), hi)
                herk_l = rng.choice(["", r["herk"]]) if r["herk"] != old else rng.choice([old, "0152", ""])
                letting(corp, d, m, r["cat"], nummer=r["num"], herk=herk_l)
            n_other = mut - geh
            n_lok = 2 if n_other > 30 else 1 if n_other > 5 else 0
            for k in range(n_other):
                corp = wchoice(rng, corp_of[m])
                herk = (old if m == new and k % 3 == 0 else m) if rng.random() < 0.3 else ""
                letting(corp, day(lo, hi), m, "LOK" if k < n_lok else "", herk=herk)
            for k in range(vh):
                letting(wchoice(rng, corp_of[m]), day(lo, hi), m, "VH")
            # register rows that do not house anyone in this period
            cat = EARLY_CATS[nxt(("cat", m), len(EARLY_CATS))]
            a = day(lo, lo + dt.timedelta(days=100))
            row(m, a, cat, "afgewezen", a + dt.timedelta(days=rng.randint(10, 50)), m, sent=[q])
            a = day(lo, lo + dt.timedelta(days=100))
            row(m, a, "LOK", "toegekend", a + dt.timedelta(days=rng.randint(10, 50)), m, sent=[q])
            a = hi - dt.timedelta(days=rng.randint(5, 20))
            cat = EARLY_CATS[nxt(("cat", m), len(EARLY_CATS))]
            if nq:                                    # undecided at the end of q, refused in the next period
                nlo = pbounds(nq)[0]
                row(m, a, cat, "afgewezen", nlo + dt.timedelta(days=rng.randint(10, 40)), m, sent=[q, nq])
            else:                                     # still undecided in the latest delivery
                row(m, a, cat, "", None, m, sent=[q])
            for _ in range(EARLY_CARRY.get((m, q), 0)):
                cat = EARLY_CATS[nxt(("cat", m), len(EARLY_CATS))]
                a = day(lo, lo + dt.timedelta(days=90))
                pool[m].append(row(m, a, cat, "toegekend", a + dt.timedelta(days=rng.randint(7, 60)), m, sent=[q]))
            if m == new and q == "2023-H2":
                # the merger row: filed in 2023-H1 and decided in 2023-H2 under GM0152, sent again under GM1774 in
                # 2024-H1 (one record: the 2024-H1 row wins, both GM0152 rows are superseded); housed in 2024-H1
                keep = rseq[m]
                r = row(m, dt.date(2023, 4, 3), "MED", "toegekend", dt.date(2023, 8, 21), old,
                        sent=["2023-H1", "2023-H2", "2024-H1"])
                r["num"] = "DIN-2023-701"
                rseq[m] = keep
                pool[m].insert(0, r)
    assert all(not v for v in pool.values()), "an early register row is still open at the end of 2024-H1"
    assert len({r["num"] for r in rows}) == len(rows)

    # ---------------- verhuringen
    for q in EARLY_PERIODS:
        for corp in corps:
            ls = sorted((l for l in lettings if l["corp"] == corp and period_of(l["datum"]) == q), key=lambda l: l["id"])
            recs = []
            for l in ls:
                cat = l["urgentie"]
                recs.append({"verhuring_id": l["id"], "datum": fmt_date(rng, l["datum"]), "gemeente": gem(l["m"]),
                             "urgentie": cat.lower() if cat and rng.random() < 0.08 else cat,
                             "urgentienummer": l["nummer"],
                             "herkomstgemeente": l["herk"] if l["herk"] in (old, "0152") else gem(l["herk"]),
                             "klein_betaalbaar": fmt_bool(rng)})
            cols = list(LET_COLS)
            rng.shuffle(cols)
            write(os.path.join(ex, q, f"verhuringen_{corp}_{q}.csv"), render(rng, Style(rng), cols, recs))

    # ---------------- urgentie (Dinkelland under GM0152 in 2023)
    for q in EARLY_PERIODS:
        end = pbounds(q)[1]
        for m in members:
            recs = []
            for r in sorted((r for r in rows if r["bron"] == m and q in r["sent"]), key=lambda r: r["num"]):
                decided = r["besluit"] and r["dbes"] is not None and r["dbes"] <= end
                herk = r["herk"]
                recs.append({"urgentienummer": r["num"], "datum_aanvraag": fmt_date(rng, r["aanvraag"]),
                             "categorie": r["cat"], "besluit": r["besluit"] if decided else "",
                             "datum_besluit": fmt_date(rng, r["dbes"]) if decided else "",
                             "herkomstgemeente": rng.choice([old, old[2:]]) if herk == old else gem(herk),
                             "woonplaatsbeginsel": r["wpb"], "reden": r["reden"], "datum_vervallen": ""})
            bron = old if (m == new and q.startswith("2023")) else m
            cols = list(REG_COLS)
            rng.shuffle(cols)
            write(os.path.join(ex, q, f"urgentie_{bron}_{q}.csv"), render(rng, Style(rng), cols, recs))

    # ---------------- voorraad 2024-H1: bron and a row under the predecessor's code
    vcols = ["gemeente", "toegevoegd", "onttrokken"]
    write(os.path.join(ex, "2024-H1", f"voorraad_{old}_2024-H1.csv"),
          render(rng, Style(rng, delim=";"), vcols, [
              {"gemeente": old, "toegevoegd": "8", "onttrokken": "2"},
              {"gemeente": "Dinkelland", "toegevoegd": "1", "onttrokken": "0"},
          ]))
    write(os.path.join(ex, "2024-H1", "voorraad_welbions_2024-H1.csv"),
          render(rng, Style(rng, delim=","), vcols, [
              {"gemeente": "Hengelo", "toegevoegd": "6", "onttrokken": "1"},
              {"gemeente": "GM0173", "toegevoegd": "0", "onttrokken": "4"},
          ]))

    # ---------------- zoekers (SPEC section 9)
    zcols = ["gemeente", "actief", "geslaagd"]

    def zoekers(path, rows_, delim=None, extra_col=False):
        recs = [r if isinstance(r, tuple) and r[0] == "RAW" else dict(zip(zcols, r)) for r in rows_]
        cols = list(zcols)
        rng.shuffle(cols)
        write(os.path.join(ex, path), render(rng, Style(rng, delim=delim, extra_col=extra_col), cols, recs))

    zoekers("2024-H1/zoekers_onshuis_2024-H1.csv", [("0152", "20", "4"), ("Dinkelland", "5", "1")])
    zoekers("2025-H2/zoekers_GM0153_2025-H2.csv", [("Enschede", "412", "61")])
    zoekers("2025-H2/zoekers_domijn_2025-H2.csv", [
        ("Almelo", "180", "33"), ("Losser", "64", "9"), ("Gem. Tubbergen", "41", "7"),
        ("GM0153", "150", "18"),                          # a second sender for Enschede: summed
        ("Borne", "10", "2"),                             # not configured: rejected
    ], delim=";")
    zoekers("2026-H1/zoekers_woonplaats_2026-H1.csv", [
        ("Enschede", "388", "52"),
        ("0150", "40", "6"),                              # Deventer: buiten regio
        ("Gemeente Enschede", "veel", "3"),               # not a number: rejected
        ("RAW", ""),                                      # blank line
    ], delim=",")
    zoekers("2026-H1/zoekers_domijn_2026-H1.csv", [       # v1: replaced by v2, all rows superseded
        ("Enschede", "120", "20"), ("Almelo", "150", "30"), ("Losser", "50", "8"), ("Tubbergen", "0", "0"),
    ], delim=";")
    zoekers("2026-H1/zoekers_domijn_2026-H1_v2.csv", [
        ("Enschede", "126", "21"), ("Almelo", "171", "29"), ("Losser", "55", "8"),
        ("Tubbergen", "0", "0"),                          # actief 0: no percentage
        ("Almelo", "-4", "0"),                            # negative: rejected
        ("Gem. Tubbergen", "1000001", "2"),               # above 1.000.000: rejected
        ("Losser", "12", ""),                             # geslaagd missing: rejected
    ], delim=";", extra_col=True)
    zoekers("2026-H1/zoekers_welbions_2026-H1.csv", [
        ("Hengelo", "233", "41"), ("Hengelo (O)", "17", "3"),   # two rows for one municipality: summed
    ])
    zoekers("2026-H1/zoekers_GM1774_2026-H1.csv", [
        ("Dinkelland", "96", "15"), (old, "14", "2"),     # the predecessor's code counts as Dinkelland
    ])


# ---------------------------------------------------------------- writing

class Style:
    def __init__(self, rng, delim=None, crlf=False, bom=False, cp1252=False, extra_col=False):
        self.delim = delim or rng.choice([";", ","])
        self.crlf, self.bom, self.cp1252, self.extra_col = crlf, bom, cp1252, extra_col


def fmt_date(rng, d, pool=None):
    forms = pool or ["iso", "iso", "iso", "dmy0", "dmy", "dmy0/", "dmy/", "iso/"]
    f = rng.choice(forms)
    if f == "iso":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    if f == "iso/":
        return f"{d.year:04d}/{d.month:02d}/{d.day:02d}"
    if f == "dmy0":
        return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"
    if f == "dmy":
        return f"{d.day}-{d.month}-{d.year:04d}"
    if f == "dmy0/":
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    return f"{d.day}/{d.month}/{d.year:04d}"


def fmt_gem(rng, code):
    if code == "":
        return ""
    if code in OUTSIDE:
        return rng.choice([code, code[2:]])
    naam = NAAM[code]
    forms = [code, code, code[2:], code.lower(), naam, naam, naam.lower(), naam.upper()]
    if code == "GM0153":
        forms += ["153", "Gemeente  Enschede", "gemeente enschede"]
    forms += ALIAS[code]
    return rng.choice(forms)


def fmt_bool(rng):
    return rng.choice(["ja", "nee", "j", "n", "1", "0", "true", "false", "", "Ja", "NEE"])


def header_variant(rng, name):
    return rng.choice([name, name, name.upper(), name.capitalize(), " " + name, name + " "])


def quote(field, delim, rng, force=False):
    if force or any(ch in field for ch in (delim, '"', "\n", "\r")) or (field and rng.random() < 0.04):
        return '"' + field.replace('"', '""') + '"'
    return field


def render(rng, style, columns, records, raw_lines=None):
    """records: list of dicts (values) or ('RAW', text) for lines written verbatim."""
    nl = "\r\n" if style.crlf else "\n"
    cols = list(columns)
    if style.extra_col:
        cols.insert(rng.randint(1, len(cols)), "opmerking")
    head = []
    for c in cols:
        h = header_variant(rng, c)
        head.append(quote(h, style.delim, rng, force=(rng.random() < 0.15)))
    lines = [style.delim.join(head)]
    for rec in records:
        if isinstance(rec, tuple) and rec[0] == "RAW":
            lines.append(rec[1].replace("{d}", style.delim))
            continue
        vals = []
        for c in cols:
            v = rec.get(c, "") if c != "opmerking" else rng.choice(["", "", "nvt", "zie dossier"])
            if style.crlf:
                v = v.replace("\n", "\r\n")
            vals.append(quote(v, style.delim, rng))
        if rec.get("__short__"):          # fewer fields than the header: trailing empties left off
            while vals and vals[-1] == "":
                vals.pop()
        if rec.get("__long__"):
            vals.append("overbodig")
        lines.append(style.delim.join(vals))
    text = nl.join(lines) + nl
    data = text.encode("cp1252" if style.cp1252 else "utf-8")
    if style.bom:
        data = b"\xef\xbb\xbf" + data
    return data


LET_COLS = ["verhuring_id", "datum", "gemeente", "urgentie", "urgentienummer", "herkomstgemeente", "klein_betaalbaar"]
REG_COLS = ["urgentienummer", "datum_aanvraag", "categorie", "besluit", "datum_besluit", "herkomstgemeente",
            "woonplaatsbeginsel", "reden", "datum_vervallen"]


def letting_record(rng, l):
    cat = l.urgentie
    if cat and rng.random() < 0.08:
        cat = cat.lower()
    return {"verhuring_id": l.id, "datum": fmt_date(rng, l.datum), "gemeente": fmt_gem(rng, l.gemeente),
            "urgentie": cat, "urgentienummer": l.nummer, "herkomstgemeente": fmt_gem(rng, l.herkomst),
            "klein_betaalbaar": fmt_bool(rng)}


def row_state(rng, r, p):
    """The register row as the municipality sends it in its delivery of period p."""
    end = pbounds(p)[1]
    decided = r.besluit and (r.besluit == "ingetrokken" and r.verv and r.verv <= end
                             or r.dbesluit is not None and r.dbesluit <= end)
    besluit = r.besluit if decided else ""
    dbes = fmt_date(rng, r.dbesluit) if (decided and r.dbesluit) else ""
    if besluit == "toegekend" and r.bad_correction and p == r.decision_p():
        dbes = r.bad_correction
    reden = r.reden if (r.reden is not None and r.reden_p and pidx(r.reden_p) <= pidx(p)) else ""
    verv = fmt_date(rng, r.verv) if (r.verv is not None and r.verv_p and pidx(r.verv_p) <= pidx(p)) else ""
    cat = r.cat if rng.random() > 0.06 else r.cat.lower()
    return {"urgentienummer": r.num, "datum_aanvraag": fmt_date(rng, r.aanvraag), "categorie": cat,
            "besluit": besluit, "datum_besluit": dbes, "herkomstgemeente": fmt_gem(rng, r.herkomst),
            "woonplaatsbeginsel": r.wpb, "reden": reden, "datum_vervallen": verv}


def appearances(r):
    ps = {r.first_p}
    if r.decision_p():
        ps.add(r.decision_p())
    if r.reden_p:
        ps.add(r.reden_p)
    if r.verv_p:
        ps.add(r.verv_p)
    return [p for p in PERIODS if p in ps and pidx(p) >= pidx(r.first_p)]


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def toml_config():
    out = ['# Test region for the independent reference check (generated by make_fixture.py)',
           'code = "twente"', 'naam = "Twente"', 'minimum = 15.0', 'signaalwaarde = 20.0',
           'noemer = "zonder-vergunninghouders"', 'onderdrukken_onder = 5', '']
    for code, naam, hh, aliassen, uitg, _, _ in GEMEENTEN:
        out.append("[[gemeente]]")
        out.append(f'code = "{code}"')
        out.append(f'naam = "{naam}"')
        out.append(f"huishoudens = {hh}")
        if aliassen:
            out.append("aliassen = [" + ", ".join(f'"{a}"' for a in aliassen) + "]")
        if uitg:
            out.append("uitgezonderde_categorieen = [" + ", ".join(f'"{a}"' for a in uitg) + "]")
        out.append("")
    code, naam, hh, uitg = EXTRA_GEMEENTE
    out += ["[[gemeente]]", f'code = "{code}"', f'naam = "{naam}"', f"huishoudens = {hh}",
            "uitgezonderde_categorieen = [" + ", ".join(f'"{a}"' for a in uitg) + "]",
            f'voorgangers = ["{MERGER[1]}"]                 # SPEC section 9: a municipal merger', ""]
    for code, naam in CORPORATIES + [EXTRA_CORP]:
        out += ["[[corporatie]]", f'code = "{code}"', f'naam = "{naam}"', ""]
    out += ["[noodknop]", "signaalwaarde_reeks = 3", "wachtenden_groei = 2", ""]
    return "\n".join(out).encode("utf-8")


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--faults":
        print(FAULTS)
        return
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    target = sys.argv[1]
    rng = random.Random(SEED)
    rows, lettings = simulate(rng)
    notes = scenario(rng, rows, lettings)
    wrng = random.Random(SEED + 1)          # separate stream for the writing stage
    ex = os.path.join(target, "exports")
    write(os.path.join(target, "regio.toml"), toml_config())

    # ---------------- verhuringen
    for p in PERIODS:
        corps = [c for c, _ in CORPORATIES] + ([UNKNOWN_CORP] if p == "2026-H1" else [])
        for corp in corps:
            ls = [l for l in lettings if l.corp == corp and (l.deliver_p or period_of(l.datum)) == p]
            ls.sort(key=lambda l: l.id)
            recs = [letting_record(wrng, l) for l in ls]
            style = Style(wrng, extra_col=(corp == "domijn" and p in ("2025-H1", "2026-H1")))
            name = f"verhuringen_{corp}_{p}.csv"
            folder = os.path.join(ex, p)
            if corp == "woonplaats" and p == "2026-H1":
                style.delim = ","
                recs.insert(3, {"verhuring_id": "WP2026-90001", "datum": "12-03-2026", "gemeente": "GM0150",
                                "urgentie": "MED", "urgentienummer": "", "herkomstgemeente": "Enschede",
                                "klein_betaalbaar": "ja"})                      # buiten regio
                recs.insert(7, {"verhuring_id": "WP2026-90002", "datum": "2026-04-01", "gemeente": "",
                                "urgentie": "", "urgentienummer": "", "herkomstgemeente": "",
                                "klein_betaalbaar": "nee"})                     # missing gemeente
                recs.insert(9, ("RAW", ""))                                     # blank line
            if corp == "domijn" and p == "2026-H1":
                style.delim = ";"
                dup = dict(recs[5])
                dup["datum"] = "15-05-2026"
                dup["urgentie"] = ""
                dup["urgentienummer"] = ""
                recs.insert(11, dup)                                            # duplicate key
                recs.insert(2, {"verhuring_id": "DJ2026-90003", "datum": "31-02-2026", "gemeente": "Losser",
                                "urgentie": "", "klein_betaalbaar": "nee"})     # impossible date
                recs.insert(14, {"verhuring_id": "DJ2026-90004", "datum": "", "gemeente": "Almelo",
                                 "urgentie": "LOK"})                            # missing datum
            if corp == "welbions" and p == "2026-H1":
                recs.insert(4, {"verhuring_id": "WB2026-90005", "datum": "2026-02-17", "gemeente": "Hengelo",
                                "urgentie": "URG", "klein_betaalbaar": "ja"})   # unknown category
                recs.insert(6, {"verhuring_id": "WB2026-90006", "datum": "2026-02-18", "gemeente": "Hengelo",
                                "urgentie": "", "klein_betaalbaar": "ja", "__long__": True})  # too many fields
            if corp == "domijn" and p == "2025-H1":
                recs.insert(3, {"verhuring_id": "DJ2025-90007", "datum": "3-3-2025", "gemeente": "Borne",
                                "urgentie": "", "klein_betaalbaar": "n"})       # unknown municipality name
                recs.insert(8, ("RAW", "   "))                                   # white space only line
            if corp == "domijn" and p == "2025-H2":
                recs.insert(5, ("RAW", "{d}" * (len(LET_COLS) - 1)))          # only delimiters: no record
                recs.insert(9, {"verhuring_id": "DJ2025-90008", "datum": "2025-10-10", "gemeente": "0158",
                                "urgentie": "", "klein_betaalbaar": "0"})       # buiten regio
                recs[12]["__short__"] = True                                    # fewer fields
            if corp == "woonplaats" and p == "2025-H1":
                recs.insert(6, ("RAW", ""))
                recs.insert(7, ("RAW", ""))
            if corp == UNKNOWN_CORP:
                folder = ex
                style.delim = ";"
            if corp == "welbions" and p == "2025-H2":
                # v3 is the real one; v2 (older, with a row since withdrawn and one typo) sits in oud/
                name = f"verhuringen_{corp}_{p}_v3.csv"
                v2recs = [dict(r) for r in recs[:-3]]
                v2recs.append({"verhuring_id": "WB2025-90009", "datum": "30-02-2025", "gemeente": "Hengelo",
                               "urgentie": "MED"})
                write(os.path.join(ex, "oud", f"verhuringen_{corp}_{p}_v2.csv"),
                      render(wrng, Style(wrng, delim=";"), LET_COLS, v2recs))
            cols = list(LET_COLS)
            if corp == "domijn" and p == "2025-H2":
                pass
            else:
                wrng.shuffle(cols)
                if "klein_betaalbaar" in cols and p == "2025-H2":
                    cols.remove("klein_betaalbaar")
                    cols.append("klein_betaalbaar")
            write(os.path.join(folder, name), render(wrng, style, cols, recs))

    # ---------------- urgentie
    for p in PERIODS:
        for code in CODES:
            if code == "GM0183" and p == "2026-H1":
                continue                                           # missing delivery
            rs = [r for r in rows if r.bron == code and p in appearances(r)]
            rs.sort(key=lambda r: r.num)
            recs = [row_state(wrng, r, p) for r in rs]
            style = Style(wrng, extra_col=(code == "GM0164" and p == "2025-H2"))
            bron = code
            ext = ".csv"
            if code == "GM0153" and p == "2026-H1":
                style.crlf = True
                style.bom = True
                style.delim = ";"
                recs.insert(2, {"urgentienummer": "ENS-2026-900", "datum_aanvraag": "2026-02-02",
                                "categorie": "DG", "besluit": "toegekend", "datum_besluit": "",
                                "herkomstgemeente": "Enschede"})     # toegekend without datum_besluit
                for rec in recs:                                          # a quoted CRLF inside a value
                    if rec.get("reden", "").startswith("geen passende woning"):
                        rec["reden"] = "geen passende woning\nin herkomstgemeente"
                        break
            if code == "GM0153" and p == "2025-H1":
                bron = "0153"
            if code == "GM0164" and p == "2025-H2":
                ext = ".CSV"
            if code == "GM0141" and p == "2025-H2":
                style.cp1252 = True
            if code == "GM0141" and p == "2026-H1":
                recs.insert(1, {"urgentienummer": "ALM-2026-900", "datum_aanvraag": "2026-01-20",
                                "categorie": "GGZ", "besluit": "", "herkomstgemeente": "Hof van Twente"})
            if code == "GM0164" and p == "2025-H1":
                dup = dict(recs[3])
                dup["categorie"] = "MO"
                recs.insert(6, dup)                                   # duplicate urgentienummer
                recs.insert(8, ("RAW", ""))
            if code == "GM0164" and p == "2026-H1":
                style.delim = ";"
            cols = list(REG_COLS)
            wrng.shuffle(cols)
            name = f"urgentie_{bron}_{p}{ext}"
            write(os.path.join(ex, p, name), render(wrng, style, cols, recs))

    # urgentie delivery of a municipality outside the region (Deventer)
    out_recs = []
    for k in range(4):
        d = dt.date(2026, 1, 10) + dt.timedelta(days=31 * k)
        out_recs.append({"urgentienummer": f"DEV-2026-{k + 1:03d}", "datum_aanvraag": fmt_date(wrng, d),
                         "categorie": ["MED", "DG", "MO", "LOK"][k], "besluit": "toegekend" if k < 2 else "",
                         "datum_besluit": fmt_date(wrng, d + dt.timedelta(days=20)) if k < 2 else "",
                         "herkomstgemeente": "GM0150"})
    write(os.path.join(ex, "extra", "urgentie_GM0150_2026-H1.csv"),
          render(wrng, Style(wrng, delim=","), REG_COLS, out_recs))

    # ---------------- voorraad (2026-H1 only)
    vcols = ["gemeente", "toegevoegd", "onttrokken"]
    write(os.path.join(ex, "2026-H1", "voorraad_welbions_2026-H1.csv"),
          render(wrng, Style(wrng, delim=";"), vcols, [
              {"gemeente": "Hengelo", "toegevoegd": "12", "onttrokken": "3"},
              {"gemeente": "Hengelo (O)", "toegevoegd": "4", "onttrokken": "0"},
              {"gemeente": "GM0173", "toegevoegd": "5", "onttrokken": "7"},
              {"gemeente": "0158", "toegevoegd": "3", "onttrokken": "0"},
              {"gemeente": "Enschede", "toegevoegd": "-2", "onttrokken": "1"},
          ]))
    write(os.path.join(ex, "2026-H1", "voorraad_GM0168_2026-H1.csv"),
          render(wrng, Style(wrng, delim=","), vcols, [
              {"gemeente": "Losser", "toegevoegd": "6", "onttrokken": "1"},
          ]))

    # ---------------- files that are not recognised
    write(os.path.join(ex, "LEESMIJ.txt"), "Exports voor de verdeelmonitor Twente.\n".encode())
    write(os.path.join(ex, "2026-H1", "verhuringen_domijn_2026-H1 (kopie).csv"),
          b"verhuring_id;datum;gemeente\nDJ2026-99999;2026-01-01;Losser\n")
    write(os.path.join(ex, "Urgentie_GM0153_2025-H2.csv"),
          b"urgentienummer,datum_aanvraag,categorie\nENS-2025-999,2025-07-07,MED\n")
    write(os.path.join(ex, "2025-H1", "verhuringen_domijn_2025-H3.csv"),
          b"verhuring_id;datum;gemeente\nDJ2025-99999;2025-01-01;Losser\n")
    write(os.path.join(ex, "2026-H1", "voorraad_welbions_2026-H1.xlsx"), b"PK\x03\x04not really a workbook")

    extra_cases(ex)
    s9_cases(ex)

    if os.environ.get("FIXTURE_NOTES"):
        for n in notes:
            print(n, file=sys.stderr)


if __name__ == "__main__":
    main()
