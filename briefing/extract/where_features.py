"""What the Where scorer sees of one candidate place: cheap facts about the place and how the
text uses it, each a number in [0, 1]. ``scripts/train_where.py`` learns their weights from
places labelled by hand (``scripts/where_labels.tsv``: is this where the story happens, in the
right country?); ``where.py`` drops the places it scores as not the story's and ranks the rest.

The rules of ``where.py`` say what can be a place; whether a place named is where the story
happens (the lead's city, not a victim's home town, a firm's country or a past event's venue)
is weighed from how the text uses it rather than by another rule.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.extract.who_features import word_after, word_before
from briefing.model import Place
from briefing.nlp.lexicon import demonym_country, place
from briefing.nlp.quote_marks import Marked
from briefing.nlp.subject import looks_like_verb
from briefing.nlp.words import HEADLINE_SMALL_WORDS

if TYPE_CHECKING:
    from briefing.extract.where import PlaceCandidate

PLACE_FEATURES = (
    "bias",
    "headline",  # named in the headline
    "lead",  # named in the headline or the lead
    "locative",  # after "in", "at", "from", "of", … somewhere
    "located",  # right after "in", "at", "near" or a word of going "to"
    "qualified",  # named with its state or country ("Sterling Heights, Michigan")
    "mentions",  # log of the mentions, scaled
    "most_named",  # named as often as any other candidate
    "site",
    "city",
    "province",
    "region",
    "country",
    "population",  # log of a town's population, scaled
    "unplaced",  # a town or region the story's countries leave without a country
    "story_country",  # in (or is) the country the story names most, or its dateline's
    "dateline",  # the dateline's place or its country
    "people_named",  # the text names its people ("Greek", "French")
    "first_at",  # how far into the text it is first named, scaled
    "possessive",  # share of mentions followed by 's ("India's United Breweries")
    "modifier",  # share of mentions followed by a noun they modify ("a US firm", "UK talent")
    "listed",  # share of mentions in a list with other places ("Manchester, Liverpool, Leicester")
    "year_near",  # share of mentions with a year close by ("in Leicester in 1998"): past events
    "quoted",  # share of mentions inside quotation marks
    "sport",  # the story is about sport
    "candidates",  # how many places the story names, scaled
    "share",  # its share of all the places' mentions
    "origin",  # share of mentions saying where someone is from ("Steve Arthur, 46, from Pease Pottage")
    "first_sentence",  # named in the first sentence of the body
    "title_country",  # the headline names it, its country or the country's people ("French wine …")
    "dated",  # share of mentions in a sentence that names a day ("in Kabul on Tuesday"): the event's
)

_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last night|"
    r"this (?:week|morning|afternoon|evening|weekend))\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NEAR = 30
#: Characters into a text where a place is first named late: ``first_at`` is 1 from here on.
_FAR = 3000
_LIST_JOIN = re.compile(r"^(?:,|,?[ \t\u00a0]*and|,?[ \t\u00a0]*or)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([a-z]+)\b")
#: "Steve Arthur, 46, from Pease Pottage", "Mr McCrystal, from Derby", "Ashleigh Davis, of Ocala":
#: where someone lives or comes from, set off after them.
_ORIGIN = re.compile(
    r"(?:,|\d)[ \t\u00a0]+(?:who (?:is|was) )?(?:originally )?(?:from|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$"
)


@dataclass(frozen=True)
class PlacePage:
    """What every candidate's features read of the article, gathered once per article."""

    text: str
    title: str
    dateline: Place | None
    sport: bool
    candidates: tuple[PlaceCandidate, ...]
    story_countries: frozenset[str]  # the most-named country and the dateline's
    people_of: frozenset[str]  # countries whose people the text names
    spans: tuple[tuple[int, int], ...]  # every candidate's mentions in the text, in order
    quotations: Marked  # every stretch of the text in quotation marks
    title_countries: frozenset[str]  # the places the headline names, and the countries of its people
    sentence_ends: tuple[int, ...]  # where each sentence ends, in order
    most_named: int  # the most mentions any candidate has
    all_named: int  # all the candidates' mentions

    @classmethod
    def of(
        cls,
        candidates: Sequence[PlaceCandidate],
        text: str,
        title: str | None,
        dateline: Place | None,
        sport: bool,
        peoples: frozenset[str],
        quotations: Sequence[tuple[int, int]] = (),
        sentence_ends: Sequence[int] = (),
    ) -> PlacePage:
        """``peoples`` are the countries whose people the text names (``peoples_countries``)."""
        named: Counter[str] = Counter()
        for candidate in candidates:
            if candidate.country or candidate.kind == "country":
                named[candidate.country or candidate.canonical] += candidate.count
        story = {name for name, count in named.items() if count == max(named.values(), default=0)}
        if dateline is not None:
            story.add(dateline.country or dateline.name)
        headlined = [c for c in candidates if any(h for _, _, h in c.ends)]
        headline = peoples_countries(title, "") | {c.country or c.canonical for c in headlined}
        headline |= {c.canonical for c in headlined}
        spans = sorted((s, e) for c in candidates for s, e, in_headline in c.ends if not in_headline)
        return cls(
            text,
            title or "",
            dateline,
            sport,
            tuple(candidates),
            frozenset(story),
            peoples,
            tuple(spans),
            Marked.of(quotations),
            frozenset(h for h in headline if h),
            tuple(sentence_ends),
            max((c.count for c in candidates), default=1),
            sum(c.count for c in candidates),
        )

    def dated(self, start: int) -> bool:
        """The sentence holding ``start`` names a day: a weekday, "yesterday", "last night"."""
        index = bisect_right(self.sentence_ends, start)
        begin = self.sentence_ends[index - 1] if index else 0
        end = self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.text)
        return _DAY.search(self.text, begin, end) is not None

    def listed(self, start: int, end: int) -> bool:
        """Another place right before or after, joined by a comma or "and"."""
        index = bisect_right(self.spans, (start, end)) - 1
        before = self.spans[index - 1] if index > 0 else None
        after = self.spans[index + 1] if index + 1 < len(self.spans) else None
        return bool(
            (before and _LIST_JOIN.match(self.text[before[1] : start].strip(" ") + " "))
            or (after and _LIST_JOIN.match(self.text[end : after[0]].strip(" ") + " "))
        )


