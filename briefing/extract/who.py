"""Who: the people and organisations of an article, merged across mentions and ranked.

A person is named in full once ("Russian President Vladimir Putin") and then by surname
("Putin said") or by role ("The Russian President said"); all of these count for one Entity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.extract.headline import HeadlineSubject
from briefing.extract.mentions import Mention, find_mentions
from briefing.extract.subject import lead_clause, names_group
from briefing.model import Entity

_SPEECH_AFTER = ("said", "says", "told", "added", "stated", "warned", "argued", "claimed", "explained")


@dataclass(frozen=True)
class Cast:
    """The entities of an article, best first, and every mention resolved to one of them."""

    entities: tuple[Entity, ...]
    mentions: tuple[tuple[Mention, Entity], ...]

    def person(self, name: str) -> Entity | None:
        return next((e for e in self.entities if e.kind == "person" and e.name == name), None)


def find_cast(
    text: str,
    start: int = 0,
    lead_end: int | None = None,
    mentions: Sequence[Mention] | None = None,
    title: str | None = None,
) -> Cast:
    """People and organisations in ``text[start:]``; ``lead_end`` marks the end of the lead.

    ``mentions`` may be passed when the caller already found them (they are the same for where).
    A person the ``title`` names in full ("Max Verstappen stuns …") is who the body's surname
    ("Verstappen said") means, even when the body never repeats the full name.
    """
    mentions = list(find_mentions(text, start)) if mentions is None else mentions
    people = _people(mentions)
    if title:
        _add_headline_people(people, title, mentions)
    resolved: list[tuple[Mention, str]] = []
    for mention in mentions:
        key = _resolve(mention, people, text)
        if key:
            resolved.append((mention, key))
    entities = _rank(resolved, people, lead_end if lead_end is not None else start + 400)
    by_key = {_key(e): e for e in entities}
    return Cast(
        entities=tuple(entities),
        mentions=tuple((m, by_key[k]) for m, k in resolved if k in by_key),
    )


@dataclass
class _Person:
    name: str
    role: str | None
    named: int = 1  # mentions by a name of this person (not by role or pronoun)


#: Surname -> the people of that surname ("Barack Obama", "Michelle Obama").
_People = dict[str, list[_Person]]


def _people(mentions: Sequence[Mention]) -> _People:
    """The people named in ``mentions``, each with the fullest clean name and first role seen."""
    people: _People = {}
    named = [m for m in mentions if m.kind == "person"]
    # Full names first, so that a bare surname ("President Obama") joins the most named person
    # of that surname rather than whoever came first.
    bare = Counter(m.name for m in named if len(m.name.split()) == 1 and m.role)
    for mention in sorted(named, key=lambda m: len(m.name.split()) == 1):
        namesakes = people.setdefault(mention.name.split()[-1], [])
        if len(mention.name.split()) == 1:
            known = _person_named(people, mention.name)
            if known is not None and _someone_else(known, mention, bare[mention.name]):
                known = None
        else:
            known = next((p for p in namesakes if _same_person(p.name, mention.name)), None)
        if known is None:
            namesakes.append(_Person(mention.name, mention.role))
            continue
        known.name = _fuller(known.name, mention.name)
        known.named += 1
        if known.role is None and mention.role:
            known.role = mention.role
    return people


def _someone_else(namesake: _Person, mention: Mention, times: int) -> bool:
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
    if len(n) >= 2 and len(k) > len(n) and k[-len(n) :] == n:
        return new
    if len(k) >= 2 and len(n) > len(k) and n[-len(k) :] == k:
        return known
    return new if len(n) > len(k) else known


def _person_named(people: _People, name: str) -> _Person | None:
    """The person a name means; a bare surname shared by several means the most named of them."""
    namesakes = people.get(name.split()[-1], [])
    if len(name.split()) > 1:
        return next((p for p in namesakes if _same_person(p.name, name)), None)
    return next((p for p in namesakes if p.name == name), None) or max(namesakes, key=lambda p: p.named, default=None)


def _add_headline_people(people: _People, title: str, mentions: Sequence[Mention]) -> None:
    """Full names from the headline for surnames the body uses alone and never names in full."""
    surnames = {m.name for m in mentions if m.kind == "name"}
    for named in find_mentions(title):
        if named.kind != "person" or not named.name.istitle():
            continue
        *given, surname = named.name.split()
        # not "Kimi Raikkonen Ferrari": a name whose first words are a known person is two names
        if surname in surnames and surname not in people and not any(word in people for word in given):
            people[surname] = [_Person(named.name, named.role, named=0)]


def _resolve(mention: Mention, people: _People, text: str) -> str | None:
    if mention.kind == "person" or (mention.kind == "name" and mention.name in people):
        person = _person_named(people, mention.name)
        return "person:" + person.name if person else None
    if mention.kind == "name":
        if text[mention.end : mention.end + 8].lstrip().startswith(_SPEECH_AFTER):
            people.setdefault(mention.name, [_Person(mention.name, None)])
            return "person:" + mention.name
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


def _key(entity: Entity) -> str:
    return f"{entity.kind}:{entity.name}"


def _rank(resolved: list[tuple[Mention, str]], people: _People, lead_end: int) -> list[Entity]:
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
    return bool(set(lead_group.name.lower().split()) & set(headline.name.lower().split()))


def _lead_actor_first(entities: Sequence[Entity], lead: str) -> list[Entity]:
    clause = lead_clause(lead)
    if clause is None:
        return list(entities)
    words = set(clause.subject.replace("’s", "").replace("'s", "").split())
    inside = [e for e in entities if e.name in clause.subject or e.name.split()[-1] in words]
    if inside:
        return [inside[0], *(e for e in entities if e is not inside[0])]
    if names_group(clause.subject):
        return [Entity(name=clause.subject, kind="group", first=clause.subject_start), *entities]
    return list(entities)
