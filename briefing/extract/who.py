"""Who: the people and organisations of an article, merged across mentions and ranked.

A person is named in full once ("Russian President Vladimir Putin") and then by surname
("Putin said") or by role ("The Russian President said"); all of these count for one Entity.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from briefing.extract.person_signs import (
    INITIALS,
    PERSON_APPOSITIVE,
    common_noun,
    described_as_person,
    has_honorific,
    shows_a_person,
)
from briefing.extract.who_features import described
from briefing.extract.who_kind import is_person
from briefing.extract.who_scorer import candidate_rows, someone
from briefing.model import Entity
from briefing.nlp.credits import credit_spans, in_credits
from briefing.nlp.headline import HeadlineSubject
from briefing.nlp.lexicon import (
    COMPASS,
    PEOPLES_ADJECTIVE,
    SAINTS,
    demonym_country,
    is_first_name,
    organization_words,
    place,
    role_words,
    same_body,
    small_towns,
    speaker_nouns,
)
from briefing.nlp.mention_context import (
    KIN_BEFORE,
    PLURAL_VERB,
    PUT_IN_BOTH,
    after_settlement_word,
    paired_town,
)
from briefing.nlp.mentions import HONORIFICS, Mention, find_mentions, initials
from briefing.nlp.people import People, Person, add_appositive_roles, gather_people, person_named, role_before
from briefing.nlp.quote_marks import WORD, title_cased
from briefing.nlp.speech import PLAIN_SPEECH_VERBS
from briefing.nlp.subject import group_phrase, lead_clause, looks_like_verb, names_group
from briefing.nlp.words import HEADLINE_SMALL_WORDS

_SHOUTED_LETTERS = 5
#: How often the body must name a bare name the headline opens with for it to be the actor.
_ACTOR_MENTIONS = 2
_NON_SPACE = re.compile(r"\S")
#: Titles that make the next word a person's surname ("President Obama", "Senator Warren").
_TITLES = frozenset({"President", "Senator", "Sen", "Rep", "Governor", "Gov", "Mayor", "Chancellor", "Premier"})
_MODIFIER = re.compile(r"-(?:based|born|bred|led|backed|owned|run|made|funded)$")
#: A maker's name and a model ("Airbus A330", "Sony RX100mk2", "Galaxy S6"): a product, no one.
_MODEL = re.compile(r"\s(?=\S*[A-Za-z])(?=\S*\d)[\w-]+$")
#: A title in quotation marks: at most this many words, each capitalised or a small word of
#: headline style ("There Must be a Better World Somewhere").
_TITLE_WORDS = 10
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|to|near|into|outside|across)\s+$")

if TYPE_CHECKING:
    from briefing.doc import Doc


@dataclass(frozen=True)
class Cast:
    """The entities of an article, best first, and every mention resolved to one of them."""

    entities: tuple[Entity, ...]
    mentions: tuple[tuple[Mention, Entity], ...]
    #: The people's names that show nothing of a person (``shows_a_person``): bodies to Who, and
    #: no one a pronoun means or a speaker is chosen from.
    bodies: frozenset[str] = frozenset()

    def between(self, start: int, end: int) -> tuple[tuple[Mention, Entity], ...]:
        """The mentions that start in ``[start, end)``: found by bisection, as every quote asks
        and a long text holds thousands (the mentions are in text order)."""
        first = bisect_left(self.mentions, start, key=_mention_start)
        return self.mentions[first : bisect_left(self.mentions, end, lo=first, key=_mention_start)]

    @cached_property
    def people_starts(self) -> frozenset[int]:
        return frozenset(m.start for m, e in self.mentions if e.kind == "person")

    @cached_property
    def named_starts(self) -> frozenset[int]:
        """Where people start whose names show a person (not ``bodies``)."""
        return frozenset(m.start for m, e in self.mentions if e.kind == "person" and e.name not in self.bodies)


def _mention_start(pair: tuple[Mention, Entity]) -> int:
    return pair[0].start


def find_cast(
    text: str,
    start: int = 0,
    lead_end: int | None = None,
    mentions: Sequence[Mention] | None = None,
    headline: Sequence[Mention] = (),
) -> Cast:
    """People and organisations in ``text[start:]``; ``lead_end`` marks the end of the lead.

    ``mentions`` may be passed when the caller already found them (they are the same for where).
    ``headline`` holds the title's mentions: a person it names in full ("Max Verstappen stuns …")
    is who the body's surname ("Verstappen said") means, even when the body never repeats it.
    """
    mentions = list(find_mentions(text, start)) if mentions is None else mentions
    # a birth name is the subject's own ("Born James Chambers in Somerton"): no one else
    mentions = [m for m in mentions if not _BORN_BEFORE.search(text, max(0, m.start - 8), m.start)]
    mentions = [replace(m, kind="person") if _kin_named(m, text) else m for m in mentions]
    # "Fort Nelson" the headline makes a person is the town "Fort Nelson, B.C." of the body
    towns = {m.name for m in mentions if m.kind == "place" and " " in m.name} | _small_towns_put(mentions, text)
    paired = _paired_towns(mentions, text)  # "around Havelock North and Hastings": a town
    mentions = [
        m
        for m in mentions
        if not (m.kind == "person" and m.name in towns) and not (m.kind != "place" and m.name in paired)
    ]
    headline = [m for m in headline if not (m.kind == "person" and m.name in towns)]
    people = gather_people(mentions, headline)
    # "King Charles hosts …" over "the King said": a person the headline names with a title the
    # body then uses alone is whom that title means
    titles = {m.role.lower() for m in mentions if m.kind == "role" and m.role}
    for named in headline:
        if named.kind == "person" and named.role and named.role.lower() in titles:
            people.setdefault(named.name, [Person(named.name, named.role)])
    add_appositive_roles(people, mentions, text)
    resolved: list[tuple[Mention, str]] = []
    # "Apple unveils …" over "Apple on Tuesday unveiled …": a bare name the headline opens with
    # and the body names again is the story's actor, though nothing else shows what it is
    # and so is one the lead opens with ("Toyota recalled 1.2 million cars …")
    headline_opener = headline[0].name if headline and headline[0].kind == "name" and headline[0].start == 0 else None
    openers = [headline_opener] if headline_opener else []
    lead = _lead_opener(text, start, mentions)
    # capitalised inside a sentence too: not a word a sentence's start capitalised ("Terrorists")
    openers.append(lead if lead and _inside_a_sentence(lead, text, mentions) else None)
    named = Counter(m.name for m in mentions if m.kind == "name")
    opener = next((name for name in openers if name and named[name] >= _ACTOR_MENTIONS), None)
    if opener is None and lead and lead == headline_opener and _acts_as_one(lead, text, start):
        opener = lead  # "Nvidia tops estimates …" over "Nvidia reported …": both open with it
    titled = opener is not None and _titled(opener, text)  # "Mr. Obama", "President Obama" elsewhere
    introduced: set[str] = set()
    for mention in mentions:  # "Heidi, a 26-year-old nurse, said" before "Heidi said" is her too
        if mention.kind != "name" or person_named(people, mention.name):
            continue
        if _introduced_as_person(mention, text) and not demonym_country(mention.name):
            introduced.add(mention.name)  # but "the American said" names no one
        role = _role_before_one_name(mention, text) if mention.name != opener else None
        if role:
            introduced.add(mention.name)
        if mention.name in introduced or mention.name == opener:
            people[mention.name] = [Person(mention.name, role)]
    # such an actor, with no first name and never shown as a person, is a company or a club far
    # more often than a person, whom the body would name in full ("Apple", "Wolves", "Yukos")
    opener_body = (
        {opener}
        if opener and not titled and opener not in introduced and not is_first_name(opener.split()[0])
        else set()
    )
    # so is any bare name the text repeats and writes capitalised inside a sentence, which no first
    # name, title, people's adjective or lower-case use explains ("Shell has signed …", "Shell's
    # agreement"; "ExxonMobil", "Intel"): a company, club or band the text never introduces
    for name in _bare_bodies(mentions, people, named, text, {m.name for m in headline}):
        people[name] = [Person(name, None)]
        opener_body.add(name)
    bodies = {m.name for m in mentions if m.kind == "organization"}
    for mention in mentions:
        if mention.kind == "place" and mention.name in bodies and _a_side(mention, text):
            mention = replace(mention, kind="organization")
        elif mention.kind == "name" and mention.name in bodies and mention.name in opener_body:
            mention = replace(mention, kind="organization")  # "as Arsenal beat …" and "Arsenal manager": one club
        key = _resolve(mention, people, text)
        if key:
            resolved.append((mention, key))
    entities = _rank(resolved, people, lead_end if lead_end is not None else start + 400)
    by_key = {_key(e): e for e in entities}
    return Cast(
        entities=tuple(entities),
        mentions=tuple((m, by_key[k]) for m, k in resolved if k in by_key),
        bodies=frozenset(
            e.name for e in entities if e.kind == "person" and (e.name in opener_body or not shows_a_person(e, text))
        ),
    )


def _small_towns_put(mentions: Sequence[Mention], text: str) -> set[str]:
    """Names of small towns that every mention puts somewhere ("a fire near Newton Aycliffe"):
    the town, though its first word is a first name."""
    put: dict[str, bool] = {}
    for m in mentions:
        if m.kind in ("person", "name") and place(m.name) is None and small_towns(m.name):
            # a saint's name that is a town's ("St Ives", "St Helens") is the town wherever it stands
            placed = (
                m.name.startswith(SAINTS)
                or bool(_PLACED.search(text, max(0, m.start - 20), m.start))
                or bool(PUT_IN_BOTH.search(text, max(0, m.start - 50), m.start))  # "in Sha Tin and Kai Tak"
                or after_settlement_word(text, m.start)  # "the town of Hoi An"
            )
            put[m.name] = put.get(m.name, True) and placed
    return {name for name, placed in put.items() if placed}


def _paired_towns(mentions: Sequence[Mention], text: str) -> set[str]:
    """Names every mention of which is a ``paired_town`` ("around Havelock North and Hastings")."""
    put: dict[str, bool] = {}
    for m in mentions:
        if m.kind in ("person", "name", "organization") and place(m.name) is None:
            put[m.name] = put.get(m.name, True) and paired_town(m, text)
    return {name for name, paired in put.items() if paired}


def _bare_bodies(
    mentions: Sequence[Mention], people: People, named: Counter[str], text: str, in_title: set[str]
) -> set[str]:
    return {
        name
        for name, count in named.items()
        if count >= _ACTOR_MENTIONS
        and not person_named(people, name)
        and not is_first_name(name.split()[0])
        and not demonym_country(name)
        and not PEOPLES_ADJECTIVE.fullmatch(name)
        and not common_noun(name, text)
        and not _titled(name, text)
        and (name in in_title or _inside_a_sentence(name, text, mentions))
        and any(m.name == name and _acts(text, m) for m in mentions)
        # "seized the city of Babanusa": a town wherever else it stands
        and not any(m.name == name and after_settlement_word(text, m.start) for m in mentions)
    }


#: A preposition of place or medium before a name: "in Lanzarote", "at Anfield", "on Twitter".
_PLACED = re.compile(
    r"\b(?:in|at|on|near|from|to|into|across|via|through|outside|around)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$"
)
_NEXT_LOWER = re.compile(r"[ \t\u00a0]+([a-z][a-z-]*)")
_FULL_NAME_WORDS = 2
_BORN_BEFORE = re.compile(r"(?<![\w-])[Bb]orn[ \t\u00a0]+$")  # not "Tunisian-born Abdellatif Kechiche"
_SINGULAR_VERBS = frozenset({"is", "was", "has", "says"})
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(?:on[ \t\u00a0]+[A-Z]\w+[ \t\u00a0]+)?([a-z]+)")


def _acts(text: str, mention: Mention) -> bool:
    """The name stands as a noun of its own: not a place or medium after a preposition ("in
    Lanzarote", "on Twitter") nor a modifier of the noun after it ("the Boeing 777", "Twitter
    followers", "a Harrods mug"); a verb may follow ("Shell has signed")."""
    if _PLACED.search(text, max(0, mention.start - 20), mention.start):
        return False
    after = _NEXT_LOWER.match(text, mention.end)
    return after is None or looks_like_verb(after[1]) or after[1] in _CLAUSE_WORDS


#: Words that may follow a name standing alone: a conjunction, a relative pronoun, a verb the
#: verb list misses ("Shell signed", "Gazprom, which").
_CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "which", "who", "that", "said", "says", "signed", "bought", "sold", "plans", "wants"}
)


