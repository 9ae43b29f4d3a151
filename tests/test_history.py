"""Memory across days: briefed articles are not briefed again, continuing stories are marked
developing and led by what is new, and the history changes only when a brief went out."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.history import SCHEMA_VERSION, History


def write(folder: Path, name: str, title: str, day: str, body: str, url: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"title: {title}\ndate: {day}\nurl: {url}\nsource: Wire\n\n{body}\n", encoding="utf-8")


FLOOD_1 = (
    "Floods forced 2,000 people from their homes in the Severn valley on Monday, the Environment Agency said. "
    "The river burst its banks at Tewkesbury and Worcester after three days of heavy rain. "
    '"We have never seen water this high," said Worcester council leader Ann Lee.'
)
FLOOD_2 = (
    "Floods in the Severn valley reached their peak on Tuesday as the river burst its banks again at Tewkesbury. "
    "Army engineers built temporary barriers in Worcester overnight, the Environment Agency said. "
    '"The barriers held, and that saved hundreds of homes," said Worcester council leader Ann Lee.'
)
STRIKE = (
    "Rail workers will strike next Thursday after talks on pay broke down, the RMT union said on Monday. "
    "The walkout would halt most trains across the north of England for 24 hours."
)
MERGER = (
    "Two of the largest brewers agreed to merge on Tuesday in a deal worth 40 billion pounds, the companies said. "
    "The merged group would sell one in three beers drunk in Europe."
)


def day_one(folder: Path) -> None:
    write(
        folder,
        "flood.txt",
        "Floods force 2,000 from homes in Severn valley",
        "2025-05-19",
        FLOOD_1,
        "https://w.example/flood-1",
    )
    write(folder, "strike.txt", "Rail workers to strike next week", "2025-05-19", STRIKE, "https://w.example/strike")


def day_two(folder: Path) -> None:
    write(folder, "strike.txt", "Rail workers to strike next week", "2025-05-19", STRIKE, "https://w.example/strike")
    write(
        folder,
        "flood.txt",
        "Severn valley floods peak as barriers hold",
        "2025-05-20",
        FLOOD_2,
        "https://w.example/flood-2",
    )
    write(folder, "merger.txt", "Brewers agree 40bn merger", "2025-05-20", MERGER, "https://w.example/merger")


def run(folder: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    assert main(["build", str(folder), "-f", "json", "--date", "all", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_next_day_leaves_out_what_was_briefed_and_marks_what_develops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day_one(tmp_path / "mon")
    first = run(tmp_path / "mon", capsys)
    assert len(first["stories"]) == 2 and not any(s["developing"] for s in first["stories"])
    day_two(tmp_path / "tue")
    second = run(tmp_path / "tue", capsys)
    assert second["repeated"] == 1  # the strike article, same URL and text
    titles = {s["title"]: s for s in second["stories"]}
    assert set(titles) == {"Severn valley floods peak as barriers hold", "Brewers agree 40bn merger"}
    flood = titles["Severn valley floods peak as barriers hold"]
    assert flood["developing"] == {"day": 2, "first_day": None}
    assert flood["summary"][0].startswith("Floods in the Severn valley reached their peak")
    assert titles["Brewers agree 40bn merger"]["developing"] is None


def test_a_story_with_nothing_new_is_listed_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day_one(tmp_path / "mon")
    run(tmp_path / "mon", capsys)
    # the same flood report again, under another URL and with other spacing: already briefed
    write(
        tmp_path / "tue",
        "copy.txt",
        "Floods force 2,000 from homes",
        "2025-05-20",
        "  " + FLOOD_1.replace(". ", ".  "),
        "https://x.example/1",
    )
    assert main(["build", str(tmp_path / "tue")]) == 0
    assert "all 1 article were briefed before" in capsys.readouterr().err


def test_a_failed_write_leaves_the_history_as_it_was(tmp_path: Path, private_history: Path) -> None:
    day_one(tmp_path / "mon")
    assert main(["build", str(tmp_path / "mon"), "-o", str(tmp_path / "no" / "such" / "dir" / "brief.md")]) == 2
    with History(private_history) as history:
        assert history.briefs() == []


def _brief_in_another_process(folder: str, history: str) -> int:
    import os

    os.environ["BRIEFING_HISTORY"] = history
    from briefing.cli import main as run_main

    return run_main(["build", folder, "-o", os.devnull])


def test_two_runs_at_once_neither_corrupt_nor_double_count(tmp_path: Path, private_history: Path) -> None:
    day_one(tmp_path / "mon")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        codes = pool.starmap(_brief_in_another_process, [(str(tmp_path / "mon"), str(private_history))] * 2)
    assert set(codes) == {0}
    database = sqlite3.connect(private_history)
    assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert database.execute("SELECT COUNT(*) FROM articles").fetchone() == (2,)
    assert database.execute("SELECT COUNT(*) FROM briefs").fetchone()[0] in (1, 2)


def test_the_schema_carries_a_version_and_a_newer_one_is_refused(
    tmp_path: Path, private_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with History(private_history):
        pass
    database = sqlite3.connect(private_history)
    assert database.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    database.execute("PRAGMA user_version = 99")
    database.commit()
    database.close()
    day_one(tmp_path / "mon")
    assert main(["build", str(tmp_path / "mon")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("written by a newer briefing (schema 99 > 1)") and "\n" not in err


def test_history_lists_and_prunes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day_one(tmp_path / "mon")
    run(tmp_path / "mon", capsys)
    day_two(tmp_path / "tue")
    run(tmp_path / "tue", capsys)
    assert main(["history"]) == 0
    listing = capsys.readouterr().out
    assert listing.count("#") == 2 and "Floods force 2,000 from homes in Severn valley (day 2)" in listing
    assert main(["history", "--prune", "1"]) == 0
    assert "forgot 0 briefs" in capsys.readouterr().err  # both were made today (dated by --date all: none)


def test_the_bundled_samples_never_touch_the_history(private_history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert main([]) == 0
    assert capsys.readouterr().out.count("# Daily brief") == 2
    assert not private_history.exists()
