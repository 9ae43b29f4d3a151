"""How long `import briefing` and `briefing --help` take in a fresh process (best of five):
heavy libraries (NLTK, sumy, trafilatura, Jinja2) must load on first use, not at import.

    python benchmarks/startup.py
"""

from __future__ import annotations

import subprocess
import sys
import time


def best(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - begin)
    return min(times)


def main() -> None:
    empty = best([sys.executable, "-c", "pass"])
    print(f"python alone          {empty:.3f} s")
    print(f"import briefing       {best([sys.executable, '-c', 'import briefing']):.3f} s")
    print(f"briefing --help       {best([sys.executable, '-m', 'briefing', '--help']):.3f} s")


if __name__ == "__main__":
    main()
