#!/usr/bin/env bash
# make bench: time verdeelmonitor on a synthetic national-scale data set and print the figures.
#
# Usage: bash Tests/Bench/bench.sh BIN        (BIN: the release build, e.g. .build/release/verdeelmonitor)
#
# Builds nothing (the Makefile target builds first). Generates the data set once per scale into
# .build/bench-data/schaal-<S> with make_national.py and reuses it while the generator, the scale and python3
# are unchanged. Then one cold run of the program and of duckdb_fast.py (after dropping the page cache, when
# the machine allows it), then, alternating, `BIN run --periode P --vertrouwelijk` and the same core figures
# computed by DuckDB in two formulations (duckdb_figures.py and the faster duckdb_fast.py, in a venv
# .build/bench-venv that is made when missing) BENCH_RUNS times each (the first of each is a warm-up that is
# shown but not counted), `BIN validate` once, and one run per scale in BENCH_SCALES. Prints input size, median
# wall time, throughput, peak resident memory, the time per stage (from the `tijd:` lines that
# VERDEELMONITOR_TIMINGS=1 makes the program write), the CSV reader alone, the ratio verdeelmonitor / DuckDB per
# formulation and against the faster, whether all give identical figures, and the scaling table.
#
# Environment: BENCH_SCALE (default 1: ~3.1 million rows), BENCH_RUNS (default 3), BENCH_SCALES (default
# "1 2 4"; empty: no scaling table), BENCH_DATA (default <repo>/.build/bench-data), BENCH_DUCKDB=0 skips
# DuckDB, BENCH_COLD=0 skips the cold runs, BENCH_KEEP_OUTPUT=1 keeps the output and logs folder.
#
# Exit status: 0 when every run and the validate exited 0, else 1. The performance targets are printed with
# their verdicts but never fail the benchmark; only a failing program does (a difference from DuckDB or
# the generator is printed as LET OP).
set -uo pipefail

if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 64; fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=$1
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
if [ ! -x "$bin" ]; then echo "bench: $1 is not an executable (build first: swift build -c release --product verdeelmonitor)" >&2; exit 1; fi

scale=${BENCH_SCALE:-1}
runs=${BENCH_RUNS:-3}
data=${BENCH_DATA:-$root/.build/bench-data}
if ! [[ $runs =~ ^[0-9]+$ ]] || [ "$runs" -lt 2 ]; then echo "bench: BENCH_RUNS must be 2 or more (the first is a warm-up)" >&2; exit 64; fi
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1782864000}

# --- the data set: generate once per scale, reuse while the generator, the scale and python3 are the same -----
# dataset SCALE: prints the folder holding the data set of SCALE, generating it when needed.
dataset() {
    local scale=$1 dir="$data/schaal-$1" key
    key="$( (sha256sum "$here/make_national.py" | cut -d' ' -f1; echo "scale=$scale"; python3 --version 2>&1) | sha256sum | cut -d' ' -f1)"
    if [ -f "$dir/.key" ] && [ "$(cat "$dir/.key")" = "$key" ] && [ -f "$dir/manifest.json" ] && [ -d "$dir/exports" ]; then
        echo "bench: data set reused: $dir (schaal $scale)" >&2
    else
        echo "bench: generating the national data set (schaal $scale) into $dir" >&2
        rm -rf "$dir.tmp"
        mkdir -p "$dir.tmp"
        if ! python3 "$here/make_national.py" "$dir.tmp" --scale "$scale" >&2; then echo "bench: generator failed" >&2; return 1; fi
        echo "$key" > "$dir.tmp/.key"
        rm -rf "$dir"
        mv "$dir.tmp" "$dir"
        touch "$dir/.generated-now"
    fi
    echo "$dir"
}
set_dir=$(dataset "$scale") || exit 1
generated_now=""
if [ -f "$set_dir/.generated-now" ]; then generated_now=1; rm -f "$set_dir/.generated-now"; fi

