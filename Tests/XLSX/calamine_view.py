"""A workbook as an independent reader (python-calamine) sees it, in the terms `verdeelmonitor inspect` prints,
and inspect's own lines parsed; used by calamine_compare.py (the generated workbooks) and measure_corpus.py
(a folder of other people's workbooks). Needs python-calamine (a venv under .build/; see check.sh).

What the monitor should read (SPEC.md sections 7 and 10), rebuilt here from calamine's cells:
- the worksheets in workbook order (chart and macro sheets are no worksheets);
- the sheet: the one named as the soort (case-insensitively, also when hidden), else the first visible one;
- the header: for a known soort the first of the first 20 non-empty rows that holds every required column
  (contract or profile names), else the first non-empty row; its names trimmed, up to the last non-empty one;
- the records: the non-empty rows after the header (a row is empty when every cell is empty or white space),
  for a known soort without total rows (a total label first, the key column empty or a total label too)
  and without rows whose required columns are all empty;
- the code columns' values with their counts (inspect lists them).
calamine reads an Excel error cell as an empty string (python-calamine 0.9), so error cells are found in the
sheet XML itself (error_cells) and left out of the value counts.
"""
import datetime as dt
import re
import subprocess
import zipfile

import python_calamine as pc

REQUIRED = {"verhuringen": ["verhuring_id", "datum", "gemeente"], "urgentie": ["urgentienummer", "datum_aanvraag", "categorie"],
            "voorraad": ["gemeente", "toegevoegd", "onttrokken"], "zoekers": ["gemeente", "actief", "geslaagd"]}
