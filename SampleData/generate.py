#!/usr/bin/env python3
"""Generate the SYNTHETIC demo data set of verdeelmonitor (fictional persons and corporations).

Usage: python3 SampleData/generate.py [--seed N]

Writes regio.toml, cbs/71486ned.csv and exports/ (CSV files and, for woonkracht, Excel workbooks) next to this
script. Standard library only; the same seed gives
byte-identical files. See README.md for what is in the set and which faults are deliberate.
"""
import argparse
import csv
import datetime as dt
import io
import random
import shutil
import zipfile
from pathlib import Path

SEED = 20260701
PERIODEN = ["2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1"]
TOEKOMST = "2026-H2"   # simulated, not written: urgents granted before mid-2026 but housed later stay waiting

# code, naam, huishoudens (close to CBS 71486ned, 2024), prefix of the urgentienummer
GEMEENTEN = [
    ("GM0148", "Dalfsen", 11842, "DAL"),
    ("GM0160", "Hardenberg", 24587, "HBG"),
    ("GM0166", "Kampen", 21936, "KAM"),
    ("GM1773", "Olst-Wijhe", 7718, "OW"),
    ("GM0175", "Ommen", 7893, "OMM"),
    ("GM0177", "Raalte", 16127, "RAA"),
    ("GM0180", "Staphorst", 6281, "STA"),
    ("GM1708", "Steenwijkerland", 19164, "SWL"),
    ("GM1896", "Zwartewaterland", 9907, "ZWL"),
    ("GM0193", "Zwolle", 61853, "ZW"),
]
NAAM = {code: naam for code, naam, _, _ in GEMEENTEN}
HUISHOUDENS = {code: hh for code, _, hh, _ in GEMEENTEN}
ALIASSEN = {"GM0160": ["Hardenberg (gem.)"], "GM0166": ["Gemeente Kampen"], "GM0193": ["Gemeente Zwolle"]}
UITGEZONDERD = {"GM1773": ["MO"], "GM0177": ["MO"]}   # MO is handled with Deventer
DEVENTER = "GM0150"
# A municipal merger (SPEC section 9): in the demo, Olst-Wijhe took over the FICTIONAL municipality GM0999 on
# 1 January 2025. Until then every export still used the old code: as the bron of Olst-Wijhe's urgentie files and as
# gemeente / herkomstgemeente in every file of 2024-H1 and 2024-H2. No real municipality has code 0999.
VOORGANGERS = {"GM1773": ["GM0999"]}
VOOR_FUSIE = {"2024-H1", "2024-H2"}   # the periods whose files use the predecessor's code

# code, naam, prefix of verhuring_id -- all fictional
CORPORATIES = [
    ("woonkracht", "Woonkracht IJsseldelta", "WK"),
    ("vechtlanden-wonen", "Stichting Vechtlanden Wonen", "VL"),
    ("kopwonen", "KopWonen Noordwest", "KW"),
    ("sallandhuis", "Woonstichting Sallandhuis", "SH"),
]
WERKGEBIED = {   # gemeente -> [(corporatie, share of its lettings)]
    "GM0148": [("vechtlanden-wonen", 0.6), ("sallandhuis", 0.4)],
    "GM0160": [("vechtlanden-wonen", 1.0)],
    "GM0166": [("woonkracht", 0.7), ("kopwonen", 0.3)],
    "GM1773": [("sallandhuis", 1.0)],
    "GM0175": [("vechtlanden-wonen", 1.0)],
    "GM0177": [("sallandhuis", 1.0)],
    "GM0180": [("kopwonen", 1.0)],
    "GM1708": [("kopwonen", 1.0)],
    "GM1896": [("woonkracht", 1.0)],
    "GM0193": [("woonkracht", 0.55), ("kopwonen", 0.25), ("sallandhuis", 0.2)],
}
# aimed toewijzingspercentage per gemeente, one value per period in PERIODEN (TOEKOMST repeats the last)
DOEL_PCT = {
    "GM0148": [13.0, 12.0, 12.5, 11.5, 12.0],
    "GM0160": [17.0, 16.0, 18.0, 17.5, 18.5],
    "GM0166": [18.0, 19.0, 19.5, 22.0, 23.0],
    "GM1773": [16.5, 17.5, 16.5, 18.0, 17.5],
    "GM0175": [16.5, 18.0, 17.0, 19.0, 18.0],
    "GM0177": [16.0, 16.5, 17.0, 16.5, 17.5],
    "GM0180": [11.0, 10.5, 12.0, 11.0, 10.5],
    "GM1708": [16.0, 16.5, 17.0, 16.5, 16.0],
    "GM1896": [18.0, 17.0, 19.0, 18.0, 19.0],
    "GM0193": [19.0, 18.5, 19.5, 23.5, 24.5],
}
MUTATIES_PER_HUISHOUDEN = 0.006          # lettings per household per half-year
AANDEEL_VH = (0.08, 0.12)                # vergunninghouders, share of lettings
AANDEEL_LOK = {"GM0160": 0.015, "GM1708": 0.02, "GM0193": 0.02}
CATEGORIE_GEWICHT = {"MZ": 8, "MED": 30, "MO": 14, "GGZ": 10, "VO": 10, "JH": 12, "DET": 5, "SW": 1, "DG": 10}
KANS_ELDERS = 0.13                       # housed outside the municipality of origin (MZ: 0.4)
REDENEN = ["Geen passend aanbod", "geen passend  aanbod", "geen passend aanbod ", "Netwerk in andere gemeente",
           "netwerk in andere gemeente", "werk elders", "Veiligheid", ""]
