"""An archive briefed day by day, the same bytes on one process, a process pool and a Dask
cluster of two workers, one of which is killed mid-run."""

from __future__ import annotations

import filecmp
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from briefing import archive
from briefing.cli import main

from .conftest import SEEDS

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles, each under eight dates (and one undated copy), as JSON Lines."""
    folder = tmp_path_factory.mktemp("archive")
    target = folder / "articles.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("bbc_*.txt"))]
    with target.open("w", encoding="utf-8") as out:
        for day in range(1, 9):
            for number, text in enumerate(texts):
                title, _, body = text.partition("\n")
                record = {
                    "title": title.strip(),
                    "text": body.strip(),
                    "published": f"2025-05-{day:02d}",
                    "url": f"https://x.example/{day}/{number}",
                }
                out.write(json.dumps(record) + "\n")
        out.write(json.dumps({"title": "Undated", "text": texts[0].partition("\n")[2]}) + "\n")
    return target


def same_tree(a: Path, b: Path) -> bool:
    comparison = filecmp.dircmp(a, b)
    if comparison.left_only or comparison.right_only or comparison.diff_files:
        return False
    return all(same_tree(a / d, b / d) for d in comparison.common_dirs)


def test_one_brief_per_day_in_every_format(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["archive", str(source), "-o", str(tmp_path / "out"), "--from", "2025-05-02", "--to", "2025-05-04"]) == 0
    )
    days = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert days == ["2025-05-02", "2025-05-03", "2025-05-04"]
    for day in days:
        assert sorted(p.name for p in (tmp_path / "out" / day).iterdir()) == [
            f"brief.{f}" for f in sorted(archive.ALL_FORMATS)
        ]
        brief = json.loads((tmp_path / "out" / day / "brief.json").read_text(encoding="utf-8"))
        assert brief["date"] == day and brief["stories"]
    assert "18 articles briefed into 3 days" in capsys.readouterr().err


def test_a_process_pool_and_a_dask_cluster_write_the_same_bytes(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "PARTITION", 7)
    assert main(["archive", str(source), "-o", str(tmp_path / "one"), "--formats", "md,json"]) == 0
    assert main(["archive", str(source), "-o", str(tmp_path / "pool"), "--formats", "md,json", "--jobs", "2"]) == 0
    assert (
        main(
            [
                "archive",
                str(source),
                "-o",
                str(tmp_path / "dask"),
                "--formats",
                "md,json",
                "--scheduler",
                "local",
                "--jobs",
                "2",
            ]
        )
        == 0
    )
    assert len(list((tmp_path / "one").iterdir())) == 8
    assert same_tree(tmp_path / "one", tmp_path / "pool")
    assert same_tree(tmp_path / "one", tmp_path / "dask")


def test_a_worker_killed_mid_run_costs_nothing(source: Path, tmp_path: Path) -> None:
    from briefing.read import read_inputs

    articles = [a for a in read_inputs([str(source)]) if a.published]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True)
    out = tmp_path / "dask"
    out.mkdir()
    try:
        with distributed.Client(cluster) as client:
            pids = client.run(os.getpid)
            victim = pids[sorted(pids)[0]]

            def kill_soon() -> None:
                time.sleep(0.5)  # the analyses are under way
                os.kill(victim, signal.SIGKILL)

            killer = threading.Thread(target=kill_soon)
            killer.start()
            slow = [a for a in articles for _ in range(8)]  # enough work to be mid-run when the worker dies
            begin = time.perf_counter()
            days = archive._on_cluster(client, iter(slow), out, ("md",), None, 10, 3)
            elapsed = time.perf_counter() - begin
            killer.join()
    finally:
        cluster.close()
    assert len(days) == 8
    assert elapsed > 0.5  # the worker died before the run was over
    expected = tmp_path / "triple"
    expected.mkdir()
    archive.run_local(iter(slow), expected, formats=("md",))
    assert same_tree(expected, out)
