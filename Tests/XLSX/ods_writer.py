"""An OpenDocument spreadsheet (.ods) written as LibreOffice writes one, for office_forms.py: mimetype first and
stored, content.xml with automatic styles (a hidden sheet by table:display="false"), equal neighbouring cells
as one cell with table:number-columns-repeated, every row padded to 1024 columns and every sheet to 1,048,576
rows with table:number-rows-repeated, a leading space and runs of spaces as <text:s/>, dates as
office:date-value, whole numbers as office:value, error cells as LibreOffice writes a failed formula
(calcext:value-type="error", the error text as its paragraph). Cells are (type, value) as in office_forms.py.
Standard library only.
"""
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_corpus as mc  # noqa: E402

ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
ODS_COLUMNS = 1024
ODS_ROWS = 1_048_576


def ods_text(text):
    """Paragraph content as LibreOffice writes it: a leading space and each further space of a run as <text:s/>."""
    out, i = [], 0
    while i < len(text):
        if text[i] == " " and (i == 0 or text[i - 1] == " "):
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            n = j - i
            out.append("<text:s/>" if n == 1 else f'<text:s text:c="{n}"/>')
            i = j
        elif text[i] == "\t":
            out.append("<text:tab/>")
            i += 1
        else:
            out.append(mc.esc(text[i]))
            i += 1
    return "".join(out)


def ods_cell(cell, repeat=1):
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if cell is None:
        return f"<table:table-cell{rep}/>"
    kind, value = cell
    if kind == "d":
        return (f'<table:table-cell{rep} table:style-name="ce1" office:value-type="date" '
                f'office:date-value="{value.isoformat()}" calcext:value-type="date">'
                f"<text:p>{value.strftime('%d-%m-%y')}</text:p></table:table-cell>")
    if kind == "n":
        return (f'<table:table-cell{rep} office:value-type="float" office:value="{value}" calcext:value-type="float">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if kind == "e":
        return (f'<table:table-cell{rep} table:formula="of:=VLOOKUP([.A1];[$Codes.A1:.B20];2;0)" '
                f'office:value-type="string" office:string-value="" calcext:value-type="error">'
                f"<text:p>{value}</text:p></table:table-cell>")
    paragraphs = "".join(f"<text:p>{ods_text(p)}</text:p>" for p in value.split("\n"))
    return f'<table:table-cell{rep} office:value-type="string" calcext:value-type="string">{paragraphs}</table:table-cell>'


def ods_row(cells, span=None):
    """One row: equal neighbours as one repeated cell, padded to 1024 columns (a covered cell after a span)."""
    cells = list(cells)
    while cells and cells[-1] is None:
        cells.pop()  # trailing empty cells belong to the padding
    out, i, used = [], 0, 0
    while i < len(cells):
        if span and i == 0:
            out.append(ods_cell(cells[0]).replace("<table:table-cell", f'<table:table-cell table:number-columns-spanned="{span}"', 1))
            out.append(f'<table:covered-table-cell table:number-columns-repeated="{span - 1}"/>' if span > 2 else "<table:covered-table-cell/>")
            i = used = span
            continue
        j = i
        while j < len(cells) and cells[j] == cells[i]:
            j += 1
        out.append(ods_cell(cells[i], j - i))
        used = j
        i = j
    out.append(ods_cell(None, ODS_COLUMNS - used))
    return '<table:table-row table:style-name="ro1">' + "".join(out) + "</table:table-row>"


def ods_table(name, rows, hidden=False, spans=None):
    spans = spans or {}
    body = "".join(ods_row(r, spans.get(k)) for k, r in enumerate(rows))
    padding = (f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{ODS_ROWS - len(rows)}">'
               f'<table:table-cell table:number-columns-repeated="{ODS_COLUMNS}"/></table:table-row>')
    return (f'<table:table table:name="{mc.esc(name)}" table:style-name="{"ta2" if hidden else "ta1"}">'
            f'<table:table-column table:style-name="co1" table:number-columns-repeated="{ODS_COLUMNS}" '
            f'table:default-cell-style-name="Default"/>{body}{padding}</table:table>')


def ods_book(tables):
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.3">'
        "<office:automatic-styles>"
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.258cm"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.452cm"/></style:style>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
        '<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>'
        '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>-</number:text>'
        '<number:month number:style="long"/><number:text>-</number:text><number:year/></number:date-style>'
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>'
        "</office:automatic-styles><office:body><office:spreadsheet>"
        + "".join(tables) + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        def put(name, text, method):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 8, 12, 0))
            info.compress_type = method
            z.writestr(info, text.encode("utf-8"))
        put("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        put("content.xml", content, zipfile.ZIP_DEFLATED)
        put("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return out.getvalue()