# --- DuckDB in a venv under .build (made when missing; without PyPI the comparison is skipped) ------------
venv=$root/.build/bench-venv
duck=""
if [ "${BENCH_DUCKDB:-1}" != 0 ]; then
    if ! "$venv/bin/python" -c 'import duckdb' >/dev/null 2>&1; then
        echo "bench: installing duckdb into $venv (python3 -m venv, pip install duckdb)"
        if ! { [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"; } || ! "$venv/bin/pip" install -q --retries 2 --timeout 15 duckdb; then
            echo "bench: duckdb could not be installed (no access to PyPI?): the comparison with DuckDB is skipped"
        fi
    fi
    if "$venv/bin/python" -c 'import duckdb' >/dev/null 2>&1; then duck="$venv/bin/python"; fi
fi

# --- measuring: GNU time -v when present (installed with apt-get when missing), else python's wait4 --------
timer=""
if ! /usr/bin/time -f '%e' true >/dev/null 2>&1 && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "bench: installing GNU time (apt-get install time)"
    (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }) >/dev/null 2>&1
fi
if /usr/bin/time -f '%e' true >/dev/null 2>&1; then timer=gnu; else timer=python; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/verdeelmonitor-bench.XXXXXX")
if [ "${BENCH_KEEP_OUTPUT:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi

# measure NAME CMD...: runs CMD with stdout/stderr in $work/NAME.out/.err and writes
# "wall user sys maxrss_kb exit" to $work/NAME.time (GNU time -v, or python's os.wait4 as the fallback).
measure() {
    local name=$1; shift
    if [ $timer = gnu ]; then
        /usr/bin/time -v -o "$work/$name.timev" "$@" >"$work/$name.out" 2>"$work/$name.err"
        python3 - "$work/$name.timev" >"$work/$name.time" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
def field(label):
    m = re.search(r"^\s*" + re.escape(label) + r".*?:\s*(\S+)\s*$", text, re.M)
    return m.group(1) if m else "0"
wall = 0.0
for part in field("Elapsed (wall clock) time").split(":"):
    wall = wall * 60 + float(part)
signal = re.search(r"terminated by signal (\d+)", text)
code = str(128 + int(signal.group(1))) if signal else field("Exit status")
print(wall, field("User time (seconds)"), field("System time (seconds)"),
      field("Maximum resident set size (kbytes)"), code)
EOF
    else
        python3 - "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" <<'EOF'
import os, subprocess, sys, time
start = time.monotonic()
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
wall = time.monotonic() - start
with open(sys.argv[1], "w") as out:
    print(f"{wall:.2f} {usage.ru_utime:.2f} {usage.ru_stime:.2f} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}", file=out)
EOF
    fi
}

failed=0
check_exit() {  # check_exit NAME WHAT
    local code
    code=$(cut -d' ' -f5 "$work/$1.time")
    if [ "$code" != 0 ]; then
        failed=1
        echo "bench: $2 exited with $code (expected 0: the bench data is clean). Last messages:" >&2
        grep -hE '^(afgewezen|ontbreekt|niet herkend|verdeelmonitor: fout)' "$work/$1.err" "$work/$1.out" 2>/dev/null | head -15 >&2
        tail -5 "$work/$1.err" >&2
    fi
}

start_load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
config="$set_dir/regio.toml"
input="$set_dir/exports"
periode=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["periods"][-1])' "$set_dir/manifest.json")
export VERDEELMONITOR_TIMINGS=1
# Cold cache: the first run of each side after dropping the page cache (when this machine allows it: root and a
# writable /proc/sys/vm/drop_caches), else the first run after generating the data set in this bench, if it was.
drop_cache() { sync && { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null; }
cold=""
if [ "${BENCH_COLD:-1}" != 0 ]; then
    if drop_cache; then cold="page cache geleegd (echo 3 > /proc/sys/vm/drop_caches)"
    elif [ -n "${generated_now:-}" ]; then cold="eerste run na het genereren (page cache niet te legen)"; fi
fi
if [ -n "$cold" ]; then
    rm -rf "$work/output"; mkdir -p "$work/output"
    echo "bench: koud ($cold) ..."
    measure cold "$bin" run --config "$config" --input "$input" --output "$work/output" --periode "$periode" --vertrouwelijk
    check_exit cold "koude run"
    if [ -n "$duck" ] && drop_cache; then
        measure duckfastcold "$duck" "$here/duckdb_fast.py" "$config" "$input" --periode "$periode" --out "$work/duckdb-fast.json"
    fi
fi
# Alternating: verdeelmonitor, DuckDB (as duckdb_figures.py), DuckDB (as duckdb_fast.py), ... so that a change in
# the machine's load touches all alike.
for i in $(seq 1 "$runs"); do
    rm -rf "$work/output"
    mkdir -p "$work/output"
    echo "bench: run $i/$runs$([ "$i" = 1 ] && echo ' (opwarmen)') ..."
    measure "run$i" "$bin" run --config "$config" --input "$input" --output "$work/output" --periode "$periode" --vertrouwelijk
    check_exit "run$i" "run $i"
    [ $failed = 0 ] || break
    if [ -n "$duck" ]; then
        echo "bench: duckdb $i/$runs$([ "$i" = 1 ] && echo ' (opwarmen)') ..."
        measure "duck$i" "$duck" "$here/duckdb_figures.py" "$config" "$input" --periode "$periode" --out "$work/duckdb.json"
        if [ "$(cut -d' ' -f5 "$work/duck$i.time")" != 0 ]; then
            echo "bench: duckdb_figures.py failed; the comparison is skipped:" >&2; tail -5 "$work/duck$i.err" >&2; duck=""
        fi
    fi
    if [ -n "$duck" ]; then
        echo "bench: duckdb snel $i/$runs$([ "$i" = 1 ] && echo ' (opwarmen)') ..."
        measure "duckfast$i" "$duck" "$here/duckdb_fast.py" "$config" "$input" --periode "$periode" --out "$work/duckdb-fast.json"
        if [ "$(cut -d' ' -f5 "$work/duckfast$i.time")" != 0 ]; then
            echo "bench: duckdb_fast.py failed; the comparison is skipped:" >&2; tail -5 "$work/duckfast$i.err" >&2; duck=""
        fi
    fi
done
if [ $failed = 0 ]; then
    echo "bench: validate ..."
    measure validate "$bin" validate --config "$config" --input "$input"
    check_exit validate "validate"
fi
# Scaling: one run per scale (the main scale reuses its median).
scales=""
if [ $failed = 0 ]; then
    for s in ${BENCH_SCALES-1 2 4}; do
        [ "$s" = "$scale" ] && { scales="$scales $s"; continue; }
        dir=$(dataset "$s") || { failed=1; break; }
        rm -f "$dir/.generated-now"
        rm -rf "$work/output-$s"; mkdir -p "$work/output-$s"
        echo "bench: schaal $s ..."
        # Read the files once first, as the main scale's warm-up run does: a run right after generating (or after
        # a build that pushed the files out of the page cache) would measure the disk, not the program.
        find "$dir/exports" -type f -exec cat {} + > /dev/null
        p=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["periods"][-1])' "$dir/manifest.json")
        measure "scale-$s" "$bin" run --config "$dir/regio.toml" --input "$dir/exports" --output "$work/output-$s" --periode "$p" --vertrouwelijk
        check_exit "scale-$s" "schaal $s"
        cp "$dir/manifest.json" "$work/scale-$s.manifest.json"
        rm -rf "$work/output-$s"
        scales="$scales $s"
    done
fi

# --- the report ------------------------------------------------------------------------------------------
BENCH_SCALES_DONE="$scales" BENCH_DUCKDB_USED="${duck:+1}" BENCH_COLD="$cold" \
python3 - "$work" "$set_dir" "$runs" "$bin" "$root" "$timer" "$failed" "$start_load" <<'EOF'
import json, os, re, statistics, subprocess, sys
import xml.etree.ElementTree as ET

work, data, runs, binary, root, timer, failed = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7] == "1"
start_load = sys.argv[8]
scales_done = os.environ.get("BENCH_SCALES_DONE", "").split()
duck_used = os.environ.get("BENCH_DUCKDB_USED") == "1"
manifest = json.load(open(os.path.join(data, "manifest.json")))
NS = {"m": "urn:verdeelmonitor:monitor:1"}
FIGURES = [("mutaties", "m:mutaties", "aantal"), ("gehuisvest", "m:gehuisvest", "totaal"),
           ("aanvragen", "m:aanvragen", "totaal"), ("beschikkingen", "m:beschikkingen", "totaal")]
