"""Hostile and broken input: one clear line per bad input, the rest of the batch briefed."""

import http.server
import threading
from pathlib import Path

import lxml.html
import pytest

import briefing
from briefing.cli import main
from briefing.errors import InputError
from briefing.model import Article
from briefing.read import read_bytes, read_inputs
from briefing.writers import render

from .conftest import FIXTURES

HOSTILE = Path(__file__).resolve().parent / "hostile"


def errors_and_articles(path: Path) -> tuple[list[str], list[Article]]:
    items = list(read_inputs([str(path)]))
    return [str(i) for i in items if isinstance(i, InputError)], [i for i in items if isinstance(i, Article)]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "empty file"),
        ("whitespace_only.txt", "empty file"),
        ("binary_png.txt", "binary file"),
        ("undecodable.txt", "neither UTF-8 nor cp1252"),
        ("empty_feed.xml", "feed has no entries"),
        ("not_a_feed.xml", "not a readable feed"),
    ],
)
def test_bad_file_gives_one_line_naming_it(name: str, problem: str) -> None:
    errors, articles = errors_and_articles(HOSTILE / name)
    assert not articles
    (error,) = errors
    assert error.startswith(str(HOSTILE / name)) and problem in error and "\n" not in error


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cp1252.txt", "\u201cnew\u201d ticket costs \u00a35 \u2013 the caf\u00e9"),
        ("latin1.txt", "Na\u00efve voters in M\u00fcnchen"),
        ("utf16_bom.txt", "The minister resigned on Tuesday"),
        ("nul_bytes.txt", "The council met. It voted on Monday."),
        ("truncated.html", "The storm hit the coast on Monday"),
    ],
)
def test_damaged_but_readable_files_are_read(name: str, expected: str) -> None:
    errors, (article,) = errors_and_articles(HOSTILE / name)
    assert not errors and expected in article.body


@pytest.mark.parametrize("name", ["billion_laughs.xml", "xxe.xml"])
def test_hostile_xml_is_not_expanded(name: str) -> None:
    errors, (article,) = errors_and_articles(HOSTILE / name)
    assert not errors
    assert "lollol" not in article.body and "root:" not in article.body
    assert len(article.body) < 200


def test_broken_json_lines_cost_only_themselves() -> None:
    errors, articles = errors_and_articles(HOSTILE / "broken.jsonl")
    assert [a.title for a in articles] == ["Bridge reopens", None]
    assert len(errors) == 4 and all("broken.jsonl:" in e for e in errors)


def test_text_without_punctuation_gives_readable_verbatim_pieces() -> None:
    text = (HOSTILE / "no_punctuation.txt").read_text()
    for sentence in briefing.summarize(text, sentences=2):
        assert sentence in text and len(sentence.split()) <= 90


def test_unbalanced_and_nested_quotes() -> None:
    text = (HOSTILE / "unbalanced_quotes.txt").read_text()
    quotes = briefing.analyze(text).quotes
    assert any(q.text == "Nobody expected this" and q.said_by == "Ann Reed" for q in quotes)
    assert all("Councillors voted" not in q.text for q in quotes)
    nested = (HOSTILE / "nested_quotes.txt").read_text()
    first = briefing.analyze(nested).quotes[0]
    assert first.text.startswith("He told me") and first.said_by == "Tom Hale"
    assert all(nested[q.start : q.end] == q.text for q in briefing.analyze(nested).quotes)


