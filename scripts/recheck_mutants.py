"""Run mutmut's surviving mutants of one module prefix again, directly, against chosen tests.

mutmut 3 reported some mutants as survivors that the suite kills when the mutant is run on its
own (``MUTANT_UNDER_TEST=… pytest`` inside ``mutants/``); this prints how many of the
survivors are really killed, and lists the rest.

    mutmut run "briefing.summarize*"
    python scripts/recheck_mutants.py briefing.summarize tests/test_features.py tests/test_summarize.py
"""

from __future__ import annotations

import os
import subprocess
import sys


def main() -> None:
    prefix, tests = sys.argv[1], sys.argv[2:] or ["tests/"]
    listing = subprocess.run(["mutmut", "results"], capture_output=True, text=True, check=True).stdout
    survivors = [
        line.split(":")[0].strip()
        for line in listing.splitlines()
        if line.strip().startswith(prefix) and line.rstrip().endswith("survived")
    ]
    killed = 0
    for name in survivors:
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
            cwd="mutants",
            env={**os.environ, "MUTANT_UNDER_TEST": name},
            capture_output=True,
            timeout=300,
            check=False,
        )
        if run.returncode:
            killed += 1
        else:
            print(f"survived {name}")
    print(f"{killed} of {len(survivors)} reported survivors are killed when run directly")


if __name__ == "__main__":
    main()
