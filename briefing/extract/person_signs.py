"""What in the text shows a name to be a person's or a body's: a title, a first name, "he" or
"it", "the" before it, a job at it. ``shows_a_person`` is the rules' reading; the learned kind
(``who_kind``) weighs these signs and others instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.model import Entity
from briefing.nlp.lexicon import is_first_name, place, role_words, speaker_nouns
from briefing.nlp.mentions import HONORIFICS

#: A city this large is known by name ("Madrid" in "Real Madrid").
TOWN = 200_000
#: "B.B." of "B.B. King" is no one by itself; "Washington D.C.-based" describes someone.
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")
HONORIFIC = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame|Prof|Baroness)\.?"


def common_noun(name: str, text: str) -> bool:
    """ "Police said …", "Hospital staff …", "Press reports …": one word capitalised because it
    opens a sentence, which the text also writes in lower case, names no one ("Congress" and
    "Parliament" are seldom written "congress" and "parliament")."""
    lowered = name.lower()
    return name.isalpha() and name[1:].islower() and re.search(rf"(?<![\w-]){lowered}(?![\w-])", text) is not None


def shows_a_person(entity: Entity, text: str) -> bool:
    """A name that shows nothing of a person (no title, no first name anyone is given, its last
    word never standing alone as a surname does) is, in news, far more often a body than a
    person ("Deutsche Telekom", "ICM Research", "Borussia Dortmund"); so is a name holding a
    country or a sizeable city ("Real Madrid", "London Midland")."""
    words = entity.name.split()
    if words[0].lower() in HONORIFICS | role_words():
        return True
    if written_after_the(entity, text):
        return False
    if entity.role:
        return True
    if len(words) < 2:  # "Google said it would …", "Hamas, which …": a body the text calls "it"
        return is_first_name(entity.name) or not _called_it(entity.name, text)
    if employer(entity.name, text):
        return False
    if is_first_name(words[0]) and not named_place(words[0]):
        return True  # but "Sydney Harbour Pilot", "Jordan Henderson" are read on
    if common_noun(words[-1], text) or (any(named_place(word) for word in words) and not is_first_name(words[0])):
        return False  # "Hull Trains", "National Rail": a body's name ends in a word the text writes in lower case
    if INITIALS.fullmatch(words[0]) and not place(words[0]):
        return True  # "J.J. Abrams", but not "D.C. Shooter"
    return surname_alone(entity.name, text) or described_as_person(entity.name, text) or is_first_name(words[0])


def surname_alone(name: str, text: str) -> bool:
    """The last word of a longer name stands alone more often than the name does, as a surname
    does ("Mahfouz said"), not as a country or region does ("Radio Wales", "NHS in Wales"); many a
    surname is some town's name."""
    words = name.split()
    land = place(words[-1])
    return (
        len(words) > 1
        and (land is None or land.kind not in ("country", "region"))
        and sum(1 for _ in occurrences(words[-1], text)) > text.count(name)
    )


#: A speech verb and the pronoun right after it ("Google said it would …", "Ronaldinho said he").
_SAID_PRONOUN = r"(?:'s|’s)?[ \t\u00a0]+(?:said|says|added|announced|confirmed|insisted|argued|claimed|warned)(?:[ \t\u00a0]+that)?[ \t\u00a0]+"


def _called_it(name: str, text: str) -> bool:
    """A one-word name the text refers to as "it" ("Google said it would …", "Hamas, which …")
    more often than as "he" or "she" and never with a title ("Mr Howard said it was …")."""
    if has_honorific(name, text):
        return False
    thing, person = pronouns_after(name, text)
    return thing > person


def has_honorific(name: str, text: str) -> bool:
    """An honorific right before the name somewhere ("Mr Howard", "Dr. Fox")."""
    return any(_HONORIFIC_BEFORE.search(text, max(0, start - 16), start) for start, _ in occurrences(name, text))


_HONORIFIC_BEFORE = re.compile(rf"{HONORIFIC}[ \t\u00a0]+$")