VASTGELOPEN = {"2024-H1": 2, "2024-H2": 3, "2025-H1": 9, "2025-H2": 15, "2026-H1": 22}  # granted, not housed
DATUMSTIJL = {"GM0166": "dmy", "GM1708": "d/m/y"}           # other sources: YYYY-MM-DD
SCHEIDING = {"vechtlanden-wonen": ",", "GM0160": ","}        # other sources: ';'
GEMEENTE_STIJL = {"woonkracht": "code", "vechtlanden-wonen": "code", "kopwonen": "naam", "sallandhuis": "kort"}
HERKOMST_ALS_NAAM = {"GM0175", "GM0180"}                     # registers that write a name, not a code

VERHURING_KOLOMMEN = ["verhuring_id", "datum", "gemeente", "urgentie", "urgentienummer",
                      "herkomstgemeente", "klein_betaalbaar"]
URGENTIE_KOLOMMEN = ["urgentienummer", "datum_aanvraag", "categorie", "besluit", "datum_besluit",
                     "herkomstgemeente", "woonplaatsbeginsel", "reden", "datum_vervallen"]


# ---------------------------------------------------------------- helpers
def grenzen(p):
    jaar = int(p[:4])
    return (dt.date(jaar, 1, 1), dt.date(jaar, 6, 30)) if p.endswith("H1") else (dt.date(jaar, 7, 1), dt.date(jaar, 12, 31))


def periode_van(d):
    return f"{d.year}-H{1 if d.month <= 6 else 2}"


def willekeurige_datum(rng, p):
    begin, eind = grenzen(p)
    return begin + dt.timedelta(days=rng.randint(0, (eind - begin).days))


def dagen(n):
    return dt.timedelta(days=n)


def fmt_datum(d, stijl="iso"):
    if d is None:
        return ""
    if stijl == "dmy":
        return d.strftime("%d-%m-%Y")
    if stijl == "d/m/y":
        return f"{d.day}/{d.month}/{d.year}"
    return d.isoformat()


def gemeente_tekst(rng, code, stijl):
    """A municipality as a corporation writes it: CBS code, bare number, name or alias."""
    if code not in NAAM:
        return code                                   # outside the region: always the CBS code
    if stijl == "kort":
        return code[2:]
    if stijl == "naam":
        return NAAM[code]
    if code in ALIASSEN and rng.random() < 0.15:
        return ALIASSEN[code][0]
    return code


def oude_code(tekst, p):
    """The merger (VOORGANGERS): in a file of a period before the merger, Olst-Wijhe's code in any form
    (GM1773, gm1773, 1773) is written as the predecessor's code in the same form. Names stay as they are."""
    if p not in VOOR_FUSIE:
        return tekst
    for nieuw, oud in ((n, o[0]) for n, o in VOORGANGERS.items()):
        for vorm_nieuw, vorm_oud in ((nieuw, oud), (nieuw.lower(), oud.lower()), (nieuw[2:], oud[2:])):
            if tekst == vorm_nieuw:
                return vorm_oud
    return tekst


def bron_code(code, p):
    """The CBS code an urgentie file of `code` for period p is named after (the predecessor's before the merger)."""
    return oude_code(code, p)


def kies_gewogen(rng, opties):
    """opties: list of (value, weight)."""
    return rng.choices([o for o, _ in opties], weights=[w for _, w in opties])[0]


# ---------------------------------------------------------------- the synthetic population
def nieuwe_rij(register, bron, categorie, aanvraag, besluit="toegekend", datum_besluit=None, sluit=None):
    rij = {"bron": bron, "nummer": None, "aanvraag": aanvraag, "categorie": categorie, "besluit": besluit,
           "datum_besluit": datum_besluit, "herkomst": bron, "wpb": "ja", "reden": "", "vervallen": None,
           "sluit": sluit, "gehuisvest": None}
    register.append(rij)
    return rij


def kies_categorie(rng, gemeente):
    opties = [(c, w) for c, w in CATEGORIE_GEWICHT.items() if c not in UITGEZONDERD.get(gemeente, [])]
    return kies_gewogen(rng, opties)


