"""The learned kind of a name read as a person's: a person, or a body (a company, club, band,
outlet or group)?

The rules (``person_signs.shows_a_person``) stop at the first sign they meet, and a first name
("Crystal Cruises", "Fannie Mae") or a missing one ("Snoop Dogg", "Naguib Mahfouz") misleads
them on names no word list holds. A logistic model weighs all the signs together, with the Who
scorer's view of the name (``who_features``); ``scripts/train_kinds.py`` fits it on the kinds
labelled by hand in ``scripts/who_kinds.tsv`` and writes ``briefing/data/kind_weights.json``.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache

from briefing.data import read_text
from briefing.extract.person_signs import (
    described_as_person,
    employer,
    has_honorific,
    named_place,
    occurrences,
    pronouns_after,
    surname_alone,
    written_after_the,
)
from briefing.model import Entity
from briefing.nlp.lexicon import is_first_name, names_a_body, role_words, team_words
from briefing.nlp.mention_context import PLURAL_VERB, WORD_AFTER
from briefing.nlp.mentions import HONORIFICS
from briefing.scorer import linear_score, logistic

WEIGHTS = "kind_weights.json"

KIND_FEATURES = (
    "kind:it",  # "it", "its", "which" after the name (log)
    "kind:he",  # "he", "she", "his", "her", "who" after it (log)
    "kind:honorific",  # "Mr", "Dr", … before the name or its last word
    "kind:surname",  # its last word stands alone more often than the full name ("Mahfouz said")
    "kind:the",  # news writes "the" before it ("the Red Cross")
    "kind:employer",  # someone works at it ("an analyst at Merrill Lynch")
    "kind:described",  # an age or a word for someone set off after it or before it
    "kind:plural_verb",  # a plural verb after it ("Contrack are", "Millwall have")
    "kind:body_word",  # any of its words is a word for a body ("Crystal Cruises", "Roxy Music")
    "kind:city",  # one of its words names a country or a sizeable city ("Real Sociedad" not, "Leyton Orient" not)
    "kind:one_word",  # a single word
    "kind:first_name_only",  # a single word given as a first name ("Usher", "Closer")
    "kind:score",  # a score or "v" within a few words of it ("held 1-1 by Aston Villa", "beat Leeds 2-0")
    "kind:team_word",  # it or its last word before a word for a side's staff ("Villa manager", "Tesco boss")
)

#: A score or a fixture's "v" a few words before or after a name: the name is a side.
_SCORE_BEFORE = re.compile(r"(?:\b\d{1,3}-\d{1,3}|\bv|\bvs\.?)(?:[ \t\u00a0]+[a-z]+){0,2}[ \t\u00a0]+$")
_SCORE_AFTER = re.compile(r"(?:[ \t\u00a0]+[a-z]+){0,2}[ \t\u00a0]+(?:\d{1,3}-\d{1,3}\b|v\b|vs\b)")


def kind_row(entity: Entity, row: dict[str, float], text: str) -> dict[str, float]:
    """``row`` (the entity's Who features) with the KIND_FEATURES added, less the name's own last
    word (``head=``): a kind learned by word ("Ferdinand" of Franz Ferdinand) is a kind remembered,
    and it makes Les Ferdinand a band."""
    words = entity.name.split()
    thing, person = pronouns_after(entity.name, text)
    values = (
        math.log1p(thing) / 2,
        math.log1p(person) / 2,
        float(has_honorific(entity.name, text) or (len(words) > 1 and has_honorific(words[-1], text))),
        float(surname_alone(entity.name, text)),
        float(written_after_the(entity, text)),
        float(employer(entity.name, text)),
        float(described_as_person(entity.name, text)),
        float(any(PLURAL_VERB.match(text, end) for _, end in occurrences(entity.name, text))),
        float(any(names_a_body(w) for w in words)),
        float(any(named_place(w) for w in words)),
        float(len(words) == 1),
        float(len(words) == 1 and is_first_name(words[0])),
        float(any(_scored(text, start, end) for start, end in occurrences(entity.name, text))),
        float(_before_team_word(entity.name, text)),
    )
    kept = {name: value for name, value in row.items() if not name.startswith("head=")}
    return kept | {name: value for name, value in zip(KIND_FEATURES, values, strict=True) if value}


def _before_team_word(name: str, text: str) -> bool:
    """The name, or its last word alone, right before a word for a side's players or staff."""
    words = name.split()
    forms = {name, words[-1]} if len(words) > 1 else {name}
    for form in forms:
        for _, end in occurrences(form, text):
            after = WORD_AFTER.match(text, end)
            if after is not None and after[1] in team_words():
                return True
    return False


def _scored(text: str, start: int, end: int) -> bool:
    return bool(_SCORE_BEFORE.search(text, max(0, start - 30), start) or _SCORE_AFTER.match(text, end, end + 30))


@cache
def _model() -> tuple[dict[str, float], float, float]:
    record = json.loads(read_text(WEIGHTS))
    weights = {name: float(weight) for name, weight in record["weights"].items()}
    return weights, float(record["body_below"]), float(record["person_above"])


def person_probability(row: dict[str, float]) -> float:
    """How likely a name with the kind row ``row`` is a person's (a word the weights do not name
    weighs nothing)."""
    weights, _, _ = _model()
    return logistic(linear_score(weights, row))


def is_person(entity: Entity, row: dict[str, float], text: str) -> bool:
    """Whether ``entity``, read as a person's name and with the Who features ``row``, is a
    person's: surely so when a title or a role word opens it ("Duchess of Cornwall", "Archbishop
    of Canterbury"); else the model overrules the rules' reading (``shows_no_person``) only where
    it is sure ("Goldman Sachs" at 0.42 stays the body the rules found)."""
    if opens_with_title(entity):
        return True
    _, body_below, person_above = _model()
    return says_person(
        person_probability(kind_row(entity, row, text)), not row.get("shows_no_person"), body_below, person_above
    )


def says_person(probability: float, rules_person: bool, body_below: float, person_above: float) -> bool:
    return probability >= person_above or (rules_person and probability >= body_below)


def opens_with_title(entity: Entity) -> bool:
    """A title opens the name, or the person holds one alone ("Charles", whom the text calls "the King")."""
    titles = HONORIFICS | role_words()
    held = (entity.role or "").split()
    return entity.name.split()[0].lower().rstrip(".") in titles or (
        len(entity.name.split()) == 1
        and len(held) == 1
        and held[0].lower().rstrip(".") in titles - _AFFILIATIONS  # not "Britain" of "Labour Britain"
    )


#: Role words that say whose side someone is on, not what they are; alone, they make no one a person.
_AFFILIATIONS = frozenset(
    {"labour", "conservative", "tory", "democrat", "democratic", "republican", "former", "shadow"}
)
