#!/usr/bin/env python3
"""Writes the XLSX test corpus: good workbooks for the cell-type tests and hostile ones that must be refused.

Standard library only (zipfile, zlib): every file is built from its XML here, so no binary is edited by hand.
Usage: make_corpus.py OUTDIR. The Swift tests (XLSXCorpusTests, XLSXCellTests) run it into a temporary folder
and check each file's outcome and message; the expected messages are in those tests.
"""
import io
import os
import struct
import sys
import zipfile
import zlib

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)

# Styles: 0 general, 1 built-in date 14, 2 custom dd/mm/yyyy (164), 3 custom text "0.00" (165, no date)
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}>'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="&quot;dag&quot;\\ 0.00"/></numFmts>'
    '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>'
    '</styleSheet>'
)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sheet_xml(rows, prolog=""):
    """rows: list of (row_number, [cell xml strings]) or raw strings."""
    body = []
    for row in rows:
        if isinstance(row, str):
            body.append(row)
        else:
            number, cells = row
            body.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}><sheetData>' + "".join(body) + "</sheetData></worksheet>"


def shared_xml(strings):
    items = "".join(s if s.startswith("<si>") else f"<si><t>{esc(s)}</t></si>" for s in strings)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{len(strings)}">{items}</sst>'


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{esc(text)}</t></is></c>'


def num(ref, value, style=0):
    return f'<c r="{ref}"' + (f' s="{style}"' if style else "") + f"><v>{value}</v></c>"


def workbook(sheets, shared=None, styles=STYLES, date1904=False, workbook_prolog="", compression=zipfile.ZIP_DEFLATED,
             sheet_compression=None, drop=()):
    """sheets: list of (name, sheet xml). Returns the bytes of the .xlsx."""
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    sheet_list = "".join(f'<sheet name="{esc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
    wb = f'<?xml version="1.0" encoding="UTF-8"?>{workbook_prolog}<workbook {NS} {NS_R}>{pr}<sheets>{sheet_list}</sheets></workbook>'
    rels = [f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets))]
    rels.append(f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>')
    if shared is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    wb_rels = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">' + "".join(rels) + "</Relationships>"
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles)]
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared if isinstance(shared, str) else shared_xml(shared)))
    for i, (_, xml) in enumerate(sheets):
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", xml))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts:
            if name in drop:
                continue
            method = sheet_compression if (sheet_compression is not None and name.startswith("xl/worksheets/")) else compression
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    return out.getvalue()


HEADER = ["verhuring_id", "datum", "gemeente", "urgentie", "klein_betaalbaar"]


def header_row(number=1):
    return (number, [inline(f"{chr(65 + i)}{number}", h) for i, h in enumerate(HEADER)])


def letting_row(number, ident, serial=46023, gemeente="Enschede", urgentie="MO", flag="ja"):
    first = num(f"A{number}", ident) if str(ident).isdigit() else inline(f"A{number}", ident)
    return (number, [first, num(f"B{number}", serial, 1), inline(f"C{number}", gemeente),
                     inline(f"D{number}", urgentie), inline(f"E{number}", flag)])