def _inside_a_sentence(name: str, text: str, mentions: Sequence[Mention]) -> bool:
    """Some mention of ``name`` is capitalised inside a sentence, not only by opening one."""
    return any(
        m.name == name and text[max(0, m.start - 8) : m.start].rstrip()[-1:] not in ".!?)\"'“”‘’" for m in mentions
    )


def _titled(name: str, text: str) -> bool:
    """Somewhere the text puts a title right before the name ("Mr. Obama", "President Obama";
    not "former Enron", "Chief Yahoo")."""
    for found in re.finditer(rf"\b([A-Z][a-z]+)\.?[ \t\u00a0]+{re.escape(name)}\b", text):
        if found[1].lower() in HONORIFICS or found[1] in _TITLES:
            return True
    return False


def _acts_as_one(name: str, text: str, start: int) -> bool:
    """The lead's first word is one actor when a verb follows it ("Nvidia reported", "Nasa is"),
    not a noun it describes ("Church ministers"); a word in -s only before a singular verb, as a
    plural ("Peers are", "Mobiles could", "Thousands marched") is no one."""
    after = _NEXT_WORD.match(text, _NON_SPACE.search(text, start).start() + len(name))
    if after is None or not looks_like_verb(after[1]) or common_noun(name, text) or names_group(name):
        return False  # nor "Gunmen on Monday stormed …": a group, which Who names as such
    return not name.endswith("s") or after[1] in _SINGULAR_VERBS


