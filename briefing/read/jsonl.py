"""JSON Lines: one article per line with ``text`` and optional ``title``, ``published``, ``source``, ``url``.
A text that is still HTML (as many scrapers store it) is read as the text of the markup.

Scrapers and news APIs name the same fields otherwise ("content", "body", "headline",
"publishedAt", "link", NewsAPI's ``"source": {"name": …}``, schema.org's NewsArticle "articleBody",
"datePublished" and ``"author": [{"name": …}]``); those names are read too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from briefing.errors import InputError
from briefing.model import Article
from briefing.read.fragment import fragment_text
from briefing.read.metadata import parse_iso_date
from briefing.read.text import article_from_text

#: A scraper's text that is still HTML ("<p>The Federal Reserve …</p><p>&quot;…"): read as a page's text.
_MARKUP = re.compile(r"<(?:p|br|div|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure|img)\b[^<>]{0,500}>", re.I)
#: Each field and the other names it goes by, in the order they are tried.
_NAMES = {
    "text": ("text", "content", "body", "article", "maintext", "articleBody"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publishedAt", "published_at", "pubDate", "date_publish", "datePublished"),
    "source": ("source", "source_name", "publisher", "outlet"),
    "url": ("url", "link"),
    "author": ("author", "authors", "byline"),
}


def articles_from_jsonl(text: str, *, origin: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_origin = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(line_origin, f"broken JSON ({error.msg})")
            continue
        body = _field(record, "text") if isinstance(record, dict) else None
        if body is None:
            yield InputError(line_origin, 'no "text" field with article text')
            continue
        yield article_from_text(
            fragment_text(body) if _MARKUP.search(body) else body,
            origin=line_origin,
            title=_field(record, "title"),
            published=parse_iso_date(_field(record, "published") or ""),
            source=_field(record, "source"),
            url=_field(record, "url"),
            authors=_authors(record),
        )


def _authors(record: dict[str, object]) -> tuple[str, ...]:
    """The writers: one field of text, or schema.org's list of ``{"name": …}`` or of names."""
    author = _field(record, "author")
    if author:
        return (author,)
    listed = next((record[name] for name in _NAMES["author"] if isinstance(record.get(name), list)), [])
    names = (item.get("name") if isinstance(item, dict) else item for item in listed)
    return tuple(name.strip() for name in names if isinstance(name, str) and name.strip())


def _field(record: dict[str, object], field: str) -> str | None:
    """The first of the field's names that holds text; a source may be ``{"name": "BBC News"}``."""
    for name in _NAMES[field]:
        value = record.get(name)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