STAGES = [("ontdekken", "discover"), ("inlezen", "read and parse"), ("oplossen", "resolve"),
          ("aggregeren", "aggregate"), ("beoordelen", "assess and disclose"), ("renderen", "render"),
          ("xml-validatie", "validate XML"), ("publiceren", "publish")]

def timing(name):
    path = os.path.join(work, name + ".time")
    if not os.path.exists(path):
        return None
    wall, user, sys_, rss, code = open(path).read().split()
    return {"wall": float(wall), "user": float(user), "sys": float(sys_), "rss": int(rss) * 1024, "exit": int(code)}

def mb(n): return n / 1e6
def mib(n): return n / 2**20
def grouped(n): return f"{n:,}".replace(",", ".")
def text(name):
    path = os.path.join(work, name)
    return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else ""
def row(label, t):
    print(f"{label:22}{t['wall']:8.2f}s{t['user']:8.2f}s{t['sys']:7.2f}s{mib(t['rss']):8.0f} MiB{t['exit']:6}")

rev = subprocess.run(["git", "-C", root, "describe", "--always", "--dirty=+wijzigingen"], capture_output=True, text=True).stdout.strip() or "?"
load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
cpu = "?"
if os.path.exists("/proc/cpuinfo"):
    m = re.search(r"^model name\s*:\s*(.+)$", open("/proc/cpuinfo").read(), re.M)
    cpu = m.group(1).strip() if m else "?"