def _lead_opener(text: str, start: int, mentions: Sequence[Mention]) -> str | None:
    """A bare name that opens the lead, its first word ("Toyota recalled …", not "Mr Smith")."""
    opening = _NON_SPACE.search(text, start)
    first = next((m for m in mentions if opening and m.start == opening.start()), None)
    if first is None or first.kind != "name" or first.name.isupper() or demonym_country(first.name):
        return None  # not "TV", "PC", "French"
    if PEOPLES_ADJECTIVE.fullmatch(first.name) and text[first.end : first.end + 2].strip()[:1].islower():
        return None  # "Asian stocks", "European shares": an adjective before its noun
    return first.name


def _resolve(mention: Mention, people: People, text: str) -> str | None:
    if mention.kind == "role" and mention.role in people:
        mention = replace(mention, kind="name", name=mention.role)  # "Bishop said": Julie Bishop
    if (
        mention.kind == "place"
        and mention.name in people
        and not _AFTER_PREPOSITION.search(text, max(0, mention.start - 20), mention.start)
    ):
        mention = replace(mention, kind="name")  # "Warren said": the senator, not the town in Michigan
    if mention.kind == "person" or (mention.kind == "name" and person_named(people, mention.name)):
        person = person_named(people, mention.name)
        return "person:" + person.name if person else None
    if mention.kind == "name":
        return None
    if mention.kind == "role" and mention.role:
        role = mention.role.lower()
        matches = [p for namesakes in people.values() for p in namesakes if p.role and p.role.lower() == role]
        if len(matches) == 1:
            return "person:" + matches[0].name
        return None
    if mention.kind == "organization":
        return "organization:" + mention.name
    return None


