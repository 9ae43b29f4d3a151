"""People told apart by name: who each personal name in an article means.

Names come whole ("Barack Obama"), bare ("Obama") or with words stuck in front from a caption
("World Series Bill Murray"); two people may share a surname ("Michelle Obama"). The registry
keeps one Person per human, with the fullest clean name and the first role seen.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from briefing.nlp.dates import WEEKDAYS
from briefing.nlp.lexicon import (
    NAME_PARTICLES,
    first_name_gender,
    is_first_name,
    is_profession,
    is_role,
    names_a_body,
    role_modifiers,
    role_words,
)
from briefing.nlp.mentions import Mention
from briefing.nlp.subject import looks_like_verb
from briefing.nlp.words import stop_words


@dataclass
class Person:
    """One person while the registry is built: the name and role grow as mentions come in."""

    name: str
    role: str | None
    named: int = 1  # mentions by a name of this person (not by role or pronoun)


#: Surname -> the people of that surname ("Barack Obama", "Michelle Obama").
People = dict[str, list[Person]]


def gather_people(mentions: Sequence[Mention], headline: Sequence[Mention] = ()) -> People:
    """The people named in ``mentions``, each with the fullest clean name and first role seen.

    A person the headline (``headline``: the title's mentions) names in full ("Max Verstappen
    stuns …") is who the body's surname ("Verstappen said") means, even when the body never
    repeats the full name.
    """
    people: People = {}
    named = [m for m in mentions if m.kind == "person"]
    # Full names first, so that a bare surname ("President Obama") joins the most named person
    # of that surname rather than whoever came first.
    bare = Counter(m.name for m in named if len(m.name.split()) == 1 and m.role)
    for mention in sorted(named, key=lambda m: len(m.name.split()) == 1):
        namesakes = people.setdefault(surname(mention.name), [])
        if len(mention.name.split()) == 1:
            known = person_named(people, mention.name)
            if known is not None and _someone_else(known, mention, bare[mention.name]):
                known = None
            if known is not None and mention.role and known.name.split()[0] == mention.name != known.name.split()[-1]:
                known = None  # "Prince Andrew" is not Andrew Smith: a role before a first name is a royal's
            if known is not None and _other_sex(known, mention):
                known = None  # "Mr Robertson", the father of Summer Robertson
        else:
            known = next((p for p in namesakes if _same_person(p.name, mention.name)), None)
        if known is None:
            namesakes.append(Person(mention.name, mention.role))
            continue
        known.name = _fuller(known.name, mention.name)
        known.named += 1
        if known.role is None and mention.role:
            known.role = mention.role
    _add_headline_people(people, headline, mentions)
    return people


#: Honorifics that say a person's sex.
_HONORIFIC_SEX = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def _other_sex(known: Person, mention: Mention) -> bool:
    """A surname after "Mr" (or "Mrs", "Ms", "Miss") is not a namesake whose first name is only
    given to the other sex."""
    honorific = mention.text[: mention.name_start - mention.start].strip().rstrip(".").lower()
    sex = _HONORIFIC_SEX.get(honorific)
    return sex is not None and first_name_gender(known.name) not in (None, sex)


def _someone_else(namesake: Person, mention: Mention, times: int) -> bool:
    """ "President Obama" twenty times beside "Michelle Obama" twice: a surname used with a role
    the namesake never has, far more often than the namesake is named, is another person."""
    distinct = namesake.name != mention.name and mention.role is not None and namesake.role != mention.role
    return distinct and times > 2 * namesake.named


def _same_person(known: str, new: str) -> bool:
    """ "Obama" and "Barack Obama", "John Kennedy" and "John F. Kennedy", but not "Barack Obama"
    and "Michelle Obama"."""
    k, n = known.split(), new.split()
    shorter, longer = sorted((k, n), key=len)
    return len(shorter) == 1 or longer[-len(shorter) :] == shorter or k[0] == n[0]


def _fuller(known: str, new: str) -> str:
    """The better name for one person: the longer one, except that words stuck in front of a full
    name are debris from a caption or kicker ("Virginia Donald Trump", "World Series Bill Murray")."""
    k, n = known.split(), new.split()
    # a surname with its particle ("den Hartog", "van der Sar") is no full name
    if len(n) >= 2 and len(k) > len(n) and k[-len(n) :] == n and n[0][0].isupper():
        return new
    if len(k) >= 2 and len(n) > len(k) and n[-len(k) :] == k and k[0][0].isupper():
        return known
    return new if len(n) > len(k) else known


_PARTICLE = re.compile(rf"^(?:{'|'.join(NAME_PARTICLES)})-")
_REGNAL = re.compile(r"[IVX]{1,5}")


def surname(name: str) -> str:
    """The key a person is filed under: the last word, without a particle ("al-Abadi" is "Abadi")
    or a regnal number ("Juan Carlos I" is filed with "Juan Carlos")."""
    words = name.split()
    last = words[-2] if len(words) > 1 and _REGNAL.fullmatch(words[-1]) else words[-1]
    return _PARTICLE.sub("", last)


def person_named(people: People, name: str) -> Person | None:
    """The person a name means; a bare surname shared by several means the most named of them."""
    namesakes = people.get(surname(name), [])
    if len(name.split()) > 1:
        return next((p for p in namesakes if _same_person(p.name, name)), None)
    return (
        next((p for p in namesakes if p.name == name), None)
        or max(namesakes, key=lambda p: p.named, default=None)
        or _by_middle_name(people, name)
        or _by_first_name(people, name)
        or _by_misspelt_surname(people, name)
    )


#: Shortest bare name taken for a misspelling of a surname.
_MISSPELT_MIN = 5
#: Longest name allowed one slip only; longer names may have two.
_ONE_SLIP_MAX = 6


def _by_misspelt_surname(people: People, name: str) -> Person | None:
    """The one person named in full whose surname ``name`` misspells ("Montieth" for David
    Monteith, "Iliaronov" for Andrei Illarionov): copy slips, and a second entry for the same
    person is worse than none. Same first letter, one slip (two in a long name; a swap of two
    letters is one), and a name that shows a person (a role, a first name; not "HuffPost
    Pollster" for "Pollsters")."""
    if len(name) < _MISSPELT_MIN or is_first_name(name):
        return None
    slips = 1 if len(name) <= _ONE_SLIP_MAX else 2
    found = [
        p
        for key, namesakes in people.items()
        if key[:1] == name[:1] and key != name and OSA.distance(key.lower(), name.lower(), score_cutoff=slips) <= slips
        for p in namesakes
        if len(p.name.split()) > 1 and (p.role or is_first_name(p.name.split()[0]))
    ]
    return found[0] if len(found) == 1 else None


def _by_first_name(people: People, name: str) -> Person | None:
    """The one person named in full whose first name ``name`` is: "Sir Michael" for Sir Michael
    Graydon, a child or a subject of a feature called "Tomasz" after "Tomasz Furmanek". A word
    no table gives as a first name ("Obama") is a surname, never this."""
    if not is_first_name(name):
        return None
    found = [
        p for namesakes in people.values() for p in namesakes if len(p.name.split()) > 1 and p.name.split()[0] == name
    ]
    return found[0] if len(found) == 1 else None


def _by_middle_name(people: People, name: str) -> Person | None:
    """The one person whose full name holds ``name`` between a first name and the surname:
    many are called by it ("Lula" for Luiz Inacio Lula da Silva). A registry name that opens
    with no first name may be a body the mentions took for a person ("Hellenic Olympic
    Committee"), so only names with a role or opening with a known first name count."""
    found = [
        p
        for namesakes in people.values()
        for p in namesakes
        if name in p.name.split()[1:-1] and (p.role or is_first_name(p.name.split()[0]))
    ]
    return found[0] if len(found) == 1 else None


def _add_headline_people(people: People, headline: Sequence[Mention], mentions: Sequence[Mention]) -> None:
    """Full names from the headline for surnames the body uses alone and never names in full."""
    surnames = {m.name for m in mentions if m.kind == "name"}
    for named in headline:
        if named.kind != "person" or not named.name.istitle():
            continue
        *given, last = named.name.split()
        # not "Kimi Raikkonen Ferrari": a name whose first words are a known person is two names
        if last in surnames and last not in people and not any(word in people for word in given):
            people[last] = [Person(named.name, named.role, named=0)]


#: ", a spokesman for the council," after a name: the person's role as the text gives it.
#: Or a role word with no article ("Wu Chien-fu, director of the Seismology Center, said").
_APPOSITIVE = re.compile(
    # after an age ("Bayrou, 73, the leader of the MoDem party,"); opening on a title in capitals
    # too ("Sarah Okafor, Chief Executive Officer of Greenfield Energy") or on a body's short form
    # ("Rita Devlin, RCN director for Northern Ireland,"), which _names_a_role checks
    r",[ \t\u00a0]+(?:\d{1,3},[ \t\u00a0]+)?((?:(?:a|an|the)[ \t\u00a0]+|(?=[a-z])|(?=[A-Z][a-z]+[ \t\u00a0])|(?=[A-Z]{2,6}[ \t\u00a0]+[a-z]))(?:[^,.;:\"“”()\n]|(?<=\b[A-Z])\.){2,70}?"
    r"(?:[ \t\u00a0]+\([A-Z][A-Za-z]{1,7}\))?)"  # "… of the National Education Union (NEU),"
    r"(?=[,;:]|(?<!\b[A-Z])\.|[ \t\u00a0]+(?:said|says)\b)"
)  # an initial's full stop stays inside ("an analyst at Sanford C. Bernstein")


#: "The governor, Andrew Bailey, said": the role set off before the name, as British papers write it.
_ROLE_BEFORE = re.compile(
    r"(?:^|(?<=[.;:!?\"“”]\s)|(?<=\n)|(?<=,\s))(?P<role>(?:The|the)[ \t\u00a0]+[A-Za-z][\w’'-]*(?:[ \t\u00a0]+[A-Za-z][\w’'-]*){0,4}),[ \t\u00a0]+$"
)
#: A role in lower case right before the name, as US papers write it ("said fire captain Erik
#: Scott", "from police chief Ann Lee"): up to three words after a function word, the last a role.
_LOWER_ROLE = re.compile(
    r"(?:(?<![\w-])(?:the|a|an|said|says|told|to|by|with|and|from|of|for|as|according[ \t]+to)[ \t]+"
    r"|(?:^|(?<=\n)|(?<=[,;:(])[ \t]+|(?<=[.!?\"”])[ \t]+)(?=[A-Za-z][\w-]*(?:['’]s)?[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}[a-z]))"  # "…, company spokesperson Ann Lee"
    # "Army spokesman Nabil Abdallah", "China's Foreign Ministry spokesperson Lin Jian"
    r"(?P<role>(?:[A-Z][\w-]*(?:['’]s)?[ \t]+){0,3}(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+$"
)
#: The capitalised words of a body before the "of" that the lower-case role's match begins after
#: ("Royal College of | Nursing chief executive").
_BODY_BEFORE_OF = re.compile(r"(?:^|(?<=[\s\"“(]))(?P<body>(?:[A-Z][\w'’&-]*[ \t]+){1,4})(?P<of>of|for)[ \t]+$")
_AFTER_PLACE_PREPOSITION = re.compile(r"\b(?:at|in|into|near|outside|from)[ \t\u00a0]+$")


#: Capitalised words that open a sentence before a role ("But Home Office minister Hazel Blears").
_OPENERS = frozenset({"But", "And", "As", "So", "Yet", "Now", "Then", "Also", "Meanwhile", "On", "In", "At", "By"})


def _lower_role(phrase: str) -> str | None:
    """The role at the end of ``phrase``: its last words that are no function words ("the
    future of manager" → "manager"), ending on a role word that needs nothing after it ("former"
    does: "the way former" is none)."""
    words = phrase.split()

    def opens(i: int) -> bool:
        w = words[i]
        # "On Monday school inspection chief", but "Sunday Telegraph journalist" is a paper's
        day = w.lower() in WEEKDAYS and words[i + 1][:1].islower()
        # a verb or an adverb is in lower case: "Red Bull team boss" keeps "Red"
        verb = w.islower() and (w.endswith(("ed", "ly")) or looks_like_verb(w))
        # "The actress Naomi Hart" opens a sentence on the article, no part of the role
        return w in stop_words() or w in _OPENERS or w in ("The", "A", "An") or day or verb

    while len(words) > 1 and any(opens(i) for i in range(len(words) - 1)):
        words = words[1:]  # nor verbs and adverbs: "whose dedication impressed manager", "beat agriculture minister"
    last = words[-1]
    # a word for a profession in lower case ends one too ("Met Office chief meteorologist Paul Gundersen")
    if last in stop_words() or not (last in role_words() or is_profession(last)) or last in role_modifiers():
        return None
    return " ".join(words)


def _names_a_role(appositive: str) -> bool:
    """ "a spokesman for the council" holds a role word anywhere; without an article the role
    word comes first ("director of the Seismology Center", not "who was there")."""
    written = appositive.split()
    words = [word.lower() for word in written]
    if words[0] == "the" and len(words) > 3 and words[2] == "of" and written[1].islower():
        return True  # "the prefect of the Hérault department", "the owner of the shop": who they are
    if words[0] in ("a", "an", "the"):
        # "a virologist at Imperial College", "a historian of the war": a word for a profession too,
        # in lower case ("a Brazilian company" is none)
        return any(
            is_role(word) or (is_profession(word) and as_written.islower())
            for word, as_written in zip(words, written, strict=True)
        )
    if is_role(words[0]):
        # a title in capitals, not a list of names ("King and Murray's thoughts")
        return written[0].islower() or not re.search(r"['’]s\b", appositive)
    # "national officer for the Community union", "chief economist at ING": a role's words in
    # lower case before whom it serves
    head = list(itertools.takewhile(lambda word: word not in _SERVES, words))
    return (
        0 < len(head) <= _ROLE_WORDS
        and len(head) < len(words)
        # not "who was head"; a body's short form may open it ("RCN director for Northern Ireland")
        and all(
            (word.islower() or (i == 0 and _ACRONYM.fullmatch(word))) and word not in stop_words()
            for i, word in enumerate(written[: len(head)])
        )
        and (is_role(head[-1]) or is_profession(head[-1]))
    )


_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: What joins a role to whom it serves.
_SERVES = frozenset({"of", "for", "at", "with"})
_ROLE_WORDS = 3


def role_before(text: str, start: int) -> str | None:
    """The lower-case role right before a name at ``start`` ("said fire captain Erik Scott",
    "Karnataka chief minister Siddaramaiah")."""
    lower = _LOWER_ROLE.search(text, max(0, start - 60), start)
    role = _lower_role(lower["role"]) if lower else None
    if role and role == lower["role"]:
        # "Bank of England governor Andrew Bailey": the body's name runs on before its "of"
        body = _BODY_BEFORE_OF.search(text, max(0, lower.start("role") - 60), lower.start("role"))
        if body:
            words = body["body"].split()
            while words and (words[0] in _OPENERS or words[0] in ("The", "A", "An")):
                words = words[1:]
            if words and names_a_body(words[-1]):  # not "Critics of Labour leader Keir Starmer"
                role = " ".join([*words, body["of"], role])
    return role


def add_appositive_roles(people: People, mentions: Sequence[Mention], text: str) -> None:
    """Give a person without a role the one an appositive names ("Tom Reed, a spokesman for the
    council, said"), when it holds a role word: the brief shows who a speaker is."""
    for mention in mentions:
        if mention.kind not in ("person", "name") or not mention.name:
            continue
        person = person_named(people, mention.name)
        if person is None or person.role:
            continue
        before = _ROLE_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if (
            before
            and mention.end < len(text)
            and text[mention.end] == ","
            and _names_a_role(before["role"])
            # "The president and his wife, Kim Hea-kyung,": she is the wife
            and not re.search(r"\band (?:his|her|their)\b", before["role"])
        ):
            person.role = before["role"].split(None, 1)[1]  # "The governor, Andrew Bailey, said": "governor"
            continue
        role = role_before(text, mention.start)
        if role:
            person.role = role  # "said fire captain Erik Scott"
            continue
        if _AFTER_PLACE_PREPOSITION.search(text, max(0, mention.start - 8), mention.start):
            continue  # "a rally at Tate Modern, the Labour leader said": the sentence's subject
        appositive = _APPOSITIVE.match(text, mention.end)
        if appositive and _names_a_role(appositive[1]):
            person.role = appositive[1]