def good_cells():
    """verhuringen with every cell type (rows 1-2 empty, header on row 3), sheet 'Verhuringen' after 'Toelichting'.

    Worked by hand, one letting per row:
      row 4: id shared string 'V-1' (index 0), datum 46023 with built-in format 14 = 2026-01-01, gemeente inline
             rich text 'Ensch' + 'ede' = Enschede, urgentie shared rich text 'M'+'O' = MO, klein_betaalbaar TRUE
      row 5: id number 12345 (whole: '12345'), datum 46054 with custom dd/mm/yyyy = 2026-02-01, gemeente shared
             'Hengelo', urgentie error cell #N/A = the text '#N/A' (rejected by name), klein_betaalbaar FALSE
      row 6: empty row (cells without values) - not a record
      row 8: id formula with cached string 'V-3', datum text '15-03-2026', gemeente 'Tubbergen', urgentie empty,
             klein_betaalbaar number 1
      row 9: id 'V-4', datum formula without cached value = the uncached-formula text -> rejected on row 9
      row 10: id 'V-5', datum 46023.75 (a time of day) = 2026-01-01, gemeente 'GM0153', urgentie 'DG'; a cell
              without r follows the previous one (E10) and holds 'nee'
    """
    shared = ["V-1", "<si><r><t>M</t></r><r><rPr><b/></rPr><t>O</t></r><rPh><t>x</t></rPh></si>", "Hengelo"]
    rows = [
        '<row r="1"/>',
        (2, ['<c r="A2" s="1"/>']),
        (3, [inline(f"{chr(65 + i)}3", h) for i, h in enumerate(HEADER)]),
        (4, ['<c r="A4" t="s"><v>0</v></c>', num("B4", 46023, 1),
             '<c r="C4" t="inlineStr"><is><r><t>Ensch</t></r><r><rPr><i/></rPr><t>ede</t></r></is></c>',
             '<c r="D4" t="s"><v>1</v></c>', '<c r="E4" t="b"><v>1</v></c>']),
        (5, [num("A5", "12345"), num("B5", 46054, 2), '<c r="C5" t="s"><v>2</v></c>',
             '<c r="D5" t="e"><v>#N/A</v></c>', '<c r="E5" t="b"><v>0</v></c>']),
        (6, ['<c r="A6" s="1"/>', '<c r="B6"><v></v></c>']),
        (8, ['<c r="A8" t="str"><f>"V-"&amp;3</f><v>V-3</v></c>', inline("B8", "15-03-2026"),
             inline("C8", "Tubbergen"), num("E8", 1)]),
        (9, [inline("A9", "V-4"), '<c r="B9" s="1"><f>TODAY()</f></c>', inline("C9", "Enschede")]),
        (10, [inline("A10", "V-5"), num("B10", 46023.75, 1), inline("C10", "GM0153"), inline("D10", "DG"),
              '<c t="inlineStr"><is><t>nee</t></is></c>']),
    ]
    toelichting = sheet_xml([(1, [inline("A1", "Dit blad is een toelichting")])])
    return workbook([("Toelichting", toelichting), ("Verhuringen", sheet_xml(rows))], shared=shared)


def good_1904():
    """The 1904 date system: serial 44561 is 1904-01-01 + 44561 days = 2026-01-01; the only sheet is 'Blad1'."""
    rows = [header_row(), letting_row(2, "W-1", serial=44561)]
    return workbook([("Blad1", sheet_xml(rows))], date1904=True)


def good_1900_early():
    """1900 system before the phantom 1900-02-29: serial 59 = 1900-02-28, serial 61 = 1900-03-01 (an id column)."""
    rows = [(1, [inline("A1", "a"), inline("B1", "b")]), (2, [num("A2", 59, 1), num("B2", 61, 1)])]
    return workbook([("Blad1", sheet_xml(rows))])


SAME_ROWS = [  # one verhuringen delivery, written as CSV and as a workbook (good/same.csv, good/same.xlsx)
    ["verhuring_id", "datum", "gemeente", "urgentie", "urgentienummer", "herkomstgemeente", "klein_betaalbaar"],
    ["S-1", "2026-01-05", "Enschede", "MZ", "", "", "ja"],
    ["1001", "2026-02-10", "Hengelo", "MO", "", "GM0153", "nee"],
    None,  # an empty row / blank line: no record
    ["S-3", "15-03-2026", "Tubbergen", "", "", "", ""],
    ["S-4", "2026-04-01", "Enschede", "XYZ", "", "", ""],
    ["S-5", "2026-05-01", "GM0363", "DG", "", "", ""],
    ["S-6", "2026-06-30", "GM0164", "DG", "U-1", "", "ja"],
    ["S-1", "2026-06-01", "Enschede", "", "", "", ""],
    ["S-7", "31-02-2026", "Enschede", "", "", "", ""],
]


