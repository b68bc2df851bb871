#!/usr/bin/env python3
"""Rewrites a fixture (regio.toml + exports/ in the contract's own CSV form) as offices save it (SPEC.md
section 10), one form per target folder, so that Tests/XLSX/check.sh can compare its figures with the
contract form's.

Usage: office_forms.py FORM SOURCE_DIR TARGET_DIR

Forms (every recognised CSV delivery that converts faithfully, as convert_fixture.read_csv decides, and that
has no other file of the same delivery name beside it, is rewritten; the rest stays as it is):
- ods     OpenDocument as LibreOffice writes it: a hidden sheet 'Codes' (with a merged title) before the data
          sheet, which is named like the soort in every other file and 'Blad1' in the rest (so the first
          visible sheet is chosen); equal neighbouring cells as one cell with table:number-columns-repeated,
          the row padded to 1024 columns, the sheet to 1,048,576 rows with table:number-rows-repeated; runs
          of spaces as <text:s/>; dates as office:date-value, whole numbers as office:value.
- titled  .xlsx with a merged title and an export date above the header (and an empty row), a totals row
          ('Totaal', 'Eindtotaal', 'TOTAAL:', 'Totalen' in turn) under the data, a hidden lookup sheet first,
          the data sheet named like the soort or 'Export' in turn, and a visible 'Toelichting' after it.
- sep     CSV with Excel's delimiter hint as first line (`sep=;` or `sep=,`, as the file's delimiter).
- utf16   Excel's "Unicode-tekst": UTF-16 LE with a byte-order mark, tab-separated, CRLF.
- errors  Excel error values planted in the 'urgentie' column (read by the monitor) of a few urgent
          lettings in three verhuringen deliveries: one .xlsx (cells t="e" with a VLOOKUP formula), one .ods
          (as LibreOffice writes an error cell) and one CSV (the text #N/A); and #DIV/0! in an 'opmerking'
          column (not read) of other rows. TARGET_DIR/expected/ is the contract form with exactly the planted
          rows removed (their physical CSV lines), TARGET_DIR/planted.json lists the planted rows (file relative
          to exports/, worksheet row or CSV line) and the unread-column rows.
Standard library only; deterministic.
"""
import csv
import io
import json
import os
import re
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert_fixture as cf  # noqa: E402
import make_corpus as mc  # noqa: E402
from ods_writer import ods_book, ods_table  # noqa: E402

NUMERIC = ("verhuring_id", "urgentienummer", "toegevoegd", "onttrokken", "actief", "geslaagd")
REQUIRED = {"verhuringen": ["verhuring_id", "datum", "gemeente"], "urgentie": ["urgentienummer", "datum_aanvraag", "categorie"],
            "voorraad": ["gemeente", "toegevoegd", "onttrokken"], "zoekers": ["gemeente", "actief", "geslaagd"]}
TOTAL_LABELS = ["Totaal", "Eindtotaal", "TOTAAL:", "Totalen"]
ERROR = "#N/A"
UNREAD_ERROR = "#DIV/0!"


# ---- the fixture's deliveries -------------------------------------------------------------------------------

def deliveries(exports):
    """[(path, soort, bron, period)] of the recognised CSV deliveries, in path order."""
    found = []
    for root, dirs, names in os.walk(exports):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fn in sorted(names):
            m = cf.NAME_RE.match(fn)
            if m and 1900 <= int(m.group(3)[:4]) <= 9999:
                found.append((os.path.join(root, fn), m.group(1), m.group(2), m.group(3)))
    return found


def alone(path):
    """No other file of the same delivery name (any extension, any case) lies beside it."""
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    folder = os.path.dirname(path)
    return [f for f in os.listdir(folder) if os.path.splitext(f)[0].lower() == stem] == [os.path.basename(path)]


def records_with_lines(path):
    """The CSV's records as (first physical line, fields); the header is the first."""
    text = open(path, "rb").read().decode("utf-8").lstrip("\ufeff")
    _, delimiter = sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    out, previous = [], 0
    for fields in reader:
        if fields:
            out.append((previous + 1, fields))
        previous = reader.line_num
    return out


def sniff(text):
    first = next((line for line in text.splitlines() if line.strip()), "")
    return first, (";" if first.count(";") >= first.count(",") and first.count(";") else ",")


