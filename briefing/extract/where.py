"""Where: the dateline place first, then the places the text names, the event's place first.

A place named in the lead, after "in", "at" or "near", counts most, and a city named with its
state or country ("Sterling Heights, Michigan") more. A small town named bare
("Mercedes" the team, "Jos" the driver) needs a locative preposition or a country after it to
count, and a word of a person's name is a place only after such a preposition ("Hamilton won"
but "killed in Croydon", though the page also names a "Croydon Tram"). Names keep the form the text uses ("UK").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefing.extract.where_features import PlacePage, peoples_countries, place_features
from briefing.extract.where_scorer import probability, where_model
from briefing.model import Place
from briefing.nlp.credits import credit_spans, in_credits
from briefing.nlp.lexicon import (
    COMPASS,
    SAINTS,
    GazetteerEntry,
    abbreviated_region,
    is_demonym,
    names_a_country,
    namesakes,
    place,
    place_in,
    region_country,
    small_towns,
    town_in,
)
from briefing.nlp.mention_context import PUT_IN_BOTH, after_settlement_word, names_a_team, paired_town
from briefing.nlp.mentions import Mention
from briefing.nlp.topic import about_sport

if TYPE_CHECKING:
    from briefing.doc import Doc

_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|from|across|inside|around|to|into|of)\s+(?:the\s+)?"
    r"(?:(?!against\b|beat\b|beating\b|versus\b|over\b)[a-z]+\s+){0,2})$"  # not "in attack against Reading"
)
#: Where someone was born or grew up: background, as a birth date is no day of the story.
_BIOGRAPHY = re.compile(
    r"\b(?:[Bb]orn|[Rr]aised|[Gg]rew up|[Bb]rought up|[Nn]ative of|[Hh]ails from|[Hh]ailing from)(?:\s+(?:in|on|at)\s+[\w,]+)?"
    r"\s+(?:in|at|near|outside)?\s*(?:the\s+)?$"
)
#: A name put somewhere and a comma before a town: the town it is in ("in Victoria Park, Bolton").
_AFTER_A_PLACED_NAME = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+$")
#: A preposition that puts what follows somewhere, right before it: a word of a person's name
#: is a place only after one.
_PUT_IN = re.compile(r"\b(?:in|at|near|outside|inside|from|into)\s+(?:the\s+)?$")
#: What puts the event in a place, in a story of sides too: "in", "at", "near", and "to" after a
#: word of going ("flew to Barcelona", "the tour to New Zealand"; not "losses to Newcastle").
_LOCATED = re.compile(
    r"\b(?:(?:in|at|near|outside|inside)|(?:flew|flown|fly|flies|travel(?:led|s)?|went|go|goes|heads?|headed|"
    r"moved?|returned?|returns|arrived?|tour|trip|journey|flight|visit)\s+(?:back\s+)?to)\s+(?:the\s+)?$"
)
_OWNER = re.compile(r"(?P<name>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)['’]s\s+$")
_SPECIFICITY = {"site": 1.0, "city": 0.8, "province": 0.4, "region": 0.4, "country": 0.0}
_LEAD_WEIGHT = 2.0
_LOCATIVE_WEIGHT = 1.0
_MENTION_WEIGHT = 0.5
_QUALIFIED_WEIGHT = 1.0
_QUALIFIER = re.compile(r",\s+(?P<name>[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,2})")
_MENTIONS_COUNTED = 4
#: A city this large, far larger than its namesakes, places the story in its country ("Houston").
_KNOWN_CITY = 300_000
#: Seasons, capitalised as times of year, never the towns named so ("in Spring next year").
_SEASONS = frozenset({"Spring", "Summer", "Autumn", "Winter", "Fall"})
#: A town this large that no town abroad shares its name with places the story in its country.
_UNIQUE_TOWN = 50_000
#: Cities at least this large are places even when named bare.
_BIG_CITY = 1_000_000


@dataclass
class PlaceCandidate:
    name: str
    kind: str
    country: str | None
    canonical: str
    first: int
    in_lead: bool
    locative: bool
    qualified: bool = False
    located: bool = False  # right after "in", "at", "near": the text puts something there
    small: bool = False  # a town under 50,000 (``small_towns``): a place only in a country the story names
    count: int = 1
    ends: list[tuple[int, int, bool]] = field(default_factory=list)  # each mention: start, end, in the headline

    @property
    def score(self) -> float:
        """The lead and a locative preposition say "this is where"; repetition helps, up to a point."""
        return (
            _LEAD_WEIGHT * self.in_lead
            + _LOCATIVE_WEIGHT * self.locative
            + _QUALIFIED_WEIGHT * self.qualified
            + _MENTION_WEIGHT * min(self.count, _MENTIONS_COUNTED)
            + _SPECIFICITY.get(self.kind, 0.0)
        )


def find_where(doc: Doc) -> list[Place]:
    """Places of the article, at most five; none for an article not in English."""
    if not doc.english:
        return []
    candidates, page = where_candidates(doc)
    weights, threshold = where_model()
    scored = [probability(weights, place_features(c, page)) for c in candidates]
    return places_of(doc.article.dateline, candidates, scored, threshold)[:5]


def where_candidates(doc: Doc) -> tuple[list[PlaceCandidate], PlacePage]:
    """The places the text names that may say where, and what their features read of the page."""
    article = doc.article
    credits = credit_spans(doc.sentences)  # "… wrote from Hong Kong": where the story was written, not about
    mentions = [m for m in doc.mentions if not in_credits(m.start, credits)]
    sport = about_sport(f"{article.title or ''}\n{doc.text}")
    peoples = peoples_countries(article.title, doc.text)
    candidates = place_candidates(
        article.dateline,
        mentions,
        doc.people,
        doc.text,
        doc.lead_end,
        article.title,
        doc.headline_mentions,
        article.body_start,
        sport,
        peoples=peoples,
    )
    quotations = [(q.start, q.end) for q in doc.quotations]
    ends = [s.end for s in doc.sentences]
    return candidates, PlacePage.of(
        candidates, doc.text, article.title, article.dateline, sport, peoples, quotations, ends
    )


def places_of(
    dateline: Place | None,
    candidates: Sequence[PlaceCandidate],
    scores: Sequence[float],
    threshold: float,
) -> list[Place]:
    """Places of the article: the ``dateline``'s place first, then the ``candidates`` whose
    ``scores`` (the scorer's probability that each is where the story happens) reach
    ``threshold``, in the rules' order (``PlaceCandidate.score``: the lead, a locative
    preposition, a state named after a town, repetition); a city the headline puts the event in
    ("… in Croydon") goes before a dateline that differs, which says where the story was filed.

    The scorer only decides what is shown: on the labelled articles its order gets the first place
    right no more often than the rules' order, which also knows a town named with its state
    ("Cleveland, Ohio") and a landmark's city ("Trump Tower in New York City") come first."""
    score_of = {id(c): p for c, p in zip(candidates, scores, strict=True)}
    kept = [c for c in candidates if score_of[id(c)] >= threshold]
    headline = [c for c in candidates if c.first == -1 and score_of[id(c)] >= _HEADLINE_FLOOR]
    if not kept and not dateline and headline:
        # "Storm Floris: Scotland hit by 85mph winds" with no place sure enough: the headline's
        # likeliest place rather than none
        kept = [max(headline, key=lambda c: score_of[id(c)])]
    places: list[Place] = [dateline] if dateline else []
    named = {p.name for p in places} | {p.country for p in places if p.country}
    for found in _specific_first(sorted(kept, key=lambda c: (-c.score, c.first))):
        if found.canonical in named or found.name in named:
            continue
        places.append(Place(name=found.name, kind=found.kind, country=found.country))
        named.update((found.name, found.canonical))
    if dateline and len(places) > 1:
        # "Taliban strike consulate in Mazar-i-Sharif" filed from Kunduz: the event's city leads.
        event = next((c for c in kept if c.first == -1 and c.locative and c.kind == "city"), None)
        chosen = next((p for p in places if event and p.name == event.name), None)
        if chosen is not None and chosen is not places[0]:
            places = [chosen, *(p for p in places if p is not chosen)]
    return places