def place_features(candidate: PlaceCandidate, page: PlacePage) -> dict[str, float]:
    """The PLACE_FEATURES of ``candidate``, and ``prev=``/``next=`` the words around its mentions
    in the text (each as the share of mentions), which the training script keeps where it saw
    them often enough to weigh."""
    text = page.text
    body = [(s, e) for s, e, in_headline in candidate.ends if not in_headline]
    entry = place(candidate.name)
    population = entry.population if entry is not None and candidate.kind == "city" else 0
    country = candidate.country or (candidate.canonical if candidate.kind == "country" else None)
    dateline = page.dateline
    first_end = page.sentence_ends[0] if page.sentence_ends else 0

    def share(test: Sequence[bool]) -> float:
        return sum(test) / len(test) if test else 0.0

    dense = [
        1.0,
        float(any(h for _, _, h in candidate.ends)),
        float(candidate.in_lead),
        float(candidate.locative),
        float(candidate.located),
        float(candidate.qualified),
        min(1.0, math.log1p(candidate.count) / 3),
        float(candidate.count == page.most_named),
        *(float(candidate.kind == kind) for kind in ("site", "city", "province", "region", "country")),
        min(1.0, math.log10(population) / 7) if population > 1 else 0.0,
        float(candidate.kind != "country" and country is None),
        float(country in page.story_countries),
        float(dateline is not None and (candidate.name == dateline.name or candidate.canonical == dateline.country)),
        float(country in page.people_of),
        min(1.0, body[0][0] / _FAR) if body else 0.0,
        share([text[s:e].endswith(("'s", "’s")) for s, e in body]),  # a mention holds its possessive
        share([_modifies(text, e) for _, e in body]),
        share([page.listed(s, e) for s, e in body]),
        share([bool(_YEAR.search(text, max(0, s - _NEAR), e + _NEAR)) for s, e in body]),
        share([page.quotations.covers(s) for s, _ in body]),
        float(page.sport),
        min(1.0, len(page.candidates) / 10),
        candidate.count / max(page.all_named, 1),
        share([bool(_ORIGIN.search(text, max(0, s - 40), s)) for s, _ in body]),
        float(bool(body) and body[0][0] < first_end),
        float(country in page.title_countries or candidate.canonical in page.title_countries),
        share([page.dated(s) for s, _ in body]),
    ]
    features = {name: value for name, value in zip(PLACE_FEATURES, dense, strict=True) if value}
    for start, end in body:
        for key in ("prev=" + word_before(text, start), "next=" + word_after(text, end)):
            features[key] = features.get(key, 0.0) + 1.0 / len(body)
    return features


def peoples_countries(title: str | None, text: str) -> frozenset[str]:
    """The countries whose people the headline and ``text`` name ("Greek", "British")."""
    words = set(_CAPITALISED.findall(f"{title or ''} {text}"))
    return frozenset(country for word in words if (country := demonym_country(word)))


def _modifies(text: str, end: int) -> bool:
    """A lower-case word after the name that is no verb and no small word: the noun it modifies."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and match[1] not in HEADLINE_SMALL_WORDS and not looks_like_verb(match[1])
