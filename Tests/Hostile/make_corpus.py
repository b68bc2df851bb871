#!/usr/bin/env python3
"""Writes the hostile CSV corpus into DIR (nothing of it is committed; the 50 MB field is made here).

Usage: make_corpus.py DIR

DIR/expected.tsv has one line per entry:  label <TAB> soort <TAB> exit <TAB> expected text
- label: the file DIR/<label> (a regular file), or for an entry the test must make itself (a link, a pipe,
  a folder), `special:<kind>` in the soort column's place is not used: soort is then one of
  `link-dev-zero`, `fifo`, `dangling-link`, `looping-link`, `folder`.
- soort: verhuringen | voorraad (the test names the entry <soort>_corp-x_2026-H1.csv), or a special kind.
- exit: the exit code the run must give (0 or 3) beside a complete, good delivery set.
- expected: a text that one line of the run's log must contain (the reject, notice or account line).
Every expected text is taken from the contract's messages (docs/contract.md, the reader's Dutch messages), not
from a run. "Invalid UTF-8 that is not Windows-1252 either": every byte is defined in Windows-1252 except
0x81, 0x8D, 0x8F, 0x90 and 0x9D, so such a file is bytes that are not UTF-8 and hold one of those five; the
reader takes it as Windows-1252 (with a notice) and the undefined byte becomes U+FFFD, which no code or name
matches.
"""
import os
import random
import sys

V = "verhuring_id;datum;gemeente;urgentie"
S = "gemeente;toegevoegd;onttrokken"
READ_1252 = "geen geldige UTF-8; gelezen als Windows-1252"
EMPTY = "het bestand is leeg: geen kopregel"
MISSING = "verplichte kolom ontbreekt"
BAD_DATE = "'datum' is geen geldige datum"
BAD_COUNT = "'toegevoegd' is geen geheel getal van 0 tot en met"
UNKNOWN_GM = "onbekende gemeente in 'gemeente'"
FIELD = "een veld is langer dan de limiet van 64 KB; de regel is afgewezen"
NOT_TEXT = "het bestand bevat NUL-bytes en is geen tekstbestand"


def used(n):
    return f"{n} regels = {n} gebruikt + 0 afgewezen"