#: How likely a place the headline names must be to stand alone where no other place is sure.
_HEADLINE_FLOOR = 0.6


def place_candidates(
    dateline: Place | None,
    mentions: Sequence[Mention],
    person_names: set[str],
    text: str = "",
    lead_end: int = 0,
    title: str | None = None,
    headline: Sequence[Mention] = (),
    body_start: int = 0,
    sport: bool = False,
    *,
    peoples: frozenset[str],
) -> list[PlaceCandidate]:
    """The places the text names that may say where, one per place, in the order first named,
    with their countries settled by the story's others.

    The headline (``title``, whose mentions are ``headline``) counts like the lead, and a town it
    names needs no preposition ("Seattle shooting: …"): headlines drop them. A story about
    ``sport`` (``nlp.topic``) names towns and countries as sides, as one that makes two of them
    sides does: there only what ``_LOCATED`` matches ("in", "at", "flew to") puts the event in one.
    ``peoples`` are the countries whose people the story names (``peoples_countries``).
    """
    surnames = {name.split()[-1] for name in person_names}
    first_words = {name.split()[0] for name in person_names}
    candidates: dict[str, PlaceCandidate] = {}
    in_title = [(m, title or "", True) for m in headline]
    body = text[body_start:]  # ``text`` opens with the title line when the article came as plain text
    teams = _teams([*in_title, *((m, text, False) for m in mentions)])
    sides = sum(1 for name in teams if place(name) is not None)  # towns and countries as sides
    for mention, source, in_headline in [*in_title, *((m, text, False) for m in mentions)]:
        if mention.name in teams and not _IN.search(source, max(0, mention.start - 4), mention.start):
            continue  # "Southampton have drawn …", "Hoddle was manager at Southampton": the club
        found = _candidate(mention, source, (surnames, first_words), lead_end, in_headline)
        if found is None or (in_headline and not _named_in_body(found, body)):
            continue
        if (sport or sides >= _SIDES) and found.kind != "site" and not found.located and not found.qualified:
            continue  # a story of teams names towns and countries as sides ("losses to Newcastle",
            # "against Brazil"): there only "in", "at", "flew to" (``_LOCATED``) puts the event in one
        found.ends.append((mention.start, mention.end, in_headline))
        known = candidates.get(found.canonical)
        if known is None:
            candidates[found.canonical] = found
        else:
            known.count += 1
            known.in_lead |= found.in_lead
            known.locative |= found.locative
            known.qualified |= found.qualified
            known.located |= found.located
            known.ends.extend(found.ends)
    abroad = _placed_in_the_story(candidates.values(), text, dateline, peoples)
    return [c for c in candidates.values() if c.canonical not in abroad]