def _a_side(mention: Mention, text: str) -> bool:
    """A town the text makes a club elsewhere ("Chelsea are fourth") is the club again where a
    plural verb follows it ("… understands Chelsea are in talks"), unless a preposition puts
    something there ("prices in Chelsea are")."""
    return bool(PLURAL_VERB.match(text, mention.end)) and not _AFTER_PREPOSITION.search(
        text, max(0, mention.start - 20), mention.start
    )


def _kin_named(mention: Mention, text: str) -> bool:
    """A first name and a word for a body after a word for kin is a person's name ("His wife,
    Latifa Chambers, announced")."""
    words = mention.name.split()
    return (
        mention.kind == "organization"
        and len(words) == _FULL_NAME_WORDS
        and is_first_name(words[0])
        and bool(KIN_BEFORE.search(text, max(0, mention.start - 16), mention.start))
    )


def _introduced_as_person(mention: Mention, text: str) -> bool:
    """A bare name right before a speech verb ("Warren said") or an age or a person's appositive
    ("Heidi, 26,", "Heidi, a 26-year-old nurse,") is somebody."""
    return text[mention.end : mention.end + 8].lstrip().startswith(PLAIN_SPEECH_VERBS) or bool(
        PERSON_APPOSITIVE.match(text, mention.end)
    )


def _role_before_one_name(mention: Mention, text: str) -> str | None:
    """The role that shows a bare name to be somebody's ("Karnataka chief minister Siddaramaiah",
    "Barca midfielder Deco"); not one that follows another's name ("Dinesh Keskar, senior vice
    president Boeing"), nor before a name the text writes after an article ("the best actress
    Oscar … an Oscar"), a people ("the American") or a thing."""
    if demonym_country(mention.name):
        return None
    role = role_before(text, mention.start)
    if role is None:
        return None
    before = text[: mention.start].rstrip()
    opening = before[: -len(role)].rstrip() if before.endswith(role) else ""
    if opening.endswith(",") or opening.endswith(" best"):  # or an award's category: "best actress Oscar"
        return None
    if re.search(rf"\b(?:[Aa]|[Aa]n|[Tt]he)\s+{re.escape(mention.name)}\b", text):
        return None
    return role


def _key(entity: Entity) -> str:
    return f"{entity.kind}:{entity.name}"


def _rank(resolved: list[tuple[Mention, str]], people: People, lead_end: int) -> list[Entity]:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    in_lead: set[str] = set()
    for mention, key in resolved:
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, mention.start)
        if mention.start < lead_end:
            in_lead.add(key)
    roles = {"person:" + p.name: p.role for namesakes in people.values() for p in namesakes}
    entities = []
    for key, count in counts.items():
        kind, name = key.split(":", 1)
        entities.append(Entity(name=name, kind=kind, role=roles.get(key), mentions=count, first=first[key]))

    def importance(entity: Entity) -> tuple[float, int]:
        key = _key(entity)
        score = entity.mentions + (3 if key in in_lead else 0) + (1 if entity.role else 0)
        score += 0.5 if entity.kind == "person" else 0
        return (-score, entity.first)

    return sorted(entities, key=importance)


def speaking(said_by: Iterable[str], doc: Doc) -> frozenset[str]:
    """The names quotes are credited to, and the people and bodies those names hold ("Treasury"
    of "Treasury spokesperson", "Grayson" of "Grayson's spokeswoman"): whoever speaks or is
    spoken for is someone of the article."""
    credited = frozenset(said_by)
    padded = [f" {_WORD_BREAK.sub(' ', name)} " for name in credited]
    held = {e.name for e in doc.named if e.name not in credited and any(f" {e.name} " in name for name in padded)}
    return credited | held


#: What sets a name apart inside a longer one: a possessive, a comma, a bracket.
_WORD_BREAK = re.compile(r"['’]s\b|[,;:()\"“”]")


def find_who(doc: Doc, speakers: frozenset[str] = frozenset()) -> tuple[Entity, ...]:
    """Who: the article's people and organisations, the event's actor first (at most eight);
    ``speakers`` are the names the quotes are credited to. The rules propose, the learned
    scorer (``who_scorer``) drops what it finds to be no one and puts doubtful entries last;
    whom the text shows to be someone (``lead_actors``) and whoever a quote is credited to stay.
    A name read as a person's is a person's or a body's as the learned kind (``who_kind``) says."""
    candidates = [e for e in who_candidates(doc, speakers) if not _wrote_it(e, doc.article.authors)]
    rows = candidate_rows(candidates, doc, speakers)
    named = someone(candidates, rows, lead_actors(doc, candidates) | speakers)
    ordered = lead_first(named, doc.lead, doc.article.title, doc.subject)
    row_of = {e.name: row for e, row in zip(candidates, rows, strict=True)}
    typed = [_typed(e, row_of.get(e.name, {}), doc.text) for e in ordered]
    nobody = _short_names_of_no_one({e.name for e in candidates}, doc.text)
    typed = [e for e in typed if e.name not in nobody]
    return tuple(_spelled_out_once(typed, _defined_short_names(typed, doc.text))[:8])


