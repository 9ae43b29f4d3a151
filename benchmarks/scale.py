"""Time and peak memory of a whole `briefing build` on 1,000 and 10,000 articles.

    python benchmarks/scale.py [BBC_FOLDER] [--jobs N]

The BBC News Summary articles (default ../shared/data/bbc-news-summary) are written as JSON
Lines, all dated the same day and cycled to reach the size, then briefed by the installed
`briefing` command in a child process whose peak resident memory is read from the kernel.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_jsonl(folder: Path, size: int, target: Path) -> None:
    paths = sorted((folder / "articles").rglob("*.txt"))
    if not paths:
        raise SystemExit(f"no articles under {folder / 'articles'}")
    with target.open("w", encoding="utf-8") as out:
        for number in range(size):
            path = paths[number % len(paths)]
            title, _, body = path.read_bytes().decode("utf-8", errors="replace").partition("\n")
            record = {
                "title": title.strip(),
                "text": body.strip(),
                "published": "2025-05-20",
                "source": path.parent.name,
            }
            out.write(json.dumps(record) + "\n")


def main() -> None:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    jobs = sys.argv[sys.argv.index("--jobs") + 1] if "--jobs" in sys.argv else "1"
    arguments = [a for a in arguments if a != jobs]
    folder = Path(arguments[0]) if arguments else ROOT.parent / "shared" / "data" / "bbc-news-summary"
    with tempfile.TemporaryDirectory() as temporary:
        for size in (1_000, 10_000):
            source = Path(temporary) / f"articles-{size}.jsonl"
            write_jsonl(folder, size, source)
            begin = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "briefing",
                    "build",
                    str(source),
                    "-o",
                    str(Path(temporary) / "brief.md"),
                    "--jobs",
                    jobs,
                ],
                check=True,
                stderr=subprocess.DEVNULL,
            )
            seconds = time.perf_counter() - begin
            peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            print(
                f"{size:>6} articles: {seconds:6.1f} s, {size / seconds:5.0f} articles/s, peak RSS {peak:6.0f} MiB (jobs {jobs})",
                flush=True,
            )


if __name__ == "__main__":
    main()