def same_delivery():
    """-> (csv bytes, xlsx bytes) of SAME_ROWS: in the workbook ISO dates are date serials (style 14), the
    number 1001 a number cell, the rest shared strings; the CSV's line n is the workbook's row n."""
    lines = []
    rows = []
    shared = []
    for n, row in enumerate(SAME_ROWS, start=1):
        if row is None:
            lines.append("")
            rows.append(f'<row r="{n}"/>')
            continue
        lines.append(";".join(row))
        cells = []
        for i, value in enumerate(row):
            ref = f"{chr(65 + i)}{n}"
            if value == "":
                continue
            if n > 1 and i == 1 and len(value) == 10 and value[4] == "-":
                y, m, d = int(value[:4]), int(value[5:7]), int(value[8:])
                import datetime as dt
                try:
                    cells.append(num(ref, (dt.date(y, m, d) - dt.date(1899, 12, 30)).days, 1))
                    continue
                except ValueError:
                    pass
            if value.isdigit():
                cells.append(num(ref, value))
                continue
            shared.append(value)
            cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
        rows.append(f'<row r="{n}">' + "".join(cells) + "</row>")
    csv_bytes = ("\n".join(lines) + "\n").encode()
    return csv_bytes, workbook([("Verhuringen", sheet_xml(rows))], shared=shared)


def office():
    """Workbooks as offices make them (SPEC.md section 10); the expected figures are in OfficeWorkbookTests.

    titled: sheet 'Verhuringen'; row 1 a title, row 2 an export date, row 3 empty, row 4 the header
      (verhuring_id, datum, gemeente, urgentie), rows 5-7 lettings T-1 (DG), T-2, T-3 in Enschede on 2026-01-01,
      row 8 'Totaal' with the count 3 in the datum column, row 9 a remark 'Bron: woonsysteem' in column E (no
      required value: an empty row).
    errors: sheet 'Verhuringen', header row 1 (verhuring_id, datum, gemeente, urgentie, opmerking); every
      letting in Enschede on 2026-01-01:
      rows 2-6    E-1..E-5 urgentie DG (five urgent lettings)
      rows 7-11   E-6..E-10 urgentie an error cell #N/A (a failed lookup): rejected, not regular
      rows 12-21  E-11..E-20 urgentie empty (regular)
      row 22      E-21 regular, opmerking an error cell #REF! (a column the monitor does not read: ignored)
      row 23      E-22 datum a formula without a cached value: rejected
      row 24      E-23 gemeente the inline text '#DIV/0!': rejected
    """
    titled = [
        (1, [inline("A1", "Verhuringen Woonstad, eerste halfjaar 2026")]),
        (2, [inline("A2", "Exportdatum: 03-07-2026")]),
        '<row r="3"/>',
        (4, [inline(f"{c}4", h) for c, h in zip("ABCD", ["verhuring_id", "datum", "gemeente", "urgentie"])]),
    ]
    for n, (ident, code) in enumerate([("T-1", "DG"), ("T-2", ""), ("T-3", "")], start=5):
        cells = [inline(f"A{n}", ident), num(f"B{n}", 46023, 1), inline(f"C{n}", "Enschede")]
        titled.append((n, cells + ([inline(f"D{n}", code)] if code else [])))
    titled.append((8, [inline("A8", "Totaal"), num("B8", 3)]))
    titled.append((9, [inline("E9", "Bron: woonsysteem")]))
    header = ["verhuring_id", "datum", "gemeente", "urgentie", "opmerking"]
    rows = [(1, [inline(f"{chr(65 + i)}1", h) for i, h in enumerate(header)])]
    for n in range(2, 25):
        ident = f"E-{n - 1}"
        cells = [inline(f"A{n}", ident), num(f"B{n}", 46023, 1), inline(f"C{n}", "Enschede")]
        if n <= 6:
            cells.append(inline(f"D{n}", "DG"))
        elif n <= 11:
            cells.append(f'<c r="D{n}" t="e"><f>VLOOKUP(A{n},Codes!A:B,2,FALSE)</f><v>#N/A</v></c>')
        elif n == 22:
            cells.append(f'<c r="E{n}" t="e"><v>#REF!</v></c>')
        elif n == 23:
            cells[1] = f'<c r="B{n}" s="1"><f>TODAY()</f></c>'
        elif n == 24:
            cells[2] = inline(f"C{n}", "#DIV/0!")
        rows.append((n, cells))
    return {"titled": workbook([("Verhuringen", sheet_xml(titled))]),
            "errors": workbook([("Verhuringen", sheet_xml(rows))])}


