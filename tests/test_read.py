import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.model import Article
from briefing.read import read_bytes, read_inputs

from .conftest import FIXTURES, SEEDS


def split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_folder_of_text_files_is_read_in_order() -> None:
    articles, errors = split(list(read_inputs([str(SEEDS)])))
    assert not errors
    assert len(articles) == 7
    assert [Path(a.origin).name for a in articles] == sorted(Path(a.origin).name for a in articles)


def test_cp1252_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "pound.txt"
    path.write_bytes("Prices\n\nThe ticket costs \u00a35 and the caf\u00e9 is open.".encode("cp1252"))
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article)
    assert "\u00a35" in article.body and "caf\u00e9" in article.body


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The council met on Monday and agreed the budget.".encode("utf-16"))
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.body.startswith("The council met")


def test_bad_inputs_give_one_named_error_each_and_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "good.txt").write_text("The mayor opened the new bridge on Friday.")
    missing = str(tmp_path / "missing.txt")
    articles, errors = split(list(read_inputs([str(tmp_path), missing])))
    assert [Path(a.origin).name for a in articles] == ["good.txt"]
    messages = sorted(str(e) for e in errors)
    assert any("binary.txt" in m and "binary" in m for m in messages)
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("missing.txt" in m and "no such file" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"date 2025-05-20\nThe minister resigned on Tuesday after a vote."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (article,) = read_inputs(["-"])
    assert isinstance(article, Article)
    assert article.origin == "<stdin>" and article.published == date(2025, 5, 20)


def test_rss_feed_entries_become_articles() -> None:
    articles, errors = split(list(read_inputs([str(FIXTURES / "feed.xml")])))
    assert not errors
    assert [a.title for a in articles] == [
        "Storm floods harbour district in Portsmouth",
        "Library reopens after two-year renovation",
    ]
    storm = articles[0]
    assert storm.source == "Harbour Gazette"
    assert storm.url == "https://gazette.example.org/storm-floods-harbour"
    assert storm.published == date(2025, 5, 21)
    assert "<p>" not in storm.body and "200 residents" in storm.body


def test_html_page_main_text_and_metadata() -> None:
    (article,) = read_inputs([str(FIXTURES / "page.html")])
    assert isinstance(article, Article)
    assert article.title == "Portsmouth storm: residents leave flooded harbour homes"
    assert article.published == date(2025, 5, 21)
    assert "Hundreds of residents" in article.body
    assert "Privacy" not in article.body and "Weather" not in article.body


def test_jsonl_records_and_broken_lines() -> None:
    articles, errors = split(list(read_inputs([str(FIXTURES / "articles.jsonl")])))
    assert [a.title for a in articles] == ["Rail strike called off after late-night talks"]
    assert articles[0].source == "Transport Daily" and articles[0].published == date(2025, 5, 21)
    assert sorted(e.origin for e in errors) == [f"{FIXTURES / 'articles.jsonl'}:2", f"{FIXTURES / 'articles.jsonl'}:3"]


def test_sniffing_stdin_kinds() -> None:
    feed = (FIXTURES / "feed.xml").read_bytes()
    assert len(list(read_bytes(feed, "<stdin>", kind=None))) == 2
    line = b'{"text": "Ministers met on Monday to agree the plan."}'
    (article,) = read_bytes(line, "<stdin>", kind=None)
    assert isinstance(article, Article) and article.body.startswith("Ministers met")


def test_atom_feed_entry_with_html_content() -> None:
    (article,) = read_inputs([str(FIXTURES / "atom.xml")])
    assert isinstance(article, Article)
    assert (article.title, article.source, article.published) == (
        "Dam repairs finished ahead of summer",
        "Valley Courier",
        date(2025, 5, 21),
    )
    assert article.url == "https://courier.example.org/dam-repairs"
    assert "two weeks ahead of schedule." in article.body and "<p>" not in article.body
    assert "\n\n" in article.body  # paragraph breaks survive the HTML


def test_an_html_title_in_a_feed_is_read_as_text() -> None:
    feed = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tech</title>'
        b'<entry><title type="html">Apple unveils &lt;b&gt;new&lt;/b&gt; iPhone &amp;amp; cheaper AirPods</title>'
        b'<link href="https://tech.example/apple"/><updated>2026-12-01T15:00:00Z</updated>'
        b"<content>Apple on Tuesday unveiled the iPhone 18 and cut the price of its AirPods by 50 dollars.</content>"
        b"</entry></feed>"
    )
    (article,) = read_bytes(feed, "tech.atom", kind=None)
    assert isinstance(article, Article)
    assert article.title == "Apple unveils new iPhone & cheaper AirPods"