def huisvest_urgent(rng, letting, register):
    """Make `letting` the housing of a statutory urgent; usually with a granted register row."""
    gemeente = letting["gemeente"]
    if gemeente in UITGEZONDERD and rng.random() < 0.06:   # MO from the Deventer shelter: no member register
        letting.update(urgentie="MO", herkomst=DEVENTER, toon_herkomst=True)
        return
    categorie = kies_categorie(rng, gemeente)
    herkomst = gemeente
    if rng.random() < (0.4 if categorie == "MZ" else KANS_ELDERS):
        andere = [(c, h) for c, h in HUISHOUDENS.items()
                  if c != gemeente and categorie not in UITGEZONDERD.get(c, [])]
        herkomst = kies_gewogen(rng, andere)
    letting.update(urgentie=categorie, herkomst=herkomst)
    koppeling = rng.random()
    if koppeling >= 0.97:                              # neither number nor origin recorded
        return
    if koppeling >= 0.85:                              # only the origin recorded, number missing
        letting["toon_herkomst"] = True
        return
    besluit = letting["datum"] - dagen(rng.randint(30, 200))
    rij = nieuwe_rij(register, herkomst, categorie, besluit - dagen(rng.randint(10, 56)), "toegekend",
                     besluit, sluit=letting["datum"])
    rij["gehuisvest"] = letting["datum"]
    if rng.random() < 0.03:
        rij["herkomst"] = ""                           # origin unknown in the register
    if herkomst != gemeente:
        if categorie in ("VO", "DG") and rng.random() < 0.6:
            rij.update(wpb="uitzondering", reden="veiligheid")
        else:
            rij["reden"] = "mantelzorg" if categorie == "MZ" else rng.choice(REDENEN)
    letting.update(rij=rij, toon_herkomst=rng.random() < 0.5)


def extra_aanvragen(rng, register, gemeente, p, n_urgent):
    """Applications filed in p that do not end in a letting: refused, withdrawn, expired."""
    for _ in range(round(n_urgent * rng.uniform(0.2, 0.35))):
        aanvraag = willekeurige_datum(rng, p)
        besluit = aanvraag + dagen(rng.randint(14, 56))
        nieuwe_rij(register, gemeente, kies_categorie(rng, gemeente), aanvraag, "afgewezen", besluit, sluit=besluit)
    for _ in range(rng.randint(0, 2)):
        aanvraag = willekeurige_datum(rng, p)
        intrekking = aanvraag + dagen(rng.randint(7, 40))
        nieuwe_rij(register, gemeente, kies_categorie(rng, gemeente), aanvraag, "ingetrokken", intrekking,
                   sluit=intrekking)
    for _ in range(round(n_urgent * 0.05)):
        aanvraag = willekeurige_datum(rng, p)
        besluit = aanvraag + dagen(rng.randint(14, 56))
        rij = nieuwe_rij(register, gemeente, kies_categorie(rng, gemeente), aanvraag, "toegekend", besluit)
        rij["vervallen"] = rij["sluit"] = besluit + dagen(rng.randint(120, 300))


def maak_populatie(rng):
    verhuringen, register = [], []
    for p in PERIODEN + [TOEKOMST]:
        for code, _, hh, _ in GEMEENTEN:
            n = round(hh * MUTATIES_PER_HUISHOUDEN * rng.uniform(0.93, 1.07))
            n_urg = round(n * DOEL_PCT[code][PERIODEN.index(p) if p in PERIODEN else -1] / 100)
            n_vh = round(n * rng.uniform(*AANDEEL_VH))
            n_lok = round(n * AANDEEL_LOK.get(code, 0.0))
            soorten = ["urgent"] * n_urg + ["VH"] * n_vh + ["LOK"] * n_lok + [""] * (n - n_urg - n_vh - n_lok)
            for soort in soorten:
                letting = {"corp": kies_gewogen(rng, WERKGEBIED[code]), "datum": willekeurige_datum(rng, p),
                           "gemeente": code, "urgentie": "", "rij": None, "herkomst": "", "toon_herkomst": False,
                           "klein": rng.random() < 0.35, "levering": None, "id": None}
                if soort == "urgent":
                    huisvest_urgent(rng, letting, register)
                elif soort == "LOK":
                    besluit = letting["datum"] - dagen(rng.randint(20, 120))
                    rij = nieuwe_rij(register, code, "LOK", besluit - dagen(rng.randint(10, 40)), "toegekend",
                                     besluit, sluit=letting["datum"])
                    letting.update(urgentie="LOK", rij=rij)
                else:
                    letting["urgentie"] = soort
                verhuringen.append(letting)
            if p in PERIODEN:
                extra_aanvragen(rng, register, code, p, n_urg)
        if p in PERIODEN:   # granted urgents still waiting at the end of the data: the backlog grows
            for _ in range(VASTGELOPEN[p]):
                code = kies_gewogen(rng, list(HUISHOUDENS.items()))
                aanvraag = willekeurige_datum(rng, p)
                nieuwe_rij(register, code, kies_categorie(rng, code), aanvraag, "toegekend",
                           aanvraag + dagen(rng.randint(14, 56)))
    nummer_toekennen(rng, verhuringen, register)
    return [v for v in verhuringen if periode_van(v["datum"]) in PERIODEN], register


def nummer_toekennen(rng, verhuringen, register):
    prefix = {code: pre for code, _, _, pre in GEMEENTEN}
    volgnummer = {}
    for rij in sorted(register, key=lambda r: (r["bron"], r["aanvraag"])):   # sort is stable
        sleutel = (rij["bron"], rij["aanvraag"].year)
        volgnummer[sleutel] = volgnummer.get(sleutel, 0) + rng.randint(1, 3)
        rij["nummer"] = f"{prefix[rij['bron']]}-{rij['aanvraag'].year}-{volgnummer[sleutel]:04d}"
    corp_prefix = {code: pre for code, _, pre in CORPORATIES}
    volgnummer = {}
    for v in sorted(verhuringen, key=lambda v: (v["corp"], v["datum"])):
        sleutel = (v["corp"], v["datum"].year)
        volgnummer[sleutel] = volgnummer.get(sleutel, 0) + 1
        v["id"] = f"{corp_prefix[v['corp']]}{v['datum'].year % 100}-{volgnummer[sleutel]:05d}"