rows, size, files = manifest["rows"], manifest["bytes"], manifest["files"]
per = manifest["per_soort"]
print()
print("=" * 78)
shown = os.path.relpath(binary, root) if binary.startswith(root + os.sep) else binary
print(f"verdeelmonitor bench   {shown}   (werkboom {rev})")
print(f"machine: {os.cpu_count()} cores ({cpu}), load {start_load} bij de start, {' '.join(load)} nu; "
      f"meting: {'GNU time -v' if timer == 'gnu' else 'python os.wait4'}")
print(f"invoer : {mb(size):.1f} MB, {files} bestanden, {grouped(rows)} regels   (schaal {manifest['scale']}, "
      f"{manifest['municipalities']} gemeenten, {manifest['corporations']} corporaties, {len(manifest['periods'])} perioden)")
print("         " + ", ".join(f"{s} {per[s]['files']} bestanden / {grouped(per[s]['rows'])} regels / {mb(per[s]['bytes']):.1f} MB"
                              for s in sorted(per)))
if "register_rows" in manifest:
    share = manifest["register_repeats"] / max(1, manifest["register_rows"])
    print(f"         registerregels met een eerdere sleutel {100 * share:.0f} %, {manifest['letting_corrections']} correcties "
          f"van verhuringen, {manifest['v2_deliveries']} _v2-leveringen")
print("-" * 78)
print(f"{'':22}{'wall':>9}{'user':>9}{'sys':>8}{'piek RSS':>12}{'exit':>6}")
measured, ducks, fasts = [], [], []
cold = os.environ.get("BENCH_COLD", "")
for name, label in (("cold", "run koud"), ("duckfastcold", "duckdb snel koud")):
    t = timing(name)
    if t is not None:
        row(label, t)
