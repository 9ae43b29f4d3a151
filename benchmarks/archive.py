"""A synthetic archive briefed on one process and on a two-worker Dask LocalCluster.

    pip install '.[dask]'
    python benchmarks/archive.py [BBC_FOLDER] [--articles 100000] [--days 30]

The BBC News Summary articles are cycled to ``--articles`` JSON Lines records spread evenly over
``--days`` consecutive dates (each copy gets its own URL), then `briefing archive` writes every
day's brief in all formats. Prints articles/s for each engine, the speed-up, the peak resident
memory of the one process and of the largest Dask worker, and whether both outputs are identical.
"""

from __future__ import annotations

import filecmp
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def option(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def write_archive(folder: Path, size: int, days: int, target: Path) -> None:
    """``target/part-NNN.jsonl`` files of 5,000 articles each (one input file may hold 64 MiB)."""
    paths = sorted((folder / "articles").rglob("*.txt"))
    if not paths:
        raise SystemExit(f"no articles under {folder / 'articles'}")
    texts = [p.read_bytes().decode("utf-8", errors="replace").partition("\n") for p in paths]
    start = date(2025, 1, 1)
    target.mkdir()
    for first in range(0, size, 5_000):
        with (target / f"part-{first // 5_000:03}.jsonl").open("w", encoding="utf-8") as out:
            for number in range(first, min(size, first + 5_000)):
                title, _, body = texts[number % len(texts)]
                day = start + timedelta(days=number % days)
                record = {
                    "title": title.strip(),
                    "text": body.strip(),
                    "published": day.isoformat(),
                    "url": f"https://a.example/{number}",
                }
                out.write(json.dumps(record) + "\n")


def same(a: Path, b: Path) -> bool:
    comparison = filecmp.dircmp(a, b)
    if comparison.left_only or comparison.right_only or comparison.diff_files:
        return False
    return all(same(a / d, b / d) for d in comparison.common_dirs)


def run(arguments: list[str]) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    begin = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefing", "archive", *arguments], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"briefing archive failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    elapsed = time.perf_counter() - begin
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    workers = next((line for line in done.stderr.splitlines() if "Dask workers" in line), "")
    return elapsed, peak, workers


def main() -> None:
    positional = [
        a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and not sys.argv[i - 1].startswith("--")
    ]
    folder = Path(positional[0]) if positional else ROOT.parent / "shared" / "data" / "bbc-news-summary"
    size, days = option("--articles", 100_000), option("--days", 30)
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "archive"
        write_archive(folder, size, days, source)
        one, one_peak, _ = run([str(source), "-o", str(Path(work) / "one")])
        print(
            f"one process:       {size:,} articles in {one:6.1f} s = {size / one:7.0f} articles/s, peak RSS {one_peak:.0f} MiB"
        )
        dask, _, workers = run([str(source), "-o", str(Path(work) / "dask"), "--scheduler", "local", "--jobs", "2"])
        print(
            f"2-worker cluster:  {size:,} articles in {dask:6.1f} s = {size / dask:7.0f} articles/s, speed-up {one / dask:.2f}x"
        )
        print(f"  {workers.removeprefix('briefing: ')}")
        print(f"identical output: {same(Path(work) / 'one', Path(work) / 'dask')} ({days} days)")


if __name__ == "__main__":
    main()
