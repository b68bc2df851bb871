"""What both DuckDB sides of the bench share: their command line and the timing of their steps."""
import argparse
import sys
import time


def arguments(doc, argv, *extra):
    """The DuckDB side's arguments: config, input, --periode, --out, --stappen, and `extra` (name, options)."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("config")
    parser.add_argument("input")
    parser.add_argument("--periode")
    parser.add_argument("--out")
    parser.add_argument("--stappen", action="store_true", help="print the time of each step to stderr")
    for name, options in extra:
        parser.add_argument(name, **options)
    return parser.parse_args(argv)


class Steps:
    """With --stappen, prints the time of `import duckdb` and then of each named step to stderr."""

    def __init__(self, enabled, import_seconds):
        self.enabled = enabled
        self.started = self.last = time.monotonic()
        if enabled:
            print(f"duckdb-stap: import duckdb {import_seconds:.3f} s", file=sys.stderr)

    def __call__(self, name):
        if self.enabled:
            now = time.monotonic()
            print(f"duckdb-stap: {name} {now - self.last:.3f} s", file=sys.stderr)
            self.last = now