def _wrote_it(entity: Entity, authors: Sequence[str]) -> bool:
    """The article's writer, named in an author's note ("Dana Whitfield covers city government
    for the Gazette"), is no one of the story; nor is the surname alone."""
    return entity.kind == "person" and any(
        entity.name == author or entity.name == author.split()[-1] for author in authors
    )


#: Plural acronyms for people in a role: "MPs", "MEPs", "GPs", "NGOs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _typed(entity: Entity, row: dict[str, float], text: str) -> Entity:
    """A name read as a person's is a group when it is a plural acronym ("MPs", whom "Labour"
    may precede as if it were a role) and else a person or a body as ``who_kind`` finds; people
    of a place ("Residents of Flint") are a group."""
    words = entity.name.split()
    if len(words) > 2 and words[1] == "of" and words[2] != "the" and _people_noun(words[0]):
        return replace(entity, kind="group")  # but "Friends of the Earth" is a body
    if len(words) == 1 and _people_noun(words[0]):
        return replace(entity, kind="group")  # "Teachers in Scotland have voted …", "Campaigners"
    if entity.kind != "person":
        return entity
    if _PLURAL_ACRONYM.fullmatch(entity.name):
        return replace(entity, kind="group")
    if is_person(entity, row, text):
        return entity
    # a body holds no person's role in lower case ("tourist CubaDupa transformed …", a lost full stop)
    role = None if entity.role and entity.role.islower() else entity.role
    return replace(entity, kind="organization", role=role)


def _people_noun(word: str) -> bool:
    lowered = word.lower()
    return lowered.endswith("s") and lowered in speaker_nouns()


def _defined_short_names(entities: Sequence[Entity], text: str) -> dict[str, Entity]:
    """Short names the text defines in brackets after a listed full name: "Survivors Fund
    (SURF)", "Internet Corporation for Assigned Names and Numbers (Icann)"."""
    singles = {e.name for e in entities if len(e.name.split()) == 1}
    fulls = [e for e in entities if len(e.name.split()) >= 2]
    defined: dict[str, Entity] = {}
    for found in _BRACKETED.finditer(text):
        short = found[1]
        if short not in singles or short in defined:
            continue
        before = text[max(0, found.start() - _DEFINED_REACH) : found.start()]
        for full in fulls:
            at = before.rfind(full.name)
            gap = before[at + len(full.name) :] if at >= 0 else ""
            if at >= 0 and len(gap) <= _DEFINED_GAP and not _GAP_BREAK.search(gap):
                defined[short] = full
                break
    return defined


def _short_names_of_no_one(candidates: set[str], text: str) -> set[str]:
    """Short names in brackets after a capitalised phrase they spell that names no one, read alone
    and in the text ("Air Quality Index (AQI)", "Consumer Electronics Show (CES)", "Democratic
    Republic of Congo (DRC)"): no one either."""
    found: set[str] = set()
    for bracket in _BRACKETED.finditer(text):
        short = bracket[1]
        if len(short) < _SHORT_NAME_LETTERS or not short.isupper():
            continue
        phrase = _SPELLED_BEFORE.search(text, max(0, bracket.start() - _DEFINED_REACH), bracket.start())
        spelled = phrase and phrase[1]
        if (
            spelled
            and initials(spelled) == short
            and not any(name in spelled or spelled in name for name in candidates)
            and all(m.kind == "place" for m in find_mentions(spelled))  # a thing or a place, read alone
        ):
            found.add(short)
    return found


_SHORT_NAME_LETTERS = 2
#: The capitalised phrase right before a bracket, with the small words inside a name.
_SPELLED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*)(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|for|the|on|&))*)[ \t]*$")


#: "(SURF)": a short name in brackets; the full name ends at most _DEFINED_GAP characters before
#: it ("… Names and Numbers (Icann)"), within the same sentence.
_BRACKETED = re.compile(r"\(([A-Za-z][\w&-]*)\)")
_DEFINED_REACH = 160
_DEFINED_GAP = 30
_GAP_BREAK = re.compile(r"[.()\n]")