# ---------------------------------------------------------------- writing
def schrijf_csv(pad, kolommen, rijen, scheiding=";", regeleinde="\n", codering="utf-8"):
    pad.parent.mkdir(parents=True, exist_ok=True)
    with open(pad, "w", newline="", encoding=codering) as f:
        w = csv.writer(f, delimiter=scheiding, lineterminator=regeleinde)
        w.writerow(kolommen)
        w.writerows(rijen)


def schrijf_regio(pad):
    regels = ["# SYNTHETIC demo configuration (generated by generate.py): fictional corporations.",
              'code = "west-overijssel"', 'naam = "West-Overijssel"', "minimum = 15.0",
              "signaalwaarde = 20.0", 'noemer = "alle"', "onderdrukken_onder = 5", ""]
    for code, naam, hh, _ in GEMEENTEN:
        regels += ["[[gemeente]]", f'code = "{code}"', f'naam = "{naam}"', f"huishoudens = {hh}"]
        if code in ALIASSEN:
            regels.append("aliassen = [" + ", ".join(f'"{a}"' for a in ALIASSEN[code]) + "]")
        if code in UITGEZONDERD:
            regels.append("uitgezonderde_categorieen = [" + ", ".join(f'"{c}"' for c in UITGEZONDERD[code]) + "]")
        if code in VOORGANGERS:
            regels.append("voorgangers = [" + ", ".join(f'"{c}"' for c in VOORGANGERS[code])
                          + "]   # FICTIONAL predecessor, taken over on 1 January 2025")
        regels.append("")
    for code, naam, _ in CORPORATIES:
        regels += ["[[corporatie]]", f'code = "{code}"', f'naam = "{naam}"', ""]
    regels += ["[noodknop]", "signaalwaarde_reeks = 2", "wachtenden_groei = 2"]
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")


def verhuring_regel(rng, v, p):
    stijl = GEMEENTE_STIJL[v["corp"]]
    return [v["id"], fmt_datum(v["datum"]), oude_code(gemeente_tekst(rng, v["gemeente"], stijl), p), v["urgentie"],
            v["rij"]["nummer"] if v["rij"] else "",
            oude_code(gemeente_tekst(rng, v["herkomst"], stijl), p) if v["toon_herkomst"] and v["herkomst"] else "",
            "ja" if v["klein"] else "nee"]


def schrijf_verhuringen(rng, uit, verhuringen):
    for corp, _, _ in CORPORATIES:
        for p in PERIODEN:
            eigen = [v for v in verhuringen if v["corp"] == corp and (v["levering"] or periode_van(v["datum"])) == p]
            rijen = [verhuring_regel(rng, v, p) for v in sorted(eigen, key=lambda v: v["id"])]
            if (corp, p) == ("vechtlanden-wonen", "2025-H2"):              # fault (c): impossible date
                rijen.insert(40, ["VL25-09999", "2025-11-31", "GM0160", "", "", "", "nee"])
            if (corp, p) == ("kopwonen", "2026-H1"):                       # fault (c): unknown municipality
                rijen.insert(25, ["KW26-09001", "2026-03-02", "Meppel", "", "", "", "ja"])
            if (corp, p) == ("sallandhuis", "2026-H1"):                    # fault (c): duplicate key
                rijen.insert(60, list(rijen[12]))
            opties = {"scheiding": SCHEIDING.get(corp, ";")}
            if corp == "kopwonen":                                         # Excel export: CRLF and BOM
                opties.update(regeleinde="\r\n", codering="utf-8-sig")
            schrijf_csv(uit / f"verhuringen_{corp}_{p}.csv", VERHURING_KOLOMMEN, rijen, **opties)


def urgentie_regel(rij, p, stijl):
    eind = grenzen(p)[1]
    besloten = rij["datum_besluit"] is not None and rij["datum_besluit"] <= eind
    herkomst = NAAM.get(rij["herkomst"], rij["herkomst"]) if rij["bron"] in HERKOMST_ALS_NAAM else rij["herkomst"]
    gehuisvest = rij["gehuisvest"] is not None and rij["gehuisvest"] <= eind
    vervallen = rij["vervallen"] if rij["vervallen"] and rij["vervallen"] <= eind else None
    return [rij["nummer"], fmt_datum(rij["aanvraag"], stijl), rij["categorie"], rij["besluit"] if besloten else "",
            fmt_datum(rij["datum_besluit"], stijl) if besloten else "", oude_code(herkomst, p), rij["wpb"],
            rij["reden"] if gehuisvest else "", fmt_datum(vervallen, stijl)]


def in_levering(rij, p):
    begin, eind = grenzen(p)
    if p == PERIODEN[0]:
        begin = dt.date(1900, 1, 1)            # the first delivery also holds the open older applications
    return rij["aanvraag"] <= eind and (rij["sluit"] is None or rij["sluit"] >= begin)


