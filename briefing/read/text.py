"""Plain-text and Markdown articles: metadata comes from the text itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from briefing.model import Article, Place
from briefing.nlp.dates import safe_date
from briefing.nlp.letters import UPPER
from briefing.nlp.lexicon import is_first_name, place, place_in, region_country, town_in
from briefing.read.furniture import strip_furniture
from briefing.read.metadata import byline_writers, date_lines, read_front_matter, stamp_date
from briefing.read.title import clean_title

#: "Reporting from Washington" under a byline: where the story was filed (the first place of
#: "Reporting from Kyiv, Ukraine, and Berlin").
_REPORTING_FROM = re.compile(
    r"^Reporting from (?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:,[^\n]{0,80})?[ \t]*$", re.MULTILINE
)

#: A byline without "By" on a line of its own near the top, as pages copied from The Guardian
#: and others give it: "Sam Jones in Madrid", "Jo Lee and Ann Wu", "Sam Jones, Europe editor",
#: "Bethany Lindsay · CBC News · Posted: Dec 01, 2026", "Harry McGee\nPolitical Correspondent".
#: Its place ("in Madrid") is where the story was filed; the line is read only when its name opens
#: with a first name, so that no heading or place line is taken for one.
_WORD = rf"[{UPPER}][\w'’-]+"
_JOB = r"(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Pp]roducer|[Cc]ommentator)"
_BYLINE_LINE = re.compile(
    rf"^[ \t]*(?P<name>{_WORD}[ \t]+{_WORD}(?:[ \t]+{_WORD})?)(?:[ \t]+and[ \t]+{_WORD}[ \t]+{_WORD})?"
    rf"(?:[ \t]+in[ \t]+(?P<place>[{UPPER}][\w.'’-]*(?:[ \t][{UPPER}][\w.'’-]*){{0,2}})|,[ \t]+[a-z][\w ]{{2,30}}"
    # "Bethany Lindsay · CBC News · Posted: Dec 01, 2026 4:00 AM EST": the outlet and a stamp
    r"|[ \t]*[·•|][ \t]*(?P<tail>[^\n]{1,200})"
    # "Harry McGee\nPolitical Correspondent": the writer's job on the line under the name
    rf"|[ \t]*\n[ \t]*(?:{_WORD}[ \t]+){{0,3}}{_JOB})?[ \t]*\n",
    re.MULTILINE,
)
_BIO_LENGTH = 600
#: A byline that runs on into the writer's biography, as The Verge's does: "By Tom Warren, a senior
#: editor covering Microsoft, … He founded WinRumors … in 2012." on a line of its own.
_BIO_BYLINE = re.compile(
    rf"^[ \t]*By[ \t]+(?P<name>{_WORD}[ \t]+{_WORD}(?:[ \t]+{_WORD})?),[ \t]+(?:a|an|the)[ \t][^\n]{{0,{_BIO_LENGTH}}}\n",
    re.MULTILINE,
)
_BYLINE_REACH = 600


def article_from_text(
    text: str,
    *,
    origin: str = "<text>",
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    authors: Sequence[str] = (),
    today: date | None = None,
) -> Article:
    """Build an Article from raw text, recovering what the caller did not give from its front;
    ``authors`` are who wrote it, as the page or feed names them. A dateline without a year is
    dated the last such day up to ``today`` (default: the day it is read)."""
    reported = _REPORTING_FROM.search(text, 0, 2000)  # a furniture line, but it names the dateline
    by = _BY_LINE.search(text, 0, min(len(text), _BYLINE_REACH))  # furniture too, but it names the writers
    first_published = _FIRST_PUBLISHED.search(text)  # and a syndication note at the foot dates the story
    text, stamped = date_lines(strip_furniture(text))
    text, byline = _without_byline(text)
    filed = byline.filed if byline else None
    front = read_front_matter(text, has_title=title is not None, known_title=title)
    if front.dateline is None and (reported or filed):
        front = replace(front, dateline=reported["place"] if reported else filed)
    writers = _names_of(
        *authors, front.author or "", byline.writer if byline else "", (by and byline_writers(by.group())) or ""
    )
    text, body_start = _without_writer_bio(text, front.body_start, writers)
    return Article(
        text=text,
        body_start=body_start,
        title=clean_title(title or front.title, source or front.source),
        published=published
        or front.published
        or stamped
        or (byline.day if byline else None)
        or (stamp_date(by.group()) if by else None)
        or (stamp_date(first_published["stamp"]) if first_published else None)
        or _last(front.dateline_day, today or date.today()),
        source=source or front.source,
        url=url or front.url,
        origin=origin,
        dateline=_dateline(front.dateline, front.dateline_country, front.dateline_region),
        authors=writers,
    )


#: A wire or syndication note at the foot: "This report by The Canadian Press was first published
#: Dec. 3, 2026."
_FIRST_PUBLISHED = re.compile(
    r"^This (?:report|article|story|piece)(?: by [^\n]{1,60}?)? was (?:first|originally) published"
    r"(?: on)? (?P<stamp>[^\n]{1,60})$",
    re.MULTILINE,
)
#: A byline on a line of its own near the top: names only, then perhaps the job or the outlet
#: ("By Rachel Okafor", "**By Jo Lee and Ann Wu**", "By Sam Jones, Europe editor"); not a
#: sentence ("By Friday, Jordan Henderson had signed.").
_BY_NAMES = r"(?:[A-Z][\w'’.-]*+[ \t]*){1,4}"
_BY_LINE = re.compile(
    rf"^[ \t*_]*(?:By|BY):?[ \t]+{_BY_NAMES}(?:(?:,|and|&)[ \t]*{_BY_NAMES}){{0,3}}"
    r"(?:[-–|/·,][^\n.]{0,80})?[*_]*[ \t]*$",
    re.MULTILINE,
)


def _without_writer_bio(text: str, body_start: int, writers: Sequence[str]) -> tuple[str, int]:
    """``text`` and where its body starts, past a paragraph of the writer's biography that opens
    the body or closes it ("Rachel Okafor is a senior fellow at the Resolution Foundation."): the
    writer is no one of the story, nor the body they work for."""
    for writer in writers:
        bio = re.compile(rf"[ \t*_]*{re.escape(writer)} is (?:a|an|the)\b[^\n]{{0,{_BIO_LENGTH}}}(?:\n|$)")
        opening = bio.match(text, body_start)
        if opening:
            return text, _LEADING_SPACE.match(text, opening.end()).end()
        last = text.rstrip().rfind("\n") + 1
        if last > body_start and bio.fullmatch(text.rstrip(), last):
            return text[:last].rstrip() + "\n", body_start
    return text, body_start


_LEADING_SPACE = re.compile(r"\s*")


def _last(day_of_year: tuple[int, int] | None, today: date) -> date | None:
    """The last (month, day) up to ``today``: a day ahead is last year's (wire copy is not dated
    ahead), bar a day's slack for time zones."""
    if day_of_year is None:
        return None
    month, day = day_of_year
    this_year = safe_date(today.year, month, day)
    if this_year is None or this_year <= today + timedelta(days=1):
        return this_year
    return safe_date(today.year - 1, month, day)


