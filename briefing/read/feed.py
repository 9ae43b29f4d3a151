"""RSS and Atom feeds via feedparser: every entry becomes an article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from html import unescape

import feedparser

from briefing.errors import InputError
from briefing.model import Article
from briefing.nlp.dates import parse_iso_date
from briefing.read.fragment import fragment_text
from briefing.read.text import article_from_text

#: An entry with less text than a statement ("Waves hit the sea wall. Continue reading...") is a
#: teaser; most feeds give a sentence or two of summary, which is briefed.
MIN_ENTRY_WORDS = 8


def articles_from_feed(data: bytes, *, origin: str) -> Iterator[Article | InputError]:
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        problem = "feed has no entries"
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            problem = f"not a readable feed ({type(parsed.bozo_exception).__name__})"
        raise InputError(origin, problem)
    source = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        text = _entry_text(entry)
        if not text.strip():
            yield InputError(entry_origin, "feed entry has no text")
            continue
        article = article_from_text(
            text,
            origin=entry_origin,
            title=_entry_title(entry),
            published=_entry_date(entry),
            source=source,
            url=entry.get("link"),
            authors=(entry.get("author") or "",),
        )
        words = len(article.text[article.body_start :].split())
        if words < MIN_ENTRY_WORDS:
            counted = "1 word" if words == 1 else f"{words} words"
            yield InputError(entry_origin, f"only {counted} of text in the entry (a teaser, not a story)")
            continue
        yield article


_TAG = re.compile(r"<[^<>]{1,200}>")


def _entry_title(entry: feedparser.FeedParserDict) -> str | None:
    """The title as text: an HTML title ("… iPhone &amp; AirPods", "<b>Live</b>: …") loses its
    markup and entities, which the writers would otherwise show as written."""
    title = entry.get("title") or ""
    if "html" in (entry.get("title_detail") or {}).get("type", ""):
        title = unescape(_TAG.sub("", title))
    return " ".join(title.split()) or None


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    contents = [part.get("value", "") for part in entry.get("content", [])]
    html = max([*contents, entry.get("summary", "")], key=len)
    # Feed entries hold short HTML fragments: keep the paragraph breaks, drop the markup.
    return fragment_text(html) if "<" in html else unescape(html)


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    """The entry's day where it was written: feedparser's parsed stamp is in UTC, which puts
    "Fri, 04 Dec 2026 01:15:00 +1300" on Thursday and "this morning" a day early."""
    raw = entry.get("published") or entry.get("updated") or ""
    local = _local_date(raw)
    if local is not None:
        return local
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)


def _local_date(raw: str) -> date | None:
    """The date an RFC 822 stamp ("Fri, 04 Dec 2026 01:15:00 +1300") or an ISO one
    ("2026-12-04T01:15:00+13:00") gives, in the stamp's own time zone."""
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return parse_iso_date(raw)