def schrijf_urgentie(rng, uit, register):
    for code, _, _, _ in GEMEENTEN:
        stijl = DATUMSTIJL.get(code, "iso")
        for p in PERIODEN:
            eigen = sorted((r for r in register if r["bron"] == code and in_levering(r, p)),
                           key=lambda r: (r["aanvraag"], r["nummer"]))
            rijen = [urgentie_regel(r, p, stijl) for r in eigen]
            kolommen, opties = list(URGENTIE_KOLOMMEN), {"scheiding": SCHEIDING.get(code, ";")}
            naam = f"urgentie_{bron_code(code, p)}_{p}"
            if (code, p) == ("GM0166", "2026-H1"):                         # fault (c): unknown category
                rijen.insert(30, ["KAM-2026-0999", "03-03-2026", "XX", "", "", "GM0166", "ja", "", ""])
            if (code, p) == ("GM0175", "2025-H2"):                         # fault (b): Windows-1252
                opties["codering"] = "cp1252"
            if (code, p) == ("GM1896", "2026-H1"):                         # extra column
                kolommen.append("opmerking_intern")
                notities = ["", "", "", "dossier compleet", "wacht op stukken", "controle herkomst"]
                rijen = [r + [rng.choice(notities)] for r in rijen]
            if (code, p) == ("GM0193", "2026-H1"):                         # fault (a): v1 and correction v2
                schrijf_csv(uit / f"{naam}.csv", kolommen, zwolle_v1(rijen), **opties)
                naam += "_v2"
            schrijf_csv(uit / f"{naam}.csv", kolommen, rijen, **opties)


def zwolle_v1(rijen):
    """The first, faulty 2026-H1 delivery of Zwolle: two rows missing, two decisions not yet entered,
    one category wrong. The v2 correction holds the right state."""
    v1 = [list(r) for r in rijen[:-2]]
    toegekend = [r for r in v1 if r[3] == "toegekend"]
    for r in toegekend[-2:]:
        r[3] = r[4] = ""
    toegekend[5][2] = "GGZ" if toegekend[5][2] != "GGZ" else "MED"
    return v1


def schrijf_voorraad(rng, uit):
    for p in ("2025-H2", "2026-H1"):
        for corp, _, _ in CORPORATIES:
            rijen = []
            for code, aandelen in WERKGEBIED.items():
                for c, aandeel in aandelen:
                    if c == corp:
                        bij = rng.randint(0, max(1, round(HUISHOUDENS[code] * aandeel / 1500)))
                        rijen.append([gemeente_tekst(rng, code, GEMEENTE_STIJL[corp]), bij, rng.randint(0, 3)])
            schrijf_csv(uit / f"voorraad_{corp}_{p}.csv", ["gemeente", "toegevoegd", "onttrokken"], rijen,
                        scheiding=SCHEIDING.get(corp, ";"))


ZOEKERS_PERIODEN = ["2025-H1", "2025-H2", "2026-H1"]    # no zoekers deliveries before 2025


def schrijf_zoekers(seed, uit, verhuringen):
    """zoekers_<corp>_<periode>.csv (SPEC section 9): per corporation one row per municipality it works in, with
    the home seekers who reacted or were mediated (actief) and those of them who were let a home (geslaagd: its
    lettings there, without vergunninghouders). Its own random stream, so every other file stays as it was.
    Faults: kopwonen sends a v2 of 2026-H1 that replaces v1; woonkracht's 2026-H1 file has a row with
    geslaagd > actief (rejected)."""
    rng = random.Random(seed + 1)
    for p in ZOEKERS_PERIODEN:
        for corp, _, _ in CORPORATIES:
            stijl = GEMEENTE_STIJL[corp]
            rijen = []
            for code, aandelen in WERKGEBIED.items():
                if not any(c == corp for c, _ in aandelen):
                    continue
                geslaagd = sum(1 for v in verhuringen if v["corp"] == corp and v["gemeente"] == code
                               and v["urgentie"] != "VH" and (v["levering"] or periode_van(v["datum"])) == p)
                actief = round(geslaagd / rng.uniform(0.07, 0.15))
                rijen.append([gemeente_tekst(rng, code, stijl), actief, geslaagd])
            kolommen = ["gemeente", "actief", "geslaagd"]
            opties = {"scheiding": SCHEIDING.get(corp, ";")}
            if (corp, p) == ("woonkracht", "2026-H1"):                     # fault (h): geslaagd > actief
                rijen.append(["GM1896", 12, 40])
            if (corp, p) == ("kopwonen", "2026-H1"):                       # fault (i): v1 and correction v2
                v1 = [list(r) for r in rijen]
                v1[-1][1] = v1[-1][1] // 10                                # a digit dropped in actief
                schrijf_csv(uit / f"zoekers_{corp}_{p}.csv", kolommen, v1, **opties)
                schrijf_csv(uit / f"zoekers_{corp}_{p}_v2.csv", kolommen, rijen, **opties)
                continue
            schrijf_csv(uit / f"zoekers_{corp}_{p}.csv", kolommen, rijen, **opties)