#: A town this many times larger than every namesake is the one meant, wherever the story is.
_DOMINANCE = 3


def _placed_in_the_story(
    candidates: Iterable[PlaceCandidate], text: str, dateline: Place | None, peoples: frozenset[str]
) -> set[str]:
    """A town whose name several sizeable towns share is the one in a country the story names:
    "his count in Richmond" in a story of British voters is not the Richmond of Virginia, and
    Valencia in a Spanish football story is in Spain. The story's countries are those it names,
    whose people it names ("British"), its dateline's and those of towns named with their
    country. A shared name in none of them gets no country; a city of a million or a town far
    larger than its namesakes (Barcelona, Athens, Bristol) keeps its own.

    Returns the provinces of countries the story never names while its other places lie
    elsewhere ("the Bel Air area of Los Angeles" is no district of the Seychelles): no places."""
    candidates = list(candidates)
    abroad: set[str] = set()
    story = {c.canonical for c in candidates if c.kind == "country"}
    story |= {c.country for c in candidates if c.qualified and c.country}
    regions = {c.canonical: c.country for c in candidates if c.kind in ("province", "region") and c.country}
    known = {c.canonical: c.country for c in candidates if c.kind == "city" and c.country and _known_by_name(c)}
    if dateline is not None:
        story.add(dateline.country or dateline.name)
    story |= peoples
    if "£" in text:
        story.add("United Kingdom")  # prices in pounds: a British story, whose "Kent" is the county
    # "at about 23:00 BST": the clock says where; not a page's "PUBLISHED: 08:53 EST" (the site's clock)
    story |= {
        _ZONES[z[1]] for z in _ZONE.finditer(text) if not _STAMPED.search(text, max(0, z.start() - 30), z.start())
    }
    for candidate in candidates:
        # other towns and regions the story names place it; a place cannot place itself
        others = {**known, **regions}
        placed = story | {country for name, country in others.items() if name != candidate.canonical}
        if _relative(candidate.name) and candidate.country not in placed:
            candidate.country = None  # "the West End" of a London story is no province of the Caymans
            continue
        if candidate.kind == "province" and placed and candidate.country not in placed:
            abroad.add(candidate.canonical)  # a province abroad is named with its country or its people
            continue
        if candidate.small and not candidate.qualified:
            home = _small_town_in(candidate.name, placed)
            if home is None:
                abroad.add(candidate.canonical)  # "in Clinton" of no country the story names: unplaced
            candidate.country = home
            continue
        places = namesakes(candidate.name)
        if candidate.kind == "city" and not candidate.country and not places and len(placed) == 1:
            candidate.country = next(iter(placed))  # "the town of Bara" in a story of Sudan alone
            continue
        if candidate.kind != "city" or candidate.country in placed or candidate.qualified:
            continue
        towns = [e for e in places if e.kind == "city"]
        own = max((e.population for e in towns if e.country == candidate.country), default=0)
        rivals = [e for e in towns if e.country != candidate.country and _DOMINANCE * e.population > own]
        # a province of the story's country is a namesake too ("in Kent" in a British story)
        provinces = [e for e in places if e.kind == "province" and e.country in placed]
        in_story = max((e for e in rivals if e.country in placed), key=lambda e: e.population, default=None)
        in_story = in_story or (provinces[0] if provinces else None)
        # Windsor in a story of Berkshire is not the larger Windsor of Ontario
        home = _small_town_in(candidate.name, placed) if own < _KNOWN_CITY else None
        if in_story is not None or home is not None:
            candidate.country = in_story.country if in_story is not None else home
        elif rivals and own < _BIG_CITY:  # Barcelona is in Spain, whatever a Venezuelan namesake
            candidate.country = None
    return abroad