def pronouns_after(name: str, text: str) -> tuple[int, int]:
    """How often the text goes on from the name with "it", "its" or "which", and with "he", "she",
    "his", "her" or "who" ("Google said it would …", "Hamas, which …", "Nissan has increased its
    market share")."""
    thing = person = 0
    resume = 0
    for start, end in occurrences(name, text):
        if _THING_AFTER.match(text, end) and _alone(text, start):
            thing += 1
        elif _PERSON_AFTER.match(text, end):
            person += 1
        if start < resume:
            continue
        # the first possessive after the name in its sentence, no other name between: "Nissan has
        # increased its market share", but not "Nissan's Ghosn said his"
        found = _POSSESSIVE_AFTER.match(text, end)
        if found:
            resume = found.end()
            if not _CAPITALISED.search(found[1]):
                thing += found[2] == "its"
                person += found[2] != "its"
    return thing, person


_THING_AFTER = re.compile(rf"(?:{_SAID_PRONOUN}(?:it|its)|, which)\b")
_PERSON_AFTER = re.compile(rf"(?:{_SAID_PRONOUN}(?:he|she|his|her)|, who)\b")
_POSSESSIVE_AFTER = re.compile(r"(?!['’])([^.!?\"“”]{0,80}?)\b(its|his|her)\b")