def schrijf_deventer(rng, uit):
    """Fault (f): a register delivery of Deventer, outside the region: its rows count as buiten regio."""
    rijen = []
    for i in range(8):
        aanvraag = dt.date(2026, 1, 8) + dagen(19 * i + rng.randint(0, 10))
        besluit = aanvraag + dagen(rng.randint(14, 40))
        besluit = besluit if besluit <= dt.date(2026, 6, 30) else None
        rijen.append([f"DV-2026-{3 * i + 11:04d}", fmt_datum(aanvraag), rng.choice(["MO", "MO", "VO", "GGZ"]),
                      "toegekend" if besluit else "", fmt_datum(besluit),
                      rng.choice([DEVENTER, DEVENTER, "GM0177", "GM1773"]), "ja", "", ""])
    schrijf_csv(uit / "urgentie_GM0150_2026-H1.csv", URGENTIE_KOLOMMEN, rijen)


# ---------------------------------------------------------------- deliberate faults in the population
def fouten_in_populatie(verhuringen, register):
    # (d) a letting of 31 December 2025 that woonkracht delivers late, in its 2026-H1 file
    laat = max((v for v in verhuringen if v["corp"] == "woonkracht" and v["urgentie"] == ""
                and periode_van(v["datum"]) == "2025-H2"), key=lambda v: (v["datum"], v["id"]))
    laat.update(datum=dt.date(2025, 12, 31), levering="2026-H1")
    # (e) Ommen registered a transferred dossier under a number that Dalfsen uses too
    dalfsen = next(v["rij"] for v in sorted(verhuringen, key=lambda v: v["id"])
                   if v["rij"] and v["rij"]["bron"] == "GM0148" and v["urgentie"] != "LOK"
                   and periode_van(v["datum"]) == "2026-H1")
    dubbel = nieuwe_rij(register, "GM0175", "MED", dt.date(2026, 2, 9), "toegekend", dt.date(2026, 3, 16))
    dubbel["nummer"] = dalfsen["nummer"]
    # quoting: a reden with the delimiter (Hardenberg, ','), one with a line break (Zwolle), one with an
    # en dash in the Windows-1252 file of Ommen (fault b)
    for bron, periode, reden in [("GM0160", "2025-H2", "geen passend aanbod, te lange wachttijd"),
                                 ("GM0193", "2026-H1", "veiligheid\n(zie dossier)"),
                                 ("GM0175", "2025-H2", "geen passend aanbod in Ommen – scheiding")]:
        _, eind = grenzen(periode)
        kandidaten = [v for v in sorted(verhuringen, key=lambda v: v["id"]) if v["rij"] and v["rij"]["bron"] == bron
                      and v["rij"]["wpb"] == "ja" and v["urgentie"] not in ("MZ", "LOK")
                      and in_levering(v["rij"], periode) and v["datum"] <= eind]
        elders = [v for v in kandidaten if v["gemeente"] != bron]
        if not elders:   # small municipality: move one home to a neighbour served by the same corporation
            elders = kandidaten[-1:]
            elders[0]["gemeente"] = next(g for g, a in WERKGEBIED.items()
                                         if g != bron and any(c == elders[0]["corp"] for c, _ in a))
        elders[-1]["rij"]["reden"] = reden


# --- Deliveries as they come (SPEC.md section 7): a workbook sender, a sender with a profile, CBS households.
# These only rewrite what the functions above wrote, so the records and every figure stay the same.

XLSX_CORP = "woonkracht"        # delivers Excel workbooks (.xlsx) instead of CSV
ODS_GEMEENTE = "GM0177"         # Raalte delivers its urgentie registers as OpenDocument spreadsheets (.ods)
PROFIEL_CORP = "sallandhuis"    # exports from its own system, mapped with [[profiel]] "woonsysteem"
PROFIEL_KOLOMMEN = {"verhuring_id": "Contractnummer", "datum": "Ingangsdatum huurcontract",
                    "gemeente": "Gemeente", "urgentie": "Voorrangscategorie",
                    "urgentienummer": "Beschikkingsnummer", "herkomstgemeente": "Vorige woongemeente",
                    "klein_betaalbaar": "Klein betaalbaar"}
PROFIEL_LABELS = {"MZ": "Mantelzorg", "MED": "Medische indicatie", "MO": "Uitstroom maatschappelijke opvang",
                  "GGZ": "Uitstroom GGZ-instelling", "VO": "Uitstroom vrouwenopvang", "JH": "Uitstroom jeugdhulp",
                  "DET": "Uitstroom detentie", "SW": "Uitstappende sekswerker", "DG": "Dakloos gezin",
                  "VH": "Statushouder", "LOK": "Lokale urgentie", "": "Regulier"}
CBS_PEILJAAR = 2024


def leveringen_zoals_ze_komen(hier, uit):
    schrijf_xlsx_leveringen(uit)
    schrijf_ods_leveringen(uit)
    schrijf_profiel_leveringen(uit)
    schrijf_cbs_huishoudens(hier / "cbs" / "71486ned.csv")
    pas_regio_aan(hier / "regio.toml")


