"""Where: the dateline place first, then the places the text names, most specific first."""

from __future__ import annotations

from collections import Counter

from briefing.extract.lexicon import place
from briefing.extract.mentions import Mention
from briefing.model import Place

_SPECIFICITY = {"city": 0, "region": 1, "country": 2}


def find_where(dateline: str | None, mentions: list[Mention], person_names: set[str]) -> list[Place]:
    """Places of the article: ``dateline`` ("Moscow, Russia") first, then by mentions and specificity."""
    places: list[Place] = []
    if dateline:
        city, _, country = (part.strip() for part in dateline.partition(","))
        entry = place(city)
        places.append(
            Place(
                name=city,
                kind=entry.kind if entry else "city",
                country=country or (entry.country if entry and entry.kind != "country" else None),
            )
        )
    surnames = {name.split()[-1] for name in person_names}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for mention in mentions:
        if mention.kind != "place" or mention.name in surnames:
            continue
        counts[mention.name] += 1
        first.setdefault(mention.name, mention.start)
    named = {p.name for p in places} | {p.country for p in places if p.country}
    ranked = sorted(
        counts,
        key=lambda n: (_SPECIFICITY.get(place(n).kind, 3) if place(n) else 3, -counts[n], first[n]),  # type: ignore[union-attr]
    )
    for name in ranked:
        entry = place(name)
        if entry is None or name in named or (entry.country in named and entry.kind == "country"):
            continue  # already said, or the country of a place already given
        canonical = entry.country if entry.kind == "country" else name
        if canonical in named:
            continue
        places.append(
            Place(name=canonical, kind=entry.kind, country=entry.country if entry.kind != "country" else None)
        )
        named.update((name, canonical))
    return places