for i in range(1, runs + 1):
    for name, label, into in ((f"run{i}", f"run {i}", measured), (f"duck{i}", f"duckdb {i}", ducks),
                              (f"duckfast{i}", f"duckdb snel {i}", fasts)):
        t = timing(name)
        if t is None:
            continue
        row(label + (" (opwarmen)" if i == 1 else ""), t)
        if i > 1:
            into.append(t)
v = timing("validate")
if v:
    row("validate", v)
print("-" * 78)
if failed or not measured:
    print("bench: MISLUKT: het programma gaf geen exitcode 0 (zie de meldingen hierboven)")
    print("=" * 78)
    sys.exit(0)

wall = statistics.median(t["wall"] for t in measured)
peak = max(t["rss"] for t in measured)
print(f"run, mediaan van {len(measured)}: {wall:.2f} s   {mb(size) / wall:.1f} MB/s   {grouped(round(rows / wall))} regels/s   "
      f"piek {mib(peak):.0f} MiB")
ratio, strongest = None, None
if ducks and duck_used:
    # Both DuckDB formulations; the ratio that counts is against the faster (the strongest peer).
    sides = [("duckdb (duckdb_figures.py)", "duck", ducks), ("duckdb snel (duckdb_fast.py)", "duckfast", fasts)]
    medians = {}
    for label, prefix, runs_of in sides:
        if not runs_of:
            continue
        dwall = statistics.median(t["wall"] for t in runs_of)
        medians[prefix] = (label, dwall)
        dpeak = max(t["rss"] for t in runs_of)
        pairs = [timing(f"run{i}")["wall"] / timing(f"{prefix}{i}")["wall"] for i in range(2, runs + 1)
                 if timing(f"run{i}") and timing(f"{prefix}{i}")]
        print(f"{label}, mediaan van {len(runs_of)}: {dwall:.2f} s   {mb(size) / dwall:.1f} MB/s   piek {mib(dpeak):.0f} MiB   "
              f"verhouding verdeelmonitor / deze {wall / dwall:.2f} (per paar {', '.join(f'{p:.2f}' for p in pairs)})")
    strongest = min(medians, key=lambda k: medians[k][1])
    ratio = wall / medians[strongest][1]
    print(f"verhouding verdeelmonitor / sterkste duckdb ({medians[strongest][0]}): {ratio:.2f}")
else:
    print("duckdb: niet gemeten (BENCH_DUCKDB=0, geen duckdb te installeren, of duckdb_figures.py faalde)")
c = timing("cold")
if c:
    dc = timing("duckfastcold")
    print(f"koud ({cold}): verdeelmonitor {c['wall']:.2f} s (warm {wall:.2f} s)"
          + (f", duckdb snel {dc['wall']:.2f} s" if dc else ""))
if v:
    print(f"validate           : {v['wall']:.2f} s   (inlezen, controleren en indicatoren zonder renderen; "
          f"run - validate = {wall - v['wall']:.2f} s)")

# Stages: the program's `tijd: <fase> <seconden> s` lines (VERDEELMONITOR_TIMINGS=1), median over the measured runs.
stage_times, reader = {}, []
for i in range(2, runs + 1):
    err = text(f"run{i}.err")
    for m in re.finditer(r"^tijd: ([a-z-]+) ([0-9.]+) s\s*$", err, re.M):
        stage_times.setdefault(m.group(1), []).append(float(m.group(2)))
    for m in re.finditer(r"^tijd: csv-lezer (\d+) bytes ([0-9.]+) s\s*$", err, re.M):
        reader.append((int(m.group(1)), float(m.group(2))))
