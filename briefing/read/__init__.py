"""Readers: turn files, folders and stdin into Articles, one kind of input per module.

``read_inputs`` never raises for a bad input: it yields an ``InputError`` in the article's place so
one broken file never costs the rest of the batch.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from html import unescape
from pathlib import Path

from briefing.errors import InputError
from briefing.model import Article
from briefing.read.decode import decode, html_encoding
from briefing.read.fetch import is_url
from briefing.read.jsonl import articles_from_jsonl
from briefing.read.roundup import roundup_items
from briefing.read.text import article_from_text

__all__ = ["article_from_text", "read_bytes", "read_inputs"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".feed"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
#: Inputs larger than this are refused whole rather than half-read.
MAX_INPUT_BYTES = 64 * 1024 * 1024


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | InputError]:
    """Yield an Article (or the InputError that stopped one) for every input, in a stable order."""
    for name in inputs:
        if name == "-":
            yield from read_bytes(sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "<stdin>", kind=None)
            continue
        if is_url(name):
            from briefing.read.fetch import fetch

            try:
                data, kind = fetch(name)
            except InputError as error:
                yield error
                continue
            yield from read_bytes(data, name, kind=kind, url=name)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
            if not files:
                yield InputError(name, "folder has no article files")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputError(name, "no such file or folder")


def _wanted(path: Path) -> bool:
    return (
        not path.name.startswith(".")
        and path.suffix.lower() in KNOWN_SUFFIXES
        and not path.stem.upper().startswith(("README", "LICENSE"))
    )


def _read_file(path: Path) -> Iterator[Article | InputError]:
    origin = str(path)
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            yield InputError(origin, f"file is larger than {MAX_INPUT_BYTES // 2**20} MiB")
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(origin, f"cannot read ({error.strerror or error})")
        return
    yield from read_bytes(data, origin, kind=_kind(path.suffix.lower()))


def _kind(suffix: str) -> str | None:
    for kind, suffixes in (
        ("html", HTML_SUFFIXES),
        ("feed", FEED_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("markdown", MARKDOWN_SUFFIXES),
        ("text", TEXT_SUFFIXES),
    ):
        if suffix in suffixes:
            return kind
    return None


def read_bytes(data: bytes, origin: str, *, kind: str | None, url: str | None = None) -> Iterator[Article | InputError]:
    """Read one input's bytes; ``kind=None`` sniffs the content (for stdin)."""
    try:
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(origin, f"input is larger than {MAX_INPUT_BYTES // 2**20} MiB")
        text = (
            ""
            if kind == "feed"
            else decode(data, origin, declared=html_encoding(data) if kind in ("html", None) else None)
        )
        yield from READERS[kind or _sniff(text)](data, text, origin, url)
    except InputError as error:
        yield error


# One reader per input kind: (bytes, decoded text, origin, URL) -> articles. Feeds parse the bytes
# (feedparser reads their declared encoding); feedparser and trafilatura load on first use.
def _feed(data: bytes, text: str, origin: str, url: str | None) -> Iterator[Article]:
    from briefing.read.feed import articles_from_feed

    return articles_from_feed(data, origin=origin)


def _html(data: bytes, text: str, origin: str, url: str | None) -> Iterator[Article]:
    from briefing.read.html import article_from_html

    yield article_from_html(text, origin=origin, url=url)


def _jsonl(data: bytes, text: str, origin: str, url: str | None) -> Iterator[Article | InputError]:
    return articles_from_jsonl(text, origin=origin)


def _markdown(data: bytes, text: str, origin: str, url: str | None) -> Iterator[Article]:
    from briefing.read.markdown_text import article_from_markdown

    yield article_from_markdown(text, origin=origin)


#: An HTML character reference: a numbered one or a named one ("&#233;", "&#x2019;", "&amp;").
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


#: How a whole page's or feed's source opens, whatever the file is called.
_MARKUP = re.compile(r"\s*(?:<\?xml\b|<!doctype html\b|<html\b|<rss\b|<feed\b)", re.IGNORECASE)


def _text(data: bytes, text: str, origin: str, url: str | None) -> Iterable[Article | InputError]:
    if _MARKUP.match(text):  # a page saved as "story.txt" is read as the page it is
        return READERS[_sniff(text)](data, text, origin, url)
    if _json_object(text.lstrip().partition("\n")[0]):  # JSON Lines saved as "articles.txt"
        return articles_from_jsonl(text, origin=origin)
    # a text file copied from a page's source keeps its character references ("Jos&#233;", "&#163;8m")
    return roundup_items(article_from_text(unescape(text) if _ENTITY.search(text) else text, origin=origin))


def _json_object(line: str) -> bool:
    if not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


READERS: dict[str, Callable[[bytes, str, str, str | None], Iterable[Article | InputError]]] = {
    "feed": _feed,
    "html": _html,
    "jsonl": _jsonl,
    "markdown": _markdown,
    "text": _text,
}


def _sniff(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        if "<rss" in head or "<feed" in head or "<rdf" in head:
            return "feed"
        return "html"
    return "text"
