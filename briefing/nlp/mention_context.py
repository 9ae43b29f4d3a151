"""What the words around a name say of it: a town put somewhere and placed by its state ("in
Ashley Falls, Massachusetts"), a person after a role word though the name ends like a site
("spokeswoman Linda Park"). Applied to each mention as it is found."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import (
    COMPASS,
    PEOPLES_ADJECTIVE,
    abbreviated_region,
    body_nouns,
    demonym_country,
    fixture_words,
    is_first_name,
    names_a_body,
    organization_words,
    place,
    region_country,
    role_words,
    same_body,
    speaker_nouns,
    team_words,
    written_as_first_name,
)
from briefing.nlp.speech import SPEECH_VERBS
from briefing.nlp.words import stop_words

if TYPE_CHECKING:
    from briefing.nlp.mentions import Mention


def in_context(mention: Mention, text: str) -> Mention:
    """``mention`` retyped by the words around it in ``text``, or as it was."""
    return _home_address(
        _team(
            _party_alone(
                _compass_place(
                    _country_before_a_name(
                        _person_after_role(
                            _defined_body(
                                _named_after_body_noun(_town_with_region(_reported_from(mention, text), text), text),
                                text,
                            ),
                            text,
                        ),
                        text,
                    ),
                    text,
                ),
                text,
            ),
            text,
        ),
        text,
    )


#: Someone's age and "of" before a name: where they live ("Connor Dunne, 27, of Norris Green,").
_AGE_OF = re.compile(r"\b\d{1,3},[ \t\u00a0]+of[ \t\u00a0]+$")


def _home_address(mention: Mention, text: str) -> Mention:
    """The place a court or police report gives after someone's name and age is where they live,
    never a person, though it may open with a first name ("Norris Green")."""
    if (
        mention.kind not in ("person", "name")
        or mention.role
        or not _AGE_OF.search(text, max(0, mention.start - 12), mention.start)
    ):
        return mention
    return replace(mention, kind="place" if place(mention.name) else "site")


#: A short form in brackets right after a name: "France Unbowed (LFI)", "Matatu Owners Association (MOA)".
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\([A-Z]{2,6}\)")


def _defined_body(mention: Mention, text: str) -> Mention:
    """A name the text gives a short form in brackets is a body's: people are given none."""
    if mention.kind != "person" or mention.role or not _SHORT_FORM_AFTER.match(text, mention.end):
        return mention
    return replace(mention, kind="organization")


#: A town or country's name the text makes a team of: a plural verb after it ("Southampton have
#: drawn", "England were beaten"; a place takes "has", "is", "was"), a fixture or a score beside
#: it ("Brentford v Southampton", "Bristol City 2-1 Milton Keynes"), a player or manager of it
#: (``team_words.txt``: "Southampton striker"), a match of a place's name (``fixture_words.txt``:
#: "the England game") or a job at it ("his spell at Southampton").
#: The plural verb counts only where the name opens its sentence, as a subject does: not "the
#: US and UK have agreed", "firms in the US are".
PLURAL_VERB = re.compile(r"[ \t\u00a0]+(?:have|are|were)\b")
_OPENS = re.compile(r"(?:^|[.!?]['’\"”]?[ \t\u00a0\n]+|\n)$")
#: "v" without a full stop: "Elonis v. United States" is a court case.
_FIXTURE_AFTER = re.compile(r"[ \t\u00a0]+(?:v|vs\.?|\d{1,2}-\d{1,2})[ \t\u00a0]+[A-Z]")
_FIXTURE_BEFORE = re.compile(r"(?:\bv|\bvs\.?|\b\d{1,2}-\d{1,2})[ \t\u00a0]+$")
#: The word right after a name ("Southampton striker", "Labour has").
WORD_AFTER = re.compile(r"[ \t\u00a0]+([a-z]+)\b")
_AT_JOB = re.compile(r"\b(?:manager|boss|coach|spell|stint)[ \t\u00a0]+at[ \t\u00a0]+$")