print("-" * 78)
if stage_times:
    print(f"{'fase':34}{'tijd':>9}{'MB/s':>10}{'regels/s':>14}")
    known = [s for s, _ in STAGES] + sorted(set(stage_times) - {s for s, _ in STAGES})
    english = dict(STAGES)
    total = 0.0
    for stage in known:
        if stage not in stage_times:
            continue
        t = statistics.median(stage_times[stage])
        total += t
        label = f"{stage} ({english[stage]})" if stage in english else stage
        speed = (f"{mb(size) / t:10.1f}{grouped(round(rows / t)):>14}") if t > 0 else f"{'-':>10}{'-':>14}"
        print(f"{label:34}{t:8.3f}s{speed}")
    print(f"{'som van de fasen':34}{total:8.3f}s   (wall {wall:.2f} s; rest: opstarten, configuratie)")
else:
    print("geen fasetijden (het programma schreef geen regels 'tijd: <fase> <seconden> s' met VERDEELMONITOR_TIMINGS=1)")
reader_speed = None
if reader:
    nbytes, seconds = reader[0][0], statistics.median(s for _, s in reader)
    reader_speed = mb(nbytes) / seconds if seconds > 0 else None
    print(f"CSV-lezer alleen, één core: {mb(nbytes):.1f} MB in {seconds:.3f} s = {reader_speed:.0f} MB/s")
else:
    print("CSV-lezer alleen: niet gemeten (geen regel 'tijd: csv-lezer <bytes> bytes <seconden> s')")

out = os.path.join(work, "output")
written = sorted(os.listdir(out)) if os.path.isdir(out) else []
for name in written:
    print(f"uitvoer: {name}  {os.path.getsize(os.path.join(out, name)) / 1024:.0f} KiB")

# Sanity: the program read every row, and its figures for the reported period match the generator's and DuckDB's.
last_err = text(f"run{runs}.err")
m = re.search(r"^totaal: (\d+) leveringen, (\d+) regels gelezen, (\d+) afgewezen", last_err, re.M)
checks = []
if m:
    checks.append(("leveringen", int(m.group(1)), files))
    checks.append(("regels gelezen", int(m.group(2)), rows))
    checks.append(("afgewezen", int(m.group(3)), 0))
program = {}
xml = [n for n in written if n.endswith(".xml")]
period = None
if xml:
    doc = ET.parse(os.path.join(out, xml[0])).getroot()
    period = doc.get("periode")
    def figures(el):
        got = {}
        for label, path, name in FIGURES:
            child = el.find(path, NS) if el is not None else None
            got[label] = int(child.get(name)) if child is not None and child.get(name) is not None else None
        return got
    region = figures(doc.find("m:regio", NS))
    want = manifest["expected_region"].get(period, {})
    for label, _, _ in FIGURES:
        if label in want:
            checks.append((f"regio {period} {label}", region[label], want[label]))
    program = {g.get("code"): figures(g) for g in doc.findall("m:gemeente", NS)}
bad = [c for c in checks if c[1] != c[2]]
if checks:
    print("controle: " + ("alles klopt met de generator (" + ", ".join(f"{c[0]} {grouped(c[2])}" for c in checks[1:3]) + ", "
                          + f"{len(checks) - 3} regiocijfers)" if not bad else
                          "LET OP, verschil: " + "; ".join(f"{c[0]}: programma {c[1]}, generator {c[2]}" for c in bad)))

def compare(label, other):
    diffs = []
    for code in sorted(set(program) | set(other)):
        for figure, _, _ in FIGURES:
            a, b = program.get(code, {}).get(figure), other.get(code, {}).get(figure)
            if a != b:
                diffs.append(f"{code} {figure}: verdeelmonitor {a}, {label} {b}")
    return diffs

identical = None
if program and "expected_gemeente" in manifest and manifest["expected_gemeente"] and period == manifest["periods"][-1]:
    diffs = compare("generator", manifest["expected_gemeente"])
    print(f"per gemeente ({len(program)}, {period}) tegen de generator: " +
          ("identiek" if not diffs else f"LET OP, {len(diffs)} verschillen: " + "; ".join(diffs[:8])))
