import email
import json
import re
from email import policy
from pathlib import Path

import lxml.html
import pytest

import briefing
from briefing.cli import main
from briefing.writers import render

from .conftest import FIXTURES, SEEDS


def is_link_line(line: str) -> bool:
    """A line holding one long link only: links are never broken in the plain-text brief."""
    return re.fullmatch(r"\s*<https?://\S+>[;,]?", line) is not None


@pytest.fixture(scope="module")
def seed_brief() -> briefing.Brief:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return briefing.build_brief(texts)


def test_seed_brief_names_the_people_date_place_and_a_putin_quote(seed_brief: briefing.Brief) -> None:
    markdown = render(seed_brief, "md")
    assert "Vladimir Putin (Russian President)" in markdown
    assert "Donald Trump (US President)" in markdown
    assert "2025-05-20" in markdown and "Moscow, Russia" in markdown
    assert "— Vladimir Putin, Russian President" in markdown
    putin = next(s for s in seed_brief.stories if s.who and s.who[0].name == "Vladimir Putin")
    assert not any(s.startswith(("date", "Moscow")) for s in putin.summary)


def test_same_event_from_two_articles_is_one_story(seed_brief: briefing.Brief) -> None:
    dortmund = [s for s in seed_brief.stories if "Dortmund" in s.title]
    assert len(dortmund) == 1 and len(dortmund[0].sources) == 2
    assert len(seed_brief.stories) == 6


def test_plain_text_is_email_ready(seed_brief: briefing.Brief) -> None:
    text = render(seed_brief, "txt")
    assert all(len(line) <= 72 or is_link_line(line) for line in text.splitlines())
    assert "**" not in text and "## " not in text and "](" not in text
    assert text.startswith("DAILY BRIEF")


def test_json_carries_every_field(seed_brief: briefing.Brief) -> None:
    data = json.loads(render(seed_brief, "json"))
    assert data["date"] == "2025-05-20"
    story = data["stories"][0]
    assert set(story) >= {"title", "summary", "who", "what", "when", "where", "quotes", "sources"}
    assert set(story["sources"][0]) == {"title", "source", "url", "published"}


def test_html_email_is_sanitized_and_inlined() -> None:
    hostile = (
        "title: <script>alert(1)</script> Council votes\nurl: javascript:alert(2)\n\n"
        "The council voted <img src=x onerror=alert(3)> on the budget on Monday. "
        "Members approved the plan by nine votes to four after a long debate."
    )
    page = render(briefing.build_brief([hostile]), "html")
    tree = lxml.html.fromstring(page)
    assert not tree.xpath("//script | //img | //iframe | //object")
    assert not [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]
    assert all(href.startswith(("http://", "https://")) for href in tree.xpath("//a/@href"))
    assert "&lt;script&gt;" in page  # shown as text, never run
    assert "<style" not in page.lower() and 'style="' in page  # CSS inlined for mail clients
    assert "Council votes" in page


def test_eml_parses_back_into_text_and_html_parts(seed_brief: briefing.Brief) -> None:
    raw = render(seed_brief, "eml", sender="brief@example.org", to="desk@example.org")
    message = email.message_from_string(raw, policy=policy.default)
    assert message["Subject"] == "Daily brief · Tuesday 20 May 2025"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for story in seed_brief.stories:
        assert story.title.split()[0] in text and story.title.split()[0] in html


def test_template_override(tmp_path: Path, seed_brief: briefing.Brief) -> None:
    (tmp_path / "brief.md.j2").write_text("{% for s in brief.stories %}* {{ s.title }}\n{% endfor %}")
    out = render(seed_brief, "md", templates=tmp_path)
    assert out.splitlines()[0].startswith("* ") and len(out.splitlines()) == len(seed_brief.stories)
    assert render(seed_brief, "txt", templates=tmp_path).startswith("DAILY BRIEF")


def test_cli_default_briefs_the_seeds(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SEEDS.parent)
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Daily brief · Tuesday 20 May 2025")


def test_cli_mixed_inputs_skips_bad_ones_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "brief.txt"
    code = main(
        ["build", str(FIXTURES), str(tmp_path / "nope.txt"), "-f", "txt", "-o", str(target), "--date", "2025-05-21"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "nope.txt: no such file or folder" in err and "articles.jsonl:2: broken JSON" in err
    text = target.read_text(encoding="utf-8")
    storm = [block for block in text.split("\n\n\n") if "Portsmouth" in block]
    assert len(storm) == 1 and "2 sources" in storm[0]


def test_cli_nothing_usable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "missing")]) == 2
    assert "nothing could be briefed" in capsys.readouterr().err


