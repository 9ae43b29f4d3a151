"""Whom a speaker mention means: the named person behind "he", "Mr Smith", "the president-elect"
or "who", else the mention itself where it describes a role or body ("a spokesman for the
council"), else no one ("The spectacle")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from briefing.extract.speakers import OBJECT_BEFORE, PRONOUN, SPOKE, antecedent_of, first_actor, possessive
from briefing.extract.who import Cast
from briefing.model import Entity
from briefing.nlp.letters import UPPER
from briefing.nlp.lexicon import demonym_country, first_name_gender, organization_words, role_words, speaker_nouns
from briefing.nlp.mention_context import FEMALE_KIN, KIN_BEFORE
from briefing.nlp.mentions import Mention
from briefing.nlp.quote_marks import NAMING_VERBS, WORD, Marked, sentence_end, sentence_start
from briefing.nlp.speech import SPEECH_VERBS
from briefing.nlp.subject import looks_like_verb
from briefing.nlp.words import stop_words

#: A description before a name longer than this is a clause, not a role.
_MAX_ROLE_WORDS = 6
#: A name followed, inside the speaker mention, by the noun it qualifies ("the Bad Romance singer"),
#: not by where the person is from ("Rep. Elijah Cummings of Maryland").
_DESCRIBES = re.compile(r"[ \t\u00a0]+(?!(?:of|for|from)\b)[a-z][\w-]*")
_ROLE_MENTION = re.compile(r"(?:the|The)[ \t\u00a0]+([A-Za-z][\w-]*(?:[ \t\u00a0]+[A-Za-z][\w-]*)?)")
#: The comma after a description, past what the description's noun is for or on ("The DA's
#: spokesperson on electricity, Kevin Mileham,", "A spokesman for the council, Jo Lee,").
_APPOSITIVE_START = re.compile(
    r"(?:[ \t\u00a0]+(?:on|for|at|of|in|with)(?:[ \t\u00a0]+[\w'’&.-]+){1,5}?)?,[ \t\u00a0]+"
)
_MODIFIER_BEFORE = re.compile(r"\b[Tt]he\s+$")
_ACRONYM = re.compile(r"(?:the |The )?[A-Z]{2,6}")
#: A name the cast did not list ("Nervo", "The Hill"): capitalised words in mixed case.
_PROPER_NAME = re.compile(rf"(?:The )?[{UPPER}][a-z][\w’'.-]*(?: (?:of |de |van )?[{UPPER}][a-z][\w’'.-]*){{0,3}}")


#: A description holds no clause, sentence break or bracket, and no more words than this.
_CLAUSE = re.compile(
    r"\b(?:which|who|whom|that|if|what|when|while|because)\b|[a-z]{2}[’'\"”]?[.!?;]\s+[A-Z]|[\[\]‘“\"]"
)  # a sentence break after a word, not "Mr." or "U.S."
_MAX_DESCRIPTION_WORDS = 12


def _named_aside(text: str, start: int, mention: Mention, end: int) -> bool:
    before = text[start : mention.start]
    return text[mention.end : end].strip() == "," and before.rstrip().endswith(",") and before.count(",") == 1


#: Longer than any mention a name chunk can make (twelve words of thirty letters and connectors).
_LONGEST_MENTION = 600


def resolve_speaker(
    text: str, start: int, end: int, cast: Cast, marked: Marked | None = None
) -> tuple[str, str | None] | None:
    """The named person a speaker mention refers to (and their role), or the mention itself;
    ``marked`` holds the quotations, whose names a pronoun never means."""
    mention = text[start:end]
    inside = [
        (m, e)
        for m, e in cast.between(max(0, start - _LONGEST_MENTION), end)
        if (m.start <= start < m.end or start <= m.start < end)
        and not possessive(text, m.end)
        # a mention may hold its possessive: "Ellie's mother, Sian Roberts" (but "McDonald's said")
        and not (text[m.start : m.end].endswith(("'s", "’s")) and text[m.end : end].strip(" ,."))
    ]  # "Obama's former strategist" is not Obama, nor "The Times' music critic" the paper
    if inside:  # "HVB analyst Peter-Thilo Halser": the person, not the bank
        # a name that ends the mention, with no aside before it, is its head: "Counterpoint
        # Research analyst Neil Shah" (not "Victor Cha, a scholar at the Center for …")
        heads = [
            (m, e)
            for m, e in inside
            if e.kind == "person"
            and not text[m.end : end].strip(" .,")
            # no aside before it, or it is the whole aside that closes the mention ("James Hardie
            # chairwoman, Meredith Hellicar,"; not "Parker Eaton, a Republican who voted for Bill
            # Clinton,")
            and ("," not in text[start : m.start] or _named_aside(text, start, m, end))
            and not OBJECT_BEFORE.search(text, max(start, m.start - 12), m.start)  # "… of RBC Capital Markets"
        ]
        found, entity = next(iter(heads), None) or next(((m, e) for m, e in inside if e.kind == "person"), inside[0])
        described = _DESCRIBES.match(text, found.end, end)  # "the Bad Romance singer" stays as written
        # "an aide to Bush", "a doctor at the Saudi Hospital": the aide, the doctor
        governed = OBJECT_BEFORE.search(text, max(start, found.start - 12), found.start) or (
            _THE.match(text, max(start, found.start - 4), found.start)
            and OBJECT_BEFORE.search(text, max(start, found.start - 16), found.start - 4)
            and is_described_speaker(text[start : found.start])  # not "The letter, from the Home Office"
        )
        if not described and not governed:
            return entity.name, entity.role or _described_before(text[start : found.start])
        return (mention, None) if _shown_as_described(mention) else None
    if mention == "who":
        antecedent = antecedent_of(text, start, cast)
        return (antecedent.name, antecedent.role) if antecedent else None
    if mention.lower() == "it":
        body = _body_before(text, start, cast, marked) or _last_before(start, cast.mentions, "organization")
        return (body.name, None) if body else None
    if re.fullmatch(PRONOUN, mention):
        described = _described_sentence_before(text, start, cast, mention.lower())
        if described:  # "A Labour spokesman criticised Mr Howard's record. He said: …"
            return described, None
        holder = _role_sentence_before(text, start, cast, mention.lower())
        if holder is not None:  # "The Tory leader countered that …. He declared: …"
            return holder.name, holder.role
        person = _last_speaker_before(text, start, cast, mention.lower(), marked)
        if person is None and marked is not None:
            # no one of that sex named before, but someone spoke in the sentence before the quote:
            # a first name read as the other sex's ("Kelly Ortberg said … "…," he said")
            person = _spoke_before_quotation(text, start, cast, marked)
        return (person.name, person.role) if person else None
    named = _appositive_person(text, end, cast)
    if named is not None:  # "Her son, Mark Sullivan, 45, …, said": the name the description sets off
        described = _described_before(mention)
        if described and described.split()[0].lower() in stop_words():
            described = described[:1].lower() + described[1:]  # shown after the name: "…, her son"
        return named.name, named.role or described
    words = mention.split()
    for entity in cast.entities:
        if entity.kind == "person" and words and entity.name.split()[-1] == words[-1]:
            return entity.name, entity.role
    role = _ROLE_MENTION.fullmatch(mention)
    if role and (holder := _role_holder(text, role[1], cast, position=start)) is not None:
        return holder.name, holder.role or role[1]
    aside = _RELATIVE_ASIDE.search(mention)
    if aside:  # "one witness, who did not want to be named,": the description before the aside
        mention = mention[: aside.start()]
    name, comma, description = mention.partition(", ")
    if comma and _PROPER_NAME.fullmatch(name) and is_described_speaker(name) and _APPOSITIVE.fullmatch(description):
        # "Komeito, the LDP's junior coalition partner,": a name the cast did not list, then what it is
        return name, description.rstrip(" ,")
    return (mention, None) if _shown_as_described(mention) else None


#: What a name is, set off after it: an article and a few words, no clause ("the LDP's junior
#: coalition partner", "a charity").
_APPOSITIVE = re.compile(r"(?:the|a|an)[ \t\u00a0]+[\w’'-]+(?:[ \t\u00a0]+[\w’'-]+){0,7},?")

_THE = re.compile(r"the[ \t\u00a0]")

#: A relative clause set off after a description ("one witness, who did not want to be named,").
_RELATIVE_ASIDE = re.compile(r",[ \t\u00a0]+(?:who|which|whose)\b")


def _role_holder(
    text: str, role: str, cast: Cast, excluded: str | None = None, position: int | None = None
) -> Entity | None:
    """The one person of the article "the president-elect" or "the Tory leader" (``role``: the
    words after "the") means: the one whose role ends so, or the one the text names right after
    those words ("Tory leader Michael Howard"); none of the ``excluded`` sex ("the senator … he"
    of two senators, one a woman). One first named after ``position`` counts only with the very
    words of the role ("the economy minister said. … said economy minister Heizo Takenaka"), not
    an abbreviation of it (a later "Sen. Claire McCaskill")."""
    wanted = role.lower()
    people = [
        e
        for e in cast.entities
        if e.kind == "person"
        and (excluded is None or _gender(e.name, text) != excluded)
        and (position is None or e.first < position or (e.role or "").lower().endswith(wanted))
    ]
    holders = [
        e
        for e in people
        if (held := _head_of_role(_spelled_out(e.role or ""), wanted)).endswith(wanted)
        and not _OTHER_OFFICE.search(held[: -len(wanted)])
    ]
    last = role.split()[-1].lower()
    if not holders and (last in role_words() or last in speaker_nouns()):
        # not "the club" or "the Oscar winner", words that name no office; and "shadow home
        # secretary David Davis" or "ex-Conservative chancellor Ken Clarke" holds another office
        before = re.compile(rf"(?<![\w-]){re.escape(role)}[ \t\u00a0]+$", re.IGNORECASE)
        holders = [
            e
            for e in people
            if any(
                (found := before.search(text, max(0, m.start - 40), m.start))
                and not _OTHER_OFFICE.search(text, max(0, found.start() - 30), found.start())
                for m, named in cast.mentions
                if named is e
            )
        ]
    return holders[0] if len(holders) == 1 else None


#: Titles news abbreviates before a name, spelled out: "Sen. Josh Hawley" is "the senator".
_SPELLED_TITLES = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "ald": "alderman",
    "supt": "superintendent",
    "det": "detective",
    "insp": "inspector",
    "prof": "professor",
    "gen": "general",
    "amb": "ambassador",
    "atty": "attorney",
    "capt": "captain",
    "sgt": "sergeant",
    "col": "colonel",
    "lt": "lieutenant",
    "adm": "admiral",
}


def _spelled_out(role: str) -> str:
    """``role`` in lower case with its abbreviated titles spelled out ("sen." → "senator")."""
    return " ".join(_SPELLED_TITLES.get(word.rstrip("."), word) for word in role.lower().split())


def _head_of_role(held: str, wanted: str) -> str:
    """ "author of the book" is an author, not a book: the words before "of", unless the role
    looked for has its own "of" ("secretary of state")."""
    return held if " of " in wanted else held.split(" of ", 1)[0]


#: A sentence that opens on a described speaker: "A Labour Party spokesman criticised …".
_DESCRIBED_OPENING = re.compile(
    r"(?:A|An|The)[ \t\u00a0]+(?:[A-Za-z][\w'’-]*[ \t\u00a0]+){0,4}?(spokes(?:man|woman))\b"
)


#: What may stand between a described speaker and the name it gives: "", ", ", " for DLF Builders, ".
_NAMED_AFTER = re.compile(r"(?:[ \t\u00a0]+for[ \t\u00a0]+[^,.;:\"“”]{1,50})?[ \t\u00a0]*,?[ \t\u00a0]*")
_NAMED_REACH = 60


def _sentence_before(text: str, position: int) -> tuple[int, int] | None:
    """Where the sentence before the one holding ``position`` starts, and where its own starts."""
    own = sentence_start(text, position, 300)
    return (sentence_start(text, own - 1, 300), own) if own > 0 else None


def _described_sentence_before(text: str, position: int, cast: Cast, pronoun: str) -> str | None:
    """The spokesman or spokeswoman that opens the sentence before the one of "he" or "she" at
    ``position``, when that sentence names no person before it ("A Labour Party spokesman
    criticised Michael Howard's record …. He said:"): whom the pronoun means."""
    bounds = _sentence_before(text, position) if pronoun in ("he", "she") else None
    if bounds is None:
        return None
    before, own = bounds
    found = _DESCRIBED_OPENING.match(text, before, own)
    if found is None:
        return _described_speaking(text, before, own, cast, pronoun)
    if (found[1] == "spokesman") != (pronoun == "he"):
        return None
    for mention, entity in cast.mentions:
        if entity.kind != "person" or not found.start() <= mention.start <= found.end() + _NAMED_REACH:
            continue
        if mention.start < found.end() or _NAMED_AFTER.fullmatch(text, found.end(), mention.start):
            return None  # "The Liberal Democrats' economics spokesman Vincent Cable", "A spokesman for DLF, Dr V,"
    body = _FOR_BODY.match(text, found.end(), own)
    return text[found.start() : body.end()] if body else found.group()


#: A sentence opening on someone described, no one named, who speaks in it: "One teacher in
#: Leeds, who did not want to be named, said she had used food banks."
_DESCRIBED_SPEAKING = re.compile(
    r"(?P<who>(?:A|An|One|Another)[ \t\u00a0]+(?:[a-z][\w'’-]*[ \t\u00a0]+){0,3}?(?P<noun>[a-z][\w'’-]*)"
    r"(?:[ \t\u00a0]+(?:in|from|at)[ \t\u00a0]+[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,2})?)"
    r"(?:,[^,.\"“”]{1,80},)?[ \t\u00a0]+(?:said|says|told|added)\b"
)


def _described_speaking(text: str, before: int, own: int, cast: Cast, pronoun: str) -> str | None:
    found = _DESCRIBED_SPEAKING.match(text, before, own)
    if found is None or any(e.kind == "person" and found.start() <= m.start < found.end() for m, e in cast.mentions):
        return None
    noun = found["noun"]
    if (noun.endswith("woman") and pronoun == "he") or (
        noun.endswith("man") and not noun.endswith("woman") and pronoun == "she"
    ):
        return None
    return found["who"]


#: Words before a role that make it another office than the one "the" + role means.
_OTHER_OFFICE = re.compile(
    r"\b(?:[Ss]hadow|[Ff]ormer|[Ee]x-|[Dd]eputy|[Vv]ice|[Aa]cting|[Ii]nterim)(?:[\w-]*[ \t\u00a0]+){0,2}$"
)

#: A sentence opening on "the" and a role of one or two words ("The Tory leader countered").
_ROLE_OPENING = re.compile(
    r"(?:The|the)[ \t\u00a0]+([A-Za-z][\w-]*)(?:[ \t\u00a0]+([A-Za-z][\w-]*))?(?=,?[ \t\u00a0]+[a-z])"
)


def _role_sentence_before(text: str, position: int, cast: Cast, pronoun: str) -> Entity | None:
    """The person whose role opens the sentence before the one of "he" or "she" at ``position``
    ("The Tory leader countered that …. He declared:"), where the article names that role's one
    holder ("Tory leader Michael Howard") and the pronoun fits them."""
    bounds = _sentence_before(text, position) if pronoun in ("he", "she") else None
    if bounds is None:
        return None
    before, own = bounds
    found = _ROLE_OPENING.match(text, before, own)
    if found is None:
        return None
    roles = [f"{found[1]} {found[2]}", found[1]] if found[2] else [found[1]]
    excluded = {"he": "female", "she": "male"}[pronoun]
    return next((h for role in roles if (h := _role_holder(text, role, cast, excluded)) is not None), None)


#: The body a spokesman speaks for ("A spokeswoman for Oxford University"), part of who spoke.
_FOR_BODY = re.compile(
    r"[ \t\u00a0]+for[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z][\w'’&.-]*(?:[ \t\u00a0]+(?:of[ \t\u00a0]+|and[ \t\u00a0]+)?"
    r"(?:the[ \t\u00a0]+)?[A-Z][\w'’&-]*){0,5}"
)


def _appositive_person(text: str, end: int, cast: Cast) -> Entity | None:
    """The person named right after a description and a comma, and set off by another comma."""
    comma = _APPOSITIVE_START.match(text, end)
    if comma is None:
        return None
    for found, entity in cast.mentions:
        if found.start == comma.end() and entity.kind == "person" and entity.name not in cast.bodies:
            return entity if text[found.end : found.end + 1] in (",", ".", ";") else None
    return None


def _described_before(words: str) -> str | None:
    """The role a description before a name gives it ("Trump lawyer" Marc Kasowitz, "retired Air
    Force general" Lloyd Newton), when it is a short description and not a title alone."""
    words = words.strip()
    found = WORD.findall(words)
    head = found[-1] if found else ""
    if (
        2 <= len(found) <= _MAX_ROLE_WORDS
        and "," not in words
        and head.islower()  # a noun ends it: not "Gallup's", "a statement … saying"
        and not head.endswith("ing")
        and not words.endswith(("'s", "’s"))
    ):
        return words if _shown_as_described(words) else None
    return None


def is_described_speaker(mention: str) -> bool:
    """A mention that is no named entity speaks only as a described role or body ("a spokesman
    for the council", "officials", "the FBI"), never as "The spectacle" or "WHAT THEY'RE"."""
    if _ACRONYM.fullmatch(mention.strip()) or _PROPER_NAME.fullmatch(mention.strip()):
        bare = re.sub(r"^[Tt]he ", "", mention.strip())
        # not "After", "When", nor "the American", a description that names no one
        return bare.split()[0].lower() not in stop_words() and not demonym_country(bare)
    words = {w.lower() for w in WORD.findall(mention)}
    return bool(words & (speaker_nouns() | role_words() | {w.lower() for w in organization_words()}))


def _shown_as_described(mention: str) -> bool:
    """A description a brief can print: no clause, sentence break or bracket in it, and no more
    than a dozen words ("laws which protect journalists …", "It will be nothing more than …, as
    broadcasters" are the rules' misreadings)."""
    return (
        is_described_speaker(mention)
        and not _CLAUSE.search(mention)
        and len(WORD.findall(mention)) <= _MAX_DESCRIPTION_WORDS
    )


def _body_before(text: str, start: int, cast: Cast, marked: Marked | None) -> Entity | None:
    """ "In a statement Google said … . It said: …": "It" opening a sentence means the body the
    sentence before is about, its actor, though the cast may read a bare name as a person's."""
    if marked is None or text[start:].startswith("it") or sentence_start(text, start, 300) != start or start == 0:
        return None
    actor = first_actor(text, sentence_start(text, start - 1, 300), start, cast, marked)
    found = next((e for m, e in cast.mentions if actor and m.start == actor[0]), None)
    # "it" is no one named in full: a body, or a bare name such as a firm's ("Zentrix said")
    body = found and (found.kind == "organization" or found.name in cast.bodies or " " not in found.name)
    return found if body else None


def _last_before(position: int, mentions: Sequence[tuple[Mention, Entity]], kind: str) -> Entity | None:
    earlier = [entity for found, entity in mentions if found.start < position and entity.kind == kind]
    return earlier[-1] if earlier else None


def _last_speaker_before(
    text: str,
    position: int,
    cast: Cast,
    pronoun: str = "",
    marked: Marked | None = None,
) -> Entity | None:
    """Whom "he" or "she" at ``position`` means: of the people named since the previous
    quotation (the story has moved on to them), the last who spoke, else the last named; failing
    those, the last person who spoke before, else the last named. Names inside quotations or
    after "the" never count, nor, since the previous quotation, objects of a preposition; "he"
    never means a person whose first name is only a woman's, nor "she" a man's, nor either a
    name that shows nothing of a person ("Screen International")."""
    excluded = {"he": "female", "she": "male"}.get(pronoun)
    since = _previous_quotation_end(text, position, marked)
    fresh: Entity | None = None  # named since the previous quotation: the story moved on to them
    fresh_best: Entity | None = None
    fresh_sentence = spoke_sentence = -1
    for found, entity in cast.between(since, position):
        if not _could_be(found, entity, text, cast, excluded, marked):
            continue
        if _GOVERNED.search(text, max(0, found.start - 40), found.start):
            continue  # not "a demand of Obama", "disagreed with Obama's policies"
        # of a sentence's people, the first (its subject: "Tim Sherwood praised his assistant
        # Chris Ramsey. He added")
        begins = sentence_start(text, found.start, 300)
        if begins != fresh_sentence and not _PRONOUN_SPOKE.search(text, found.end, sentence_end(text, found.end, 300)):
            # not "Tony Blair would lead the campaign, he said": that sentence's speaker is "he"
            fresh, fresh_sentence = entity, begins
        if _spoke(text, found, set_off=True) and begins != spoke_sentence:  # of a sentence's speakers, the first
            fresh_best, spoke_sentence = entity, begins  # ("Clarke said … when Blunkett argued …")
    if fresh_best or fresh:
        return fresh_best or fresh
    # before that, the last who spoke, else the last named: read backwards, the first found
    fallback: Entity | None = None
    for found, entity in reversed(cast.between(0, position)):
        if not _could_be(found, entity, text, cast, excluded, marked):
            continue
        if _spoke(text, found):
            return entity
        fallback = fallback or entity
    return fallback


def _spoke_before_quotation(text: str, position: int, cast: Cast, marked: Marked) -> Entity | None:
    """The one person who spoke in the sentence right before the quotation whose cue is at
    ``position``."""
    own = _cued_quotation(text, position, marked)
    if own < 0:
        return None
    quote_start = marked.starts[own]
    window = max(0, quote_start - 40)  # back over the opening mark and the paragraph break
    opening = window + len(text[window:quote_start].rstrip(" \t\n\"'“‘"))
    begins = sentence_start(text, max(0, opening - 1), 300)
    spoke = {
        entity.name: entity
        for found, entity in cast.between(begins, quote_start)
        if entity.kind == "person" and not marked.covers(found.start) and _spoke(text, found)
    }
    return next(iter(spoke.values())) if len(spoke) == 1 else None


def _could_be(
    found: Mention, entity: Entity, text: str, cast: Cast, excluded: str | None, marked: Marked | None
) -> bool:
    """Whether a pronoun could mean the person of this mention at all."""
    if entity.kind != "person" or (excluded and _gender(entity.name, text) == excluded):
        return False
    if entity.name in cast.bodies:
        return False  # "Screen International": no one "he" means
    if marked is not None and marked.covers(found.start):
        return False  # a name inside a quotation is talked about, not talking
    if found.kind != "role" and _MODIFIER_BEFORE.search(text, max(0, found.start - 4), found.start):
        return False  # "the Verstappen family", "the Middle East": no one who could speak; but "the
        # Foreign Secretary acknowledged …" is the one person the article gives that role
    # "alongside the Finnish president, Alexander Stubb, he said": Stubb is not he
    return not _PRONOUN_SUBJECT_AFTER.match(text, found.end)


def _spoke(text: str, found: Mention, *, set_off: bool = False) -> bool:
    """Whether a speech verb follows the mention ``found``; with ``set_off``, also past the comma
    closing a name set off after what the person is ("A survivor, Ibrahim Musa, told Punch")."""
    if _spoke_after(text[found.end : found.end + 160]):
        return True
    aside = text.startswith(",", found.end) and text[max(0, found.start - 2) : found.start] == ", "
    return set_off and aside and _spoke_after(text[found.end + 1 : found.end + 161])


def _spoke_after(after: str) -> bool:
    return any(pattern.match(after) for pattern in (SPOKE, _NAMED_IT, _JUDGED)) or _and_said(after)


#: A preposition governing a name, across a possessor or a determiner and up to two words after
#: it: "to France's Nathalie Dechy", "through her attorney Rich Nichols", "a demand of Obama"; but
#: "minister of sport Jaime Lissavetzky" holds a role.
_GOVERNED = re.compile(
    r"\b(?:of|to|with|for|against|about|by|on|at|from|through)\s+"
    r"(?:(?:[A-Z][\w.-]*['’]s|his|her|their|its|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?$"
)

#: A name right before a pronoun subject is set off from it, not what it means: "alongside the
#: Finnish president, Alexander Stubb, he said".
_PRONOUN_SUBJECT_AFTER = re.compile(r",[ \t\u00a0]+(?:he|she)\b")

#: A naming verb after a name speaks as a speech verb does: "Lord Janner, …, branded it "stupid"".
_NAMED_IT = re.compile(rf"(?:,[^,\"“”\n]{{1,120}},)?[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?{NAMING_VERBS}\b")

#: A verb of public judgement after a name speaks as a speech verb does: "Saurabh Bharadwaj
#: blamed the BJP government. "They promised clean air," he said."
_JUDGED = re.compile(
    r"(?:,[^,\"“”\n]{1,80},)?[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?:blamed|blames|accused|accuses|criticised|criticized|criticises|"
    r"criticizes|condemned|condemns|slammed|slams|attacked|attacks|praised|praises|defended|defends|rejected|"
    r"rejects|denied|denies|hit[ \t\u00a0]+out)\b"
)

#: A first verb, then "and" a speech verb, in one clause: "Jyoti Gaikwad opposed the drive and
#: said residents …" speaks as "Jyoti Gaikwad said" does.
_AND_SAID = re.compile(
    rf"[ \t\u00a0]+(?P<verb>[a-z]+)\b[^.!?\"“”\n]{{0,80}}?\band[ \t\u00a0]+(?:also[ \t\u00a0]+)?{SPEECH_VERBS}\b"
)


def _and_said(after: str) -> bool:
    """The name is the subject of both verbs: a verb comes right after it, not "and Jordon Ibe
    about … and urged", whose speaker is whoever spoke to them."""
    match = _AND_SAID.match(after)
    return match is not None and looks_like_verb(match["verb"])


#: A pronoun and a speech verb: the sentence's speaker is someone named before it.
_PRONOUN_SPOKE = re.compile(rf",[ \t\u00a0]+(?:he|she)[ \t\u00a0]+{SPEECH_VERBS}\b")


def _gender(name: str, text: str) -> str | None:
    """A person's sex from the first name, else from a word for kin or a partner right before the
    name; a name given to both sexes ("Alexis", "Pat") says nothing by itself."""
    known = first_name_gender(name)
    if known:
        return known
    first = name.split()[0]
    found = text.find(first)
    while found >= 0:
        kin = KIN_BEFORE.search(text, max(0, found - 16), found)
        if kin:
            return "female" if kin[1] in FEMALE_KIN else "male"
        found = text.find(first, found + 1)
    return None


def _cued_quotation(text: str, position: int, marked: Marked) -> int:
    """The index of the quotation that a cue at ``position`` belongs to ('"…," he said'), or -1."""
    count = bisect_right(marked.ends, position)  # quotations end in order: they never overlap
    return count - 1 if count and not text[marked.ends[count - 1] : position].strip(" \t,.\"'“”’") else -1


def _previous_quotation_end(text: str, position: int, marked: Marked | None) -> int:
    """Where the last quotation before the one a cue at ``position`` belongs to ends (0 if none)."""
    if marked is None:
        return 0
    own = _cued_quotation(text, position, marked)
    count = own if own >= 0 else bisect_right(marked.ends, position)
    return marked.ends[count - 1] if count else 0
