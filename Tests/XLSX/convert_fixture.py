#!/usr/bin/env python3
"""Rewrites a fixture (regio.toml + exports/ in the contract's own CSV form) as senders deliver it: workbooks
(.xlsx) in the senders' own column names and labels with a [[profiel]], and the households from a CBS file.

Usage: convert_fixture.py SOURCE_DIR TARGET_DIR

- Every recognised CSV delivery that converts faithfully becomes an .xlsx workbook (the .csv is removed): text
  as shared strings, whole numbers without leading zeros as numbers, valid dates (JJJJ-MM-DD, D-M-JJJJ, with
  - or /) as date serials with a date format (built-in 14 or a custom one), in a sheet named like the soort
  after a first sheet 'Toelichting' (so the sheet choice matters), with two empty rows above the header.
  A file that would not convert faithfully (not UTF-8, an unterminated quote, a record of only delimiters or
  with more fields than the header: CSV facts a workbook cannot carry) stays CSV as it is.
- One corporation and one municipality whose files all convert get a profile: their columns are renamed and
  their codes written as labels (in varying case and spacing); the profile in regio.toml maps them back.
- The households move from [[gemeente]] to [huishoudens] with a CBS 71486ned TypedDataSet file.
The figures computed from TARGET_DIR must equal those from SOURCE_DIR (Tests/XLSX/check.sh compares the XML).
Standard library only.
"""
import csv
import datetime as dt
import io
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_corpus as mc  # noqa: E402

