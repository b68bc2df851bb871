#!/usr/bin/env python3
"""Real-browser checks of one self-contained HTML report (headless Chromium via Selenium).

Usage (in the venv that install.sh makes):
    .build/report-venv/bin/python Tests/Report/check_report.py REPORT.html OUT_DIR [--max-pages 40]

Writes OUT_DIR/report.png (full page at 1280 px), OUT_DIR/report.pdf (A4, backgrounds),
OUT_DIR/report-page-N.png (first PDF pages, small), OUT_DIR/axe.json (axe-core results).
Prints one PASS/FAIL line per check, then "N passed, M failed"; exits 1 if any check failed,
2 if the browser could not be started or the input is missing.
"""
from __future__ import annotations

import argparse
import base64
import html.parser
import importlib.util
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

os.environ.setdefault("SE_OFFLINE", "true")      # Selenium Manager must never download a driver
os.environ.setdefault("SE_AVOID_STATS", "true")

def die(msg: str) -> None:
    """A setup problem, not a failed check: exit code 2."""
    print(f"check_report.py: {msg}", file=sys.stderr, flush=True)
    sys.exit(2)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.print_page_options import PrintOptions
except ImportError:
    die("selenium missing; run Tests/Report/install.sh and use .build/report-venv/bin/python")

CHROMEDRIVER = "/usr/bin/chromedriver"
# The real binary, not Debian's /usr/bin/chromium wrapper (which adds extension flags).
CHROMIUM_CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCREEN_WIDTH = 1280
A4_WIDTH_PX = 794            # 210 mm at 96 px/in
MAX_SCREENSHOT_HEIGHT = 16384

results: list[tuple[str, bool, str]] = []


def report(name: str, ok: bool, summary: str, details: list[str] | None = None) -> None:
    results.append((name, ok, summary))
    print(f"{'PASS' if ok else 'FAIL'} {name}: {summary}", flush=True)
    for d in details or []:
        print(f"     {d}", flush=True)


# ---------------------------------------------------------------------------------------------
# Static look at the HTML source: external references and JavaScript.

URL_ATTRS = {"src", "href", "srcset", "xlink:href", "action", "formaction", "poster", "data",
             "background", "cite", "longdesc", "manifest", "icon", "ping"}
EXTERNAL = re.compile(r"""^\s*(https?:)?//""", re.I)
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//[^'")\s]+)""", re.I)
JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
            "application/ecmascript"}


class SourceScan(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.external: list[str] = []
        self.scripts: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        where = f"line {self.getpos()[0]} <{tag}>"
        for name, value in attrs:
            value = value or ""
            if name in URL_ATTRS:
                parts = [p.strip().split(" ")[0] for p in value.split(",")] if name == "srcset" else [value]
                for p in parts:
                    if EXTERNAL.match(p):
                        self.external.append(f"{where} {name}={p}")
                    if p.strip().lower().startswith("javascript:"):
                        self.scripts.append(f"{where} {name}=javascript:…")
            if name == "style":
                self.external += [f"{where} style url {u}" for u in CSS_URL.findall(value)]
            if name.startswith("on"):
                self.scripts.append(f"{where} event handler {name}")
        if tag == "script":
            t = (dict(attrs).get("type") or "").strip().lower()
            if t in JS_TYPES:
                self.scripts.append(f"{where} script")
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            line = self.getpos()[0]
            self.external += [f"line {line}+ <style> {u}" for u in CSS_URL.findall(data)]


# ---------------------------------------------------------------------------------------------
# JavaScript run in the page by the checks (the report itself has none).

JS_WAIT_READY = """
const done = arguments[arguments.length - 1];
const fonts = document.fonts ? document.fonts.ready : Promise.resolve();
fonts.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
"""

JS_WAIT_FRAME = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
"""

JS_DOC_HEIGHT = """
const d = document.documentElement, b = document.body;
return Math.ceil(Math.max(d.scrollHeight, d.offsetHeight, b ? b.scrollHeight : 0, b ? b.offsetHeight : 0));
"""

# Overflow: the page must not scroll sideways, no element may reach past the right edge
# (outermost offenders are named), and scroll containers that hide content are listed.
JS_OVERFLOW = """
const de = document.documentElement;
const vw = de.clientWidth;
function label(el) {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  const cls = (typeof el.className === 'string' ? el.className : (el.getAttribute('class') || ''))
    .trim().split(/\\s+/).filter(Boolean);
  if (cls.length) s += '.' + cls.join('.');
  return s;
}
function path(el) {
  const parts = [];
  for (let e = el; e && e !== de && parts.length < 4; e = e.parentElement) parts.unshift(label(e));
  return parts.join(' > ');
}
function clippedByAncestor(el) {
  for (let p = el.parentElement; p && p !== document.body && p !== de; p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') return true;
  }
  return false;
}
const right = el => el.getBoundingClientRect().right + window.scrollX;
const offenders = [], scrollers = [];
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
  const cs = getComputedStyle(el);
  if (cs.display === 'none') continue;
  if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
    scrollers.push(`${path(el)} (content ${el.scrollWidth}px in a box of ${el.clientWidth}px)`);
  }
  const r = right(el);
  if (r <= vw + 1) continue;
  if (clippedByAncestor(el)) continue;
  const p = el.parentElement;
  if (p && p !== document.body && right(p) > vw + 1 && !clippedByAncestor(p)) continue;
  const rect = el.getBoundingClientRect();
  offenders.push(`${path(el)} (width ${Math.round(rect.width)}px, right edge at ${Math.round(r)}px)`);
}
return {scrollWidth: de.scrollWidth, clientWidth: vw, innerWidth: window.innerWidth,
        offenders: offenders, scrollers: scrollers};