#: Time zones that belong to one country: a time given in one places the story there.
_ZONES = {
    "BST": "United Kingdom",
    "EDT": "United States",
    "EST": "United States",
    "ET": "United States",
    "CDT": "United States",
    "PDT": "United States",
    "PST": "United States",
    "PT": "United States",
    "AEST": "Australia",
    "AEDT": "Australia",
    "NZST": "New Zealand",
    "NZDT": "New Zealand",
}
_STAMPED = re.compile(r"(?i:published|updated|posted)\b")
_ZONE = re.compile(rf"\d(?:[ \t\u00a0]*(?:am|pm|a\.m\.|p\.m\.))?[ \t\u00a0]+({'|'.join(_ZONES)})\b")


def _small_town_in(name: str, placed: set[str]) -> str | None:
    """The story's country, when the story is placed in one alone and a small town there is
    called ``name``: in a story of several countries a festival's "Glastonbury" is as likely
    the English village as the town in Connecticut."""
    country = next(iter(placed)) if len(placed) == 1 else None
    return country if any(e.country == country for e in small_towns(name)) else None


def _relative(name: str) -> bool:
    """ "North East", "West End", "Western": a part of whatever the writer has in mind."""
    return all(word.capitalize() in COMPASS or word == "End" for word in re.split(r"[ -]", name))


