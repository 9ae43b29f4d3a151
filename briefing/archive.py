"""An archive briefed day by day: one brief per date found in the input, in every format.

The work is two pure steps, so it maps onto any engine: analysing an article (``analyze``)
and assembling and rendering one day (``brief_day``). Inputs are read as a stream and cut into
partitions of ``PARTITION`` articles; a partition's analyses are kept only as long as their day
needs them. Three engines run the steps:

- one process (``jobs=1``), or a local process pool (``jobs>1``): analyses are spilled to one
  file per day on disk, then each day is assembled;
- Dask (``scheduler``: an address, or "local" for a ``LocalCluster`` of ``jobs`` workers):
  partitions are analysed on the workers and stay there; each day is assembled on a worker from
  the partitions that hold it. A lost worker's tasks are recomputed by Dask from their inputs.

Every engine writes the same bytes: analyses are pure and each day's articles keep input order.
A day is written into a temporary folder that is renamed into place, so a failed run never
leaves half a day.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import BinaryIO

from briefing.analyze import analyze_article
from briefing.assemble import assemble
from briefing.errors import InputError
from briefing.model import Article, ArticleBrief

#: Articles per partition: large enough to amortise a task, small enough to stream.
PARTITION = 500
ALL_FORMATS = ("md", "txt", "html", "eml", "json")


@dataclass(frozen=True)
class ArchiveResult:
    days: list[date]
    articles: int
    undated: int
    skipped: list[InputError]


def in_range(article: Article, first: date | None, last: date | None) -> bool:
    day = article.published
    return day is not None and (first is None or day >= first) and (last is None or day <= last)


def partitions(items: Iterable[Article], size: int = PARTITION) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyze_partition(articles: list[Article], sentences: int = 3) -> list[tuple[date, ArticleBrief]]:
    """Analyses of one partition, each with its day (an article that fails is left out)."""
    out = []
    for article in articles:
        try:
            out.append((article.published, analyze_article(article, sentences=sentences)))
        except (RecursionError, MemoryError, ValueError, IndexError, KeyError, TypeError):
            continue
    return out


def brief_day(
    day: date,
    parts: list[list[tuple[date, ArticleBrief]]],
    formats: tuple[str, ...],
    templates: str | None,
    stories: int,
) -> dict[str, str]:
    """The day's brief in every format, from the partitions (in input order) that hold it."""
    from briefing.writers import render

    briefs = [brief for part in parts for when, brief in part if when == day]
    brief = assemble(briefs, day=day, max_stories=stories)
    folder = Path(templates) if templates else None
    return {fmt: render(brief, fmt, templates=folder) for fmt in formats}


def write_day(out: Path, day: date, outputs: dict[str, str]) -> None:
    """``out/YYYY-MM-DD/brief.<format>``, all or nothing: a temporary folder renamed into place."""
    target = out / day.isoformat()
    staging = Path(tempfile.mkdtemp(dir=out, prefix=f".{day.isoformat()}."))
    try:
        for fmt, text in outputs.items():
            (staging / f"brief.{fmt}").write_text(text, encoding="utf-8", newline="")
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def run_local(
    articles: Iterable[Article],
    out: Path,
    *,
    jobs: int = 1,
    formats: tuple[str, ...] = ALL_FORMATS,
    templates: str | None = None,
    stories: int = 10,
    sentences: int = 3,
) -> list[date]:
    """One process or a process pool; analyses spill to one file per day, then days assemble."""
    work = partial(analyze_partition, sentences=sentences)
    with tempfile.TemporaryDirectory(dir=out, prefix=".spill.") as spill:
        folder = Path(spill)
        handles: dict[date, BinaryIO] = {}
        try:
            if jobs > 1:
                with get_context("spawn").Pool(jobs) as pool:
                    for part in pool.imap(work, partitions(articles)):
                        _spill(part, folder, handles)
            else:
                for part in map(work, partitions(articles)):
                    _spill(part, folder, handles)
        finally:
            for handle in handles.values():
                handle.close()
        days = sorted(handles)
        for day in days:
            write_day(out, day, brief_day(day, [list(_unspill(folder, day))], formats, templates, stories))
        return days


def _spill(part: list[tuple[date, ArticleBrief]], folder: Path, handles: dict[date, BinaryIO]) -> None:
    for day, brief in part:
        if day not in handles:
            handles[day] = (folder / f"{day.isoformat()}.pickle").open("ab")
        pickle.dump((day, brief), handles[day])


def _unspill(folder: Path, day: date) -> Iterator[tuple[date, ArticleBrief]]:
    with (folder / f"{day.isoformat()}.pickle").open("rb") as stream:
        while True:
            try:
                yield pickle.load(stream)
            except EOFError:
                return


def run_dask(
    articles: Iterable[Article],
    out: Path,
    *,
    scheduler: str,
    jobs: int = 2,
    formats: tuple[str, ...] = ALL_FORMATS,
    templates: str | None = None,
    stories: int = 10,
    sentences: int = 3,
) -> list[date]:
    """Analysis and each day's assembly on a Dask cluster ("local": a LocalCluster of ``jobs``
    worker processes)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--scheduler", "needs Dask: pip install 'briefing-digest[dask]'") from None
    cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True) if scheduler == "local" else None
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            return _on_cluster(client, articles, out, formats, templates, stories, sentences)
    finally:
        if cluster is not None:
            cluster.close()


def _on_cluster(client, articles, out, formats, templates, stories, sentences) -> list[date]:  # type: ignore[no-untyped-def]
    from distributed import as_completed

    work = partial(analyze_partition, sentences=sentences)
    futures = []
    days_of: dict[date, list[int]] = defaultdict(list)  # day -> indexes of the partitions holding it
    for index, part in enumerate(partitions(articles)):
        for day in {a.published for a in part}:
            days_of[day].append(index)
        futures.append(client.submit(work, part, key=f"analyze-{index}", retries=3))
    day_futures = {
        client.submit(
            brief_day, day, [futures[i] for i in days_of[day]], formats, templates, stories, key=f"day-{day}", retries=3
        ): day
        for day in sorted(days_of)
    }
    for future in as_completed(day_futures):
        write_day(out, day_futures[future], future.result())
    peaks = client.run(_peak_rss_mib)
    print(
        f"briefing: {len(peaks)} Dask workers, peak RSS "
        + ", ".join(f"{p:.0f}" for p in sorted(peaks.values()))
        + " MiB",
        file=sys.stderr,
    )
    return sorted(days_of)


def _peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