NAME_RE = re.compile(r"^(verhuringen|urgentie|voorraad|zoekers)_(.+)_(\d{4}-H[12])(?:_v(\d+))?(?i:\.csv)$")
DATE_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
DATE_NL = re.compile(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$")
WHOLE = re.compile(r"^[1-9][0-9]{0,11}$")

COLUMNS = {  # contract column -> the sender's own name
    "verhuring_id": "Contractnummer", "datum": "Ingangsdatum huurcontract", "gemeente": "Gemeente woning",
    "urgentie": "Voorrangscategorie", "urgentienummer": "Beschikkingsnummer", "herkomstgemeente": "Vorige gemeente",
    "klein_betaalbaar": "Klein en betaalbaar", "datum_aanvraag": "Aanvraagdatum", "categorie": "Doelgroep",
    "besluit": "Besluit", "datum_besluit": "Besluitdatum", "woonplaatsbeginsel": "Woonplaatsbeginsel",
    "reden": "Toelichting knelpunt", "datum_vervallen": "Einddatum urgentie",
}
CODES = {"MZ": "Mantelzorg", "MED": "Medische urgentie", "MO": "Uitstroom maatschappelijke opvang",
         "GGZ": "Uitstroom klinische GGZ", "VO": "Uitstroom vrouwenopvang", "JH": "Uitstroom jeugdhulp",
         "DET": "Uitstroom detentie", "SW": "Uitstappende sekswerker", "DG": "Dakloos gezin",
         "VH": "Statushouder", "LOK": "Lokale urgentie"}
LABELS = {"urgentie": dict(CODES, **{"": "Regulier"}), "categorie": CODES,
          "besluit": {"TOEGEKEND": "Positief besluit", "AFGEWEZEN": "Negatief besluit", "INGETROKKEN": "Ingetrokken"},
          "woonplaatsbeginsel": {"UITZONDERING": "Uitzondering (afspraak 1b)"}}
STYLE_VARIANTS = [lambda s: s, str.upper, lambda s: "  " + s.lower().replace(" ", "   ") + " "]


def serial(day):
    """Excel's 1900 system counts the phantom 1900-02-29 (serial 60): earlier days are one less."""
    days = (day - dt.date(1899, 12, 30)).days
    return days - 1 if day < dt.date(1900, 3, 1) else days


def as_date(text):
    for rx, order in ((DATE_ISO, (1, 2, 3)), (DATE_NL, (3, 2, 1))):
        m = rx.match(text)
        if m:
            y, mo, d = (int(m.group(i)) for i in order)
            try:
                day = dt.date(y, mo, d)
            except ValueError:
                return None
            return day if day.year >= 1900 else None
    return None


def read_csv(path):
    """-> (header, rows) or None when the file would not convert faithfully."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") >= first.count(",") and first.count(";") else ","
    if text.count('"') % 2:
        return None
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True))
    rows = [r for r in rows if r and any(f.strip() for f in r) or (r and len(r) > 1)]
    if not rows:
        return None
    header, body = rows[0], rows[1:]
    for r in body:
        if len(r) > len(header) or not any(f.strip() for f in r):
            return None
    return [h.strip() for h in header], body


def cell(ref, value, column, profiled, counter):
    v = value.strip()
    if v == "":
        return None
    day = as_date(v)
    if day is not None and column.startswith("datum"):
        counter[0] += 1
        style = 1 if counter[0] % 2 else 2  # built-in 14 or custom dd/mm/yyyy
        return mc.num(ref, serial(day), style)
    if WHOLE.match(v) and column in ("verhuring_id", "urgentienummer", "toegevoegd", "onttrokken", "actief", "geslaagd"):
        return mc.num(ref, v)
    return ("s", ref, value)


def label(column, value, row_index):
    table = LABELS.get(column)
    if table is None:
        return value
    key = value.strip().upper()
    if key in table:
        return STYLE_VARIANTS[row_index % len(STYLE_VARIANTS)](table[key])
    return value


def to_workbook(soort, header, rows, profiled):
    shared, index = [], {}

    def sst(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    contract = [h.strip().lower() for h in header]
    names = [COLUMNS.get(c, h) if profiled else h for c, h in zip(contract, header)]
    xml_rows = ['<row r="1"/>', '<row r="2"><c r="A2" s="1"/></row>']
    first = 3
    xml_rows.append(f'<row r="{first}">' + "".join(
        f'<c r="{mc_col(i)}{first}" t="s"><v>{sst(n)}</v></c>' for i, n in enumerate(names)) + "</row>")
    counter = [0]
    for k, r in enumerate(rows):
        number = first + 1 + k
        cells = []
        for i, value in enumerate(r):
            column = contract[i] if i < len(contract) else ""
            if profiled:
                value = label(column, value, k)
            c = cell(f"{mc_col(i)}{number}", value, column, profiled, counter)
            if c is None:
                continue
            if isinstance(c, tuple):
                c = f'<c r="{c[1]}" t="s"><v>{sst(c[2])}</v></c>'
            cells.append(c)
        if profiled and soort == "verhuringen" and "urgentie" in contract:
            i = contract.index("urgentie")
            if i >= len(r) or not r[i].strip():  # a regular seeker: the sender writes 'Regulier'
                cells.append(f'<c r="{mc_col(i)}{number}" t="s"><v>{sst("Regulier")}</v></c>')
                cells.sort(key=lambda x: col_index(x))
        xml_rows.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    toelichting = mc.sheet_xml([(1, [mc.inline("A1", "Export uit het woonruimteverdeelsysteem")])])
    return mc.workbook([("Toelichting", toelichting), (soort.capitalize(), mc.sheet_xml(xml_rows))], shared=shared)


def mc_col(i):
    name = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        name = chr(65 + rem) + name
    return name


def col_index(cell_xml):
    ref = re.match(r'<c r="([A-Z]+)', cell_xml).group(1)
    n = 0
    for ch in ref:
        n = n * 26 + ord(ch) - 64
    return n


def main():
    source, target = sys.argv[1], sys.argv[2]
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(source, target)
    exports = os.path.join(target, "exports")
    files = {}
    for root, dirs, names in os.walk(exports):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in names:
            m = NAME_RE.match(fn)
            if m and 1900 <= int(m.group(3)[:4]) <= 9999:  # a name the monitor does not recognise stays as it is
                bron = m.group(2)
                code = re.match(r"^(?i:gm)?(\d{1,4})$", bron)
                if code and (m.group(1) == "urgentie" or bron.lower().startswith("gm")):
                    bron = "GM%04d" % int(code.group(1))  # the monitor reads 0153 and gm0153 as GM0153
                files.setdefault((m.group(1), bron), []).append(os.path.join(root, fn))
    parsed = {path: read_csv(path) for paths in files.values() for path in paths}
    def clean(paths):
        return all(parsed[p] and not os.path.exists(re.sub(r"(?i)\.csv$", ".xlsx", p)) for p in paths)

    dirty = {bron for (soort, bron), paths in files.items() if not clean(paths)}
    convertible = sorted(k for k in files if k[1] not in dirty)  # every file of the bron converts
    config_text = open(os.path.join(target, "regio.toml"), encoding="utf-8").read()
    configured = set(re.findall(r'\[\[(?:corporatie|gemeente)\]\]\ncode = "([^"]+)"', config_text))
    profiled = {}
    for soort in ("verhuringen", "urgentie"):
        choice = next((bron for s, bron in convertible if s == soort and bron in configured), None)
        if choice:
            profiled[choice] = soort
    converted = 0
    for (soort, bron), paths in sorted(files.items()):
        for path in sorted(paths):
            data = parsed[path]
            if not data:
                continue
            header, rows = data
            out = re.sub(r"(?i)\.csv$", ".xlsx", path)
            if os.path.exists(out):
                continue  # a workbook of that name is already there (a duplicate delivery): leave both
            with open(out, "wb") as f:
                f.write(to_workbook(soort, header, rows, bron in profiled))
            os.remove(path)
            converted += 1
    write_config(os.path.join(target, "regio.toml"), profiled)
    print(f"convert_fixture: {converted} deliveries as .xlsx, profiles for {', '.join(sorted(profiled))}")


def write_config(path, profiled):
    text = open(path, encoding="utf-8").read()
    households = re.findall(r'code = "(GM\d{4})"\nnaam = "[^"]*"\nhuishoudens = (\d+)', text)
    text = re.sub(r"\nhuishoudens = \d+", "", text)
    for bron in profiled:
        code = bron if not re.match(r"^(GM)?\d{4}$", bron) else bron
        text = text.replace(f'code = "{code}"\n', f'code = "{code}"\nprofiel = "eigen-export"\n', 1)
    lines = ["", "[huishoudens]", 'bestand = "cbs/71486ned.csv"', "peiljaar = 2025", "", "[[profiel]]",
             'naam = "eigen-export"', "[profiel.kolommen]"]
    lines += [f'{k} = "{v}"' for k, v in COLUMNS.items()]
    for column, table in LABELS.items():
        lines.append(f"[profiel.waarden.{column}]")
        for code, text_label in table.items():
            lines.append(f'"{text_label}" = "{code.lower() if column in ("besluit", "woonplaatsbeginsel") else code}"')
    # [huishoudens] and [[profiel]] must not land inside an earlier table: TOML tables end at the next header,
    # so appending at the end is safe.
    open(path, "w", encoding="utf-8").write(text.rstrip("\n") + "\n" + "\n".join(lines) + "\n")
    os.makedirs(os.path.join(os.path.dirname(path), "cbs"), exist_ok=True)
    with open(os.path.join(os.path.dirname(path), "cbs", "71486ned.csv"), "w", encoding="utf-8") as f:
        f.write('"ID";"RegioS";"Perioden";"TotaalParticuliereHuishoudens_1";"Eenpersoonshuishoudens_2"\n')
        n = 0
        for code, count in households + [("GM0150", "48000"), ("GM0158", "10500")]:
            for year, value in (("2024", str(int(count) - 321)), ("2025", count)):
                f.write(f'"{n}";"{code}  ";"{year}JJ00";"{int(value):>10}";"{int(value) // 3:>10}"\n')
                n += 1
        f.write(f'"{n}";"NL01  ";"2025JJ00";"   8100000";"   3000000"\n')


if __name__ == "__main__":
    main()