def _known_by_name(candidate: PlaceCandidate) -> bool:
    """A town far larger than every namesake ("London", "Houston"): naming it places the story in
    its country."""
    places = namesakes(candidate.name)
    towns = [e for e in places if e.kind == "city"]
    own = max((e.population for e in towns if e.country == candidate.country), default=0)
    abroad = [e for e in towns if e.country != candidate.country]
    alone = all(e.country == candidate.country for e in places)
    if alone and own >= _UNIQUE_TOWN:  # "Sunderland": no town, county or state of that name anywhere else
        return True
    return own >= _KNOWN_CITY and all(_DOMINANCE * e.population <= own for e in abroad)


def _specific_first(ranked: list[PlaceCandidate]) -> list[PlaceCandidate]:
    """A country on top gives way to the best-supported city or province inside it that the
    headline or the lead names: the most specific place of the event ("… in Afghanistan" and
    "Mazar-i-Sharif", "China well rescue: boy trapped in Hebei"). A landmark on top gives way to
    the city the lead puts the event in ("outside Trump Tower in New York City"): the city is
    the answer readers place; the landmark stays second."""
    if ranked and ranked[0].kind == "site":
        city = next((c for c in ranked[1:] if c.kind == "city" and c.in_lead and c.located), None)
        return ranked if city is None else [city, *(c for c in ranked if c is not city)]
    if not ranked or ranked[0].kind != "country":
        return ranked
    country = ranked[0].canonical
    inside = next(
        (c for c in ranked[1:] if c.country == country and c.kind in ("city", "province") and c.in_lead), None
    )
    return ranked if inside is None else [inside, *(c for c in ranked if c is not inside)]


#: A body of water named by the word before it in lower case.
_WATER_AFTER = re.compile(r"[ \t\u00a0]+(?:river|creek|stream|canal|estuary|reservoir|lake|dam)\b")