def test_generated_extremes_are_read_or_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "one_line.txt").write_text("word " * 200_000 + "end.")  # a single 1 MB line
    (tmp_path / "quotes.txt").write_text('"' * 5_000 + " The vote passed on Monday.")
    (tmp_path / "huge.txt").write_bytes(b"The council met on Monday. " * 2_600_000)  # about 70 MB
    (tmp_path / "fifty.txt").write_bytes(b"The council met on Monday and voted. " * 1_400_000)  # about 52 MB
    items = list(read_inputs([str(tmp_path)]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [f"{tmp_path / 'huge.txt'}: file is larger than 64 MiB"]
    articles = [i for i in items if isinstance(i, Article)]
    assert sorted(Path(a.origin).name for a in articles) == ["fifty.txt", "one_line.txt", "quotes.txt"]
    for article in articles:
        result = briefing.analyze(article.text)
        assert all(article.text[q.start : q.end] == q.text for q in result.quotes)


def test_xss_vectors_never_reach_the_html_email() -> None:
    text = (HOSTILE / "xss_article.txt").read_text()
    page = render(briefing.build_brief([text]), "html")
    tree = lxml.html.fromstring(page)
    assert not tree.xpath("//script | //iframe | //img | //svg | //object | //embed | //link")
    assert not [name for el in tree.iter() for name in el.attrib if name.lower().startswith("on")]
    assert not [h for h in tree.xpath("//@href | //@src") if not h.startswith(("http://", "https://"))]
    assert not [v for el in tree.iter() for v in el.attrib.values() if "evil.example" in v]
    assert "The plan passed by nine votes to four." in page


def test_cli_over_the_hostile_folder_briefs_the_good_and_names_the_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.md"
    assert main(["build", str(HOSTILE), str(FIXTURES / "ap_style.txt"), "-o", str(target)]) == 1
    err = capsys.readouterr().err.splitlines()
    skipped = [line for line in err if line.startswith("briefing: skipped")]
    assert len(skipped) == 10 and "Senate passes water bill" in target.read_text()


def test_output_is_byte_identical_and_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "brief.txt"
    target.write_text("yesterday's brief")
    assert main(["build", str(FIXTURES), "-f", "txt", "-o", str(target), "--no-history"]) == 1
    first = target.read_bytes()
    assert main(["build", str(FIXTURES), "-f", "txt", "-o", str(target), "--jobs", "2", "--no-history"]) == 1
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["brief.txt"]  # no temporary file left behind
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_failed_run_leaves_the_previous_brief(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("yesterday's brief")
    assert main(["build", str(tmp_path / "missing"), "-o", str(target)]) == 2
    assert target.read_text() == "yesterday's brief"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = (FIXTURES / ("feed.xml" if self.path == "/feed" else "page.html")).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml" if self.path == "/feed" else "text/html")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_urls_are_fetched_from_a_local_server() -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        items = list(read_inputs([f"{base}/feed", f"{base}/page", "http://127.0.0.1:9/nothing"]))
    finally:
        server.shutdown()
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.title for a in articles][:2] == [
        "Storm floods harbour district in Portsmouth",
        "Library reopens after two-year renovation",
    ]
    assert articles[2].url == f"{base}/page" and "Hundreds of residents" in articles[2].body
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert str(error).startswith("http://127.0.0.1:9/nothing: cannot fetch")


def test_stdin_sniffing_of_hostile_bytes() -> None:
    (error,) = read_bytes(b"\x00\x01\x02" * 100, "<stdin>", kind=None)
    assert isinstance(error, InputError) and str(error) == "<stdin>: binary file (contains NUL bytes), not text"


XSS_VECTORS = [v for v in (HOSTILE / "xss_vectors.txt").read_text(encoding="utf-8").splitlines() if v.strip()]
_ACTIVE = ("script", "iframe", "img", "svg", "object", "embed", "link", "meta", "base", "form", "style", "math")


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_xss_vector_as_title_text_and_link_stays_inert(vector: str) -> None:
    article = f"title: {vector} Council meets\nurl: {vector}\n\nThe council met on Monday. {vector} Members voted nine to four."
    page = render(briefing.build_brief([article]), "html")
    tree = lxml.html.fromstring(page)
    (body,) = tree.xpath("//body")
    assert not body.xpath(" | ".join(f".//{tag}" for tag in _ACTIVE))
    assert not tree.xpath("//script | //style | //link")  # the head neither: CSS is inlined
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on")
            lowered = value.lower().replace(" ", "")
            assert "javascript:" not in lowered and "data:" not in lowered
            assert "url(" not in lowered and "expression(" not in lowered
    assert all(h.startswith(("http://", "https://")) for h in tree.xpath("//@href | //@src"))
    assert "The council met on Monday." in page  # the article still reaches the reader, escaped
