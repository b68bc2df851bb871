#!/usr/bin/env python3
"""Writes the seeds of the workbook fuzz target (Tests/Fuzz/FuzzWorkbook.swift), each behind its mode byte:
0 a whole file, 1 an .ods content.xml, 2 an .xlsx sheet XML, 3 the bytes after a compound-file signature.

Usage: make_workbook_seeds.py OUTDIR FOLDER... — every .xlsx and .ods under the folders (SampleData's exports,
the XLSX test corpus) as a whole file and with its sheet XML; plus the forms the ODS and compound-file tests
write (OfficeFiles in Tests/VerdeelMonitorTests/Support): repeats padding to row 1,048,576, covered cells,
paragraphs, an error cell, a formula without a value, and compound-file directories.
"""
import hashlib
import pathlib
import struct
import sys
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')


def content(rows, hidden_first=True):
    return (f'<office:document-content {NS}><office:automatic-styles><style:style style:name="ta2" '
            'style:family="table"><style:table-properties table:display="false"/></style:style>'
            '</office:automatic-styles><office:body><office:spreadsheet>'
            + ('<table:table table:name="Lijst" table:style-name="ta2"/>' if hidden_first else "")
            + f'<table:table table:name="verhuringen">{rows}</table:table></office:spreadsheet></office:body>'
            '</office:document-content>').encode()


ODS_FORMS = [
    '<table:table-row><table:table-cell office:value-type="string"><text:p>verhuring_id</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>datum</text:p></table:table-cell></table:table-row>'
    '<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="float" office:value="7"/>'
    '<table:table-cell office:value-type="date" office:date-value="2026-01-05T00:00:00" '
    'table:number-rows-spanned="2"/><table:covered-table-cell/><table:table-cell table:number-columns-repeated="16380"/>'
    '</table:table-row><table:table-row table:number-rows-repeated="1048570"><table:table-cell '
    'table:number-columns-repeated="16384"/></table:table-row>',
    '<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>'
    '<text:line-break/></text:p><text:p>c</text:p><office:annotation><text:p>x</text:p></office:annotation>'
    '</table:table-cell><table:table-cell table:formula="of:=NA()" office:value-type="string" '
    'calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell><table:table-cell table:formula="of:=1"/>'
    '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>'
    '<table:table-cell office:value-type="percentage" office:value="0.25"/></table:table-row>',
]


def cfb(names):
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIII", header, 0x2C, 1, 1, 0, 0x1000, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    for i in range(109):
        struct.pack_into("<I", header, 0x4C + 4 * i, 0 if i == 0 else 0xFFFFFFFF)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<II", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)
    directory = bytearray(512)
    for i, name in enumerate(["Root Entry"] + names):
        encoded = name.encode("utf-16-le")
        directory[128 * i:128 * i + len(encoded)] = encoded
        struct.pack_into("<HB", directory, 128 * i + 0x40, len(encoded) + 2, 5 if i == 0 else 2)
    return bytes(header + fat + directory)


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    seeds = []
    for folder in sys.argv[2:]:
        for path in sorted(pathlib.Path(folder).rglob("*")):
            if path.suffix not in (".xlsx", ".ods") or path.stat().st_size > 1 << 20:
                continue
            data = path.read_bytes()
            seeds.append(b"\x00" + data)
            try:
                with zipfile.ZipFile(path) as z:
                    for name in z.namelist():
                        if name == "content.xml":
                            seeds.append(b"\x01" + z.read(name))
                        elif name.startswith("xl/worksheets/"):
                            seeds.append(b"\x02" + z.read(name))
            except Exception:  # the hostile corpus: broken on purpose, still a seed as a whole file
                pass
    for rows in ODS_FORMS:
        seeds.append(b"\x01" + content(rows))
    for names in (["EncryptionInfo", "EncryptedPackage"], ["Workbook"], ["WordDocument"]):
        seeds.append(b"\x03" + cfb(names)[8:])
        seeds.append(b"\x00" + cfb(names))
    for seed in seeds:
        (out / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    print(f"{len(seeds)} workbook seeds in {out}")


if __name__ == "__main__":
    main()
