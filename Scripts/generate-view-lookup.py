#!/usr/bin/env python3
"""Writes the keyed lookup of the HTML report's view model for swift-mustache (`MustacheParent`).

Every struct reachable from `HTMLView` through its stored properties (through arrays and optionals) answers
`child(named:)` with a `switch` on the key: the stored property of that name, a nil optional as nil, nil for any
other key. This is what swift-mustache would find through `Mirror`, without the cost of reflection.

The view structs are read from the Swift files below Sources/VerdeelMonitor/Rendering/HTML/. Two files are
written:
  Sources/VerdeelMonitor/Rendering/HTML/ViewLookup.swift            the conformances
  Tests/VerdeelMonitorTests/Support/ViewTypes.swift                 every view type, for ViewLookupTests

Usage:
  python3 Scripts/generate-view-lookup.py           write both files (`make generate`)
  python3 Scripts/generate-view-lookup.py --check   exit 1 when either file is not what it would write (`make lint`)

Plain python3, no packages.
"""

import difflib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ROOT / "Sources/VerdeelMonitor/Rendering/HTML"
LOOKUP = VIEWS / "ViewLookup.swift"
TYPES = ROOT / "Tests/VerdeelMonitorTests/Support/ViewTypes.swift"
ROOT_VIEW = "HTMLView"
COMMAND = "python3 Scripts/generate-view-lookup.py"
# What a view property may hold besides view structs: values swift-mustache renders or tests as they are.
PLAIN_TYPES = {"String", "Bool", "Int", "Double", "Array", "Optional"}


def strip_strings_and_comments(text):
    """The source with every comment removed and every string literal replaced by `""`, so that braces and
    colons inside texts do not count. Interpolations (`\\( ... )`) are dropped with their string."""
    out = []
    i, n = 0, len(text)

    def skip_string(i):
        # i points at the opening quote(s); returns the index after the closing quote(s).
        multi = text.startswith('"""', i)
        quote = '"""' if multi else '"'
        i += len(quote)
        while i < n:
            if text[i] == "\\":
                if i + 1 < n and text[i + 1] == "(":
                    i = skip_code(i + 2, ")")
                    continue
                i += 2
                continue
            if text.startswith(quote, i):
                return i + len(quote)
            i += 1
        raise SystemExit("generate-view-lookup: an unterminated string literal")

    def skip_code(i, closing):
        # Inside an interpolation: skips to after the matching `closing`, over nested parentheses and strings.
        depth = 0
        while i < n:
            c = text[i]
            if c == '"':
                i = skip_string(i)
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    return i + 1
                depth -= 1
            i += 1
        raise SystemExit("generate-view-lookup: an unterminated string interpolation")

    while i < n:
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise SystemExit("generate-view-lookup: an unterminated block comment")
            out.append("\n" * text.count("\n", i, end))
            i = end + 2
        elif text[i] == '"':
            start = i
            i = skip_string(i)
            out.append('""' + "\n" * text.count("\n", start, i))
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


DECLARATION = re.compile(r"\b(struct|enum|extension|class|actor)\s+([A-Za-z_][\w.]*)")
PROPERTY = re.compile(
    r"^\s*(?:(?:private|fileprivate|internal|public|package)(?:\(set\))?\s+)*(var|let)\s+(\w+)\s*:\s*(.+?)\s*$")


class Struct:
    def __init__(self, name, path):
        self.name = name  # qualified: `VooruitblikView.CapaciteitRij`
        self.path = path  # the file, for messages
        self.properties = []  # (name, type or None when not written, line)
        self.generic = set()  # the names of its generic parameters: `Rij` in `struct Tabel<Rij: Sendable>`


def read_structs(files):
    """Every struct declared in `files` with its stored instance properties in declaration order."""
    structs = {}
    for path in files:
        source = strip_strings_and_comments(path.read_text(encoding="utf-8"))
        # The stack of open braces: the qualified name of a type body, or None for any other block.
        stack = []
        pending = None  # a declaration whose `{` has not come yet
        for number, line in enumerate(source.split("\n"), start=1):
            if stack and isinstance(stack[-1], _Type) and stack[-1].kind == "struct":
                stored = stored_property(line, path, number)
                if stored:
                    structs[stack[-1]].properties.append(stored)
            declaration = DECLARATION.search(line)
            if declaration:
                kind, name = declaration.groups()
                scope = [s for s in stack if s is not None]
                if kind == "extension":
                    qualified = name
                else:
                    qualified = ".".join(([scope[-1]] if scope else []) + [name])
                pending = (kind, qualified)
            for c in line:
                if c == "{":
                    if pending:
                        kind, qualified = pending
                        if kind == "struct":
                            if qualified in structs:
                                raise SystemExit(f"generate-view-lookup: struct {qualified} declared twice")
                            structs[qualified] = Struct(qualified, path.relative_to(ROOT))
                            parameters = re.search(r"struct\s+\w+\s*<([^>]*)>", line)
                            if parameters:
                                structs[qualified].generic = {
                                    p.split(":")[0].strip() for p in parameters.group(1).split(",")}
                        stack.append(_Type(qualified, kind))
                        pending = None
                    else:
                        stack.append(None)
                elif c == "}":
                    if not stack:
                        raise SystemExit(f"generate-view-lookup: {path}:{number}: unbalanced braces")
                    stack.pop()
    return structs