def names_a_team(mention: Mention, text: str) -> bool:
    """Whether the words around ``mention`` make a team of it; the plural verb only counts for a
    place's name, as a plural noun opening a sentence takes one too ("Investors have …")."""
    after = WORD_AFTER.match(text, mention.end)
    word = after[1] if after else ""
    if word in team_words() or _AT_JOB.search(text, max(0, mention.start - 20), mention.start):
        return True
    if mention.kind == "name":
        return False
    return bool(
        (PLURAL_VERB.match(text, mention.end) and _OPENS.search(text, max(0, mention.start - 4), mention.start))
        or _FIXTURE_AFTER.match(text, mention.end)
        or _FIXTURE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        or word in fixture_words()
    )


#: A capitalised word inside a sentence right before a name: "(Old) Trafford boss" is a ground's.
_CAPITALISED_BEFORE = re.compile(r"[a-z,;][ \t\u00a0]+[A-Z][\w'’-]*[ \t\u00a0]+$")


def _team(mention: Mention, text: str) -> Mention:
    """ "Southampton striker Henri Camara", "Arsenal manager Arsene Wenger": a club, a body of Who
    and no place."""
    if (
        mention.kind not in ("place", "name")
        or demonym_country(mention.name)
        or PEOPLES_ADJECTIVE.fullmatch(mention.name)
        or _CAPITALISED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        or not names_a_team(mention, text)
    ):
        return mention  # "the European boss of Workshare", "Nadal 6-3 Federer"
    return replace(mention, kind="organization", role=None)


_SPEECH_VERB = re.compile(rf"{SPEECH_VERBS}$")


def _party_alone(mention: Mention, text: str) -> Mention:
    """ "Labour has promised", "Labour said": a party's name that also describes its people
    ("Labour MP …") names the party where no name follows; but before a noun it still describes
    ("the Labour peer said", "Labour voters")."""
    party = (mention.role or "").rstrip(".,")
    if mention.kind != "role" or party.removeprefix("New ") not in same_body():  # "New Labour" too
        return mention
    after = WORD_AFTER.match(text, mention.end)
    if after and not (after[1] in stop_words() or after[1].endswith("ed") or _SPEECH_VERB.match(after[1])):
        return mention
    return replace(mention, kind="organization", name=party, role=None, name_start=mention.start)


def _compass_place(mention: Mention, text: str) -> Mention:
    """ "at Queen Victoria Hospital in East Grinstead": a name opening with a compass point, put
    somewhere by a preposition, is a place the gazetteer lacks, not a body or a person."""
    words = mention.name.split()
    if mention.kind not in ("person", "organization", "name") or len(words) < 2 or words[0] not in COMPASS:
        return mention
    if any(w.lower() in organization_words() for w in words):
        return mention
    if not _LOCATED_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return mention
    return replace(mention, kind="site", role=None)


_DEMONYM_AND_PLURAL = 2
_PLURAL = re.compile(r"[^s]s$")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\u00a0]+$")


def _country_before_a_name(mention: Mention, text: str) -> Mention:
    """ "Australian Lynton Crosby" beside "Crosby said", "U.S. Facebook users" beside "Facebook":
    a country or demonym that opens a name the text also writes without it describes the name,
    where "China Daily" and "British Retail Consortium" are named with it."""
    words = mention.name.split()
    whole = f"{mention.role} {mention.name}".split() if mention.role else words
    if (
        mention.kind == "person"
        and len(whole) == _DEMONYM_AND_PLURAL
        and demonym_country(whole[0])
        and _PLURAL.search(whole[1])
        and _THE_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    ):
        # "the Scottish Highlands", "the French Alps": land, no one
        return replace(mention, kind="site", name=" ".join(whole), role=None, name_start=mention.start)
    if mention.role or mention.kind != "person" or len(words) < 2:
        return mention
    entry = place(words[0])
    if demonym_country(words[0]) is None and (
        entry is None or entry.kind != "country" or written_as_first_name(words[0])
    ):
        return mention  # "Jordan Rhodes" is named Jordan
    rest = " ".join(words[1:])
    pattern = re.compile(rf"(?<![\w.-]){re.escape(words[-1] if len(words) > 2 else rest)}(?![\w-])")
    opening = words[0] + " "
    elsewhere = [
        m.start()
        for m in pattern.finditer(text)
        if not mention.start <= m.start() < mention.end
        and text[max(0, m.start() - len(opening)) : m.start()] != opening  # "UK Online" again is no "Online"
    ]
    if not elsewhere:
        return mention
    return replace(mention, name=rest, role=words[0], name_start=mention.start + max(0, mention.text.find(words[1])))