def _spelled_out_once(entities: Sequence[Entity], defined: dict[str, Entity]) -> list[Entity]:
    """One entry a body: an acronym whose full name Who also lists ("CSA" beside "Child Support
    Agency") gives way to the full name, which takes the first of the two places; of the names
    news uses for one body ("Fed", "Federal Reserve"; "Tories", "Conservatives"), the one first
    in ``same_bodies.txt`` if listed, else the first listed, in the first of their places;
    ``defined`` holds the short names the text defines in brackets, with their full names."""
    full = {initials(e.name): e for e in entities if len(e.name.split()) >= 2}
    full.update(defined)
    # "WMC Resources … WMC said": a body named in full first, then by its first word; not "Tories
    # and Lib Dems", "Commons Speaker"
    opened = {
        e.name.split()[0]: e
        for e in reversed(entities)
        if e.kind == "organization"
        and len(e.name.split()) >= 2
        and " and " not in e.name
        and e.name.split()[-1].lower() not in role_words()
    }
    # "Nottingham Forest … Forest": a club named in full, then by its last word; not "the Council",
    # nor "England" of "Bank of England"
    closed = {
        e.name.split()[-1]: e
        for e in reversed(entities)
        if e.kind == "organization"
        and len(e.name.split()) >= 2
        and all(word[:1].isupper() for word in e.name.split())
        and e.name.split()[-1].lower() not in role_words() | organization_words()
    }
    listed = {e.name for e in entities}
    kept: list[Entity] = []
    bodies: set[str] = set()
    for entity in entities:
        chosen = full.get(entity.name, entity) if entity.name.isupper() or entity.name in defined else entity
        longer = opened.get(entity.name) or (closed.get(entity.name) if entity.kind == "organization" else None)
        if chosen is entity and longer is not None and longer.first < entity.first:
            chosen = longer
        body = same_body().get(chosen.name)
        if body in listed and body != chosen.name:
            chosen = next(e for e in entities if e.name == body)
        if chosen not in kept and (body is None or body not in bodies):
            kept.append(chosen)
            bodies.add(body or chosen.name)
    return kept


def lead_actors(doc: Doc, entities: Sequence[Entity]) -> frozenset[str]:
    """Who the text itself shows to be someone: the names the lead sentence's subject holds
    ("Hull Trains and National Rail cancelled …"), the headline's subject, a name an appositive
    describes ("Vale Sul, a Brazilian company,", "Estael Sias, a meteorologist") and a name that
    says something ("Lord Faulkner of Worcester said")."""
    clause = lead_clause(doc.lead)
    names = {e.name for e in entities if clause is not None and e.name in clause.subject}
    if doc.subject is not None:
        names.add(doc.subject.entity.name)
    described_names = {
        entity.name
        for mention, entity in doc.cast.mentions
        if described(doc.text, mention.end) in ("person", "body") or _says(doc.text, mention, entity)
    }
    return frozenset(names | {e.name for e in entities if e.name in described_names})


def _says(text: str, mention: Mention, entity: Entity) -> bool:
    """A name that says something ("Lord Faulkner of Worcester said"), whole (not "National
    Ballet" of "English National Ballet said") and not a plural noun opening a sentence
    ("Analysts said", "Sources said": no one in particular)."""
    words = entity.name.split()
    plural = len(words) == 1 and words[0].endswith("s") and words[0][1:].islower()
    return (
        not plural
        and _SAYS.match(text, mention.end) is not None
        and not _CAPITALISED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t\u00a0]+$")
#: A speech verb after a name or its "of" place: "Lord Faulkner of Worcester said"; not "the
#: Sideways producer said".
_SAYS = re.compile(
    rf"(?:[ \t\u00a0]+of[ \t\u00a0]+[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*)?)?[ \t\u00a0]+(?:{'|'.join(PLAIN_SPEECH_VERBS)})\b"
)


def who_candidates(doc: Doc, speakers: frozenset[str] = frozenset()) -> list[Entity]:
    """The cast's people and organisations less what the rules show to be no one."""
    media = _interviewers(doc) | _works(doc) | _titles(doc) | _short_forms(doc.named) | _credited(doc)
    media |= _extensions([e for e in doc.named if e.name not in doc.cast.bodies]) | _publisher(doc)
    return [
        e
        for e in doc.named
        if not _shouted_word(e.name, doc.text)
        and not _shouted_opening(e.name, doc)
        and not INITIALS.fullmatch(e.name)
        and not _MODIFIER.search(e.name)
        and not _MODEL.search(e.name)
        and not common_noun(e.name, doc.text)
        and not _people_of(e.name)
        and not (demonym_country(e.name.split()[-1]) and not is_first_name(e.name.split()[0]))  # "Radical Iraqi"
        and e.name not in media
        and (e.name in doc.cast.bodies or e.name in speakers or not _named_once_as_no_one(e, doc))
    ]


def _named_once_as_no_one(entity: Entity, doc: Doc) -> bool:
    """ "Night Football", "Counter ISIS", "Sources", "Beverly Hills": capitalised words met once,
    with no first name, title, role or description, are seldom anyone; a person the story is
    about is named again, by a first name, as "Mr Osborne", in the headline, or speaks."""
    words = entity.name.split()
    title = doc.article.title or ""
    return (
        entity.kind == "person"
        and entity.mentions == 1
        and not entity.role
        and not is_first_name(words[0])
        and words[0].lower() not in HONORIFICS | role_words() | speaker_nouns()
        and not INITIALS.fullmatch(words[0])
        and words[-1] not in title
        and not has_honorific(entity.name, doc.text)
        and not described_as_person(entity.name, doc.text)
    )


