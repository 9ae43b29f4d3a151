"""Plain-text and Markdown articles: metadata comes from the text itself."""

from __future__ import annotations

from datetime import date

from briefing.model import Article
from briefing.read.furniture import strip_furniture
from briefing.read.metadata import read_front_matter
from briefing.read.title import clean_title


def article_from_text(
    text: str,
    *,
    origin: str = "<text>",
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article:
    """Build an Article from raw text, recovering what the caller did not give from its front."""
    text = strip_furniture(text)
    front = read_front_matter(text, has_title=title is not None, known_title=title)
    return Article(
        text=text,
        body_start=front.body_start,
        title=clean_title(title or front.title, source or front.source),
        published=published or front.published,
        source=source or front.source,
        url=url or front.url,
        origin=origin,
        dateline=_dateline(front.dateline, front.dateline_country),
    )


def _dateline(place: str | None, country: str | None) -> str | None:
    if place and country and country.lower() != place.lower():
        return f"{place}, {country}"
    return place
