#!/usr/bin/env python3
"""The core figures of the monitor computed by DuckDB, independently of verdeelmonitor, for `make bench`.

Usage: duckdb_figures.py CONFIG INPUT [--periode JJJJ-Hn] [--out FIGURES.json]

Reads the deliveries in INPUT the way a data analyst would with DuckDB: the file names give (soort, bron,
periode, versie); the highest version per (soort, bron, periode) is chosen in SQL; the chosen files are read
with one `read_csv` per group of files with the same dialect (delimiter, line end, header), with the header's
column names; the record key (soort, bron, id) takes the row of the latest delivery (by periode, then versie);
municipality spellings (GM0363, 0363, 363, name, alias, any case) are mapped to codes with a table built from
CONFIG. Then, per municipality, for the reported period (default: the latest period with a delivery):

  mutaties       lettings dated in the period (noemer "alle"; "zonder-vergunninghouders" leaves VH out)
  gehuisvest     those with urgentie in the nine statutory codes
  aanvragen      register rows with categorie statutory and datum_aanvraag in the period
  beschikkingen  those with besluit toegekend and datum_besluit in the period

(SPEC.md section 4; docs/contract.md.) The dates decide the period, whatever delivery a row came in.
Writes {"periode": ..., "gemeenten": {code: {figure: n}}} as JSON to --out (default stdout), and a line
`duckdb: <seconds> s, <rows> regels` to stderr. Meant for the clean bench data: it does not reject rows.
"""
import json
import os
import re
import sys
import time
import tomllib

t0 = time.monotonic()
import duckdb  # noqa: E402

IMPORT_SECONDS = time.monotonic() - t0

import bench_steps  # noqa: E402

NAME = re.compile(r"^(verhuringen|urgentie|voorraad)_(.+)_(\d{4}-H[12])(?:_v(\d+))?\.csv$", re.IGNORECASE)
STATUTORY = ["MZ", "MED", "MO", "GGZ", "VO", "JH", "DET", "SW", "DG"]
FIGURES = ["mutaties", "gehuisvest", "aanvragen", "beschikkingen"]


def normalised(text):
    return " ".join(text.split()).lower()


def spellings(config):
    """(spelling, code) for every way the contract lets an export name a configured municipality."""
    pairs = {}
    for g in config.get("gemeente", []):
        code = g["code"]
        digits = code[2:]
        for spelling in [code, digits, str(int(digits)), g["naam"], *g.get("aliassen", [])]:
            pairs.setdefault(normalised(spelling), code)
    return sorted(pairs.items())


def dialect(path):
    """(delimiter, line end, column names) from the header line, as the contract detects them."""
    with open(path, "rb") as handle:
        head = handle.readline()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    crlf = head.endswith(b"\r\n")
    line = head.decode("utf-8", errors="replace").rstrip("\r\n")
    outside = re.sub(r'"[^"]*"', "", line)
    delimiter = ";" if outside.count(";") >= outside.count(",") and ";" in outside else ("," if "," in outside else ";")
    names = tuple(name.strip().strip('"').strip().lower() for name in line.split(delimiter))
    return delimiter, crlf, names


def deliveries(root):
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            match = NAME.match(name)
            if match and not name.startswith("."):
                soort, bron, periode, versie = match.groups()
                found.append((os.path.join(folder, name), soort, bron, periode, int(versie or 1)))
    return found


def literal(value):
    return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"


def insert(db, table, rows):
    """One INSERT with all rows (executemany runs one statement per row: seconds for a few thousand)."""
    if rows:
        db.execute(f"INSERT INTO {table} VALUES " + ", ".join("(" + ", ".join(map(literal, r)) + ")" for r in rows))