def _candidate(
    mention: Mention, text: str, names: tuple[set[str], set[str]], lead_end: int, in_headline: bool
) -> PlaceCandidate | None:
    """``names`` holds the last and the first words of the article's people's names."""
    settlement = mention.kind == "name" and after_settlement_word(text, mention.start)
    settlement = settlement or paired_town(mention, text)
    if settlement:
        mention = replace(mention, kind="place")  # "the town of Bara": a town the gazetteer lacks
    small = _small_town(mention, text, names)
    if small:
        mention = replace(mention, kind="place")
    if mention.kind not in ("place", "site") or (mention.name in COMPASS and mention.name.endswith("ern")):
        return None  # "Western" powers, "Northern" lights: an adjective, no place
    if mention.name in _SEASONS:
        return None  # "in Spring next year": a time, not Spring, Texas
    if _WATER_AFTER.match(text, mention.end):
        return None  # "the Mithi river", "the Shannon estuary": the water, not a town of its name
    possessive = (text[mention.end - 2 : mention.end], text[mention.end : mention.end + 2])
    if mention.name.startswith(SAINTS) and ({"'s", "’s"} & set(possessive)):
        return None  # "St Mary's", "St George's": a hospital, a church or a ground, not the town
    # a paragraph's first word has nothing before it: "… to drive mobiles" is the headline's
    before = text[max(0, mention.start - 40) : mention.start].rpartition("\n\n")[2]
    if _BIOGRAPHY.search(before):
        return None  # "who grew up in Biloxi", "born in 1970 in St. Martinville": a life, not the event
    locative = bool(_LOCATIVE.search(before) or _AFTER_A_PLACED_NAME.search(before))
    surnames, first_words = names
    if mention.name in surnames and not _PUT_IN.search(before):
        return None  # "Hamilton wins", "six of Herrera's goals", "to block Herrera", but "killed in Croydon"
    if mention.name in first_words and not locative and not names_a_country(mention.name):
        # a name's first word ("Chicago" of a "Chicago Cubs" taken for a person) wherever put; but
        # "UK" of "UK Coal" is still the country in "the UK's biggest coal producer"
        return None
    if mention.kind == "site":
        if not (locative or in_headline):
            return None
        # "Grand Isle, La.": a state or country after it says where it is
        kind, country, canonical = "site", _stated_country(text[mention.end : mention.end + 40]), mention.name
    else:
        after = text[mention.end : mention.end + 40]
        entry = place(mention.name)
        if entry is not None and _continent(entry):
            return None  # "Europe", "North America": no one, but too wide to say where it happened
        stated = _stated_country(after)
        if stated and (entry is None or entry.country != stated):  # "Birmingham, Ala." is not in England
            entry = place_in(mention.name, stated) or entry
            if entry is not None and entry.kind == "city" and entry.country != stated and _stated_by_a_region(after):
                entry = GazetteerEntry(mention.name, "city", stated, 0)  # "Bergen, New Jersey": not Norway's
        if stated and entry is not None and entry.kind != "city":
            # "Washington, DC": a name qualified by a state or country is the town, not the state
            entry = town_in(mention.name, stated) or entry
        if entry is None and ((stated and locative) or settlement):  # "in Ashley Falls, Massachusetts"
            entry = GazetteerEntry(mention.name, "city", stated or "", 0)
        if entry is None and small:  # its country is settled by the story's (``_placed_in_the_story``)
            entry = GazetteerEntry(mention.name, "city", "", max(e.population for e in small_towns(mention.name)))
        words = mention.name.split()
        base = place(" ".join(words[1:])) if len(words) > 1 and words[0] in COMPASS else None
        if entry is None and base is not None and _continent(base):
            entry = GazetteerEntry(mention.name, "region", "", 0)  # "Eastern Europe", "West Africa"
        elif entry is None and base is not None and _has_parts(base):  # "Western Sydney": a part of a place
            entry = GazetteerEntry(mention.name, "region", base.country, 0)
        # a town with its state or country ("Flint, MI") is named as a place
        locative = locative or bool(stated and entry and entry.country == stated)
        if entry is None or not _supported(entry, locative or in_headline, after, before):
            return None
        kind = entry.kind
        country = (entry.country or None) if entry.kind != "country" else None
        canonical = entry.country if entry.kind == "country" else mention.name
    first = -1 if in_headline else mention.start
    qualified = kind in ("city", "province") and _qualified(text[mention.end : mention.end + 40], country)
    in_lead = in_headline or mention.start < lead_end
    located = bool(_LOCATED.search(before))
    # "U.S" whose last full stop ended the sentence is shown as the text wrote it: "U.S."
    name = mention.name + "." if mention.kind == "place" and place(mention.name + ".") else mention.name
    if kind == "country" and is_demonym(mention.name):
        name = canonical  # "Thai territory": the country is Thailand
    found = PlaceCandidate(name, kind, country, canonical, first, in_lead, locative, qualified, located)
    found.small = small and not stated
    return found


#: A city this big is named in parts ("West London", "Western Sydney"); a smaller namesake abroad
#: is more often what a compass word and its name mean ("East Durham" is in England).
_CITY_OF_PARTS = 500_000


def _has_parts(base: GazetteerEntry) -> bool:
    """A compass word before ``base`` names a part of it: a big city, a region, or a country by its
    own name ("Northern Nigeria"; not "Central America", whose "America" is no country's name, nor
    a province namesake abroad such as Kenya's "Coast")."""
    if base.kind == "city":
        return base.population >= _CITY_OF_PARTS
    if base.kind == "country":
        return base.name == base.country
    return base.kind == "region"