def test_a_feed_entrys_day_is_the_day_where_it_was_written() -> None:
    entry = (
        "<item><title>Harbour Bridge lanes closed after truck strike</title><link>https://rnz.example/{n}</link>"
        "<pubDate>{stamp}</pubDate><description>Two northbound lanes of the Auckland Harbour Bridge are closed "
        "after a truck hit a steel strut early this morning, the transport agency said.</description></item>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>RNZ</title>'
        + entry.format(n=1, stamp="Fri, 04 Dec 2026 01:15:00 +1300")
        + entry.format(n=2, stamp="Thu, 03 Dec 2026 20:15:00 -0500")
        + "</channel></rss>"
    ).encode()
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>RNZ</title><entry>'
        b"<title>Harbour Bridge lanes closed</title><link href='https://rnz.example/3'/>"
        b"<updated>2026-12-04T01:15:00+13:00</updated><content>Two northbound lanes of the Auckland Harbour "
        b"Bridge are closed after a truck hit a steel strut early this morning.</content></entry></feed>"
    )
    articles = [*read_bytes(feed, "rnz.xml", kind=None), *read_bytes(atom, "rnz.atom", kind=None)]
    assert [a.published for a in articles] == [date(2026, 12, 4), date(2026, 12, 3), date(2026, 12, 4)]


def test_a_schema_org_news_article_per_line_is_read() -> None:
    record = {
        "@type": "NewsArticle",
        "headline": "Tokyo to offer four-day week to metropolitan government staff",
        "datePublished": "2026-12-04T10:30:00+09:00",
        "publisher": {"@type": "Organization", "name": "The Japan Times"},
        "author": [{"@type": "Person", "name": "Kyodo Staff"}, {"@type": "Person", "name": "Mari Tanaka"}],
        "articleBody": "Tokyo Gov. Yuriko Koike said Friday that the metropolitan government will allow its "
        "160,000 employees to work four days a week from April.",
    }
    (article,) = read_bytes(json.dumps(record).encode(), "jt.jsonl", kind=None)
    assert isinstance(article, Article)
    assert article.title == "Tokyo to offer four-day week to metropolitan government staff"
    assert article.published == date(2026, 12, 4)
    assert article.source == "The Japan Times"
    assert article.authors == ("Kyodo Staff", "Mari Tanaka")
    assert article.body.startswith("Tokyo Gov. Yuriko Koike said Friday")


def test_page_furniture_is_removed_from_plain_text() -> None:
    from briefing.read.text import article_from_text

    text = (
        "Ministers agreed the budget on Monday. Click to share on WhatsApp (Opens in new window) "
        "Click to share on Facebook (Opens in new window) The vote was close.\n\n"
        "Image copyright EPA Image caption The chamber was full. "
        "Share this with Email Facebook Twitter Copy this link The opposition walked out."
    )
    article = article_from_text(text, title="Budget agreed")
    assert "Opens in new window" not in article.text and "Image copyright" not in article.text
    assert "Share this with" not in article.text
    assert "The vote was close." in article.text and "The chamber was full." in article.text
    assert (
        article_from_text("Click to share the cost, the mayor said.").text == "Click to share the cost, the mayor said."
    )


def test_photo_credits_and_captions_glued_to_the_lead_are_removed() -> None:
    from briefing.read.text import article_from_text

    credited = article_from_text("Fans queued. (Jenny Starrs/The Washington Post) Prices rose (by 5/6).", title="Queue")
    assert credited.text == "Fans queued. Prices rose (by 5/6)."
    captioned = article_from_text(
        "Image copyright EPA Image caption The blast destroyed nearby cars A suicide bomber rammed a truck "
        "into the consulate. Officials said six died.",
        title="Consulate attacked",
    )
    assert captioned.body.startswith("A suicide bomber rammed a truck")  # the caption went with its label
    kept = article_from_text(
        "Media caption Trump: “She is guilty. She knows it.” Trump accused the FBI.", title="X y z"
    )
    assert kept.body.startswith("Trump: “She is guilty.")  # no safe end of the caption: only the label goes


