"""The writers' exact output where a mail client or a JSON reader depends on it (written for the
mutants that survived the rest of the suite)."""

from __future__ import annotations

import email
import json
import re
from dataclasses import replace
from datetime import date
from email import policy
from pathlib import Path

import briefing
from briefing.model import Brief, Developing, Place, Quote, Source, Speaker, Story, When
from briefing.writers import render, wrap

STORY = Story(
    title="Zürich council votes on tram fares",
    summary=("The council of Zürich voted on Tuesday to cut tram fares by a fifth from June.",),
    who=(),
    what="Council cuts tram fares",
    when=When(date(2025, 5, 20), "on Tuesday"),
    where=(Place("Zürich", "city", "Switzerland"),),
    quotes=(
        Quote(
            "Cheaper trams will take cars off the road within a year",
            10,
            60,
            speaker=Speaker(start=70, end=80, name="Anna Keller", role="the mayor"),
        ),
    ),
    sources=(Source("Zürich council votes on tram fares", "Wire", "https://example.org/tram", date(2025, 5, 20)),),
)
BRIEF = Brief(date(2025, 5, 20), (STORY,), articles=1)


def test_json_keeps_letters_as_written_and_is_indented_by_two() -> None:
    out = render(BRIEF, "json")
    assert "Zürich" in out and "\\u00fc" not in out
    assert out.startswith('{\n  "date": "2025-05-20",\n  "articles": 1,') and out.endswith("}\n")
    quote = json.loads(out)["stories"][0]["quotes"][0]
    assert quote["speaker"] == {"name": "Anna Keller", "role": "the mayor", "start": 70, "end": 80, "confidence": 1.0}
    assert quote["speaker_guess"] is None


def test_json_gives_a_speaker_below_even_odds_only_as_a_guess() -> None:
    unsure = Speaker(start=70, end=80, name="Anna Keller", role=None, confidence=0.3)
    story = replace(STORY, quotes=(replace(STORY.quotes[0], speaker=unsure),))
    quote = json.loads(render(replace(BRIEF, stories=(story,)), "json"))["stories"][0]["quotes"][0]
    assert quote["speaker"] is None
    assert quote["speaker_guess"]["name"] == "Anna Keller" and quote["speaker_guess"]["confidence"] == 0.3


def test_as_data_of_one_article_names_its_metadata() -> None:
    result = briefing.analyze(
        "Gale warning for the coast\n\nThe weather service warned on Monday that gales would hit the coast "
        "overnight, closing two ferry routes and the harbour.",
        published="2025-05-19",
    )
    data = briefing.as_data(result)
    assert list(data)[:4] == ["title", "published", "source", "url"]
    assert data["title"] == "Gale warning for the coast" and data["published"] == "2025-05-19"
    assert data["summary"] and data["when"]["date"] == "2025-05-19"