for file_name, label in (("duckdb.json", "DuckDB (duckdb_figures.py)"), ("duckdb-fast.json", "DuckDB snel (duckdb_fast.py)")):
    duck_json = os.path.join(work, file_name)
    if not (duck_used and os.path.exists(duck_json) and program):
        continue
    duck = json.load(open(duck_json))
    diffs = compare("duckdb", duck["gemeenten"]) if duck.get("periode") == period else [f"periode {duck.get('periode')} tegen {period}"]
    identical = (identical is not False) and not diffs
    print(f"per gemeente ({len(program)}, {period}) tegen {label}: " +
          ("identiek" if not diffs else f"LET OP, {len(diffs)} verschillen: " + "; ".join(diffs[:8])))

# Scaling: time and peak memory per scale (one run each; the main scale is its median).
scaling = {}
if scales_done:
    print("-" * 78)
    print(f"{'schaal':>8}{'regels':>14}{'MB':>9}{'wall':>10}{'piek RSS':>12}{'tijd / schaal 1':>18}")
    for s in scales_done:
        if float(s) == float(manifest["scale"]):
            t, man = {"wall": wall, "rss": peak}, manifest
        else:
            t = timing(f"scale-{s}")
            path = os.path.join(work, f"scale-{s}.manifest.json")
            if t is None or not os.path.exists(path):
                continue
            man = json.load(open(path))
        scaling[float(s)] = t
    base = scaling.get(1.0)
    for s in sorted(scaling):
        t = scaling[s]
        man = manifest if s == float(manifest["scale"]) else json.load(open(os.path.join(work, f"scale-{[x for x in scales_done if float(x) == s][0]}.manifest.json")))
        rel = f"{t['wall'] / base['wall']:.2f}x" if base else "-"
        print(f"{s:>8g}{grouped(man['rows']):>14}{mb(man['bytes']):9.0f}{t['wall']:9.2f}s{mib(t['rss']):8.0f} MiB{rel:>18}")

print("-" * 78)
print("doelen (issue 19; alleen gemeld, ze laten de bench niet falen):")
def verdict(ok): return "onbekend    " if ok is None else ("GEHAALD     " if ok else "NIET GEHAALD")
at = f" (schaal {manifest['scale']})"
print(f"  {verdict(None if ratio is None else ratio <= 0.6 and identical is True)} hoogstens 0,6 x de sterkste DuckDB-formulering, identieke cijfers: "
      + ("niet gemeten" if ratio is None else f"verhouding {ratio:.2f}, cijfers {'identiek' if identical else 'NIET identiek'}") + at)
print(f"  {verdict(None if reader_speed is None else reader_speed >= 300)} CSV-lezer >= 300 MB/s op één core: "
      + ("niet gemeten" if reader_speed is None else f"{reader_speed:.0f} MB/s"))
p1 = scaling.get(1.0, {"rss": peak} if float(manifest["scale"]) == 1 else None)
print(f"  {verdict(None if p1 is None else p1['rss'] < 200e6)} piekgeheugen < 200 MB op schaal 1: "
      + ("niet gemeten" if p1 is None else f"{mb(p1['rss']):.0f} MB"))
p4 = scaling.get(4.0)
print(f"  {verdict(None if p4 is None else p4['rss'] < 450e6)} piekgeheugen < 450 MB op schaal 4: "
      + ("niet gemeten" if p4 is None else f"{mb(p4['rss']):.0f} MB"))
b1 = scaling.get(1.0)
print(f"  {verdict(None if p4 is None or b1 is None else p4['wall'] <= 4 * b1['wall'])} tijd op schaal 4 <= 4 x schaal 1: "
      + ("niet gemeten" if p4 is None or b1 is None else f"{p4['wall'] / b1['wall']:.2f} x"))
print("=" * 78)
EOF
[ "${BENCH_KEEP_OUTPUT:-0}" = 1 ] && echo "bench: output and logs kept in $work"
exit $failed