def _small_town(mention: Mention, text: str, names: tuple[set[str], set[str]]) -> bool:
    """A name the gazetteer lacks that a preposition puts somewhere and that a small town bears
    ("in Uvalde", "near Newton Aycliffe"; a name's first words may have made it a person), but
    no name of the article's people ("confidence in Clinton")."""
    if mention.kind not in ("name", "person") or place(mention.name) is not None or not small_towns(mention.name):
        return False
    if text[mention.end : mention.end + 2] in ("'s", "’s") or any(mention.name in group for group in names):
        return False
    # "in Sha Tin and Kai Tak": the second of two places a preposition puts something in
    return bool(
        _PUT_IN.search(text, max(0, mention.start - 12), mention.start)
        or PUT_IN_BOTH.search(text, max(0, mention.start - 50), mention.start)
        or after_settlement_word(text, mention.start)  # "the town of Hoi An"
    )


_IN = re.compile(r"\bin[ \t\u00a0]+$")
#: A story that makes this many towns or countries sides is about sport.
_SIDES = 2


def _teams(mentions: Sequence[tuple[Mention, str, bool]]) -> set[str]:
    """The names the text makes a team of anywhere ("Southampton have drawn"): a club or side
    in every mention, save "in Southampton"."""
    return {
        mention.name
        for mention, source, _ in mentions
        if mention.kind in ("place", "organization") and names_a_team(mention, source)
    }


def _stated_country(after: str) -> str | None:
    """The country of a state or country named right after a town ("Flint, Mich.", "Perth, Australia")."""
    name = _qualifier(after)
    return region_country(name) if name else None


def _stated_by_a_region(after: str) -> bool:
    """The town's qualifier is a state or province, not a country ("Bergen, New Jersey", "Portland,
    Dorset"): a list of places never runs on from a town to another country's province, as it
    may to another country ("Tokyo, Seoul, Taiwan and Hong Kong")."""
    name = _qualifier(after)
    if name and abbreviated_region(name):
        return True
    entry = place(name) if name else None
    return entry is not None and entry.kind in ("province", "region")


def _qualifier(after: str) -> str | None:
    match = _QUALIFIER.match(after)
    if not match:
        return None
    first = match["name"].split(" ")[0]
    return first if abbreviated_region(first) else match["name"].split(". ")[0]


def _qualified(after: str, country: str | None) -> bool:
    """ "Sterling Heights, Michigan": a writer who names a city with its state or country is
    saying exactly where."""
    match = _QUALIFIER.match(after)
    # "in Sterling Heights, Michigan. He said": the sentence ends inside the match
    name = match["name"].split(". ")[0] if match else ""
    abbreviated = (abbreviated_region(name.split(" ")[0]) or abbreviated_region(name)) if match else None
    if abbreviated:
        return abbreviated[1] == country
    entry = place(name.rstrip(".")) if match else None
    return (
        entry is not None
        and entry.kind in ("province", "region", "country")
        and (entry.country or entry.name) == country
    )


def _continent(entry: GazetteerEntry) -> bool:
    """A continent: a region of no country ("Europe", "South America")."""
    return entry.kind == "region" and not entry.country


def _named_in_body(found: PlaceCandidate, body: str) -> bool:
    """A town or site the headline names bare ("Mobile gig aims to rock 3G", "The Sound of Music
    is coming home") is a place only where the body names it too, inside a sentence ("… in
    Mobile"), or it is a city of a million or more."""
    if found.locative or found.kind not in ("city", "province", "site"):
        return True
    entry = place(found.name)
    if entry is not None and entry.population >= _BIG_CITY:
        return True
    return any(
        body[max(0, m.start() - 3) : m.start()].strip()[-1:] not in (".", "!", "?", "")
        for m in re.finditer(rf"\b{re.escape(found.name)}\b", body)
    )


def _supported(entry: GazetteerEntry, locative: bool, after: str, before: str = "") -> bool:
    if entry.kind not in ("city", "province") or locative or entry.population >= _BIG_CITY:
        return True  # provinces (population unknown) need support like small towns: many are words
    owner = _OWNER.search(before)
    if owner and place(owner["name"]):  # "Afghanistan's Mazar-i-Sharif"
        return True
    following = after.lstrip(" ,")
    return bool(following) and following != after and place(following.split(",")[0].split(" ")[0]) is not None