KEY = {"verhuringen": "verhuring_id", "urgentie": "urgentienummer", "voorraad": "gemeente", "zoekers": "gemeente"}
CODE_COLUMNS = {"verhuringen": ["urgentie"], "urgentie": ["categorie", "besluit", "woonplaatsbeginsel"]}
TOTAL = re.compile(r"^(totaal|totalen|eindtotaal|subtotaal|total|grand total|som)($|[: ])", re.IGNORECASE)
ERRORS = {"#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
HIDDEN_NAME = "(een naam met cijfers, niet getoond)"


def text(value):
    """A cell as the monitor writes it into its table."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value == int(value) and abs(value) < 1e15 else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def blank(field):
    return field.strip() == ""


def shown(name):
    return HIDDEN_NAME if any(ch.isnumeric() for ch in name) else name


def view(path, soort=None, profile=None, error_rows=()):
    """-> dict(worksheets, sheet, header_line, header, records, totals, values) as calamine reads the file.
    profile: {contract column: the sender's name}; error_rows: {(row number, contract column)} to leave out
    of the value counts (error cells, which calamine reads as empty)."""
    book = pc.CalamineWorkbook.from_path(path)
    sheets = [m for m in book.sheets_metadata if m.typ == pc.SheetTypeEnum.WorkSheet]
    if not sheets:
        return {"worksheets": [], "hidden": [], "sheet": None}
    by_name = [m for m in sheets if soort and m.name.strip().casefold() == soort.casefold()]
    visible = [m for m in sheets if m.visible == pc.SheetVisibleEnum.Visible]
    chosen = (by_name or visible or sheets)[0]
    sheet = book.get_sheet_by_name(chosen.name)
    rows = [[text(c) for c in r] for r in sheet.to_python(skip_empty_area=False)]
    numbered = [(n + 1, r) for n, r in enumerate(rows) if not all(blank(f) for f in r)]

    def position(header, column):
        wanted = {column} | ({profile[column].strip().casefold()} if profile and column in profile else set())
        return next((i for i, h in enumerate(header) if h.strip().casefold() in wanted), None)

    head = 0
    if soort:
        for k, (_, r) in enumerate(numbered[:20]):
            if all(position(r, c) is not None for c in REQUIRED[soort]):
                head = k
                break
    out = {"worksheets": [m.name for m in sheets], "sheet": chosen.name, "records": 0, "totals": 0, "values": {},
           "hidden": [m.name for m in sheets if m.visible != pc.SheetVisibleEnum.Visible]}
    if not numbered:
        out.update(header_line=None, header=[])
        return out
    line, header = numbered[head]
    last = max(i for i, f in enumerate(header) if not blank(f))
    out["header_line"], out["header"] = line, [f.strip() for f in header[: last + 1]]
    key = position(out["header"], KEY[soort]) if soort else None
    required = [position(out["header"], c) for c in REQUIRED[soort]] if soort else []
    codes = {c: position(out["header"], c) for c in CODE_COLUMNS.get(soort, [])}
    for number, r in numbered[head + 1:]:
        first = next(f for f in r if not blank(f)).strip()
        if soort and TOTAL.match(first) and (key is None or key >= len(r) or blank(r[key]) or TOTAL.match(r[key].strip())):
            out["totals"] += 1
            continue
        if soort and all(i is None or i >= len(r) or blank(r[i]) for i in required):
            continue
        out["records"] += 1
        for column, i in codes.items():
            if i is None or (number, column) in error_rows:
                continue
            value = r[i] if i < len(r) else ""
            out["values"].setdefault(column, {})
            out["values"][column][value] = out["values"][column].get(value, 0) + 1
    return out


def error_cells(path):
    """How many error cells the workbook's sheets hold (t="e" in .xlsx, calcext:value-type="error" in .ods)."""
    try:
        with zipfile.ZipFile(path) as z:
            count = 0
            for name in z.namelist():
                if name.endswith(".xml") and ("worksheets/" in name or name == "content.xml"):
                    data = z.read(name)
                    count += len(re.findall(rb'<c [^>]*t="e"', data)) + data.count(b'calcext:value-type="error"')
            return count
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        return 0


# ---- inspect -------------------------------------------------------------------------------------------------

def inspect(binary, path, config=None, timeout=30):
    """-> (outcome, lines): outcome 'ok', 'crash' (killed by a signal), 'hang' (timed out) or 'exit N'."""
    command = [binary, "inspect", path] + (["--config", config] if config else [])
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", []
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    if done.returncode < 0 or done.returncode >= 128:
        return "crash", lines
    return ("ok" if done.returncode == 0 else f"exit {done.returncode}"), lines


def quoted(listing):
    """'a', 'b', (een naam ...) -> [a, b, HIDDEN_NAME]."""
    return [m.group(1) if m.group(1) is not None else HIDDEN_NAME
            for m in re.finditer(r"'(.*?)'(?= \(verborgen\))?(?= \(verborgen\)|, |$)|\(een naam met cijfers, niet getoond\)",
                                 listing)]


def hidden(listing):
    """The sheets inspect marks '(verborgen)' in its listing."""
    return [m.group(1) for m in re.finditer(r"'(.*?)' \(verborgen\)", listing)]


def parsed(lines):
    """inspect's lines -> dict(refused, worksheets, sheet, header_line, header, records, values, raw)."""
    out = {"refused": None, "worksheets": None, "hidden": [], "sheet": None, "header_line": None, "header": None,
           "records": None, "values": {}, "raw": lines}
    column = None
    for line in lines:
        if line.startswith("de werkmap is niet te lezen") or line.startswith("het bestand is "):
            out["refused"] = line
        elif line.startswith("werkbladen: "):
            listing, _, chosen = line[len("werkbladen: "):].rpartition("; gelezen: ")
            out["worksheets"], out["sheet"] = quoted(listing), quoted(chosen)[0] if quoted(chosen) else chosen
            out["hidden"] = hidden(listing)
        elif m := re.match(r"^kopregel \(regel (\d+)\): (.*)$", line):
            out["header_line"], out["header"] = int(m.group(1)), quoted(m.group(2))
        elif m := re.match(r"^records: (\d+)", line):
            out["records"] = int(m.group(1))
        elif m := re.match(r"^  waarden in (?:'.*' \(([a-z_]+)\)|([a-z_]+)):$", line):
            column = m.group(1) or m.group(2)
            out["values"][column] = {}
        elif column and (m := re.match(r"^    (?:\(leeg\)|'(.*)') \((\d+)x\) -> ", line)):
            out["values"][column][m.group(1) or ""] = int(m.group(2))
        elif column and line.startswith("    en nog "):
            out["values"][column] = None  # not every value is listed
        elif not line.startswith("    "):
            column = None
    return out