def test_cli_config_file_supplies_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "briefing.toml").write_text('format = "json"\nstories = 2\n')
    monkeypatch.chdir(tmp_path)
    assert main(["build", str(SEEDS)]) == 0
    assert len(json.loads(capsys.readouterr().out)["stories"]) == 2


def test_cli_summarize(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize", str(SEEDS / "bbc_politics_001.txt"), "--sentences", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    text = (SEEDS / "bbc_politics_001.txt").read_text(encoding="utf-8")
    assert all(line in text for line in lines)


def test_the_brief_shows_only_quotes_with_a_speaker() -> None:
    from briefing.writers import render

    article = (
        "title: Ink helps drive democracy\n\n"
        'Across the capital, walls carried "an island of democracy for all of us" in red paint. '
        '"We will use the ink in every polling station this year," said Askar Akaev, the president.'
    )
    page = render(briefing.build_brief([article]), "md")
    assert "Askar Akaev" in page and "We will use the ink" in page
    assert "“an island of democracy for all of us”" not in page and "unattributed" not in page
    assert any(q.said_by is None for q in briefing.analyze(article).quotes)  # still found, not shown


def test_what_is_shown_only_when_the_headline_does_not_already_say_it() -> None:
    body = "Lady Gaga stood outside Trump Tower in New York City early on Wednesday with a sign. Fans joined her."
    titled = briefing.analyze(body, title="Lady Gaga stages protest outside Trump Tower after election")
    untitled_text = "Crowds gathered in Seattle on Wednesday after a shooting near a protest left five people hurt."
    brief = briefing.build_brief([titled, briefing.analyze(untitled_text, title="Seattle")])
    markdown = render(brief, "md")
    gaga = markdown.split("## ")[1 if "Gaga" in markdown.split("## ")[1] else 2]
    assert titled.what == "stages protest outside Trump Tower" and "**What:**" not in gaga
    assert f"**What:** {untitled_text}" in markdown  # a one-word title says nothing: the lead does
    assert "What:" not in render(briefing.build_brief([titled]), "txt")


def test_long_links_stay_whole_in_plain_text() -> None:
    url = "https://news.example.org/2016/11/09/" + "a-very-long-headline-slug-" * 6 + "end"
    article = briefing.Article(
        text="The council voted on Monday to close the bridge for repairs. Work starts next week.",
        title="Council closes bridge",
        url=url,
        origin="bridge.txt",
    )
    text = render(briefing.build_brief([article]), "txt")
    assert f"<{url}>" in text
    assert all(len(line) <= 72 or is_link_line(line) for line in text.splitlines())


def test_the_default_seeds_are_found_from_any_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.cli import default_seeds

    monkeypatch.chdir(tmp_path)  # no ./seeds here: the installed (or, editable, the repository's) set
    assert sorted(Path(default_seeds()).glob("*.txt"))


@pytest.mark.parametrize(
    ("article", "fragment"),
    [
        (
            "title: Claxton hunting first major medal\n\n"
            "British hurdler Sarah Claxton is confident she can win her first major medal next month. "
            '"I am quite confident that I can run well at the championships in March," Claxton said. '
            '"But I take each race as it comes, and I know the best hurdlers in Europe will all be in Madrid '
            'next month," she added. "I have trained harder than ever this winter and I feel stronger over the '
            'hurdles than at any time in my career," she said.',
            "But I take each race",  # a quote's "But …" tail
        ),
        (
            "title: Officers deny assault\n\n"
            "Four police officers have pleaded not guilty to assaulting a student who died after he was "
            "Tasered. A court heard on Monday that the officers used 'unnecessary, excessive and unlawful force "
            "on a man who posed no threat' against him. 'This is not a basis for a stay of the hearing,' "
            "prosecutor Cate Dodds said. 'The evidence shows the force was excessive,' Ms Dodds added.",
            "unnecessary",  # a phrase quoted inside the writer's sentence
        ),
    ],
)
def test_a_fragment_of_a_quote_gives_way_to_a_whole_statement(article: str, fragment: str) -> None:
    from briefing.writers import render

    shown = [line for line in render(briefing.build_brief([article]), "md").splitlines() if line.startswith("> “")]
    assert len(shown) == 2 and not any(fragment in line for line in shown)