def _extensions(entities: Sequence[Entity]) -> set[str]:
    """ "Jyoti Singh Pandey" beside "Jyoti Singh", "Hillary Clinton Obsessed" (a caption run into
    the name) beside "Hillary Clinton": a person's full name and one word more is that person,
    listed once, by the name the text uses more often (the shorter one when as often)."""
    people = {e.name: e.mentions for e in entities if e.kind == "person" and len(e.name.split()) >= 2}
    dropped = set()
    for entity in entities:
        shorter = entity.name.rsplit(" ", 1)[0]
        if entity.kind == "person" and len(entity.name.split()) >= 3 and shorter in people:
            # the one the text names more often ("Private Frederick Thompson" over "Private Frederick")
            dropped.add(shorter if entity.mentions > people[shorter] else entity.name)
    return dropped


def _short_forms(entities: Sequence[Entity]) -> set[str]:
    """ "School" beside "Royal Docks Community School", "United" beside "Manchester United": a
    body's last word alone is the short form of a name Who already lists in full, or a fragment
    of it, never a second body."""
    last_words = {e.name.split()[-1] for e in entities if len(e.name.split()) > 1 and e.kind != "person"}
    return {
        e.name
        for e in entities
        if e.name in last_words and " " not in e.name and e.name.lower() in organization_words()
    }


def _interviewers(doc: Doc) -> set[str]:
    """Bodies named only as where someone spoke ("Ms Hewitt told GMTV's Sunday programme", "in an
    interview with CNN", "he is quoted as saying by Germany's Manager Magazin"): the medium of the
    story, not one of its actors."""
    told: dict[str, bool] = {}
    for mention, entity in doc.cast.mentions:
        if entity.kind == "organization" or entity.name in doc.cast.bodies:
            medium = _TOLD.search(doc.text, max(0, mention.start - 30), mention.start) is not None
            told[entity.name] = told.get(entity.name, True) and medium
    return {name for name, only in told.items() if only}


def _publisher(doc: Doc) -> set[str]:
    """The outlet that filed the story ("(CNN)", "WASHINGTON (AP) —"), which speaks of itself
    ("CNN has not independently confirmed …"): the source, not an actor, unless the story is
    about it (its lead's or headline's subject)."""
    source = doc.article.source
    if not source or source in lead_actors(doc, [e for e in doc.named if e.name == source]):
        return set()
    return {source}


def _credited(doc: Doc) -> set[str]:
    """Names met only in a story's credits (``nlp/credits.py``): who wrote the story, not who is
    in it. (A dateline's agency is the article's source, which ``_publisher`` leaves out.)"""
    credits = credit_spans(doc.sentences)
    only: dict[str, bool] = {}
    for mention, entity in doc.cast.mentions:
        inside = in_credits(mention.start, credits)
        only[entity.name] = only.get(entity.name, True) and inside
    return {name for name, inside in only.items() if inside}


def _titles(doc: Doc) -> set[str]:
    """Names found only inside a title in quotation marks ('his hits include "The Thrill Is Gone"
    and "When Love Comes to Town"'): a work, not who did anything."""
    titles = [(span.start, span.end) for span in doc.quotations if _title_like(doc.text[span.start : span.end])]
    only: dict[str, bool] = {}
    for mention, entity in doc.cast.mentions:
        inside = any(start <= mention.start and mention.end <= end for start, end in titles)
        only[entity.name] = only.get(entity.name, True) and inside
    return {name for name, inside in only.items() if inside}


def _title_like(quoted: str) -> bool:
    words = WORD.findall(quoted)
    return 0 < len(words) <= _TITLE_WORDS and words[0][:1].isupper() and title_cased(words, HEADLINE_SMALL_WORDS)


def _works(doc: Doc) -> set[str]:
    """Names the text introduces as a work ("the musical Mamma Mia", "his film Napoleon Dynamite",
    "the play The Glass Menagerie"): a title, not who did anything."""
    introduced = {
        entity.name
        for mention, entity in doc.cast.mentions
        if _WORK.search(doc.text, max(0, mention.start - 40), mention.start) is not None
    }
    # "the Harry Potter films", "the Star Wars saga": a name only ever written before a word for a
    # work is the work's (a person named elsewhere too, as "a Tom Cruise film" usually is, stays)
    only: dict[str, bool] = {}
    for mention, entity in doc.cast.mentions:
        before_work = _WORK_AFTER.match(doc.text, mention.end) is not None
        only[entity.name] = only.get(entity.name, True) and before_work
    return introduced | {name for name, always in only.items() if always}


_WORK_AFTER = re.compile(
    r"['’]?s?[ \t\u00a0]+(?:films?|movies?|books?|novels?|series|franchise|saga|trilogy|musical|sitcom|soundtrack)\b"
)


def _people_of(name: str) -> bool:
    """ "Americans", "Northern Europeans": the people of a country or region, no one in particular."""
    words = name.split()
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    return demonym_country(last) is not None and all(w in COMPASS for w in words[:-1])


