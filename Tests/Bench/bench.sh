#!/usr/bin/env bash
# make bench: time verdeelmonitor on a synthetic national-scale data set and print the figures.
#
# Usage: bash Tests/Bench/bench.sh BIN        (BIN: the release build, e.g. .build/release/verdeelmonitor)
#
# Builds nothing (the Makefile target builds first). Generates the data set once into .build/bench-data with
# make_national.py and reuses it while the generator, the scale and python3 are unchanged. Then runs
# `BIN run` BENCH_RUNS times (the first is a warm-up that is shown but not counted) and `BIN validate` once,
# and prints input size, median wall time, throughput, peak resident memory and output sizes.
#
# Environment: BENCH_SCALE (default 1: ~900,000 rows), BENCH_RUNS (default 3), BENCH_DATA (default
# <repo>/.build/bench-data), BENCH_KEEP_OUTPUT=1 keeps the output and logs folder.
#
# Exit status: 0 when every run and the validate exited 0, else 1. The performance target is printed with
# its verdict but never fails the benchmark; only a failing program does.
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

# --- the data set: generate once, reuse while the generator, the scale and python3 are the same ---------------
key="$( (sha256sum "$here/make_national.py" | cut -d' ' -f1; echo "scale=$scale"; python3 --version 2>&1) | sha256sum | cut -d' ' -f1)"
if [ -f "$data/.key" ] && [ "$(cat "$data/.key")" = "$key" ] && [ -f "$data/manifest.json" ] && [ -d "$data/exports" ]; then
    echo "bench: data set reused: $data (schaal $scale)"
else
    echo "bench: generating the national data set (schaal $scale) into $data"
    rm -rf "$data.tmp"
    mkdir -p "$data.tmp"
    if ! python3 "$here/make_national.py" "$data.tmp" --scale "$scale"; then echo "bench: generator failed" >&2; exit 1; fi
    echo "$key" > "$data.tmp/.key"
    rm -rf "$data"
    mv "$data.tmp" "$data"
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
config="$data/regio.toml"
input="$data/exports"
for i in $(seq 1 "$runs"); do
    rm -rf "$work/output"
    mkdir -p "$work/output"
    echo "bench: run $i/$runs$([ "$i" = 1 ] && echo ' (opwarmen)') ..."
    measure "run$i" "$bin" run --config "$config" --input "$input" --output "$work/output"
    check_exit "run$i" "run $i"
    [ $failed = 0 ] || break
done
if [ $failed = 0 ]; then
    echo "bench: validate ..."
    measure validate "$bin" validate --config "$config" --input "$input"
    check_exit validate "validate"
fi

# --- the report ------------------------------------------------------------------------------------------
python3 - "$work" "$data" "$runs" "$bin" "$root" "$timer" "$failed" "$start_load" <<'EOF'
import json, os, re, statistics, subprocess, sys
import xml.etree.ElementTree as ET

work, data, runs, binary, root, timer, failed = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7] == "1"
start_load = sys.argv[8]
manifest = json.load(open(os.path.join(data, "manifest.json")))

def timing(name):
    path = os.path.join(work, name + ".time")
    if not os.path.exists(path):
        return None
    wall, user, sys_, rss, code = open(path).read().split()
    return {"wall": float(wall), "user": float(user), "sys": float(sys_), "rss": int(rss) * 1024, "exit": int(code)}

def mb(n): return n / 1e6
def mib(n): return n / 2**20
def grouped(n): return f"{n:,}".replace(",", ".")

rev = subprocess.run(["git", "-C", root, "describe", "--always", "--dirty=+wijzigingen"], capture_output=True, text=True).stdout.strip() or "?"
load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
rows, size, files = manifest["rows"], manifest["bytes"], manifest["files"]
per = manifest["per_soort"]
print()
print("=" * 78)
shown = os.path.relpath(binary, root) if binary.startswith(root + os.sep) else binary
print(f"verdeelmonitor bench   {shown}   (werkboom {rev})")
print(f"machine: {os.cpu_count()} cores, load {start_load} bij de start, {' '.join(load)} nu; "
      f"meting: {'GNU time -v' if timer == 'gnu' else 'python os.wait4'}")
print(f"invoer : {mb(size):.1f} MB, {files} bestanden, {grouped(rows)} regels   (schaal {manifest['scale']}, "
      f"{manifest['municipalities']} gemeenten, {manifest['corporations']} corporaties, {len(manifest['periods'])} perioden)")
