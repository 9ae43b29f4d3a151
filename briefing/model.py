"""The data model: plain frozen records that flow read -> analyze -> assemble -> render.

What a brief says of an event is the same whether it comes from one article or a story of
several, so both share :class:`Facts`. How each format writes these records is the writers'
business (``briefing/writers.py``), JSON included.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Literal

EntityKind = Literal["person", "organization", "group"]
PlaceKind = Literal["site", "city", "province", "region", "country"]


@dataclass(frozen=True)
class Place:
    name: str
    kind: PlaceKind
    country: str | None = None

    @property
    def label(self) -> str:
        """How a brief names the place: "Moscow, Russia"."""
        return f"{self.name}, {self.country}" if self.country and self.country != self.name else self.name


@dataclass(frozen=True)
class Article:
    """One news article as read; ``body_start`` marks where the story text begins.

    Offsets everywhere (sentences, quotes) index into ``text`` itself, so metadata lines
    stripped from the front never shift what a caller sees.
    """

    text: str
    body_start: int = 0
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    origin: str = "<text>"
    dateline: Place | None = None  # where a wire dateline says the story was filed
    authors: tuple[str, ...] = ()  # who wrote it (page data, a byline): never someone of the story

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def fingerprint(self) -> str:
        """The same story text gives the same fingerprint, whatever its spacing, case or file."""
        return hashlib.sha256(" ".join(self.body.lower().split()).encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int
    paragraph: int = 0


@dataclass(frozen=True)
class Entity:
    name: str
    kind: EntityKind
    role: str | None = None
    mentions: int = 1
    first: int = 0


@dataclass(frozen=True)
class When:
    date: date | None = None
    text: str | None = None


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the words that attribute it (``start``-``end`` in the text) and whom
    they mean. ``name`` is None when those words name no one a brief could show.
    ``confidence`` is the learned chooser's probability that these are the right words."""

    start: int
    end: int
    name: str | None = None
    role: str | None = None
    confidence: float = 1.0


#: Below this confidence a speaker is a guess: kept in the JSON, never shown as who said it.
SURE_SPEAKER = 0.5


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    article: str | None = None  # in a story: the URL (or file) of the article it was said in

    @property
    def said_by(self) -> str | None:
        """The name a brief shows beside the quote: none for a guess, since a brief had better
        name no one than the wrong one."""
        return self.speaker.name if self.speaker and self.speaker.confidence >= SURE_SPEAKER else None


@dataclass(frozen=True, kw_only=True)
class Facts:
    """Who, what, when, where, the summary and the quotes: of an article or of a story."""

    summary: tuple[str, ...]
    who: tuple[Entity, ...]
    what: str
    when: When
    where: tuple[Place, ...]
    quotes: tuple[Quote, ...]


@dataclass(frozen=True, kw_only=True)
class ArticleBrief(Facts):
    article: Article
    lead: tuple[str, ...] = ()  # the first sentences, where news states the event
    headline: str = ""  # written from the lead when the article came without a title
    english: bool = True  # False: who, where and quotes were not looked for

    @property
    def title(self) -> str:
        return self.article.title or self.headline or self.what


@dataclass(frozen=True)
class Source:
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    fingerprint: str | None = None  # of the article's text: how the history knows it was briefed


@dataclass(frozen=True)
class Developing:
    """A story that earlier briefs carried too: this is its ``day``-th brief."""

    day: int
    first_day: date | None


@dataclass(frozen=True, kw_only=True)
class Story(Facts):
    title: str
    sources: tuple[Source, ...]
    score: float = 0.0
    developing: Developing | None = None  # set from the history: earlier briefs carried it


@dataclass(frozen=True)
class Brief:
    date: date | None
    stories: tuple[Story, ...]
    articles: int = 0
    outside_day: int = 0
    more_stories: int = 0  # stories found but left out by the story cap
    unchanged: tuple[Story, ...] = ()  # developing stories with nothing new since the last brief
    repeated: int = 0  # articles left out because an earlier brief had them