def main(argv):
    args = bench_steps.arguments(__doc__, argv)
    step = bench_steps.Steps(args.stappen, IMPORT_SECONDS)
    started = step.started
    with open(args.config, "rb") as handle:
        config = tomllib.load(handle)
    codes = [g["code"] for g in config.get("gemeente", [])]
    zonder_vh = config.get("noemer", "alle") == "zonder-vergunninghouders"

    db = duckdb.connect()
    db.execute("CREATE TABLE spelling (sleutel VARCHAR, code VARCHAR)")
    insert(db, "spelling", spellings(config))
    db.execute("CREATE TABLE levering (pad VARCHAR, soort VARCHAR, bron VARCHAR, periode VARCHAR, versie INTEGER)")
    insert(db, "levering", deliveries(args.input))
    # Latest delivery wins, step 1: the highest version per (soort, bron, periode) is the delivery; the others
    # are superseded and not read.
    chosen = db.execute("""
        SELECT pad, soort FROM levering
        QUALIFY row_number() OVER (PARTITION BY soort, lower(bron), periode ORDER BY versie DESC) = 1
        ORDER BY pad""").fetchall()
    step("bestanden en winnende versies")
    periode = args.periode or db.execute("SELECT max(periode) FROM levering").fetchone()[0]

    db.execute("""
        CREATE MACRO delen(d) AS string_split(replace(trim(d), '/', '-'), '-');
        CREATE MACRO periode_van(d) AS CASE
            WHEN d IS NULL OR trim(d) = '' THEN NULL
            WHEN length(delen(d)[1]) = 4
                THEN delen(d)[1] || CASE WHEN CAST(delen(d)[2] AS INTEGER) <= 6 THEN '-H1' ELSE '-H2' END
            ELSE delen(d)[3] || CASE WHEN CAST(delen(d)[2] AS INTEGER) <= 6 THEN '-H1' ELSE '-H2' END
        END;
        CREATE MACRO sleutel(x) AS lower(regexp_replace(trim(x), '\\s+', ' ', 'g'));
    """)

    # One read_csv per group of files with the same soort and dialect, with the header's column names.
    groups = {}
    for path, soort in chosen:
        if soort in ("verhuringen", "urgentie"):
            groups.setdefault((soort, *dialect(path)), []).append(path)
    wanted = {"verhuringen": ["verhuring_id", "datum", "gemeente", "urgentie"],
              "urgentie": ["urgentienummer", "datum_aanvraag", "categorie", "besluit", "datum_besluit"]}
    parts = {"verhuringen": [], "urgentie": []}
    for (soort, delimiter, crlf, names), paths in sorted(groups.items()):
        files = "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"
        columns = ", ".join(f'"{n}" AS {n}' for n in wanted[soort])
        new_line = "\\r\\n" if crlf else "\\n"
        types_sql = "{" + ", ".join("'" + n.replace("'", "''") + "': 'VARCHAR'" for n in names) + "}"
        parts[soort].append(
            f"SELECT filename AS pad, {columns} FROM read_csv({files}, auto_detect = false, delim = '{delimiter}', quote = '\"', "
            f"escape = '\"', header = true, columns = {types_sql}, filename = true, "
            f"new_line = '{new_line}', null_padding = true)")
    for soort, view in (("verhuringen", "verhuring_ruw"), ("urgentie", "urgentie_ruw")):
        body = " UNION ALL ".join(parts[soort]) or (
            "SELECT NULL::VARCHAR AS pad, " + ", ".join(f"NULL::VARCHAR AS {n}" for n in wanted[soort]) + " WHERE false")
        db.execute(f"CREATE TABLE {view} AS {body}")

    step("read_csv")
    s = "[" + ", ".join(f"'{c}'" for c in STATUTORY) + "]"
    # Latest delivery wins, step 2: per record key (soort, bron, id) the row of the latest delivery, by periode
    # then versie. The dates of that row decide the period it counts in.
    db.execute(f"""
        CREATE TABLE verhuring AS
        SELECT r.datum, r.gemeente, upper(trim(r.urgentie)) AS urgentie
        FROM verhuring_ruw r JOIN levering l ON l.pad = r.pad
        QUALIFY row_number() OVER (PARTITION BY lower(l.bron), trim(r.verhuring_id)
                                   ORDER BY l.periode DESC, l.versie DESC) = 1;
        CREATE TABLE register AS
        SELECT b.code AS gemeente, r.datum_aanvraag, upper(trim(r.categorie)) AS categorie,
               lower(trim(r.besluit)) AS besluit, r.datum_besluit
        FROM urgentie_ruw r JOIN levering l ON l.pad = r.pad JOIN spelling b ON b.sleutel = lower(l.bron)
        QUALIFY row_number() OVER (PARTITION BY b.code, trim(r.urgentienummer)
                                   ORDER BY l.periode DESC, l.versie DESC) = 1;
    """)
    step("laatste levering wint")
    figures = {code: dict.fromkeys(FIGURES, 0) for code in codes}
    vh = "AND coalesce(v.urgentie, '') <> 'VH'" if zonder_vh else ""
    for code, mutaties, gehuisvest in db.execute(f"""
            SELECT g.code, count(*) FILTER (WHERE true {vh}), count(*) FILTER (WHERE list_contains({s}, v.urgentie))
            FROM verhuring v JOIN spelling g ON g.sleutel = sleutel(v.gemeente)
            WHERE periode_van(v.datum) = ? GROUP BY g.code""", [periode]).fetchall():
        figures[code]["mutaties"], figures[code]["gehuisvest"] = mutaties, gehuisvest
    for code, aanvragen, beschikkingen in db.execute(f"""
            SELECT gemeente,
                   count(*) FILTER (WHERE periode_van(datum_aanvraag) = $1),
                   count(*) FILTER (WHERE besluit = 'toegekend' AND periode_van(datum_besluit) = $1)
            FROM register WHERE list_contains({s}, categorie) GROUP BY gemeente""", [periode]).fetchall():
        if code in figures:
            figures[code]["aanvragen"], figures[code]["beschikkingen"] = aanvragen, beschikkingen
    step("cijfers")
    rows = db.execute("SELECT (SELECT count(*) FROM verhuring_ruw) + (SELECT count(*) FROM urgentie_ruw)").fetchone()[0]
    text = json.dumps({"periode": periode, "gemeenten": figures}, indent=1, sort_keys=True) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    print(f"duckdb: {time.monotonic() - started:.2f} s, {rows} regels, {len(chosen)} leveringen, "
          f"{len(parts['verhuringen']) + len(parts['urgentie'])} read_csv-groepen, duckdb {duckdb.__version__}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
