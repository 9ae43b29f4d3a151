"""Plain-text and Markdown articles: metadata comes from the text itself."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefing.model import Article, Place
from briefing.nlp.lexicon import place, place_in, region_country
from briefing.read.furniture import strip_furniture
from briefing.read.metadata import date_lines, read_front_matter
from briefing.read.title import clean_title

#: "Reporting from Washington" under a byline: where the story was filed (the first place of
#: "Reporting from Kyiv, Ukraine, and Berlin").
_REPORTING_FROM = re.compile(
    r"^Reporting from (?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:,[^\n]{0,80})?[ \t]*$", re.MULTILINE
)


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
    reported = _REPORTING_FROM.search(text, 0, 2000)  # a furniture line, but it names the dateline
    text, stamped = date_lines(strip_furniture(text))
    front = read_front_matter(text, has_title=title is not None, known_title=title)
    if front.dateline is None and reported:
        front = replace(front, dateline=reported["place"])
    return Article(
        text=text,
        body_start=front.body_start,
        title=clean_title(title or front.title, source or front.source),
        published=published or front.published or stamped,
        source=source or front.source,
        url=url or front.url,
        origin=origin,
        dateline=_dateline(front.dateline, front.dateline_country, front.dateline_region),
    )


def _dateline(city: str | None, country: str | None, region: str | None = None) -> Place | None:
    """The dateline's place; its country from the state or country after it ("BIRMINGHAM, Ala."
    is in the United States, "KABUL, Afghanistan" in Afghanistan), else from the gazetteer."""
    if not city:
        return None
    if country and country.lower() == city.lower():
        country = None
    country = country or (region_country(region) if region else None)
    entry = (place_in(city, country) if country else None) or place(city)
    country = country or ((entry.country or None) if entry and entry.kind != "country" else None)
    return Place(name=city, kind=entry.kind if entry else "city", country=country)