def typed(value, column):
    """A cell as (type, value): ('d', date), ('n', digits), ('s', text); None when empty (as convert_fixture)."""
    v = value.strip()
    if v == "":
        return None
    day = cf.as_date(v)
    if day is not None and column.startswith("datum"):
        return ("d", day)
    if cf.WHOLE.match(v) and column in NUMERIC:
        return ("n", v)
    return ("s", value)


def grid(soort, header, rows):
    """The table as typed cells: the header row, then the data rows (lists of cells or None)."""
    contract = [h.strip().lower() for h in header]
    body = [[typed(v, contract[i] if i < len(contract) else "") for i, v in enumerate(r)] for r in rows]
    return [[("s", h) for h in header]] + body, contract


# ---- .xlsx ----------------------------------------------------------------------------------------------------

def xlsx_cell(ref, cell, style_flip):
    kind, value = cell
    if kind == "d":
        return mc.num(ref, cf.serial(value), 1 if style_flip else 2)
    if kind == "n":
        return mc.num(ref, value)
    if kind == "e":
        return f'<c r="{ref}" t="e"><f>VLOOKUP(A{ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")},Codes!A:B,2,FALSE)</f><v>{value}</v></c>'
    return mc.inline(ref, value)


def xlsx_sheet(rows, merges=()):
    """rows: [(row number, [cell or None])] -> worksheet XML."""
    body = []
    for number, cells in rows:
        xml = "".join(xlsx_cell(f"{cf.mc_col(i)}{number}", c, (number + i) % 2) for i, c in enumerate(cells) if c)
        body.append(f'<row r="{number}">{xml}</row>' if xml else f'<row r="{number}"/>')
    merged = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {mc.NS}><sheetData>' + "".join(body) + "</sheetData>"
            + (merged if merges else "") + "</worksheet>")


def xlsx_book(sheets):
    """sheets: [(name, xml, hidden)] -> bytes (make_corpus's parts, with sheet state)."""
    data = mc.workbook([(n, x) for n, x, _ in sheets], shared=[])
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            text = src.read(info.filename)
            if info.filename == "xl/workbook.xml":
                for i, (name, _, hidden) in enumerate(sheets):
                    if hidden:
                        old = f'<sheet name="{mc.esc(name)}" sheetId="{i + 1}"'.encode()
                        text = text.replace(old, old + b' state="hidden"')
            z.writestr(info, text)
    return out.getvalue()


def lookup_sheet():
    rows = [(1, [("s", "Codelijst urgentie"), None]), (2, [("s", "code"), ("s", "omschrijving")])]
    rows += [(3 + i, [("s", code), ("s", text)]) for i, (code, text) in enumerate(sorted(cf.CODES.items()))]
    return xlsx_sheet(rows, merges=["A1:B1"])


def titled_workbook(soort, bron, period, header, rows, turn):
    cells, contract = grid(soort, header, rows)
    width = len(header)
    title = [("s", f"{soort.capitalize()} {bron} {period}")] + [None] * (width - 1)
    layout = [(1, title), (2, [("s", "Exportdatum: 05-01-2026 08:12")]), (3, [])]
    layout += [(4 + k, r) for k, r in enumerate(cells)]
    total = [None] * width  # the sums of the count columns, the label in column A (the key column stays empty)
    for i, c in enumerate(contract):
        if c in ("toegevoegd", "onttrokken", "actief", "geslaagd"):
            total[i] = ("n", str(sum(int(r[i]) for r in rows if i < len(r) and cf.WHOLE.match(r[i].strip() or "x"))))
    label = TOTAL_LABELS[turn % len(TOTAL_LABELS)]
    total[0] = ("s", label if soort in ("voorraad", "zoekers") else f"{label} {len(rows)} regels")
    layout.append((4 + len(cells), total))
    data_name = soort.capitalize() if turn % 2 == 0 else "Export"
    merges = [f"A1:{cf.mc_col(width - 1)}1"] if width > 1 else []
    return xlsx_book([("Opzoeklijst", lookup_sheet(), True), (data_name, xlsx_sheet(layout, merges), False),
                      ("Toelichting", xlsx_sheet([(1, [("s", "Gegenereerd door het woonruimteverdeelsysteem")])]), False)])


