"""What a headline says: its main clause and the actor it opens with.

Headlines are written to say what happened, subject first: "FBI clears Clinton", "F1 legend
Felipe Massa makes an emotional farewell". Both what and who read them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import Entity
from briefing.nlp.lexicon import demonym_country, role_words
from briefing.nlp.mentions import HONORIFICS
from briefing.nlp.subject import looks_like_verb, names_group

_KICKER = re.compile(r"^[^:]{2,40}:\s+(?=\S)")
#: A headline's subject set off by an aside before its verb: the aside describes, the verb is news.
#: The aside opens in lower case or with an age; the verb after it in lower case, not "and"/"or",
#: which would make a list of it ("Paris, London and Rome …").
_APPOSITIVE = re.compile(
    r"^(?P<subject>[A-Z][^,]{1,40}), (?:[a-z][^,]{0,80}|\d{1,3}), (?P<rest>(?!and\b|or\b)[a-z].+)$"
)
_TRAILING_CLAUSE = re.compile(r"\s+(?:as|after|while|amid|before|despite)\s+", re.IGNORECASE)
#: A purpose or manner phrase ("… lands in Washington to meet Obama", "… with truck bomb") is cut
#: only after a complete clause of this many words: "Boeing agrees to sell jets" keeps its verb.
_PURPOSE = re.compile(
    r"(?<!\bclose)(?<!\bcloser)(?<!\bnext)(?<!\bdue)(?<!\baccording)(?<!\bowing)(?<!\bprior)(?<!\bup)(?<!\bback)"
    r"\s+(?:to|with)\s+",  # "close to", "due to" … are one preposition, not a purpose
    re.IGNORECASE,
)
_MIN_CLAUSE_WORDS = 4
_MIN_ACTION_WORDS = 3
#: After a colon, a quotation or a question is the feature angle, not the news.
_FEATURE = re.compile(r"[\"'“‘]|(?:What|How|Why|Who|Where|When|Is|Are|Can|Will|Should|Does|Do)\b")


def headline_action(title: str) -> str:
    """The main clause of a headline, without its kicker or trailing clause."""
    text = title.strip()
    kicker = _KICKER.match(text)
    if kicker and len(text[kicker.end() :].split()) >= _MIN_ACTION_WORDS:
        before, after = text[: kicker.end()].rstrip(": "), text[kicker.end() :]
        # "Cubs win World Series: 'Baseball will never be the same'": the news comes first.
        text = before if _FEATURE.match(after) and len(before.split()) >= _MIN_ACTION_WORDS else after
    aside = _APPOSITIVE.match(text)  # "Tom Stoppard, playwright who dazzled …, dies at 89"
    if aside:
        text = f"{aside['subject']} {aside['rest']}"
    for clause in _TRAILING_CLAUSE.finditer(text):
        if len(text[: clause.start()].split()) >= _MIN_ACTION_WORDS + 1:
            text = text[: clause.start()].rstrip(" –—-,;:")  # "… thresholds – as it happened"
            break
    phrase = _PURPOSE.search(text)  # only the first: a later "to" may belong to the verb's object
    if phrase and len(text[: phrase.start()].split()) >= _MIN_CLAUSE_WORDS and _may_hold_verb(text[: phrase.start()]):
        text = text[: phrase.start()]
    return text


def _may_hold_verb(clause: str) -> bool:
    """Whether a lower-case word other than a small one stands before "to": "Teachers in Northern
    Ireland to strike over pay" holds none, so "to strike" is its verb."""
    return any(w.islower() and w not in _NOT_VERBS for w in _WORD.findall(clause))


@dataclass(frozen=True)
class HeadlineSubject:
    """The actor a headline opens with, and the words what leaves out because who says them: the
    named subject as written ("F1 legend Felipe Massa"); none for a group ("Five shot in …"),
    whose count or noun what keeps."""

    entity: Entity
    phrase: str


