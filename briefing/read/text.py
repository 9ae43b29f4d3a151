"""Plain-text and Markdown articles: metadata comes from the text itself."""

from __future__ import annotations

from datetime import date

from briefing.model import Article, Place
from briefing.nlp.lexicon import place
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


def _dateline(city: str | None, country: str | None) -> Place | None:
    """The dateline's place, its country from the gazetteer where the dateline gives none."""
    if not city:
        return None
    entry = place(city)
    if country and country.lower() == city.lower():
        country = None
    country = country or (entry.country if entry and entry.kind != "country" else None)
    return Place(name=city, kind=entry.kind if entry else "city", country=country)