def test_eml_headers_are_exact() -> None:
    raw = render(BRIEF, "eml", sender="Brief <brief@news.example.org>", to="desk@example.org")
    head = "\r\n" + raw.split("\r\n\r\n", 1)[0] + "\r\n"  # SMTP line ends
    assert "\r\nFrom: Brief <brief@news.example.org>\r\n" in head and "\r\nTo: desk@example.org\r\n" in head
    assert "\r\nSubject: Daily brief =?utf-8?q?=C2=B7?= Tuesday 20 May 2025\r\n" in head
    assert "\r\nDate: Tue, 20 May 2025 06:00:00 +0000\r\n" in head
    assert re.search(r"\r\nMessage-ID: <brief\.[0-9a-f]{32}@news\.example\.org>\r\n", head)
    assert re.search(r'boundary="=_brief_[0-9a-f]{24}"', head)
    message = email.message_from_string(raw, policy=policy.default)
    text, html = message.get_payload()
    assert (text.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    assert text["Content-Transfer-Encoding"] == html["Content-Transfer-Encoding"] == "quoted-printable"
    assert "Anna Keller" in html.get_content()


def test_an_undated_eml_without_sender_is_still_valid() -> None:
    raw = render(Brief(None, (STORY,), articles=1), "eml")
    head = "\r\n" + raw.split("\r\n\r\n", 1)[0] + "\r\n"  # SMTP line ends
    assert "\r\nDate: Thu, 01 Jan 1970 06:00:00 +0000\r\n" in head
    assert re.search(r"\r\nMessage-ID: <brief\.[0-9a-f]{32}@briefing\.invalid>\r\n", head)
    assert "\r\nFrom:" not in head and "\r\nTo:" not in head


def test_wrap_cuts_long_words_to_the_room_left_by_the_indent() -> None:
    assert wrap("a " + "x" * 25, width=10, first="- ", indent="  ").splitlines() == [
        "- a",
        "  xxxxxxxx",
        "  xxxxxxxx",
        "  xxxxxxxx",
        "  x",
    ]
    assert wrap("one\ntwo\r\nthree", width=40) == "one two three"  # the text's own line breaks go


def test_html_sanitizes_what_an_overriding_template_lets_through(tmp_path: Path) -> None:
    """A newsroom's own Markdown template may carry raw HTML: the e-mail still gets only safe
    tags, only web and mail links, and links that open without handing over the reader."""
    (tmp_path / "brief.md.j2").write_text(
        '<p onclick="steal()">Top</p>\n\n<table><tr><td>grid</td></tr></table>\n\n'
        '<a href="javascript:alert(1)">bad</a> <a href="https://example.org/a" target="_top">good</a> '
        '<a href="mailto:desk@example.org">desk</a> <img src="x.png">\n',
        encoding="utf-8",
    )
    page = render(BRIEF, "html", templates=tmp_path)
    body = page[page.index("<body") :]
    assert "onclick" not in body and "<table" not in body and "<img" not in body and "target=" not in body
    assert "javascript:" not in body
    assert '<a href="https://example.org/a" rel="noopener noreferrer"' in body
    assert 'href="mailto:desk@example.org"' in body
    assert "grid" in body and "<p" in body


def test_json_shape_is_the_documented_one() -> None:
    developing = Developing(day=3, first_day=date(2025, 5, 18))
    story = replace(STORY, developing=developing)
    brief = Brief(
        date(2025, 5, 20), (story,), articles=4, outside_day=1, more_stories=2, repeated=1, unchanged=(story,)
    )
    data = json.loads(render(brief, "json"))
    assert list(data) == ["date", "articles", "outside_day", "more_stories", "repeated", "unchanged", "stories"]
    assert (data["more_stories"], data["repeated"], data["outside_day"]) == (2, 1, 1)
    assert data["unchanged"] == [{"title": story.title, "developing": {"day": 3, "first_day": "2025-05-18"}}]
    (shown,) = data["stories"]
    assert list(shown) == ["title", "summary", "who", "what", "when", "where", "quotes", "sources", "developing"]
    assert shown["developing"] == {"day": 3, "first_day": "2025-05-18"}
    assert shown["sources"] == [
        {"title": story.title, "source": "Wire", "url": "https://example.org/tram", "published": "2025-05-20"}
    ]
    (quote,) = shown["quotes"]
    assert {k: quote[k] for k in ("text", "start", "end", "article")} == {
        "text": "Cheaper trams will take cars off the road within a year",
        "start": 10,
        "end": 60,
        "article": None,
    }
    assert json.loads(render(Brief(None, (STORY,)), "json"))["stories"][0]["developing"] is None


def test_key_quotes_put_those_named_next_to_their_speaker_first_and_drop_far_ones() -> None:
    from briefing.writers import best_quotes

    text = (
        '"We will rebuild the bridge within a year and the town will have its road back," the mayor said. '
        + "The council met for three hours. " * 8
        + '"The money is there and the contracts are signed for the work to start," she told the meeting. '
        + "Engineers inspected the site. " * 10
        + '"It is a great day for the town and for every family that uses the road," she added.'
    )
    quotes = briefing.analyze(text).quotes
    assert len(quotes) == 3
    near = replace(quotes[0], speaker=Speaker(quotes[0].end + 3, quotes[0].end + 12, name="Ann Lee"))
    mid = replace(quotes[1], speaker=Speaker(quotes[1].end + 60, quotes[1].end + 63, name="Ann Lee"))
    far = replace(quotes[2], speaker=Speaker(0, 9, name="Ann Lee"))  # credited far away
    assert best_quotes((far, mid, near), limit=3) == [near, mid]  # the near one first, the far one never