def entries():
    rnd = random.Random(20260701)
    row = "V1;2026-01-05;GM0153;MED"
    yield "empty", "verhuringen", 3, EMPTY, b""
    yield "blank-lines", "verhuringen", 3, EMPTY, b"\n \r\n\t\n\n"
    yield "bom-only", "verhuringen", 3, EMPTY, b"\xef\xbb\xbf"
    yield "bom-and-blank", "verhuringen", 3, EMPTY, b"\xef\xbb\xbf\r\n  \r\n"
    yield "header-only", "verhuringen", 0, used(0), (V + "\n").encode()
    yield "header-only-no-newline", "verhuringen", 0, used(0), V.encode()
    # SPEC.md section 10: a file with a NUL byte and no UTF-16 byte-order mark is no text file.
    yield "binary-random", "verhuringen", 3, NOT_TEXT, bytes(rnd.randrange(256) for _ in range(4096))
    yield "binary-zeros", "verhuringen", 3, NOT_TEXT, bytes(4096)
    yield "nul-in-date", "verhuringen", 3, NOT_TEXT, f"{V}\nV1;2026-01-05\0;GM0153;MED\n".encode()
    yield "nul-in-header", "verhuringen", 3, NOT_TEXT, f"verhuring_id\0;datum;gemeente\n{row}\n".encode()
    yield "not-utf8-not-1252", "verhuringen", 3, UNKNOWN_GM, f"{V}\nV1;2026-01-05;GM0153".encode() + b"\x81;MED\n"
    yield "not-utf8-not-1252-notice", "verhuringen", 3, READ_1252, f"{V}\nV1;2026-01-05;GM".encode() + b"\x8d\x90\x9d;MED\n"
    yield "overlong-utf8", "verhuringen", 3, READ_1252, f"{V}\nV1;2026-01-05;GM0153".encode() + b"\xc0\xaf;MED\n"
    # UTF-16 with a byte-order mark is Excel's "Unicode-tekst": decoded (SPEC.md section 10).
    yield "utf16le", "verhuringen", 0, used(1), b"\xff\xfe" + f"{V}\n{row}\n".encode("utf-16-le")
    yield "utf16be-tabs", "verhuringen", 0, used(1), \
        b"\xfe\xff" + f"{V}\n{row}\n".replace(";", "\t").encode("utf-16-be")
    yield "utf16le-odd-byte", "verhuringen", 3, UNKNOWN_GM, \
        b"\xff\xfe" + f"{V}\nV1;2026-01-05;GM0153".encode("utf-16-le") + b"\x41"
    yield "sep-line", "verhuringen", 0, used(1), f"sep=,\n{V.replace(';', ',')}\n{row.replace(';', ',')}\n".encode()
    yield "sep-line-only", "verhuringen", 3, EMPTY, b"sep=;\r\n"
    yield "title-above-header", "verhuringen", 0, "kopregel op regel 3; de 2 regels met tekst erboven", \
        f"Verhuringen, eerste halfjaar\nExport: 2026-07-01\n{V}\n{row}\n".encode()
    yield "total-row", "verhuringen", 0, "totaalregel overgeslagen", f"{V}\n{row}\nTotaal;;;\n".encode()
    yield "error-value", "verhuringen", 3, "'urgentie' is een Excel-fout (#N/A)", f"{V}\nV1;2026-01-05;GM0153;#N/A\n".encode()
    yield "unbalanced-quote", "verhuringen", 3, "aanhalingsteken niet gesloten vanaf regel 2", \
        f'{V}\nV1;"2026-01-05;GM0153;MED\nV2;2026-01-06;GM0164;\n'.encode()
    yield "unbalanced-quote-header", "verhuringen", 3, "aanhalingsteken niet gesloten vanaf regel 1", \
        f'"verhuring_id;datum;gemeente\n{row}\n'.encode()
    yield "stray-quote", "verhuringen", 3, UNKNOWN_GM, f'{V}\nV1;2026-01-05;GM01"53;MED\n'.encode()
    yield "field-50mb", "verhuringen", 3, FIELD, \
        f'{V}\nV1;2026-01-05;"'.encode() + b"x" * (50 * 1024 * 1024) + f'";MED\n{row.replace("V1", "V2")}\n'.encode()
    yield "line-200kb-unquoted", "verhuringen", 3, FIELD, f"{V}\n".encode() + b"y" * (200 * 1024) + b"\n"
    wide = ";".join(f"c{i}" for i in range(100_000))
    yield "header-100000-columns", "verhuringen", 0, "kolommen genegeerd", f"{V};{wide}\n{row}\n".encode()
    yield "row-100000-fields", "verhuringen", 3, "100000 velden, meer dan de 4 kolommen", \
        f"{V}\n{row}" + ";x" * 99_996 + "\n".encode().decode()
    yield "cr-only", "verhuringen", 0, used(2), f"{V}\r{row}\rV2;2026-01-06;GM0164;\r".encode()
    yield "mixed-line-ends", "verhuringen", 0, used(3), \
        f"{V}\r\n{row}\nV2;2026-01-06;GM0164;\rV3;2026-01-07;GM0183;\r\n".encode()
    for label, day in [("date-feb-30", "2026-02-30"), ("date-apr-31", "31-04-2026"), ("date-year-0", "0000-01-01"),
                       ("date-month-13", "2026-13-01"), ("date-9999-99-99", "9999-99-99"),
                       ("date-with-time", "2026-01-05T10:00"), ("date-words", "vijf januari")]:
        yield label, "verhuringen", 3, BAD_DATE, f"{V}\nV1;{day};GM0153;MED\n".encode()
    yield "count-huge", "voorraad", 3, BAD_COUNT, f"{S}\nGM0153;99999999999999999999999999;0\n".encode()
    yield "count-negative", "voorraad", 3, BAD_COUNT, f"{S}\nGM0153;-5;0\n".encode()
    yield "count-decimal", "voorraad", 3, BAD_COUNT, f"{S}\nGM0153;1.5;0\n".encode()
    yield "count-int64-overflow", "voorraad", 3, BAD_COUNT, f"{S}\nGM0153;9223372036854775808;0\n".encode()
    yield "formula-in-code", "verhuringen", 3, "onbekende urgentiecode in 'urgentie'", \
        f'{V}\nV1;2026-01-05;GM0153;"=HYPERLINK(""http://x"",""klik"")"\n'.encode()
    yield "formula-in-id", "verhuringen", 0, used(1), f"{V}\n=1+1;2026-01-05;GM0153;MED\n".encode()
    yield "markup-in-gemeente", "verhuringen", 3, UNKNOWN_GM, f"{V}\nV1;2026-01-05;<script>alert(1)</script>;MED\n".encode()
    yield "wrong-columns", "verhuringen", 3, MISSING, b"a;b;c\n1;2;3\n"
    yield "duplicate-id", "verhuringen", 3, "dubbele verhuring_id (eerder op regel 2)", f"{V}\n{row}\n{row}\n".encode()
    # A row whose required columns are all empty is no record (SPEC.md section 10).
    yield "only-delimiters", "verhuringen", 0, used(0), f"{V}\n;;;\n".encode()
    yield "control-characters", "verhuringen", 3, UNKNOWN_GM, f"{V}\nV1;2026-01-05;GM0153\x1b[31m;MED\n".encode()
    yield "header-repeated", "verhuringen", 3, BAD_DATE, f"{V}\n{row}\n{V}\n".encode()
    yield "delimiter-mixed", "verhuringen", 3, "verplichte waarde 'datum' ontbreekt", \
        f"{V.replace(';', ',')}\n{row}\n".encode()
    yield "blank-lines-first", "verhuringen", 0, used(1), f"\n\n  \n{V}\n\n{row}\n\n".encode()
    yield "text-after-quote", "verhuringen", 0, used(1), f'{V}\n"V1"x;2026-01-05;GM0153;MED\n'.encode()


SPECIALS = [
    ("link-dev-zero", 3, "is een koppeling naar een apparaat (character device), geen bestand; overgeslagen"),
    ("fifo", 3, "is een named pipe (FIFO), geen gewoon bestand; overgeslagen"),
    ("dangling-link", 3, "is een koppeling die nergens naar wijst; overgeslagen"),
    ("looping-link", 3, "is een koppeling in een kring; overgeslagen"),
    ("folder", 3, "is een map met de naam van een levering, geen bestand"),
]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    lines = []
    for label, soort, code, text, data in entries():
        with open(os.path.join(out, label), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        lines.append(f"{label}\t{soort}\t{code}\t{text}")
    for kind, code, text in SPECIALS:
        lines.append(f"{kind}\t{kind}\t{code}\t{text}")
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} entries in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
