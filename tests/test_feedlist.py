from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.errors import InputError
from briefing.read.feedlist import read_feed_list

from .conftest import FIXTURES


def test_a_plain_list_and_an_opml_export_give_the_same_feeds(tmp_path: Path) -> None:
    (tmp_path / "feeds.txt").write_text("# my feeds\nhttps://news.example/rss\n\nlocal/feed.xml\n", encoding="utf-8")
    (tmp_path / "feeds.opml").write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="News">'
        '<outline text="A" type="rss" xmlUrl="https://news.example/rss"/>'
        '<outline text="B" type="rss" xmlUrl="local/feed.xml"/></outline></body></opml>',
        encoding="utf-8",
    )
    expected = ["https://news.example/rss", str(tmp_path / "local" / "feed.xml")]
    assert read_feed_list(tmp_path / "feeds.txt") == expected
    assert read_feed_list(tmp_path / "feeds.opml") == expected


def test_opml_with_entities_is_refused(tmp_path: Path) -> None:
    (tmp_path / "evil.opml").write_text('<!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body/></opml>', encoding="utf-8")
    with pytest.raises(InputError, match="DOCTYPE"):
        read_feed_list(tmp_path / "evil.opml")


def test_build_reads_the_feeds_of_a_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "feeds.txt").write_text(f"{FIXTURES / 'feed.xml'}\n{FIXTURES / 'atom.xml'}\n", encoding="utf-8")
    assert main(["build", "--feeds", str(tmp_path / "feeds.txt"), "--date", "all", "--no-history"]) == 0
    assert "## 1." in capsys.readouterr().out