#: What comes right before the name of the medium someone spoke to or on.
_TOLD = re.compile(
    r"(?:\btold|\bsaid to|\binterview with|\binterview on|\bspeaking to|\bspeaking on|\btalking to|"
    r"\bappearance on|\bwriting in|\bwrote in|\bquoted as saying by|\bquoted by)[ \t\u00a0]+"
    r"(?:the[ \t\u00a0]+|[A-Z][a-z]+['’]s[ \t\u00a0]+)?$"
)


#: A word for a work right before its title.
_WORK = re.compile(
    r"\b(?:film|movie|musical|album|novel|sitcom|documentary|opera|ballet|video game|"
    # words that are verbs or adjectives too ("to play Barcelona") only after a determiner
    r"(?:the|a|an|his|her|their|its|new|latest|hit)[ \t\u00a0]+(?:play|single|song|book|drama|series|show))"
    r"[ \t\u00a0]+(?:[Tt]he[ \t\u00a0]+|[A-Z][a-z]+['’]s[ \t\u00a0]+)?$"
)


#: A word of this many capitals, one of the story's first two, that its headline writes in title case.
_OPENING_SHOUT_LETTERS = 3
_OPENING_SHOUT_REACH = 40


def _shouted_word(name: str, text: str) -> bool:
    """A word in capitals that the text also writes in lower case ("CLAIMS" beside "claims") is
    shouted for emphasis, not an acronym ("NATO" is never "nato"; "AIDS" may meet "hearing aids",
    so only words of five letters or more count)."""
    return (
        len(name) >= _SHOUTED_LETTERS
        and name.isupper()
        and name.isalpha()
        and re.search(rf"(?<![\w./@]){re.escape(name.lower())}(?![\w./@])", text) is not None
    )


def _shouted_opening(name: str, doc: Doc) -> bool:
    """ "A MAN has been charged …", "PLANS for 400 homes …": local papers open the story on a word
    in capitals that the headline writes as a word ("Man charged …", "Plans for …"), not an acronym."""
    if not (name.isupper() and name.isalpha() and len(name) >= _OPENING_SHOUT_LETTERS):
        return False
    opening = doc.text[doc.article.body_start :].lstrip()[:_OPENING_SHOUT_REACH].split()[:2]
    title = (doc.article.title or "").split()
    return name in opening and name.capitalize() in title


def lead_first(
    entities: Sequence[Entity], lead: str, title: str | None = None, subject: HeadlineSubject | None = None
) -> list[Entity]:
    """Entities with the event's actor first: who did it, or to whom it happened.

    A person, organisation or group the headline opens with, as the subject of its verb ("FBI
    clears Clinton", "Five shot in Seattle"), comes first, unless the lead's subject names that
    group in full ("At least seven people" for "Seven killed"); else a group that is the lead
    sentence's subject ("Several people"); else the first entity the headline names; else the
    named entity inside the lead's subject; otherwise the ranking stands. ``subject`` is
    ``headline_subject(entities, title)``. Measured on Giveme5W1H: ranking alone 0.62, with
    the lead 0.74, with the headline too 0.76, with the headline's named subject first 0.80,
    with roles, joined names and counted groups there too 0.88.
    """
    ordered = _lead_actor_first(entities, lead)
    if subject is not None and not _says_more(ordered[0] if ordered else None, subject.entity):
        return [subject.entity, *(e for e in ordered if e is not subject.entity)]
    if title and ordered and ordered[0].kind != "group":
        words = set(title.replace("’s", "").replace("'s", "").split())
        named = next((e for e in ordered if e.name in title or e.name.split()[-1] in words), None)
        if named is not None:
            ordered = [named, *(e for e in ordered if e is not named)]
    return ordered


def _says_more(lead_group: Entity | None, headline: Entity) -> bool:
    """The lead's group names the headline's in full: "At least seven people" for "Seven killed"."""
    if lead_group is None or lead_group.kind != "group" or headline.kind != "group":
        return False
    lead_words, headline_words = set(lead_group.name.lower().split()), set(headline.name.lower().split())
    # "A 16-year-old boy" for "Teenager stabbed …": one person, however the headline words it
    return bool(lead_words & headline_words) or bool(lead_words & _ONE_PERSON and headline_words & _ONE_PERSON)


#: Words for one person a headline and its lead may use for the same victim or suspect.
_ONE_PERSON = frozenset(
    {"man", "woman", "boy", "girl", "teenager", "teen", "youth", "child", "baby", "toddler", "pensioner", "student"}
)


def _lead_actor_first(entities: Sequence[Entity], lead: str) -> list[Entity]:
    clause = lead_clause(lead)
    if clause is None:
        return list(entities)
    words = set(clause.subject.replace("’s", "").replace("'s", "").split())
    inside = [e for e in entities if e.name in clause.subject or e.name.split()[-1] in words]
    if inside:
        return [inside[0], *(e for e in entities if e is not inside[0])]
    if names_group(clause.subject):
        return [Entity(name=group_phrase(clause.subject), kind="group", first=clause.subject_start), *entities]
    return list(entities)