_WORD = re.compile(r"[\w'’-]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words after a name that show it is no subject ("Hillary Clinton in the clear").
_NOT_VERBS = _word_set("in at on of for with from by over under into after before as the a an and or but")
#: Adverbs a headline puts between subject and verb ("Max Verstappen even stuns his dad").
_ADVERBS = _word_set("even still again finally now also just already never")
#: Verbs a headline uses after a plural subject ("Google shares fall").
_BASE_VERBS = _word_set(
    "fall rise hit jump slump soar dip drop climb slide surge plunge sink tumble give boost win lose face back "
    "call take get make see set go come hold keep remain stay"
)
_COUNT = re.compile(
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands", re.IGNORECASE
)
_JOIN = re.compile(r", (?:and )?| and | & ")


def headline_subject(entities: Sequence[Entity], title: str) -> HeadlineSubject | None:
    """The person, organisation or group a headline opens with as its verb's subject.

    "Toblerone sparks outrage …", "F1 legend Felipe Massa makes …"; several joined by commas and
    "and" ("Bill Murray and Barack Obama lead …") are one group; failing a name, a count or a
    group word ("Five shot in Seattle", "Driver arrested"). A verb must follow the subject.
    """
    action = headline_action(title)
    named = sorted(
        # not a people's adjective: "Israeli strikes kill …" is about the strikes
        (e for e in entities if e.kind in ("person", "organization") and e.name and not _people_adjective(e.name)),
        key=lambda e: -len(e.name),
    )
    # A role or honorific in the first four words ("F1 legend", "Teenage Formula One star", "Mr")
    # may stand before the subject's name.
    titles = role_words() | HONORIFICS
    starts = [0, *(w.end() + 1 for w in list(_WORD.finditer(action[:80]))[:4] if w.group().lower() in titles)]
    for start in reversed(starts):
        members, position, cursor = [], start, start
        while entity := next((e for e in named if _names_at(action, e.name, cursor)), None):
            members.append(entity)
            position = cursor + len(entity.name)
            join = _JOIN.match(action, position)
            if join is None:
                break
            cursor = join.end()
        if not members or not _verb_follows(action, position, plural=len(members) > 1):
            continue
        phrase = action[:position]
        if len(members) == 1:
            return HeadlineSubject(members[0], phrase)
        group = action[start:position]
        return HeadlineSubject(Entity(name=group, kind="group", first=min(m.first for m in members)), phrase)
    return _group_subject(action)


def _people_adjective(name: str) -> bool:
    return " " not in name and demonym_country(name) is not None


def _group_subject(action: str) -> HeadlineSubject | None:
    """A headline opening with a group or a count as its subject: "Driver arrested", "Five shot"."""
    words = list(_WORD.finditer(action))[:3]
    grouped = False
    for word in words:
        if grouped and not (names_group(word.group()) or _COUNT.fullmatch(word.group())):
            return None  # "Police arrest 12 …": the group ended, and the word after it is its verb
        phrase = action[: word.end()]
        grouped = names_group(phrase) or bool(_COUNT.fullmatch(phrase))
        if not grouped:
            continue
        following = _WORD.match(action, word.end() + 1)
        if following and looks_like_verb(following.group()):
            if action[following.end() :].startswith(" by "):
                return None  # "Croydon tram victims named by police": the agent is who
            return HeadlineSubject(Entity(name=phrase, kind="group"), "")
    return None


def _verb_follows(action: str, position: int, plural: bool) -> bool:
    """Whether the headline's verb comes next: "Toblerone sparks", "Trump to meet", "Cubs win";
    not a noun the name qualifies ("Toblerone chocolate bar", "Clinton aide") or a preposition."""
    words = [w.group() for w in _WORD.finditer(action, position)][:3]
    while words and (words[0] in _ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if not words or not words[0][:1].islower() or words[0] in _NOT_VERBS or words[0] in role_words():
        return False
    word = words[0]
    if plural or word == "to" or looks_like_verb(word):
        return True
    if names_group(word) or word[:-1] in role_words():
        return False  # a plural noun: "Toblerone fans", "Army chiefs", "U2 stars"
    if len(words) > 1 and (words[1] in _BASE_VERBS or looks_like_verb(words[1])):
        return False  # a plural noun before the verb: "Google shares fall", "CSI shows give"
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))  # "sparks", "stages"


def _names_at(text: str, name: str, position: int) -> bool:
    end = position + len(name)
    return text.startswith(name, position) and text[end : end + 1] in (" ", ",")