@dataclass(frozen=True)
class _Byline:
    """What a byline line near the top tells: who wrote the story, where from, and on what day."""

    writer: str
    filed: str | None = None
    day: date | None = None


def _without_byline(text: str) -> tuple[str, _Byline | None]:
    """``text`` without a byline line near its top, and what that line told."""
    bio = _BIO_BYLINE.search(text, 0, min(len(text), _BYLINE_REACH + _BIO_LENGTH))
    if bio and 0 < bio.start() < _BYLINE_REACH and is_first_name(bio["name"].split()[0]):
        return text[: bio.start()] + text[bio.end() :], _Byline(bio["name"])
    for line in _BYLINE_LINE.finditer(text, 0, min(len(text), _BYLINE_REACH)):
        if line.start() == 0 or not is_first_name(line["name"].split()[0]) or place(line["name"]):
            continue  # the first line is the headline ("Angela Rayner resigns" is no byline)
        filed = line["place"] if line["place"] and place(line["place"]) else None
        return text[: line.start()] + text[line.end() :], _Byline(line["name"], filed, stamp_date(line["tail"] or ""))
    return text, None


#: What joins several writers' names in one field ("Jo Lee and Ann Wu", "Jo Lee; Ann Wu").
_AUTHOR_JOINS = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*")


def _names_of(*fields: str) -> tuple[str, ...]:
    """The writers' names in ``fields``, each once, without a leading "By"."""
    names = (name.removeprefix("By ").strip() for field in fields for name in _AUTHOR_JOINS.split(field))
    return tuple(dict.fromkeys(name for name in names if len(name.split()) >= 2))


def _dateline(city: str | None, country: str | None, region: str | None = None) -> Place | None:
    """The dateline's place; its country from the state or country after it ("BIRMINGHAM, Ala."
    is in the United States, "KABUL, Afghanistan" in Afghanistan), else from the gazetteer."""
    if not city:
        return None
    if country and country.lower() == city.lower():
        country = None
    country = country or (region_country(region) if region else None)
    entry = (place_in(city, country) if country else None) or place(city)
    if entry and entry.kind in ("region", "province"):
        # a dateline names a town: "WASHINGTON --" is the capital, not the state, and "NEW YORK --"
        # the city the gazetteer calls "New York City"
        entry = town_in(city, entry.country) or town_in(f"{city} City", entry.country) or entry
    country = country or ((entry.country or None) if entry and entry.kind != "country" else None)
    return Place(name=city, kind=entry.kind if entry else "city", country=country)