def test_newsletter_boxes_and_photo_galleries_are_removed() -> None:
    from briefing.read.text import article_from_text

    text = (
        "Get celebs updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, "
        "try again later Invalid Email Lady Gaga protested outside Trump Tower. She held a sign. "
        "1 of 22 Full Screen Autoplay Close Skip Ad x What Trump did on his trip View Photos Trump met Obama. "
        "Getty Images 6 Hamilton celebrates victory. He won 1 of 3 races in 2015."
    )
    article = article_from_text(text, title="Gaga protests")
    assert article.body == (
        "Lady Gaga protested outside Trump Tower. She held a sign. Trump met Obama. "
        "Hamilton celebrates victory. He won 1 of 3 races in 2015."
    )


def test_links_to_other_stories_and_reading_prompts_are_removed() -> None:
    from briefing.read.text import article_from_text

    text = (
        "The streets of Chicago were flooded with fans. [Believe it: Chicago Cubs win classic Game 7 to win "
        "first World Series since 1908] With a 6-3 lead the Cubs brought on Chapman. Advertisement Continue "
        'reading the main story Maddon said "[the bullpen] was tired" and left.'
    )
    article = article_from_text(text, title="Cubs win")
    assert article.body == (
        "The streets of Chicago were flooded with fans. With a 6-3 lead the Cubs brought on Chapman. "
        'Maddon said "[the bullpen] was tired" and left.'
    )


def test_json_lines_from_a_news_api_are_read_by_their_own_field_names() -> None:
    line = (
        b'{"source": {"id": "bbc-news", "name": "BBC News"}, "title": "Storm closes schools", '
        b'"url": "https://bbc.example/1", "publishedAt": "2026-12-01T08:00:00Z", '
        b'"content": "Hundreds of schools closed across Scotland on Tuesday as a storm brought snow. [+1234 chars]"}'
    )
    (article,) = read_bytes(line, "news.jsonl", kind="jsonl")
    assert isinstance(article, Article)
    assert (article.title, article.source, article.url, article.published) == (
        "Storm closes schools",
        "BBC News",
        "https://bbc.example/1",
        date(2026, 12, 1),
    )
    assert article.body.rstrip().endswith("brought snow.")


def test_a_feed_entry_that_is_only_a_teaser_is_skipped_with_a_reason() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Daily News</title>'
        b"<item><title>Storm batters coast</title><description><![CDATA[<img src='x.jpg'/> Waves hit the "
        b"sea wall. <a href='https://n.example/storm'>Continue reading...</a>]]></description></item>"
        b"<item><title>Council approves budget</title><description>The city council approved a budget "
        b"on Monday night after a six-hour debate.</description></item></channel></rss>"
    )
    articles, errors = split(list(read_bytes(feed, "news.xml", kind=None)))
    assert [a.title for a in articles] == ["Council approves budget"]  # a one-sentence summary is briefed
    assert [str(e) for e in errors] == ["news.xml#1: only 5 words of text in the entry (a teaser, not a story)"]


def test_markdown_is_read_as_the_text_a_reader_sees(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(
        '---\ntitle: "Council closes library"\ndate: 2026-11-30\n---\n\n# Council closes library\n\n'
        "![The library has served the town since 1912. *Photo: J. Smith*](https://example.org/l.jpg)\n\n"
        "The **Riverside council** voted on Monday to close the [Elm Street library](https://example.org/elm) "
        'in March.\n\n> "This is a sad day for our town," said Councilwoman Maria Ortiz.\n\n'
        "- The library will close on March 31.\n- Its books will move to the main branch.\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text("title: Bridge reopens\ndate 2026-11-30\n\nThe *bridge* reopened.\n")
    articles, errors = split(list(read_inputs([str(tmp_path)])))
    assert not errors
    post, notes = (
        sorted(articles, key=lambda a: a.origin)[::-1] if articles[0].origin.endswith("notes.md") else articles
    )
    body = post.text[post.body_start :]
    assert (post.title, str(post.published)) == ("Council closes library", "2026-11-30")
    assert body.startswith("The Riverside council voted on Monday to close the Elm Street library in March.")
    for markup in ("**", "](", "![", "> ", "1912", "- The"):
        assert markup not in body
    assert "The library will close on March 31." in body
    assert (notes.title, str(notes.published), notes.text[notes.body_start :].strip()) == (
        "Bridge reopens",
        "2026-11-30",
        "The bridge reopened.",
    )