# ---- .ods (ods_writer.py) ----------------------------------------------------------------------------------------

def ods_codes():
    rows = [[("s", "Codelijst urgentie"), None], [("s", "code"), ("s", "omschrijving")]]
    rows += [[("s", code), ("s", text)] for code, text in sorted(cf.CODES.items())]
    return ods_table("Codes", rows, hidden=True, spans={0: 2})


def ods_workbook(soort, header, rows, turn):
    cells, _ = grid(soort, header, rows)
    name = soort.capitalize() if turn % 2 == 0 else "Blad1"
    return ods_book([ods_codes(), ods_table(name, cells)])


# ---- CSV as Excel saves it -----------------------------------------------------------------------------------

def sep_csv(path, turn):
    text = open(path, "rb").read().decode("utf-8").lstrip("\ufeff")
    _, delimiter = sniff(text)
    return (f"sep={delimiter}" + ("\r\n" if turn % 2 == 0 else "\n") + text).encode("utf-8")


def utf16_csv(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for r in rows:
        writer.writerow(r)
    return b"\xff\xfe" + out.getvalue().encode("utf-16-le")


# ---- the forms -----------------------------------------------------------------------------------------------

def convert(form, source, target):
    exports = os.path.join(target, "exports")
    converted = 0
    for turn, (path, soort, bron, period) in enumerate(deliveries(exports)):
        data = cf.read_csv(path)
        if not data or not alone(path):
            continue
        header, rows = data
        contract = [h.strip().lower() for h in header]
        stem = path[: -len(".csv")]
        if form == "ods":
            open(stem + ".ods", "wb").write(ods_workbook(soort, header, rows, turn))
        elif form == "titled":
            if not all(c in contract for c in REQUIRED[soort]):
                continue  # without its required columns the header is the first non-empty row: no title above it
            open(stem + ".xlsx", "wb").write(titled_workbook(soort, bron, period, header, rows, turn))
        elif form == "sep":
            open(path + ".tmp", "wb").write(sep_csv(path, turn))
            os.replace(path + ".tmp", path)
            converted += 1
            continue
        elif form == "utf16":
            open(path + ".tmp", "wb").write(utf16_csv(header, rows))
            os.replace(path + ".tmp", path)
            converted += 1
            continue
        os.remove(path)
        converted += 1
    return converted


def unique_ids(exports):
    """verhuring_id values that occur once in the whole fixture (so removing their row touches no other)."""
    seen = {}
    for path, soort, _, _ in deliveries(exports):
        if soort != "verhuringen":
            continue
        data = cf.read_csv(path)
        if not data:
            continue
        header, rows = data
        contract = [h.strip().lower() for h in header]
        i = contract.index("verhuring_id") if "verhuring_id" in contract else None
        for r in rows:
            if i is not None and i < len(r):
                seen[r[i].strip()] = seen.get(r[i].strip(), 0) + 1
    return {k for k, n in seen.items() if n == 1 and k}


def plant_errors(source, target):
    exports = os.path.join(target, "exports")
    expected = os.path.join(target, "expected")
    shutil.copytree(source, expected)
    once = unique_ids(exports)
    candidates = []
    for path, soort, bron, period in deliveries(exports):
        if soort != "verhuringen" or not cf.read_csv(path) or not alone(path) or "_v" in os.path.basename(path):
            continue
        header, rows = cf.read_csv(path)
        contract = [h.strip().lower() for h in header]
        if not all(c in contract for c in REQUIRED[soort] + ["urgentie"]) or "opmerking" in contract:
            continue
        u, v, d, g = (contract.index(c) for c in ("urgentie", "verhuring_id", "datum", "gemeente"))
        good = [k for k, r in enumerate(rows) if len(r) == len(header) and r[u].strip().upper() in cf.CODES
                and r[v].strip() in once and cf.as_date(r[d].strip()) and r[g].strip()]
        if len(good) >= 5:
            candidates.append((path, bron, header, rows, good))
    chosen, taken = [], set()
    for c in reversed(candidates):  # three deliveries of three bronnen and three periods, the latest first
        period = os.path.basename(c[0]).split("_")[-1]
        if c[1] not in taken and period not in taken and len(chosen) < 3:
            chosen.append(c)
            taken.update((c[1], period))
    if len(chosen) < 3:
        sys.exit("office_forms: fewer than three verhuringen deliveries to plant error values in")
    planted = {"rejected": [], "ignored": [], "deliveries": []}
    for form, (path, bron, header, rows, good) in zip(("xlsx", "ods", "csv"), chosen):
        rel = os.path.relpath(path, exports)
        contract = [h.strip().lower() for h in header]
        u = contract.index("urgentie")
        hit, unread = good[1:4], [good[0], good[4]]  # three planted rows, two with an error in the unread column
        lines = records_with_lines(path)  # (line, fields): [0] is the header
        header2 = header + ["opmerking"]
        rows2 = []
        for k, r in enumerate(rows):
            r = list(r) + ([UNREAD_ERROR] if k in unread else [])
            if k in hit:
                r[u] = ERROR
            rows2.append(r)
        delivery = re.sub(r"\.csv$", "", os.path.basename(path))
        planted["deliveries"].append({"soort": "verhuringen", "bron": bron, "periode": delivery.split("_")[-1],
                                      "versie": "1", "rows": len(hit), "form": form})
        if form == "csv":
            text = open(path, "rb").read().decode("utf-8").lstrip("\ufeff")
            _, delimiter = sniff(text)
            out = io.StringIO()
            w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
            w.writerow(header2)
            number = {}
            for k, r in enumerate(rows2):
                number[k] = out.getvalue().count("\n") + 1  # the record's first line as written
                w.writerow(r)
            open(path, "w", encoding="utf-8", newline="").write(out.getvalue())
            new = rel
        else:
            def with_errors(cells):
                cells = [row + [("s", "opmerking")] if n == 0 else row for n, row in enumerate(cells)]
                for k in range(len(rows2)):
                    row = cells[1 + k]
                    if k in hit:
                        row[u] = ("e", ERROR)
                    if k in unread:
                        row += [None] * (len(header) - len(row)) + [("e", UNREAD_ERROR)]
                return cells
            cells, _ = grid("verhuringen", header, rows)
            cells = with_errors(cells)
            if form == "xlsx":
                layout = [(1 + n, r) for n, r in enumerate(cells)]
                data = xlsx_book([("Opzoeklijst", lookup_sheet(), True), ("Verhuringen", xlsx_sheet(layout), False)])
                new = rel[: -len(".csv")] + ".xlsx"
            else:
                data = ods_book([ods_codes(), ods_table("Verhuringen", cells)])
                new = rel[: -len(".csv")] + ".ods"
            open(os.path.join(exports, new), "wb").write(data)
            os.remove(path)
            number = {k: 2 + k for k in range(len(rows2))}  # worksheet row: the header is row 1
        planted["rejected"] += [{"bestand": new, "regel": number[k], "kolom": "urgentie", "fout": ERROR} for k in hit]
        planted["ignored"] += [{"bestand": new, "regel": number[k], "kolom": "opmerking", "fout": UNREAD_ERROR}
                               for k in unread]
        # the expected form: the contract's file without the planted records' physical lines
        exp_path = os.path.join(expected, "exports", rel)
        raw = open(exp_path, "rb").read().decode("utf-8")
        physical = raw.splitlines(keepends=True)
        drop = set()
        for k in hit:
            first = lines[1 + k][0]
            last = lines[2 + k][0] - 1 if 2 + k < len(lines) else len(physical)
            while last > first and not physical[last - 1].strip():
                last -= 1  # blank lines between records stay
            drop.update(range(first, last + 1))
        open(exp_path, "w", encoding="utf-8", newline="").write(
            "".join(line for n, line in enumerate(physical, 1) if n not in drop))
    json.dump(planted, open(os.path.join(target, "planted.json"), "w"), indent=1)
    return sum(d["rows"] for d in planted["deliveries"])


def main():
    form, source, target = sys.argv[1:4]
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(source, target)
    if form == "errors":
        n = plant_errors(source, target)
        print(f"office_forms errors: {n} rows with {ERROR} in 'urgentie' (xlsx, ods, csv); expected form without them")
    elif form in ("ods", "titled", "sep", "utf16"):
        print(f"office_forms {form}: {convert(form, source, target)} deliveries rewritten")
    else:
        sys.exit(f"office_forms: unknown form {form!r}")


if __name__ == "__main__":
    main()
