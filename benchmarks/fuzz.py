"""A long fuzzing run of the public API: the property tests with 10,000 examples each.

    python benchmarks/fuzz.py

CI runs the same properties (tests/test_properties.py) with 60 examples each. This prints
Hypothesis' statistics: inputs tried per property, and any failure found.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    command = [
        sys.executable,
        "-m",
        "pytest",
        str(ROOT / "tests" / "test_properties.py"),
        "--hypothesis-profile=fuzz",
        "--hypothesis-show-statistics",
        "-q",
        "-p",
        "no:cacheprovider",
        *sys.argv[1:],
    ]
    return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    raise SystemExit(main())
