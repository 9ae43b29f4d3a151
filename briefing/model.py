"""The data model: plain frozen records that flow read -> analyze -> assemble -> render."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any


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
    dateline: str | None = None

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
    kind: str  # "person" | "organization" | "group"
    role: str | None = None
    mentions: int = 1
    first: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "role": self.role}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # "site" | "city" | "province" | "region" | "country"
    country: str | None = None

    @property
    def label(self) -> str:
        """How a brief names the place: "Moscow, Russia"."""
        return f"{self.name}, {self.country}" if self.country and self.country != self.name else self.name

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "country": self.country}


@dataclass(frozen=True)
class When:
    date: date | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat() if self.date else None, "text": self.text}


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None
    article: str | None = None  # in a story: the URL (or file) of the article it was said in

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_role": self.speaker_role,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
        }


@dataclass(frozen=True)
class ArticleBrief:
    article: Article
    summary: tuple[str, ...]
    who: tuple[Entity, ...]
    what: str
    when: When
    where: tuple[Place, ...]
    quotes: tuple[Quote, ...]
    lead: tuple[str, ...] = ()  # the first sentences, where news states the event
    headline: str = ""  # written from the lead when the article came without a title
    english: bool = True  # False: who, where and quotes were not looked for

    @property
    def title(self) -> str:
        return self.article.title or self.headline or self.what

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.article.title,
            "published": _iso(self.article.published),
            "source": self.article.source,
            "url": self.article.url,
            "summary": list(self.summary),
            "who": [e.to_dict() for e in self.who],
            "what": self.what,
            "when": self.when.to_dict(),
            "where": [p.to_dict() for p in self.where],
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True)
class Source:
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    fingerprint: str | None = None  # of the article's text: how the history knows it was briefed

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": _iso(self.published),
        }


@dataclass(frozen=True)
class Developing:
    """A story that earlier briefs carried too: this is its ``day``-th brief."""

    day: int
    first_day: date | None

    def to_dict(self) -> dict[str, Any]:
        return {"day": self.day, "first_day": _iso(self.first_day)}


@dataclass(frozen=True)
class Story:
    title: str
    summary: tuple[str, ...]
    who: tuple[Entity, ...]
    what: str
    when: When
    where: tuple[Place, ...]
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]
    score: float = 0.0
    developing: Developing | None = None  # set from the history: earlier briefs carried it

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "summary": list(self.summary),
            "who": [e.to_dict() for e in self.who],
            "what": self.what,
            "when": self.when.to_dict(),
            "where": [p.to_dict() for p in self.where],
            "quotes": [q.to_dict() for q in self.quotes],
            "sources": [s.to_dict() for s in self.sources],
            "developing": self.developing.to_dict() if self.developing else None,
        }


@dataclass(frozen=True)
class Brief:
    date: date | None
    stories: tuple[Story, ...]
    articles: int = 0
    outside_day: int = 0
    more_stories: int = 0  # stories found but left out by the story cap
    unchanged: tuple[Story, ...] = ()  # developing stories with nothing new since the last brief
    repeated: int = 0  # articles left out because an earlier brief had them

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": _iso(self.date),
            "articles": self.articles,
            "outside_day": self.outside_day,
            "more_stories": self.more_stories,
            "repeated": self.repeated,
            "unchanged": [
                {"title": s.title, "developing": s.developing.to_dict() if s.developing else None}
                for s in self.unchanged
            ],
            "stories": [s.to_dict() for s in self.stories],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