def xlsx_werkmap(blad, rijen):
    """A minimal Office Open XML workbook (standard library zipfile): one sheet named `blad`; row n of the
    sheet is line n of the CSV. Dates JJJJ-MM-DD become date serials with format 14, other text shared strings."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    gedeeld, index, xml_rijen = [], {}, []

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    for n, rij in enumerate(rijen, start=1):
        cellen = []
        for i, waarde in enumerate(rij):
            ref = f"{chr(65 + i)}{n}"
            if waarde == "":
                continue
            try:
                d = dt.date.fromisoformat(waarde) if n > 1 and len(waarde) == 10 and waarde[4] == "-" else None
            except ValueError:
                d = None
            if d:
                cellen.append(f'<c r="{ref}" s="1"><v>{(d - dt.date(1899, 12, 30)).days}</v></c>')
                continue
            if waarde not in index:
                index[waarde] = len(gedeeld)
                gedeeld.append(waarde)
            cellen.append(f'<c r="{ref}" t="s"><v>{index[waarde]}</v></c>')
        xml_rijen.append(f'<row r="{n}">' + "".join(cellen) + "</row>")
    delen = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><workbookPr/><sheets><sheet name="{blad}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="{len(gedeeld)}" uniqueCount="{len(gedeeld)}">' + "".join(f"<si><t>{esc(t)}</t></si>" for t in gedeeld) + "</sst>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>' + "".join(xml_rijen) + "</sheetData></worksheet>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, tekst in delen.items():
            z.writestr(zipfile.ZipInfo(naam, date_time=(2026, 7, 1, 0, 0, 0)), tekst.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def ods_tekst(t):
    """Text for a <text:p>: escaped, with runs of spaces as ODF keeps them (a space, then <text:s text:c=n/>)."""
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    uit, i = [], 0
    while i < len(t):
        if t[i] == " ":
            j = i
            while j < len(t) and t[j] == " ":
                j += 1
            begin = i == 0
            uit.append(("" if begin else " ") + (f'<text:s text:c="{j - i - (0 if begin else 1)}"/>'
                                                if j - i - (0 if begin else 1) > 0 else ""))
            i = j
        else:
            uit.append(t[i])
            i += 1
    return "".join(uit)


def ods_rekenblad(rijen, lijsten):
    """An OpenDocument spreadsheet as LibreOffice Calc saves one (standard library zipfile): first a hidden sheet
    'Keuzelijsten' (the category codes of a drop-down list: no data), then 'Blad1' with the register; row n of
    the sheet is line n of the CSV. Dates JJJJ-MM-DD become date cells (office:date-value, shown DD-MM-JJJJ),
    everything else text; runs of empty cells are written as repeats and, like Calc, every row is padded to
    column 1024 and the sheet to row 1,048,576 with empty repeats."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
    breedte = 1024

    def cel(waarde, kop):
        if waarde == "":
            return None
        try:
            d = dt.date.fromisoformat(waarde) if not kop and len(waarde) == 10 and waarde[4] == "-" else None
        except ValueError:
            d = None
        if d:
            return (f'<table:table-cell table:style-name="ce1" office:value-type="date" '
                    f'office:date-value="{d.isoformat()}" calcext:value-type="date">'
                    f'<text:p>{d.strftime("%d-%m-%Y")}</text:p></table:table-cell>')
        return (f'<table:table-cell office:value-type="string" calcext:value-type="string">'
                f'<text:p>{ods_tekst(waarde)}</text:p></table:table-cell>')

    def rij(waarden, kop=False):
        cellen, leeg = [], 0
        for w in waarden:
            c = cel(w, kop)
            if c is None:
                leeg += 1
                continue
            if leeg:
                cellen.append(f'<table:table-cell table:number-columns-repeated="{leeg}"/>' if leeg > 1
                              else "<table:table-cell/>")
                leeg = 0
            cellen.append(c)
        rest = breedte - (len(waarden) - leeg)
        cellen.append(f'<table:table-cell table:number-columns-repeated="{rest}"/>')
        return '<table:table-row table:style-name="ro1">' + "".join(cellen) + "</table:table-row>"

    def blad(naam, stijl, regels):
        opvulling = (f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{1048576 - len(regels)}">'
                     f'<table:table-cell table:number-columns-repeated="{breedte}"/></table:table-row>')
        return (f'<table:table table:name="{naam}" table:style-name="{stijl}">'
                f'<table:table-column table:style-name="co1" table:number-columns-repeated="{breedte}" '
                f'table:default-cell-style-name="Default"/>' + "".join(regels) + opvulling + "</table:table>")

    inhoud = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
        '<office:automatic-styles>'
        '<style:style style:name="co1" style:family="table-column"/>'
        '<style:style style:name="ro1" style:family="table-row"/>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
        '<style:style style:name="ta2" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"/>'
        '</office:automatic-styles><office:body><office:spreadsheet>'
        + blad("Keuzelijsten", "ta2", [rij(["categorie"], kop=True)] + [rij([c]) for c in lijsten])
        + blad("Blad1", "ta1", [rij(rijen[0], kop=True)] + [rij(r) for r in rijen[1:]])
        + "</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        datum = (2026, 7, 1, 0, 0, 0)
        z.writestr(zipfile.ZipInfo("mimetype", date_time=datum), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        for naam, tekst in (("content.xml", inhoud), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(naam, date_time=datum), tekst.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def schrijf_ods_leveringen(uit):
    """Raalte saves its register with LibreOffice Calc: every urgentie file becomes an .ods (see ods_rekenblad)."""
    for pad in sorted(uit.glob(f"urgentie_{ODS_GEMEENTE}_*.csv")):
        rijen, _ = lees_csv(pad)
        pad.with_suffix(".ods").write_bytes(ods_rekenblad(rijen, ["MZ", "MED", "MO", "GGZ", "VO", "DG", "LOK"]))
        pad.unlink()


def lees_csv(pad):
    tekst = pad.read_text(encoding="utf-8-sig")
    scheiding = "," if tekst.split("\n", 1)[0].count(",") > tekst.split("\n", 1)[0].count(";") else ";"
    return list(csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)), scheiding


def schrijf_xlsx_leveringen(uit):
    """woonkracht exports from Excel: every verhuringen file becomes a workbook with a sheet 'Verhuringen'."""
    for pad in sorted(uit.glob(f"verhuringen_{XLSX_CORP}_*.csv")):
        rijen, _ = lees_csv(pad)
        pad.with_suffix(".xlsx").write_bytes(xlsx_werkmap("Verhuringen", rijen))
        pad.unlink()


def schrijf_profiel_leveringen(uit):
    """sallandhuis exports its own column names and labels (mapped back by the profile 'woonsysteem')."""
    for pad in sorted(uit.glob(f"verhuringen_{PROFIEL_CORP}_*.csv")):
        rijen, scheiding = lees_csv(pad)
        kop = rijen[0]
        kolom = kop.index("urgentie")
        rijen[0] = [PROFIEL_KOLOMMEN.get(k, k) for k in kop]
        for rij in rijen[1:]:
            if kolom < len(rij):
                rij[kolom] = PROFIEL_LABELS.get(rij[kolom].strip().upper(), rij[kolom])
        schrijf_csv(pad, rijen[0], rijen[1:], scheiding=scheiding)


def schrijf_cbs_huishoudens(pad):
    """A SYNTHETIC file in the form of CBS open data table 71486ned (TypedDataSet as CSV): RegioS padded with
    spaces, Perioden 2023JJ00 and 2024JJ00; the 2024 numbers are those of GEMEENTEN."""
    pad.parent.mkdir(parents=True, exist_ok=True)
    regels = ['"ID";"RegioS";"Perioden";"TotaalParticuliereHuishoudens_1";"Eenpersoonshuishoudens_2";"MeerpersoonshuishoudensZonderKinderen_3"']
    n = 0
    for code, _, hh, _ in GEMEENTEN + [(DEVENTER, "Deventer", 45311, "")]:
        for jaar, aantal in ((CBS_PEILJAAR - 1, hh - hh // 97), (CBS_PEILJAAR, hh)):
            regels.append(f'"{n}";"{code}  ";"{jaar}JJ00";"{aantal:>10}";"{aantal * 37 // 100:>10}";"{aantal * 29 // 100:>10}"')
            n += 1
    regels.append(f'"{n}";"NL01  ";"{CBS_PEILJAAR}JJ00";"   8220000";"   3200000";"   2300000"')
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")


def pas_regio_aan(pad):
    """regio.toml: the households from the CBS file, the profile of sallandhuis."""
    tekst = pad.read_text(encoding="utf-8")
    tekst = "\n".join(r for r in tekst.split("\n") if not r.startswith("huishoudens = "))
    tekst = tekst.replace(f'code = "{PROFIEL_CORP}"\n', f'code = "{PROFIEL_CORP}"\nprofiel = "woonsysteem"\n')
    regels = ["", "[huishoudens]                    # CBS 71486ned, private households on 1 January",
              'bestand = "cbs/71486ned.csv"', f"peiljaar = {CBS_PEILJAAR}", "",
              "[[profiel]]                      # the export of sallandhuis's woonruimteverdeelsysteem",
              'naam = "woonsysteem"', "[profiel.kolommen]"]
    regels += [f'{k} = "{v}"' for k, v in PROFIEL_KOLOMMEN.items() if k != v]
    regels += ["[profiel.waarden.urgentie]"] + [f'"{v}" = "{k}"' for k, v in PROFIEL_LABELS.items()]
    pad.write_text(tekst.rstrip("\n") + "\n" + "\n".join(regels) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description="Generate the synthetic verdeelmonitor demo data.")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    hier = Path(__file__).resolve().parent
    uit = hier / "exports"
    if uit.exists():
        shutil.rmtree(uit)
    verhuringen, register = maak_populatie(rng)
    fouten_in_populatie(verhuringen, register)
    schrijf_regio(hier / "regio.toml")
    schrijf_verhuringen(rng, uit, verhuringen)
    schrijf_urgentie(rng, uit, register)
    schrijf_voorraad(rng, uit)
    schrijf_deventer(rng, uit)
    schrijf_zoekers(args.seed, uit, verhuringen)
    leveringen_zoals_ze_komen(hier, uit)
    (uit / "notities_regio.csv").write_text(                                  # fault (g): name not recognised
        "onderwerp;notitie\nlevering 2026-H1;Zwolle heeft een correctie (v2) gestuurd\n"
        "overleg;verdeling bespreken in bestuurlijk overleg\n", encoding="utf-8")
    print(f"synthetic demo data written to {hier} (seed {args.seed})")


if __name__ == "__main__":
    main()