def occurrences(name: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands as whole words in ``text``: plain string search, as a regular
    expression per name would be compiled anew for every entity."""
    found = text.find(name)
    while found >= 0:
        end = found + len(name)
        before_ok = found == 0 or not _regex_word(text[found - 1]) or not _regex_word(name[0])
        after_ok = end == len(text) or not _regex_word(text[end]) or not _regex_word(name[-1])
        if before_ok and after_ok:
            yield found, end
        found = text.find(name, found + 1)


def _alone(text: str, start: int) -> bool:
    """The name is the whole name: no initial right before it ("G Money says it took …")."""
    before = text[max(0, start - 4) : start].split()
    return not (before and _INITIAL.fullmatch(before[-1]))


_INITIAL = re.compile(r"[A-Z]\.*")
_CAPITALISED = re.compile(r"\b[A-Z]")


#: What may follow "the Fed" for the word to stand alone as a name: a stop, a possessive or a verb
#: ("the Fed has"), not a noun it modifies ("the Putin government").
_STANDS_ALONE = re.compile(
    r"(?:[.,;:!?)]|['’]s\b|[ \t\u00a0]+(?:said|says|has|have|had|is|are|was|were|will|would|could|can|may)\b)"
)


def written_after_the(entity: Entity, text: str) -> bool:
    """ "the Federal Reserve", "the London Stock Exchange", "the Red Cross said": news writes "the"
    before a body's name, never before a person's. A name with a first name, a single word and the
    last word of a longer name ("the Lakers." for the Los Angeles Lakers) count only where they
    stand alone: "the Michael Jackson trial" still means him."""
    # "the US Federal Reserve", "the Kings Own Scottish Borderers": capitalised words that name no
    # role, taken for the role of a body's name ("the Prime Minister Tony Blair" names one)
    role = ""
    if entity.role and all(w[0].isupper() and w.lower() not in role_words() for w in entity.role.split()):
        role = entity.role
    words = entity.name.split()
    loose = len(words) > 1 and not is_first_name(words[0])
    for end in _after_the(text, entity.name, role):
        if loose or _STANDS_ALONE.match(text, end):
            return True
    return loose and any(_STANDS_ALONE.match(text, end) for end in _after_the(text, words[-1], ""))


def _after_the(text: str, name: str, role: str) -> Iterator[int]:
    """Where each whole-word ``name`` that follows "the" (or "the" and ``role``) ends; plain string
    search, as a regular expression per name would be compiled anew for every entity."""
    found = text.find(name)
    while found >= 0:
        end = found + len(name)
        if (end == len(text) or not _word_char(text[end])) and (
            _the_ends_at(text, _skip_space(text, found)) or (role and _role_after_the(text, found, role))
        ):
            yield end
        found = text.find(name, found + 1)


def _regex_word(char: str) -> bool:
    """What ``\\b`` counts as part of a word."""
    return char.isalnum() or char == "_"


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _skip_space(text: str, position: int) -> int:
    """Where the spaces before ``position`` begin (``position`` itself when there are none)."""
    start = position
    while start > 0 and text[start - 1] in " \t\u00a0":
        start -= 1
    return start if start < position else -1


def _the_ends_at(text: str, position: int) -> bool:
    """Whether a whole word "the" (or "The") ends at ``position``."""
    return (
        position >= 3
        and text[position - 3 : position].lower() == "the"
        and (position == 3 or not _word_char(text[position - 4]))
    )


def _role_after_the(text: str, found: int, role: str) -> bool:
    spaced = _skip_space(text, found)
    return (
        spaced >= len(role)
        and text[spaced - len(role) : spaced] == role
        and _the_ends_at(text, _skip_space(text, spaced - len(role)))
    )


def named_place(word: str) -> bool:
    """A country or a city of some size: a name holding one, that opens with no first name, is
    a body's ("Real Madrid", "London Midland") far more often than a person's."""
    entry = place(word)
    return entry is not None and (entry.kind == "country" or (entry.kind == "city" and entry.population >= TOWN))


#: What a text says of a person right after the name: an age ("Craig Todd, 27,") or an
#: appositive whose head is a word for a person ("Estael Sias, a meteorologist at MetSul"), not
#: an adjective before the head ("a Brazilian company").
PERSON_APPOSITIVE = re.compile(
    r",[ \t\u00a0]+(?:who\b|\d{1,3}(?:,(?!\d)|\))|(?:a|an)[ \t\u00a0]+\d{1,3}-year-old\b|(?:a|an|the)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,3}?"
    r"[a-z-]*(?:ist|ian|man|woman|person|wife|husband|mother|father|son|daughter)s?\b"
    r"(?![ \t\u00a0]+(?!(?:at|of|for|from|with|in|on|who|and|based)\b)[a-z]))"
)


def described_as_person(name: str, text: str) -> bool:
    """An appositive for someone after the name ("Heidi, 26,"), or a word for someone in lower case
    right before it ("TV star Bear Grylls", "survival expert …")."""
    found = text.find(name)
    while found >= 0:
        if PERSON_APPOSITIVE.match(text, found + len(name)):
            return True
        office = _OFFICE_BEFORE.search(text, max(0, found - 90), found)
        if office and any(role_words() & set(office[0].lower().split())):
            return True  # "The Commissioner for the Environment and Water Resources, Tokunbo Wahab,"
        held = _HELD_BEFORE.search(text, max(0, found - 60), found)
        if held and held[1] in role_words():
            return True  # "Its head of operations, Huwel Manley,"
        before = _LOWER_WORD_BEFORE.search(text, max(0, found - 30), found)
        if before and (before[1] in role_words() or before[1] in speaker_nouns()):
            return True
        found = text.find(name, found + 1)
    return False


_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t\u00a0]+$")
#: A capitalised office set off before a name: the name is its holder's.
_OFFICE_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:[ \t\u00a0]+(?:of|for|the|and|&|[A-Z][\w'’-]*)){0,8},[ \t\u00a0]+$")
#: A role in lower case opening a clause, a few words and a comma before a name: "Its head of
#: operations, Huwel Manley,", "The firm's chief executive, Jo Lee,".
_HELD_BEFORE = re.compile(
    r"(?:^|[.;:\n]\s*|\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)[ \t\u00a0]+(?:[\w'’-]+['’]s[ \t\u00a0]+)?)"
    r"(?:[a-z-]+[ \t\u00a0]+)?([a-z]+)(?:[ \t\u00a0]+(?:of|for)[ \t\u00a0]+[a-z]+(?:[ \t\u00a0]+[a-z]+)?)?,[ \t\u00a0]+$"
)
#: A word for someone and "at" right before a name: "a bond strategist at Popular Securities".
_WORKS_AT = re.compile(r"\b([a-z]+)[ \t\u00a0]+at[ \t\u00a0]+(?:the[ \t\u00a0]+)?$")


def employer(name: str, text: str) -> bool:
    """Where someone works ("an analyst at Morgan Stanley", "a professor at Johns Hopkins"): a
    body, though its name may open with a first name."""
    at = text.find(name)
    while at >= 0:
        before = _WORKS_AT.search(text, max(0, at - 40), at)
        at = text.find(name, at + 1)
        if before and (before[1] in role_words() or before[1] in speaker_nouns() or before[1].endswith(("ist", "ian"))):
            return True  # "strategist", "economist", "librarian"
    return False
