"""The command line says what it does, and every output format is clean and repeatable."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import pytest

import briefing
from briefing.cli import main
from briefing.writers import render

from .conftest import SEEDS


def article(title: str, day: str, body: str, url: str = "", source: str = "Wire") -> str:
    head = f"title: {title}\ndate: {day}\nsource: {source}\n" + (f"url: {url}\n" if url else "")
    return head + "\n" + body


@pytest.mark.parametrize(
    ("option", "value"), [("--stories", "-1"), ("--stories", "0"), ("--sentences", "0"), ("--jobs", "0")]
)
def test_invalid_counts_are_usage_errors(option: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", str(SEEDS), option, value])
    assert stop.value.code == 2
    assert "positive" in capsys.readouterr().err


def test_a_missing_templates_folder_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), "--templates", "/nope"]) == 2
    assert "--templates /nope: no such folder" in capsys.readouterr().err


def test_a_date_that_matches_nothing_warns_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), "--date", "1999-01-01"]) == 1
    assert "no article is dated 1999-01-01" in capsys.readouterr().err


def test_all_dates_briefs_every_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        article(
            "Dam bursts in valley",
            "2025-05-19",
            "A dam burst in the valley on Monday, flooding three villages and forcing hundreds to leave.",
        )
    )
    (tmp_path / "b.txt").write_text(
        article(
            "Rail strike called",
            "2025-05-20",
            "Rail workers called a strike for next week after talks on pay broke down on Tuesday.",
        )
    )
    assert main(["build", str(tmp_path), "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["outside_day"] == 1
    assert main(["build", str(tmp_path), "-f", "json", "--date", "all", "--no-history"]) == 0
    brief = json.loads(capsys.readouterr().out)
    assert brief["date"] is None and len(brief["stories"]) == 2 and brief["outside_day"] == 0


def test_the_story_cap_counts_what_it_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = {
        "Dam": "Engineers opened the spillway of the Hoover dam after heavy rain filled the reservoir overnight.",
        "Strike": "Rail workers walked out across the north in a dispute over pay and pensions with the operator.",
        "Election": "Voters in the mayoral race chose a former teacher who promised cheaper buses and more parks.",
        "Wildfire": "Firefighters battled a wildfire that forced thousands of residents near the canyon to flee homes.",
        "Merger": "Two regional banks agreed a merger worth four billion dollars, creating the largest lender in Ohio.",
    }
    for topic, body in stories.items():
        (tmp_path / f"{topic}.txt").write_text(article(f"{topic} news today", "2025-05-20", body))
    assert main(["build", str(tmp_path), "--stories", "2"]) == 0
    out = capsys.readouterr()
    assert out.out.count("\n## ") == 2
    assert "3 more stories not shown." in out.out and "(3 more not shown)" in out.err


def test_help_shows_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    assert "(default: 10)" in capsys.readouterr().out


def test_eml_is_byte_identical_on_rerun_with_date_and_message_id() -> None:
    brief = briefing.build_brief([p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))])
    first = render(brief, "eml", sender="brief@example.org", to="desk@example.org")
    assert first == render(brief, "eml", sender="brief@example.org", to="desk@example.org")
    message = email.message_from_string(first, policy=policy.default)
    assert message["Date"] and message["Message-ID"].endswith("@example.org>")
    text, _html = message.get_payload()
    assert text["Content-Transfer-Encoding"] == "quoted-printable"
    assert "DAILY BRIEF" in text.get_content()


def test_markdown_has_no_entities_and_html_no_stray_backslashes() -> None:
    body = (
        "Smith & Sons and the A|B Group agreed a deal worth £5m on Tuesday, the firms said in a statement "
        "released in London. The deal & its terms were welcomed by staff. Workers at both firms will keep their jobs."
    )
    brief = briefing.build_brief([article("Smith & Sons buys A|B Group", "2025-05-20", body)])
    markdown = render(brief, "md")
    assert "Smith & Sons" in markdown and "&amp;" not in markdown
    html = render(brief, "html")
    assert "\\|" not in html and "A|B Group" in html


def test_sources_are_listed_once_per_outlet(tmp_path: Path) -> None:
    texts = [
        article(
            "Flood closes the M5 motorway",
            "2025-05-20",
            f"Flooding closed the M5 motorway near Bristol on Tuesday, police said, in report number {n}. "
            "Drivers were told to avoid the area while the water was pumped away.",
            url=f"https://bbc.example/{n}",
            source="BBC",
        )
        for n in range(4)
    ]
    brief = briefing.build_brief(texts)
    markdown = render(brief, "md")
    sources_line = next(line for line in markdown.splitlines() if line.startswith("Sources:"))
    assert sources_line.count("BBC") == 1 and "(4 articles)" in sources_line


def test_json_quotes_name_the_article_they_come_from() -> None:
    body = (
        'The mayor opened the new bridge over the river on Tuesday. "This bridge joins two halves of our city," '
        "Mayor Ann Lee said at the ceremony. Traffic will start using it next week."
    )
    brief = briefing.build_brief([article("Mayor opens bridge", "2025-05-20", body, url="https://news.example/bridge")])
    (quote,) = json.loads(render(brief, "json"))["stories"][0]["quotes"]
    assert quote["article"] == "https://news.example/bridge"


def test_stories_dated_on_the_day_come_before_undated_ones() -> None:
    undated = "title: Old budget story\n\n" + " ".join(
        f"The chancellor set out the budget in detail, part {n}, with many figures on tax and spending."
        for n in range(30)
    )
    dated = article(
        "Storm hits coast", "2025-05-20", "A storm hit the coast on Tuesday and closed two ports, the coastguard said."
    )
    brief = briefing.build_brief([undated, dated])
    assert [s.title for s in brief.stories] == ["Storm hits coast", "Old budget story"]


def test_the_command_line_choices_are_the_registries() -> None:
    from briefing import cli
    from briefing.summarize import METHODS
    from briefing.writers import WRITERS

    assert tuple(WRITERS) == cli.FORMATS
    assert cli.METHODS == METHODS


def test_a_newsroom_translates_the_brief_with_one_template_file(tmp_path: Path) -> None:
    from briefing.writers import packaged_templates

    words = (packaged_templates() / "_words.j2").read_text(encoding="utf-8")
    for english, german in [
        ("Daily brief", "Tagesbriefing"),
        ('"not stated"', '"nicht genannt"'),
        ("Sources", "Quellen"),
    ]:
        words = words.replace(english, german)
    (tmp_path / "_words.j2").write_text(words, encoding="utf-8")
    brief = briefing.build_brief(
        [
            article(
                "Storm hits coast",
                "2025-05-20",
                "A storm hit the coast on Tuesday and closed two ports, the coastguard said.",
            )
        ]
    )
    for fmt in ("md", "txt", "eml"):
        out = render(brief, fmt, templates=tmp_path)
        assert "Daily brief" not in out and "DAILY BRIEF" not in out
        assert ("Tagesbriefing" in out) or ("TAGESBRIEFING" in out)
    assert "Quellen:" in render(brief, "md", templates=tmp_path)


def test_a_news_report_leads_its_story_rather_than_an_opinion_column() -> None:
    column = (
        "title: Opinion: Council approves river bridge, a costly mistake\nurl: https://news.example/opinions/bridge-column\n\n"
        + " ".join(
            ["The council approved the new river bridge on Tuesday, and I think it is a costly mistake for the town."]
            * 6
        )
    )
    report = (
        "title: Council approves river bridge\nurl: https://news.example/news/bridge\n\n"
        "The council approved the new river bridge on Tuesday after a long debate, the mayor said."
    )
    other = "title: Storm hits coast\n\nA storm hit the coast on Tuesday and closed two ports, the coastguard said."
    stories = briefing.build_brief([column, report, other]).stories  # a day: the two share rare words
    bridge = next(s for s in stories if "bridge" in s.title)
    assert len(bridge.sources) == 2
    assert bridge.title == "Council approves river bridge"