print("         " + ", ".join(f"{s} {per[s]['files']} bestanden / {grouped(per[s]['rows'])} regels / {mb(per[s]['bytes']):.1f} MB"
                              for s in sorted(per)))
print("-" * 78)
print(f"{'':18}{'wall':>9}{'user':>9}{'sys':>8}{'piek RSS':>12}{'exit':>6}")
measured = []
for i in range(1, runs + 1):
    t = timing(f"run{i}")
    if t is None:
        continue
    label = f"run {i}" + (" (opwarmen)" if i == 1 else "")
    print(f"{label:18}{t['wall']:8.2f}s{t['user']:8.2f}s{t['sys']:7.2f}s{mib(t['rss']):8.0f} MiB{t['exit']:6}")
    if i > 1:
        measured.append(t)
v = timing("validate")
if v:
    print(f"{'validate':18}{v['wall']:8.2f}s{v['user']:8.2f}s{v['sys']:7.2f}s{mib(v['rss']):8.0f} MiB{v['exit']:6}")
print("-" * 78)
if failed or not measured:
    print("bench: MISLUKT: het programma gaf geen exitcode 0 (zie de meldingen hierboven)")
    print("=" * 78)
    sys.exit(0)

wall = statistics.median(t["wall"] for t in measured)
peak = max(t["rss"] for t in measured)
print(f"run, mediaan van {len(measured)}: {wall:.2f} s   {mb(size) / wall:.1f} MB/s   {grouped(round(rows / wall))} regels/s   "
      f"piek {mib(peak):.0f} MiB")
if v:
    print(f"validate           : {v['wall']:.2f} s   (inlezen, controleren en indicatoren zonder renderen; "
          f"run - validate = {wall - v['wall']:.2f} s)")

out = os.path.join(work, "output")
written = sorted(os.listdir(out)) if os.path.isdir(out) else []
for name in written:
    print(f"uitvoer: {name}  {os.path.getsize(os.path.join(out, name)) / 1024:.0f} KiB")

# Sanity: the program read every row, and its region figures for the reported period match the generator's.
last_err = open(os.path.join(work, f"run{runs}.err"), encoding="utf-8", errors="replace").read()
m = re.search(r"^totaal: (\d+) leveringen, (\d+) regels gelezen, (\d+) afgewezen", last_err, re.M)
checks = []
if m:
    checks.append(("leveringen", int(m.group(1)), files))
    checks.append(("regels gelezen", int(m.group(2)), rows))
    checks.append(("afgewezen", int(m.group(3)), 0))
xml = [n for n in written if n.endswith(".xml")]
if xml:
    ns = {"m": "urn:verdeelmonitor:monitor:1"}
    doc = ET.parse(os.path.join(out, xml[0])).getroot()
    period = doc.get("periode")
    regio = doc.find("m:regio", ns)
    want = manifest["expected_region"].get(period, {})
    def attr(path, name):
        el = regio.find(path, ns) if regio is not None else None
        return int(el.get(name)) if el is not None and el.get(name) is not None else None
    for label, path, name in [("mutaties", "m:mutaties", "aantal"), ("gehuisvest", "m:gehuisvest", "totaal"),
                              ("aanvragen", "m:aanvragen", "totaal"), ("beschikkingen", "m:beschikkingen", "totaal")]:
        if label in want:
            checks.append((f"regio {period} {label}", attr(path, name), want[label]))
bad = [c for c in checks if c[1] != c[2]]
if checks:
    print("controle: " + ("alles klopt met de generator (" + ", ".join(f"{c[0]} {grouped(c[2])}" for c in checks[1:3]) + ", "
                          + f"{len(checks) - 3} regiocijfers)" if not bad else
                          "LET OP, verschil: " + "; ".join(f"{c[0]}: programma {c[1]}, generator {c[2]}" for c in bad)))

print("-" * 78)
print("doel: landelijke schaal (≈1 miljoen regels) binnen 60 s en 2 GiB")
ok = wall <= 60 and peak <= 2 * 2**30
verdict = "GEHAALD" if ok else "NIET GEHAALD"
note = "" if manifest["scale"] == 1 else f"  (let op: schaal {manifest['scale']}, niet de landelijke schaal)"
print(f"      {verdict}: {wall:.1f} s (mediaan) en {mib(peak):.0f} MiB piek{note}")
print("=" * 78)
EOF
[ "${BENCH_KEEP_OUTPUT:-0}" = 1 ] && echo "bench: output and logs kept in $work"
exit $failed
