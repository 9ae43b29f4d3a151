"""The lead's subject and predicate, found without a tagger: news leads put who first, then what.

A lead reads "[adverbial,] SUBJECT VERB ...". The subject ends at the first verb-like word: an
auxiliary, a common irregular past form, or a word ending in "-ed"; leading adverbials such as
"On Tuesday," and debris before a dateline are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.nlp.dates import WEEKDAY_PATTERN

_AUXILIARIES = (
    "is are was were be been being has have had will would can could may might must shall should do does did "
    "said says say told tells won lost took made met came went became left hit found gave held led ran saw "
    "struck fell rose sank shot spoke stood threw wrote began broke brought built bought caught chose drove "
    "fought flew got grew kept knew paid put sent set sold spent faces face plans plan warns warn claims "
    "urges urge vows vow calls call wants want needs need says beat beats"
)
_VERB = re.compile(rf"^(?:{'|'.join(_AUXILIARIES.split())}|[a-z]+ed)$")
_WORD = re.compile(r"[\w’'-]+|[,;:()]")
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:On|In|At(?! least)|After|Before|During|Following|Speaking|Earlier|Late|Early|Last|This|For|By|Since|Despite|"
    r"Amid|As|While|When|Today|Yesterday)\b[^,]{0,80},\s+"
    r"|(?:Yesterday|Today|Tonight|Overnight|Tomorrow)\s+(?!(?:is|was|will|has|had)\b))"  # "Yesterday Wolves fans cheered"
)
_MAX_SUBJECT_WORDS = 10
#: A verb-like word right after one of these is an adjective or an infinitive ("The family of
#: murdered player Chris Lane", "to be"), not the verb that ends the subject.
_PREPOSITIONS = frozenset(["of", "to", "for", "by", "with", "from", "about", "like"])
_GOVERNING = _PREPOSITIONS | frozenset(["the", "a", "an", "in", "on", "at", "into"])


_TIME_AFTER = re.compile(
    rf"\s+(?:(?:on|early|late|last)\s+)?(?:{WEEKDAY_PATTERN}(?:\s+(?:night|morning|afternoon|evening))?"
    r"|yesterday|today|tonight|last night)$"
)
_RELATIVE = re.compile(r",?\s+(?:who|whom|whose|which|that)\b")


def looks_like_verb(word: str) -> bool:
    """An auxiliary, a common irregular form or an -ed past: the words that end a subject."""
    return _VERB.match(word) is not None


#: Words that make a lead's subject a group worth naming as who ("At least seven people").
_GROUP = re.compile(
    r"\b(?:people|persons|passengers|residents|rescuers|victims|men|women|children|students|workers|officers|"
    r"police|troops|soldiers|protesters|fans|voters|dozens|hundreds|thousands|several|many|at least|bomber|"
    r"gunman|gunmen|driver|attacker|attackers|militants|insurgents|rebels|fighters|crowd|consumers|shoppers|"
    r"migrants|refugees|hostages|firefighters|tourists|pilgrims|demonstrators|supporters|brits|britons|"
    r"man|woman|boy|girl|teenager|couple|family|mother|father|pilot)\b",
    re.IGNORECASE,
)


_QUANTITY = frozenset(["dozens", "hundreds", "thousands", "several", "many", "at least"])
#: Plurals that name people by what they do ("agents", "doctors", "activists", "residents").
_PEOPLE_PLURAL = re.compile(r"\b[a-z]+(?:ers|ors|ists|ians|ants|ents|ees|men)\b", re.IGNORECASE)


#: A preposition other than "of" and what it governs: no part of the phrase's head ("A man in
#: his 40s" is a man).
_GOVERNED_TAIL = re.compile(r"\s+(?:on|for|with|against|about|over|from|to|by|in|at|into|under|after)\s")


def names_group(phrase: str) -> bool:
    """ "At least seven people", "Taliban insurgents", "Driver": a subject worth naming as who;
    a quantity of something else ("Thousands of bottles of alcohol") is no group of people, nor
    is a thing done to or for one ("Australia's ban on social media for children")."""
    phrase = _GOVERNED_TAIL.split(phrase, maxsplit=1)[0]
    found = {m.group().lower() for m in _GROUP.finditer(phrase)}
    if found - _QUANTITY:
        return True
    counted = phrase.rsplit(" of ", 1)[1] if " of " in phrase else ""
    return bool(found) and (not counted or _PEOPLE_PLURAL.search(counted) is not None)


def group_phrase(subject: str) -> str:
    """The group a subject names, without the words a misread verb left after it: "Firefighters
    battle flames" (a headline's plural verb) is "Firefighters"; "A man in his 40s" stays whole."""
    # "A MAN has been charged": a local paper's opening capitals are shouting, not a name
    subject = re.sub(
        r"\b[A-Z]{3,}\b", lambda word: word[0].lower() if _GROUP.fullmatch(word[0].lower()) else word[0], subject
    )
    groups = list(_GROUP.finditer(subject))
    if not groups:
        return subject
    rest = subject[groups[-1].end() :].split()
    if rest and rest[0].islower() and rest[0] not in _GOVERNING | {"aged", "and", "or"}:
        return subject[: groups[-1].end()]
    return subject


@dataclass(frozen=True)
class Clause:
    subject: str
    subject_start: int
    predicate: str


def lead_clause(sentence: str, offset: int = 0) -> Clause | None:
    """Split a lead sentence into its subject and the rest; ``offset`` is the sentence's position."""
    skipped = _LEADING_ADVERBIAL.match(sentence)
    start = skipped.end() if skipped else 0
    words = list(_WORD.finditer(sentence, start))
    for number, word in enumerate(words[: _MAX_SUBJECT_WORDS + 1]):
        token = word.group()
        if number and looks_like_verb(token) and words[number - 1].group().lower() not in _GOVERNING:
            subject = sentence[start : words[number - 1].end()].strip(" ,")
            if subject.split(maxsplit=1)[0].lower() in _PREPOSITIONS:
                return None  # "Of all the people to be wary …": no subject opens on a preposition
            subject = re.sub(r",[^,]*,?$", "", subject) if subject.count(",") else subject  # appositive
            # "A drunk driver who killed …", "A woman whose nose and upper lip were bitten off": the
            # subject ends before the relative clause
            subject = _RELATIVE.split(subject, maxsplit=1)[0]
            subject = _TIME_AFTER.sub("", subject)  # "Gunmen on Monday stormed …": the day is no one's
            # "Most people give up chocolate for Lent but one businesswoman decided": the verb's
            # subject is what follows the last "but"
            subject = subject.rsplit(" but ", 1)[-1]
            if not subject:
                return None
            predicate = sentence[word.start() :].rstrip(" .")
            return Clause(subject, offset + start, predicate)
        if token in (";", ":"):
            return None
    return None