#: "at his home in Ashley Falls, Massachusetts": a town the gazetteer lacks, placed by its state.
_LOCATED_BEFORE = re.compile(r"\b(?:in|at|near|outside|from)[ \t]+$")
#: ... and "the town of Millbrook, Ohio", once a state follows; not "Ram Manohar, 38, of Barnston,
#: Wirral", where the town is only where someone lives.
_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|from|(?:town|village|city|hamlet|suburb|borough|community|township) of)[ \t]+$"
)
#: ... but not "Jet Airways, India's biggest airline", an appositive, nor "in Holland, Germany or
#: France", a list.
_REGION_AFTER = re.compile(
    r",[ \t]+(?P<region>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?![\w.]*['’]s\b)(?!,?[ \t]+(?:or|and)\b)"
)


#: A role or a word for someone in lower case right before a name ("spokeswoman Linda Park").
_DESCRIBED_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-z][\w-]*)[ \t]+$")


def _person_after_role(mention: Mention, text: str) -> Mention:
    """ "district spokeswoman Linda Park": a first name after a role word is a person, though
    the name ends in a word for a site ("Park") or a place."""
    if mention.kind != "site" or len(mention.name.split()) < 2 or not is_first_name(mention.name.split()[0]):
        return mention
    before = _DESCRIBED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is None or (before["word"] not in role_words() and before["word"] not in speaker_nouns()):
        return mention
    return replace(mention, kind="person")


#: "the journal Nature Geoscience", "the airline Emirates": a word for a body, then its name.
_BODY_NOUN_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?P<word>[a-z]+)[ \t]+$")
#: Words for kin or partners that say a name's sex where the first name does not ("his girlfriend
#: Alexis Randock", "wife Mary Pat Christie"), and that the name is a person's.
FEMALE_KIN = frozenset(
    ["wife", "girlfriend", "daughter", "mother", "sister", "fiancée", "widow", "granddaughter", "niece", "aunt"]
)
MALE_KIN = frozenset(
    ["husband", "boyfriend", "son", "father", "brother", "fiancé", "widower", "grandson", "nephew", "uncle"]
)
KIN_BEFORE = re.compile(rf"\b({'|'.join(sorted(FEMALE_KIN | MALE_KIN))})[ \t\u00a0,]+$")
#: A word for a settlement and "of" before a name: "the town of Bara", "the village of Kfar Aza".
_SETTLEMENT_OF = re.compile(r"\b(?:town|city|village|port|suburb|hamlet)\s+of\s+$")


def after_settlement_word(text: str, start: int) -> bool:
    """Whether a word for a settlement and "of" stand right before ``start`` ("the town of Hoi An")."""
    return _SETTLEMENT_OF.search(text, max(0, start - 30), start) is not None


#: The second of two places a preposition puts something in: "in Sha Tin and Kai Tak".
PUT_IN_BOTH = re.compile(
    r"\b(?:in|at|near|outside|inside|from|into|between)[ \t\u00a0]+(?:[A-Z][\w'’-]*[ \t\u00a0]+){1,3}(?:and|or)[ \t\u00a0]+$"
)