"""

JS_AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                   resultTypes: ['violations']})
  .then(r => done({version: axe.version, violations: r.violations,
                   incomplete: r.incomplete.map(i => ({id: i.id, impact: i.impact, help: i.help,
                                                      nodes: i.nodes.length,
                                                      targets: i.nodes.slice(0, 3).map(n => n.target.join(' ')),
                                                      why: (i.nodes[0] && i.nodes[0].any[0] || {}).message || ''})),
                   passes: r.passes.length}))
  .catch(e => done({error: String(e)}));
"""


def find_axe() -> pathlib.Path:
    env = os.environ.get("AXE_JS")
    if env:
        return pathlib.Path(env)
    spec = importlib.util.find_spec("selenium_axe_python")
    if spec is None or spec.origin is None:
        die("selenium-axe-python is not installed: run Tests/Report/install.sh")
    return pathlib.Path(spec.origin).parent / "axe-core" / "axe.min.js"


def start_browser(profile_dir: str) -> webdriver.Chrome:
    binary = next((b for b in CHROMIUM_CANDIDATES if os.access(b, os.X_OK)), None)
    if binary is None or not os.access(CHROMEDRIVER, os.X_OK):
        die("chromium / chromium-driver missing: run Tests/Report/install.sh")
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    for a in [
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        f"--window-size={SCREEN_WIDTH},900", "--force-device-scale-factor=1", "--hide-scrollbars",
        "--lang=nl-NL", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-features=Translate,MediaRouter,OptimizationHints",
        "--mute-audio", "--font-render-hinting=none", f"--user-data-dir={profile_dir}",
        # Whatever the report asks for is logged, but nothing leaves the machine: no host name
        # resolves and every http(s) request goes to a proxy port on loopback where none listens.
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
    ]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(CHROMEDRIVER, log_output=subprocess.DEVNULL)
    driver = webdriver.Chrome(service=service, options=opts)
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(300)
    return driver


def set_viewport(driver, width: int, height: int, media: str = "") -> None:
    """Lay the page out at exactly width x height CSS px; media 'print' emulates print CSS."""
    driver.set_window_size(width, max(height, 200))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
    driver.execute_async_script(JS_WAIT_FRAME)


