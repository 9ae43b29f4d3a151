"""A week of daily briefs through the history: seven consecutive days of articles about
overlapping events, briefed one day after the other, as cron would.

Built from the Giveme5W1H articles (13 events): each event's articles are spread over
consecutive days, and every day's input also carries the previous day's articles again (a feed
keeps its items for days). Prints, per day: articles in, articles left out as briefed before,
stories, stories marked developing, articles shown again in the brief (must be 0) and seconds.

    python benchmarks/week.py [../shared/data/giveme5w1h/train]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from briefing.evaluate.grouping import event_labels

ROOT = Path(__file__).resolve().parent.parent
DAYS = 7


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "giveme5w1h" / "train"
    if not data.is_dir():
        print(f"skipped: {data} is absent")
        return
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(data.glob("*.json"))]
    labels = event_labels([r.get("category") for r in records])
    by_event: dict[str, list[dict]] = defaultdict(list)
    for record, label in zip(records, labels, strict=True):
        by_event[label].append(record)
    start = date(2025, 5, 19)
    days: dict[int, list[dict]] = defaultdict(list)
    for number, (_, articles) in enumerate(sorted(by_event.items())):
        first = number % 3  # events begin on different days and run on for as many days as they have articles
        for offset, record in enumerate(articles):
            days[min(DAYS - 1, first + offset)].append(record)
    with tempfile.TemporaryDirectory() as work:
        history = Path(work) / "history.sqlite3"
        shown: set[str] = set()
        print("| day | articles in | briefed before | stories | developing | shown again | seconds |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for day in range(DAYS):
            folder = Path(work) / f"day{day}"
            folder.mkdir()
            today = start + timedelta(days=day)
            todays = days[day] + (days[day - 1] if day else [])
            for index, record in enumerate(todays):
                lines = [
                    f"title: {record['title']}",
                    f"date: {today.isoformat()}",
                    f"url: {record['url']}",
                    "",
                    record["text"],
                ]
                (folder / f"{index:03}.txt").write_text("\n".join(lines), encoding="utf-8")
            begin = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "briefing",
                    "build",
                    str(folder),
                    "-f",
                    "json",
                    "--date",
                    today.isoformat(),
                    "--stories",
                    "50",
                ],
                capture_output=True,
                text=True,
                env={**os.environ, "BRIEFING_HISTORY": str(history)},
                check=False,
            )
            elapsed = time.perf_counter() - begin
            brief = json.loads(result.stdout) if result.stdout.strip() else {"stories": [], "repeated": len(todays)}
            urls = [s["url"] for story in brief["stories"] for s in story["sources"] if s["url"]]
            again = sum(url in shown for url in urls)
            shown.update(urls)
            developing = sum(1 for story in brief["stories"] if story["developing"])
            print(
                f"| {today:%a %d %b} | {len(todays)} | {brief.get('repeated', 0)} | {len(brief['stories'])} | "
                f"{developing} | {again} | {elapsed:.2f} |"
            )


if __name__ == "__main__":
    main()