#: Two names a preposition of place puts together: "around Havelock North and Hastings", "in
#: Bentonia and Yazoo City" (not "at", which puts clubs and firms as often: "at Leicester City and
#: Chelsea").
_PAIR_BEFORE = re.compile(
    r"\b(?:in|near|around|outside|between)[ \t\u00a0]+(?P<other>[A-Z][\w'’-]*+(?:[ \t\u00a0]+[A-Z][\w'’-]*+){0,2}),?"
    r"[ \t\u00a0]+(?:and|or)[ \t\u00a0]+$"
)
_PAIR_OPENS = re.compile(r"\b(?:in|near|around|outside|between)[ \t\u00a0]+$")
_PAIR_AFTER = re.compile(
    r",?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+(?P<other>[A-Z][\w'’-]*+(?:[ \t\u00a0]+[A-Z][\w'’-]*+){0,2}?)(?![\w'’-]|[ \t\u00a0]+[A-Z])"
)


def paired_town(mention: Mention, text: str) -> bool:
    """A name the gazetteer lacks that a preposition of place puts with a town or province it
    knows ("around Havelock North and Hastings"): a town too, unless a role or a word for a body
    makes it someone ("Yazoo City" is a town)."""
    return (
        mention.kind in ("name", "person", "organization")
        and not mention.role
        and place(mention.name) is None
        and not any(names_a_body(word) for word in mention.name.split() if word != "City")
        and _paired_with_a_place(text, mention.start, mention.end)
    )


def _paired_with_a_place(text: str, start: int, end: int) -> bool:
    before = _PAIR_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and _town_or_province(before["other"]):
        return True
    after = _PAIR_AFTER.match(text, end, end + 60)
    return bool(
        after is not None and _PAIR_OPENS.search(text, max(0, start - 12), start) and _town_or_province(after["other"])
    )


def _town_or_province(name: str) -> bool:
    entry = place(name)
    return entry is not None and entry.kind in ("city", "province")


def _named_after_body_noun(mention: Mention, text: str) -> Mention:
    """A name that "the" and a word for a body introduce is the body's, not a person's; a first
    name still opens a person's ("the developer John Smith")."""
    if mention.kind not in ("person", "name") or mention.role or is_first_name(mention.name.split()[0]):
        return mention
    before = _BODY_NOUN_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is None or before["word"] not in body_nouns():
        return mention
    return replace(mention, kind="organization")


#: Where a correspondent files from is a place, whatever its words.
_REPORTING_FROM = re.compile(r"\b(?:[Rr]eporting|[Ss]peaking|[Ww]riting) from[ \t]+$")


def _reported_from(mention: Mention, text: str) -> Mention:
    """ "Reporting from Deir el-Balah, Al Jazeera's …": a place, though no gazetteer holds it."""
    if (
        mention.kind not in ("person", "name", "organization")
        or mention.role
        or demonym_country(mention.name.split()[0]) is not None
        or not _REPORTING_FROM.search(text, max(0, mention.start - 20), mention.start)
    ):
        return mention
    return replace(mention, kind="place", role=None)


def _town_with_region(mention: Mention, text: str) -> Mention:
    """A name put somewhere ("in", "at") and followed by a state or country is a town, whatever
    its words ("Ashley Falls, Massachusetts", "Uvalde, Texas"), not a person or a body. A state's
    or province's short form with its full stop follows towns only: "residents of Fort Nelson,
    B.C." need no "in"."""
    if mention.kind not in ("person", "name") or mention.role:
        return mention
    if demonym_country(mention.name.split()[0]) is not None:
        return mention  # "at the Brazilian Grand Prix, Sao Paulo": an event
    region = _REGION_AFTER.match(text, mention.end)
    first = region["region"].split(" ")[0] if region else ""
    short_form = "." in first and abbreviated_region(first) is not None
    if not short_form and not _TOWN_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return mention
    if region is None or not (region_country(first) or region_country(region["region"])):
        return mention
    return replace(mention, kind="place", role=None)