def requests_from_log(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        try:
            msg = json.loads(entry["message"])["message"]
        except (KeyError, ValueError):
            continue
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
        elif msg.get("method") == "Network.webSocketCreated":
            urls.append(msg["params"]["url"])
    return urls


def overflow_check(driver, name: str, width: int, media: str, fail_on_scrollers: bool) -> None:
    set_viewport(driver, width, 900, media)
    o = driver.execute_script(JS_OVERFLOW)
    bad_page = o["scrollWidth"] > o["clientWidth"]
    problems = bool(o["offenders"]) or bad_page or (fail_on_scrollers and bool(o["scrollers"]))
    desc = f"{width}px, {media or 'screen'} media: scrollWidth {o['scrollWidth']} <= clientWidth {o['clientWidth']}"
    if bad_page:
        desc = desc.replace("<=", ">")
    details = [f"sticks out: {x}" for x in o["offenders"][:15]]
    if len(o["offenders"]) > 15:
        details.append(f"... and {len(o['offenders']) - 15} more")
    hidden = "hides content (clipped on paper)" if fail_on_scrollers else "scrolls sideways (allowed on screen)"
    details += [f"{hidden}: {x}" for x in o["scrollers"][:10]]
    if o["offenders"]:
        desc += f"; {len(o['offenders'])} element(s) reach past the right edge"
    if o["scrollers"]:
        desc += f"; {len(o['scrollers'])} scroll container(s) wider inside"
    report(name, not problems, desc, details)


def pdf_info(pdf: pathlib.Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, v in (l.split(":", 1) for l in out.splitlines() if ":" in l)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("html", help="the report HTML file")
    ap.add_argument("out_dir", help="where report.png, report.pdf, axe.json go")
    ap.add_argument("--max-pages", type=int, default=40, help="most A4 pages allowed (default 40)")
    ap.add_argument("--page-margin-mm", type=float, default=18.0,
                    help="@page side margin, for the A4 content-width overflow check (default 18)")
    ap.add_argument("--preview-pages", type=int, default=2,
                    help="PDF pages rendered to report-page-N.png (default 2, 0 for none)")
    ap.add_argument("--prior-result", action="append", default=[], metavar="NAME=pass|fail",
                    help="count a check run before this script (e.g. html-validation=pass) in the tally")
    args = ap.parse_args()

    for pr in args.prior_result:
        name, _, val = pr.partition("=")
        results.append((name, val.strip().lower() == "pass", "run before"))

    src = pathlib.Path(args.html).resolve()
    if not src.is_file():
        die(f"no such file: {src}")
    out = pathlib.Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    page_url = src.as_uri()
    axe_js = find_axe()
    if not axe_js.is_file():
        die(f"axe.min.js not found at {axe_js}")

    # Static source scan (no browser needed).
    text = src.read_text(encoding="utf-8", errors="replace")
    scan = SourceScan()
    scan.feed(text)
    scan.close()

    t0 = time.monotonic()
    profile = tempfile.mkdtemp(prefix="report-check-chromium-")
    try:
        driver = start_browser(profile)
    except Exception as e:  # noqa: BLE001
        shutil.rmtree(profile, ignore_errors=True)
        die(f"could not start Chromium: {e}")
    try:
        driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})  # so axe can be injected
        set_viewport(driver, SCREEN_WIDTH, 900)
        driver.get("about:blank")
        requests_from_log(driver)  # drop what the browser itself loaded at start (its new-tab page)
        driver.get(page_url)
        driver.execute_async_script(JS_WAIT_READY)
        print(f"info: {driver.capabilities.get('browserName')} {driver.capabilities.get('browserVersion')}, "
              f"axe-core from {axe_js}", flush=True)

        # (e) language and heading structure.
        lang = driver.execute_script("return document.documentElement.getAttribute('lang');")
        h1s = driver.execute_script(
            "return Array.from(document.querySelectorAll('h1')).map(h => h.textContent.trim().slice(0, 60));")
        lang_ok = bool(lang) and lang.strip().lower().split("-")[0] == "nl"
        report("lang-nl", lang_ok, f'<html lang="{lang}">' if lang is not None else "<html> has no lang attribute")
        report("single-h1", len(h1s) == 1, f"{len(h1s)} h1 element(s)", [f"h1: {h}" for h in h1s[:5]])

        # (b) overflow: screen at 1280 px, then print CSS at A4 paper width and at A4 content width.
        overflow_check(driver, "overflow-screen-1280", SCREEN_WIDTH, "", fail_on_scrollers=False)
        # WCAG 1.4.4 / 1.4.10: at 200% zoom a 1280 px window lays out at 640 CSS px; the page must reflow
        # without sideways scrolling of the page itself (wide tables may scroll in their own box).
        overflow_check(driver, "overflow-zoom-200", SCREEN_WIDTH // 2, "", fail_on_scrollers=False)
        overflow_check(driver, "overflow-a4-794", A4_WIDTH_PX, "print", fail_on_scrollers=True)
        content_px = round((210 - 2 * args.page_margin_mm) / 25.4 * 96)
        overflow_check(driver, f"overflow-a4-content-{content_px}", content_px, "print", fail_on_scrollers=True)

        # Full-page screenshot at 1280 px (viewport as tall as the document).
        set_viewport(driver, SCREEN_WIDTH, 100)
        height = driver.execute_script(JS_DOC_HEIGHT)
        shot_h = min(height, MAX_SCREENSHOT_HEIGHT)
        set_viewport(driver, SCREEN_WIDTH, shot_h)
        driver.execute_async_script(JS_WAIT_READY)
        png = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": False,
            "clip": {"x": 0, "y": 0, "width": SCREEN_WIDTH, "height": shot_h, "scale": 1}})
        (out / "report.png").write_bytes(base64.b64decode(png["data"]))
        note = f" (cut at {MAX_SCREENSHOT_HEIGHT}px of {height}px)" if height > shot_h else ""
        print(f"info: screenshot {out / 'report.png'}: {SCREEN_WIDTH}x{shot_h}{note}", flush=True)

        # (c) no network: every request seen by the browser, the Resource Timing list, and the source.
        requests = requests_from_log(driver)
        page_no_frag = page_url.split("#")[0]
        other = sorted({u for u in requests
                        if u.split("#")[0] != page_no_frag and not u.startswith(("data:", "about:"))})
        resources = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name);")
        problems = [f"request: {u}" for u in other]
        problems += [f"resource timing entry: {u}" for u in resources if u not in other]
        problems += [f"external reference in source: {x}" for x in scan.external]
        report("no-network", not problems,
               f"{len(requests)} request(s) seen, {len(other)} other than the file itself, "
               f"{len(resources)} resource entr{'y' if len(resources) == 1 else 'ies'}, "
               f"{len(scan.external)} http(s) reference(s) in the source",
               [urllib.parse.unquote(p)[:200] for p in problems[:20]])
        report("no-javascript", not scan.scripts, f"{len(scan.scripts)} script element(s)/handler(s)",
               scan.scripts[:10])

        # (a) A4 PDF through the WebDriver print command.
        set_viewport(driver, SCREEN_WIDTH, 900)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        po = PrintOptions()
        po.page_width = 21.0
        po.page_height = 29.7
        po.background = True
        po.orientation = "portrait"
        pdf = out / "report.pdf"
        pdf.write_bytes(base64.b64decode(driver.print_page(po)))
        try:
            info = pdf_info(pdf)
            pages = int(info.get("Pages", "0"))
            size = info.get("Page size", "?")
        except (subprocess.CalledProcessError, ValueError) as e:
            pages, size = 0, f"pdfinfo failed: {e}"
        a4 = bool(re.match(r"^59[45](\.\d+)? x 84[12](\.\d+)? pts", size))
        report("pdf-pages", 1 <= pages <= args.max_pages and a4,
               f"{pages} page(s) (allowed 1..{args.max_pages}), page size {size}"
               + ("" if a4 else " -- not A4 portrait"), [f"pdf: {pdf}"])
        if args.preview_pages > 0 and pages > 0:
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", str(min(args.preview_pages, pages)),
                            str(pdf), str(out / "report-page")], check=False)

        # (d) axe-core, WCAG 2.0/2.1 A and AA rules, on the screen layout at 1280 px.
        driver.execute_script(axe_js.read_text(encoding="utf-8"))
        axe = driver.execute_async_script(JS_AXE_RUN, AXE_TAGS)
        (out / "axe.json").write_text(json.dumps(axe, indent=2, ensure_ascii=False), encoding="utf-8")
        if "error" in axe:
            report("axe-wcag21aa", False, f"axe-core failed: {axe['error']}")
        else:
            v = axe["violations"]
            blocking = [x for x in v if x.get("impact") in ("serious", "critical")]
            details = []
            for x in v:
                tag = "FAIL" if x in blocking else "warn"
                targets = ", ".join(" ".join(t) if isinstance(t, list) else str(t)
                                    for n in x["nodes"][:3] for t in n["target"])
                details.append(f"{tag} [{x.get('impact')}] {x['id']}: {x['help']} -- "
                               f"{len(x['nodes'])} node(s): {targets}")
                for n in x["nodes"][:2]:
                    summary = (n.get("failureSummary") or "").replace("\n", " ")
                    if summary:
                        details.append(f"       {summary[:220]}")
            for i in axe["incomplete"]:
                details.append(f"review [{i.get('impact')}] {i['id']} (axe could not decide, not failed): "
                               f"{i['nodes']} node(s): {', '.join(i['targets'])} -- {i['why'][:160]}")
            report("axe-wcag21aa", not blocking,
                   f"axe {axe['version']}, tags {','.join(AXE_TAGS)}: {len(v)} violation(s), "
                   f"{len(blocking)} serious/critical, {axe['passes']} rule(s) passed", details)
    except Exception as e:  # noqa: BLE001 -- a check that cannot finish is a failed check
        report("browser-run", False, f"stopped by {type(e).__name__}: {str(e).strip().splitlines()[0][:300] if str(e).strip() else ''}")
    finally:
        try:
            driver.quit()
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    passed = sum(1 for _, ok, _ in results if ok)
    failed = len(results) - passed
    print(f"info: browser checks took {time.monotonic() - t0:.1f}s; output in {out}", flush=True)
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