def minimal_good_rows():
    return [header_row(), letting_row(2, "G-1")]


def hostile():
    """name -> bytes, each refused as a whole or in one row (the Swift test holds the expected messages)."""
    files = {}
    files["not_zip"] = b"verhuring_id;datum;gemeente\nV1;2026-01-05;Enschede\n"
    files["empty"] = b""
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    files["ole_xls"] = ole + "Workbook".encode("utf-16-le") + bytes(200)
    files["ole_encrypted"] = ole + "EncryptionInfo".encode("utf-16-le") + bytes(8) + "EncryptedPackage".encode("utf-16-le") + bytes(200)
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", date_time=(2026, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(zipfile.ZipInfo("content.xml", date_time=(2026, 1, 1, 0, 0, 0)), "<office:document-content/>")
    files["ods"] = ods.getvalue()
    files["no_worksheet"] = workbook([])
    files["missing_workbook"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))], drop=("xl/workbook.xml",))
    files["missing_sheet_part"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))], drop=("xl/worksheets/sheet1.xml",))
    files["sheet_not_wellformed"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows())[:-40])])
    files["shared_not_wellformed"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))], shared=shared_xml(["a"]).replace("</sst>", "<si>"))
    files["truncated_zip"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))])[:300]
    files["zip_bomb"] = zip_bomb(lie=False)
    files["zip_bomb_lying_header"] = zip_bomb(lie=True)
    files["bzip2_compression"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))], sheet_compression=zipfile.ZIP_BZIP2)
    files["corrupt_deflate"] = corrupt_deflate()
    files["crc_mismatch"] = crc_mismatch()
    files["deflate_runs_past_end"] = unterminated_deflate(swallow=False)
    files["stored_block_swallows_directory"] = unterminated_deflate(swallow=True)
    files["xxe"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows(), prolog='<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace("G-1", "&x;"))])
    laughs = '<!DOCTYPE sst [<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)) + "]>"
    files["billion_laughs"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))],
                                       shared=f'<?xml version="1.0"?>{laughs}<sst {NS}><si><t>&j;</t></si></sst>')
    files["doctype_after_comment"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows(), prolog='<!-- <x> --><!DOCTYPE worksheet [<!ENTITY y "z">]>'))])
    files["entity_in_workbook"] = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))], workbook_prolog='<!DOCTYPE workbook [<!ENTITY n "Verhuringen">]>')
    deep = "<x>" * 100_000 + "</x>" * 100_000
    files["deep_nesting"] = workbook([("Verhuringen", sheet_xml([header_row(), f'<row r="2"><c r="A2" t="inlineStr"><is><t>{deep}</t></is></c></row>']))])
    wide = "".join(f'<c t="inlineStr"><is><t>k</t></is></c>' for _ in range(20_000))
    files["wide_row"] = workbook([("Verhuringen", sheet_xml([header_row(), f'<row r="2">{wide}</row>', letting_row(3, "G-3")]))])
    files["shared_index_out_of_range"] = workbook(
        [("Verhuringen", sheet_xml([header_row(), letting_row(2, "G-2"), (3, ['<c r="A3" t="s"><v>7</v></c>', num("B3", 46023, 1), inline("C3", "Enschede")])]))],
        shared=["a"])
    files["cell_reference_out_of_range"] = workbook(
        [("Verhuringen", sheet_xml([header_row(), (2, [inline("XFE2", "x")]), letting_row(3, "G-3")]))])
    files["formula_without_value"] = workbook(
        [("Verhuringen", sheet_xml([header_row(), (2, [inline("A2", "F-1"), '<c r="B2" s="1"><f>A1+1</f></c>', inline("C2", "Enschede")])]))])
    files["date_serial_out_of_range"] = workbook(
        [("Verhuringen", sheet_xml([header_row(), letting_row(2, "D-1", serial=3000000), letting_row(3, "D-2", serial=-5)]))])
    files["rows_out_of_order"] = workbook([("Verhuringen", sheet_xml([header_row(), letting_row(5, "R-5"), letting_row(4, "R-4")]))])
    files["empty_sheet"] = workbook([("Verhuringen", sheet_xml([]))])
    files["long_cell"] = workbook(  # a 2000-byte cell: past a veld_kb of 1
        [("Verhuringen", sheet_xml([header_row(), letting_row(2, "L-1", gemeente="x" * 2000), letting_row(3, "L-2")]))])
    return files


