"""The share of mutants killed, per module, from the last `mutmut run` (pip install mutmut).

mutmut run && python scripts/mutation_score.py
"""

from __future__ import annotations

import subprocess
from collections import Counter, defaultdict


def main() -> None:
    listing = subprocess.run(["mutmut", "results", "--all", "true"], capture_output=True, text=True, check=True).stdout
    status: dict[str, Counter[str]] = defaultdict(Counter)
    for line in listing.splitlines():
        name, _, result = line.strip().rpartition(": ")
        if not name:
            continue
        module = name.split(".x")[0].split(".xǁ")[0]
        status[module][result] += 1
    total = Counter[str]()
    print("| module | mutants | killed | survived | share killed |\n|---|---:|---:|---:|---:|")
    for module, counts in sorted(status.items()):
        total.update(counts)
        print(_row(module, counts))
    print(_row("**all**", total))


def _row(name: str, counts: Counter[str]) -> str:
    mutants = sum(counts.values())
    killed = counts["killed"] + counts["timeout"]
    return f"| {name} | {mutants} | {killed} | {counts['survived']} | {killed / mutants:.0%} |"


if __name__ == "__main__":
    main()