class _Type(str):
    """A type body on the brace stack: its qualified name (as a string) and what kind of type it is."""

    def __new__(cls, name, kind):
        value = super().__new__(cls, name)
        value.kind = kind
        return value


def stored_property(line, path, number):
    """The (name, type) of a stored instance property declared on this line of a struct body, or None."""
    if re.match(r"^\s*(?:\w+\s+)*(?:static|class)\s", line):
        return None
    head = line.split("{")[0]
    match = PROPERTY.match(head)
    if not match:
        untyped = re.match(r"^\s*(?:\w+\s+)*(?:var|let)\s+(\w+)\s*=", head)
        # Without its type the generator cannot follow the property; `reachable` says so for a view struct.
        return (untyped.group(1), None, number) if untyped else None
    _, name, type_text = match.groups()
    declared, _, default = type_text.partition("=")
    if "{" in line and not default:
        return None  # a computed property: `var name: Type { ... }`
    return name, declared.strip(), number


def resolve(name, scope, structs):
    """The struct a type name in the body of `scope` means, as Swift finds it: the innermost nested one first."""
    parts = scope.split(".")
    for end in range(len(parts), -1, -1):
        candidate = ".".join(parts[:end] + [name])
        if candidate in structs:
            return candidate
    return None


def reachable(structs):
    """The structs the template can reach from HTMLView, each with the view structs its properties hold."""
    if ROOT_VIEW not in structs:
        raise SystemExit(f"generate-view-lookup: no struct {ROOT_VIEW} below {VIEWS.relative_to(ROOT)}")
    seen, queue, problems = [], [ROOT_VIEW], []
    while queue:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.append(current)
        for name, type_text, number in structs[current].properties:
            if type_text is None:
                problems.append(
                    f"{structs[current].path}:{number}: give {current}.{name} its type (`var {name}: Type = ...`), "
                    "so the generator can follow it")
                continue
            for identifier in re.findall(r"[A-Za-z_][\w.]*", type_text):
                target = resolve(identifier, current, structs)
                if target:
                    queue.append(target)
                elif identifier not in PLAIN_TYPES and identifier not in structs[current].generic:
                    problems.append(
                        f"{structs[current].path}: {current}.{name} is a {type_text}; a view property holds "
                        f"strings, numbers, booleans, arrays, optionals and view structs below "
                        f"{VIEWS.relative_to(ROOT)} only")
    if problems:
        raise SystemExit("generate-view-lookup: " + "\n".join(problems))
    return sorted(seen)


def lookup_file(structs, names):
    lines = [
        f"// Generated by `{COMMAND}` (`make generate`) from the view structs in",
        "// Sources/VerdeelMonitor/Rendering/HTML/. Do not edit: change the view and run `make generate`; `make lint`",
        "// fails while this file is stale.",
        "",
        "import Mustache",
        "",
        "// Keyed access to the view model for swift-mustache (`MustacheParent`), so a template lookup is a `switch` on",
        "// the key instead of a walk through `Mirror(reflecting:)`. Every case returns exactly what the `Mirror` lookup",
        "// would: the stored property of that name, a nil optional as nil (so the lookup goes on up the context stack),",
        "// and nil for any other key. `ViewLookupTests` checks this against `Mirror` for every type below.",
    ]
    for name in names:
        lines += ["", f"extension {name}: MustacheParent {{", "    func child(named name: String) -> Any? {"]
        properties = structs[name].properties
        if properties:
            lines.append("        switch name {")
            lines += [f'        case "{p}": {p}' for p, _, _ in properties]
            lines += ["        default: nil", "        }"]
        else:
            lines.append("        nil")
        lines += ["    }", "}"]
    return "\n".join(lines) + "\n"


def types_file(names):
    lines = [
        f"// Generated by `{COMMAND}` (`make generate`) with ViewLookup.swift.",
        "// Do not edit; `make lint` fails while this file is stale.",
        "",
        "/// Every view type of the HTML report, as the generator of `ViewLookup.swift` found them reachable from",
        "/// `HTMLView`: `ViewLookupTests` checks the lookup of each one against `Mirror`.",
        "enum ViewTypes {",
        "    static let names: Set<String> = [",
    ]
    lines += [f'        "{name}",' for name in names]
    lines += ["    ]", "}"]
    return "\n".join(lines) + "\n"


def main(arguments):
    check = arguments == ["--check"]
    if arguments and not check:
        raise SystemExit(__doc__)
    files = sorted(p for p in VIEWS.rglob("*.swift") if p != LOOKUP)
    structs = read_structs(files)
    names = reachable(structs)
    outputs = {LOOKUP: lookup_file(structs, names), TYPES: types_file(names)}
    stale = []
    for path, text in outputs.items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current == text:
            continue
        if check:
            stale.append(path)
            diff = difflib.unified_diff(
                current.splitlines(), text.splitlines(), str(path.relative_to(ROOT)), "generated", lineterm="", n=1)
            print("\n".join(list(diff)[:40]), file=sys.stderr)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"generate-view-lookup: wrote {path.relative_to(ROOT)} ({len(names)} view types)")
    if stale:
        print(
            "generate-view-lookup: stale, no longer what the view structs give: "
            + ", ".join(str(p.relative_to(ROOT)) for p in stale)
            + f". Run `make generate` ({COMMAND}) and commit the result.",
            file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