def zip_bomb(lie):
    """A sheet that inflates to 64 MiB of spaces from about 64 KiB: past a cap of 1 MB, far past the header's
    claim when `lie` (the headers then say 1000 bytes)."""
    size = 64 * 1024 * 1024
    start = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'.encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunks = [compressor.compress(start)]
    block = b" " * (1024 * 1024)
    for _ in range(size // len(block)):
        chunks.append(compressor.compress(block))
    chunks.append(compressor.compress(b"</sheetData></worksheet>"))
    chunks.append(compressor.flush())
    data = b"".join(chunks)
    crc = zlib.crc32(start)
    for _ in range(size // len(block)):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(b"</sheetData></worksheet>", crc)
    uncompressed = len(start) + size + len(b"</sheetData></worksheet>")
    good = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))])
    return replace_entry(good, "xl/worksheets/sheet1.xml", data, crc, 1000 if lie else uncompressed, method=8)


def corrupt_deflate():
    good = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))])
    return replace_entry(good, "xl/worksheets/sheet1.xml", b"\xff" * 64, 0, 1000, method=8)


def unterminated_deflate(swallow):
    """A deflate stream that does not end within its entry: cut short, or a stored block that claims 65535
    bytes and so runs over the central directory into the end of the file (ZIPFoundation's own inflating
    loops forever on these; the monitor must stop)."""
    xml = sheet_xml(minimal_good_rows()).encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = compressor.compress(xml) + compressor.flush()
    raw = bytes([0x00, 0xFF, 0xFF, 0x00, 0x00]) if swallow else data[:-5]
    good = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))])
    return replace_entry(good, "xl/worksheets/sheet1.xml", raw, zlib.crc32(xml), len(xml), method=8)


def crc_mismatch():
    xml = sheet_xml(minimal_good_rows()).encode()
    good = workbook([("Verhuringen", sheet_xml(minimal_good_rows()))])
    return replace_entry(good, "xl/worksheets/sheet1.xml", xml, zlib.crc32(xml) ^ 0xFFFF, len(xml), method=0)


def replace_entry(archive, name, data, crc, uncompressed, method):
    """Rebuilds `archive` with the entry `name` holding raw `data` and the given headers (other entries as they
    were), so the sizes and checksum can be set to anything."""
    source = zipfile.ZipFile(io.BytesIO(archive))
    out = io.BytesIO()
    central = []
    for info in source.infolist():
        if info.filename == name:
            raw, c, u, m = data, crc, uncompressed, method
        else:
            raw = source.read(info.filename)
            c, u, m = zlib.crc32(raw), len(raw), 0
        encoded = info.filename.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, m, 0, 0x5C21, c, len(raw), u, len(encoded), 0))
        out.write(encoded)
        out.write(raw)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, m, 0, 0x5C21, c, len(raw), u,
                                   len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for record in central:
        out.write(record)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


def main():
    outdir = sys.argv[1]
    os.makedirs(os.path.join(outdir, "good"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "hostile"), exist_ok=True)
    good = {"cells": good_cells(), "date1904": good_1904(), "early1900": good_1900_early(), **office()}
    csv_bytes, good["same"] = same_delivery()
    with open(os.path.join(outdir, "good", "same.csv"), "wb") as f:
        f.write(csv_bytes)
    for name, data in good.items():
        with open(os.path.join(outdir, "good", name + ".xlsx"), "wb") as f:
            f.write(data)
    for name, data in hostile().items():
        with open(os.path.join(outdir, "hostile", name + ".xlsx"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
