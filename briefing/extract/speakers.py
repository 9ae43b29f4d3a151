"""Who said a quote: the cue next to it, else the actor of its sentence.

The speaker comes from a dash and a name after the quote, a speech verb next to it ("…," he
said / said X / X said: "…" / according to X), a short phrase before a speech verb after it,
else the actor of the quote's sentence or of a sentence that introduces it with a colon, else (for
a quote opening a sentence inside a paragraph) the actor of the sentence before. Whom a pronoun,
role or relative "who" means is ``speaker_names``' business.
"""

from __future__ import annotations

import re

from briefing.extract.who import Cast
from briefing.model import Entity
from briefing.nlp.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from briefing.nlp.letters import UPPER
from briefing.nlp.lexicon import role_modifiers, role_words, speaker_nouns
from briefing.nlp.mentions import TITLE_ABBREVIATIONS
from briefing.nlp.quote_marks import (
    NAMING_VERBS,
    SENTENCE_END,
    WORD,
    Marked,
    QuoteSpan,
    is_sentence_end,
    sentence_start,
)
from briefing.nlp.speech import SPEECH_VERBS

#: Spaces inside a cue, the no-break space of pasted web text included.
_GAP = r"[ \t\u00a0]"
_ADVERB = (
    r"(?:(?:will|would|has|had|have|did|does|may|might|could|also|later|then|recently|again|once|previously|"
    rf"earlier|simply|(?!family\b|ally\b|assembly\b)\w+ly){_GAP}+){{0,2}}"
)  # not the noun of "Mr Morgan's family said"

PRONOUN = r"(?:\b(?:he|she|they|I|we|He|She|They|We)\b)"
#: Words that end no one's description: "a leading industry figure has said", "A Number 10
#: spokeswoman would only say", "The document reportedly said".
_AUXILIARY = (
    "has|have|had|would|will|was|were|is|are|did|does|do|may|might|could|should|can|only|also|"
    "reportedly|allegedly|previously|recently|later|earlier|then|once|again"
)
_NAME = rf"(?:[{UPPER}][\w’'.-]*(?:\s+(?:(?:of|de|van|von|ten|ter|den|der)\s+)?[{UPPER}][\w’'.-]*){{0,4}})"
_DESCRIPTION = rf"(?:\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?!and\b|or\b|but\b)[\w’'-]+(?:\s+(?!(?:and|or|but|that|who|which|as|over|on|in|at|to|for|with|from|after|before|during|by|about|when|while|if|because|{_AUXILIARY})\b)[\w’'-]+){{0,3}})"
#: A description after its speech verb runs to the end of its clause ("said a source close to
#: the campaign", "said the former top aide to President Bush"), not past a relative clause, a
#: time or a place ("said a Mexican official who was not authorized", "… on Monday").
_DESCRIPTION_AFTER_VERB = (
    r"(?:\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?!and\b|or\b|but\b)[\w’'-]+"
    rf"(?:{_GAP}+(?!(?:who|which|that|on|in|at|over|via|through|during|after|before|since|until|amid|following|when|while|"
    rf"as|and|but|adding|saying|last|this|yesterday|today|tonight|{_AUXILIARY})\b)"
    r"\w[\w’'-]*){0,9}(?=[\s.,;:!?\"“”)]|$))"
)
_SPEAKER = rf"(?P<speaker>{PRONOUN}|{_NAME}|{_DESCRIPTION})"
#: ``"…," he said`` / ``"…," said Mr Smith`` / ``"…," according to X``.
_CUE_AFTER = re.compile(
    rf"{_GAP}*(?:{_SPEAKER}(?P<appositive>,[^,\"“”\n]{{1,80}},)?{_GAP}+{_ADVERB}{SPEECH_VERBS}\b|{SPEECH_VERBS}{_GAP}+(?:[a-z][\w-]*{_GAP}+){{0,3}}?(?P<speaker2>(?:{_NAME}{_GAP}+(?!(?:of|from|at|for|with|in|on|to|via)\b)(?:[a-z][\w-]*{_GAP}+){{0,3}}[a-z][\w-]*,?{_GAP}+)?{_NAME}|{_DESCRIPTION_AFTER_VERB})|according{_GAP}+to{_GAP}+(?P<speaker3>{_NAME}|{_DESCRIPTION}))"
)

#: ``X said: "…"`` / ``X told reporters, "…"`` ending right before the quote.
_CUE_BEFORE = re.compile(
    rf"{_SPEAKER}(?P<appositive>,[^,\"“”\n]{{1,60}},)?{_GAP}+{_ADVERB}(?P<verb>{SPEECH_VERBS})(?:,?{_GAP}+(?:[^\s\"“”.!?]|\.(?=\w))+){{0,12}}?{_GAP}*[:,]?{_GAP}*$"
)

#: ``According to the newspaper, "…"``.
_ACCORDING_BEFORE = re.compile(rf"[Aa]ccording{_GAP}+to{_GAP}+(?P<speaker>{_NAME}|{_DESCRIPTION}),?{_GAP}*$")

#: ``"…" yet in the glass ceiling, she said``: the cue later in the same sentence.
_CUE_LATER = re.compile(
    rf"[^.!?\"“”\n]{{0,100}}?,{_GAP}*(?:{_SPEAKER}{_GAP}+{_ADVERB}{SPEECH_VERBS}\b|"
    rf"(?i:said|says|added|adds|explained|wrote|writes|noted|notes){_GAP}+(?P<speaker2>{_NAME}|{_DESCRIPTION_AFTER_VERB}))"
)
#: ``"…" ― Jane Doe``: a dash and a name after a quote (readers' comments, epigraphs).
_DASH_NAME = re.compile(rf"{_GAP}*(?:[―—]|--){_GAP}*(?P<speaker>{_NAME})")
#: ``"…," Tulsa police Chief Chuck Jordan said``: any short phrase before the verb, when the
#: stricter forms above find no name (lower-case titles, "(D-Wis.)", possessives).
_PHRASE_SAID = re.compile(
    rf"{_GAP}*(?!(?:and|but|or|so|then|while|when|whereas|though|although|because|if|as|after|before|since|until|"
    r"which|who|that|compared|to|in|on|at|by|for|from|with|of|about|into|over|ahead|amid|despite|during|"
    r"against|without|within|through|throughout|under|across|behind|toward|towards|via|unlike|including|following)\b)"
    rf"(?P<speaker>(?:[^\s\"“”]+{_GAP}+){{1,16}}?){_ADVERB}{SPEECH_VERBS}\b"
)

#: A phrase before a speech verb that cannot be who spoke: it ends in a word that needs more
#: after it, or it is a time.
_NO_SPEAKER = re.compile(
    r"(?:\b(?:will|would|can|could|should|may|might|must|the|a|an|and|to|of|that)$)|"
    rf"^(?:during|after|before|since|until|(?:on )?{WEEKDAY_PATTERN})\b"
)

#: After an actor: it speaks or names something ("Clinton called them “deplorables”").
_ATTRIBUTING = re.compile(
    rf"(?:,[^,\"“”\n]{{1,120}},)?{_GAP}+{_ADVERB}(?:{SPEECH_VERBS}|{NAMING_VERBS}|accused|accuses|rated|ruled)\b"
)

#: Sentences opening with a setting ("In an interview on CBS, Ryan said") name the speaker after it.
_SETTING = re.compile(
    r"(?:In|On|At|During|After|Before|Following|Since|From|With|Under|Despite|Meanwhile|Earlier|Later|Speaking)\b"
)

#: A clause that opens with a described subject: "The president told…", "Small groups of protesters…".
_DESCRIBED_SUBJECT = re.compile(
    rf"{_GAP}*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ther|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]nly|"
    rf"[Ss]mall|[Ll]arge|\d[\d,.]*)\b(?:{_GAP}+[a-z][\w’'-]*){{1,2}}?(?:{_GAP}+of{_GAP}+(?:[a-z]+ed{_GAP}+)?[\w’'-]+)?(?=[ \t\u00a0,])"
)

#: ... or one whose head follows a capitalised name: "The former Old Trafford boss backed …", where
#: the match above would stop at "The former"; the head is no verb ("The United States has").
_DESCRIBED_BY_NAME = re.compile(
    rf"{_GAP}*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:{_GAP}+[a-z][\w’'-]*){{0,2}}"
    rf"(?:{_GAP}+[{UPPER}][\w’'.-]*){{1,3}}{_GAP}+(?!(?:{_AUXILIARY}|and|or|but|who|which|that|said|says|of|for|in|on|at|to|from|by|with|as)\b)"
    rf"[a-z][\w’'-]*(?<!ed)(?=[ \t\u00a0,])"
)

#: A described subject that a speech verb follows, whole ("The former prime minister said", "The
#: leader of the Anti-Defamation League, Jonathan Greenblatt, said"), where the shorter match
#: above would stop at "The former"; not "A spokesman for Mr Blair", who is not the speaker.
_DESCRIBED_SPEAKER = re.compile(
    rf"{_GAP}*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b(?:{_GAP}+(?!(?:for|{_AUXILIARY})\b)[\w’'.-]+){{1,6}}?"
    rf"(?:,[^,\"“”\n]{{1,80}},)?(?={_GAP}+{_ADVERB}{SPEECH_VERBS}\b)"
)

_SPEECH = re.compile(SPEECH_VERBS)
#: Lower-case words after a name and before the next one: "(BBC Two) controller (Roly Keating)".
_ROLE_BETWEEN = re.compile(rf"{_GAP}+((?:[a-z][\w-]*{_GAP}+){{1,3}})(?=[A-Z])")


def _qualifies_a_person(text: str, end: int, people: set[int]) -> bool:
    """The name ending at ``end`` qualifies a role the next name holds ("BBC Two controller Roly
    Keating", "Daiwa analyst Michael Moran"): the person is the actor, not the body."""
    between = _ROLE_BETWEEN.match(text, end)
    if between is None or between.end() not in people:
        return False
    words = between[1].split()
    return words[-1] in role_words() and not any(w.endswith("ed") or _SPEECH.fullmatch(w) for w in words)


#: What a name's possessive owns before a speech verb: "'s official spokesman said".
_POSSESSED = re.compile(
    # "'s chief of staff", "'s China director": a region may qualify the job
    rf"((?:{_GAP}+[A-Z][\w-]*+){{0,2}}(?:{_GAP}+[a-z][\w-]*){{1,2}}(?:{_GAP}+of{_GAP}+[a-z][\w-]*)?)"
    rf"(?P<named>,{_GAP}+[A-Z][\w'’.-]*(?:{_GAP}+[A-Z][\w'’.-]*){{0,3}},)?"
    rf"(?={_GAP}+{_ADVERB}(?:{SPEECH_VERBS}|{NAMING_VERBS})\b)"
)  # "Carroll's solicitor, Nick Freeman, said": the solicitor, named; "…, Sarah Brooks, called it …"


def _possessed(text: str, mention: tuple[int, int], end: int) -> tuple[int, int]:
    """A mention that ends in a possessive and owns a word for a speaker, who speaks ("Mr Blair's
    official spokesman said"), widened to that speaker; so is a body's named officer without the
    possessive ("The Transport Workers' Union national secretary, Michael Kaine, said"); else the
    mention as it is."""
    start, stop = mention
    owns = text[stop - 2 : stop] in ("'s", "’s")
    owned = _POSSESSED.match(text, stop, end)
    if owned and (owns or owned["named"]):
        words = owned[1].split()
        head = words[-3] if len(words) > 2 and words[-2] == "of" else words[-1]  # "chief of staff": the chief
        if head.lower() in speaker_nouns() | role_words():
            return start, owned.end()
    return mention


#: A word for someone and a preposition opening the clause before a body's name: "A doctor at
#: (the Saudi Hospital)", "Analysts at (Goodbody)", "Two officials from (the ministry)".
_DESCRIBED_AT = re.compile(
    rf"(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ne){_GAP}+)?(?:[a-z][\w-]*{_GAP}+)?"
    rf"(?P<noun>[A-Za-z]+){_GAP}+(?:at|from|with)(?:{_GAP}+the)?{_GAP}+$"
)
_DESCRIBED_REACH = 60


def _described_at(text: str, candidate: tuple[int, int], start: int) -> tuple[int, int]:
    """A body's name after a described speaker and "at", "from" or "with" that open the clause,
    widened to that description: the doctor speaks, not the hospital."""
    begin, stop = candidate
    described = _DESCRIBED_AT.search(text, max(start, begin - _DESCRIBED_REACH), begin)
    if described is None or described["noun"].lower() not in speaker_nouns() | role_words():
        return candidate
    opening = text[start : described.start()].strip()
    return (described.start(), stop) if not opening or opening.endswith(",") else candidate


#: A word for someone right after a name: "(The England) coach", "(the Old Trafford) boss".
_ROLE_AFTER = re.compile(rf"{_GAP}+([a-z][\w-]*)")
_THE_BEFORE = re.compile(rf"\b[Tt]he{_GAP}+$")


def _with_role(text: str, start: int, stop: int, end: int) -> tuple[int, int]:
    """A name followed by a word for someone and no name after it ("The England coach went on to
    claim") widened to that description: the coach speaks, not the team."""
    role = _ROLE_AFTER.match(text, stop, end)
    if (
        role is None
        or role[1] not in role_words() | speaker_nouns()
        or role[1] in role_modifiers() | {"general"}  # "the Commons education committee", "St. Gallen general"
        or _ROLE_BETWEEN.match(text, stop)
    ):
        return start, stop
    the = _THE_BEFORE.search(text, max(0, start - 5), start)
    return (the.start() if the else start), role.end()


#: After a name: it spoke ("Smith, a banker who advised the club, said").
SPOKE = re.compile(rf"(?:,[^,\"“”\n]{{1,120}},)?{_GAP}+{_ADVERB}{SPEECH_VERBS}\b")
OBJECT_BEFORE = re.compile(r"\b(?:of|to|with|for|against|about|by|on|at|from)\s+$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|with|for|against|about|by|on|at|from|in|into|during)\s+$")
_NEXT_SENTENCE = re.compile(rf"{_GAP}+(?:The|A|An)$")
#: A speech verb in lower case right after a quotation's closing mark.
_LOWER_CUE_NEXT = re.compile(rf"{_GAP}+(?=[a-z])(?:{SPEECH_VERBS}){_GAP}")
#: "with one user, Jimmo Olson, commenting: '…'": the object of "with" speaks through the participle.
_WITH_PARTICIPLE = re.compile(r"\bwith\s.*\b[a-z]+ing[ \t\u00a0]*[:,]?[ \t\u00a0]*$", re.DOTALL)
_QUOTED_AS = re.compile(rf"\bquoted{_GAP}+(.+?){_GAP}+as$")
_QUOTED_PASSIVE = re.compile(rf"{_GAP}+(?:is|was|has been|had been){_GAP}+quoted{_GAP}+as$")
_LAST_PRONOUN = re.compile(rf",{_GAP}+(it|he|she|they|we|I)$")
_LAST_DAY = re.compile(rf"{_GAP}+(?:(?:on|last|this){_GAP}+)?(?:{WEEKDAY_PATTERN}|yesterday|today|tonight)$")
_TRAILING_RELATIVE = re.compile(rf",?{_GAP}+(?:who|which|that){_GAP}*$")
_TIME_MENTION = re.compile(rf"(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}|Today|Yesterday|Tonight)")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|I|He|She|They|It|We)\b")
#: "Trump, who has called the pact “insanity”": the relative pronoun is the clause's actor.
RELATIVE = re.compile(rf"(?:,|{_GAP}[-–—―])+{_GAP}+(who)\b(?!{_GAP}+[A-Z])")  # not "who Beck called"


#: What each rule proposes for one quote: ("cue" | "subject" | "colon" | "lead_in", mention or None), in
#: the order the rules are tried.
Proposals = tuple[tuple[str, tuple[int, int] | None], ...]


def rule_proposals(text: str, span: QuoteSpan, cast: Cast, marked: Marked) -> Proposals:
    """The mention each rule proposes as the speaker of the quote at ``span``."""
    return (
        ("cue", cue_mention(text, span, marked)),
        ("subject", sentence_subject(text, span, cast, marked)),
        ("colon", colon_introduction(text, span, cast, marked)),
        ("lead_in", lead_in_actor(text, span, cast, marked)),
    )


def speaker_mention(
    text: str, span: QuoteSpan, cast: Cast, marked: Marked, proposals: Proposals | None = None
) -> tuple[int, int] | None:
    """Offsets of the mention that says who spoke the quote at ``span``, or None: the first
    rule's proposal that could speak."""
    for _, mention in proposals or rule_proposals(text, span, cast, marked):
        if mention and _could_speak(text, *mention):
            return mention
    return None


def _could_speak(text: str, start: int, end: int) -> bool:
    """A day never speaks ("Priebus later Thursday told Fox News")."""
    return _TIME_MENTION.fullmatch(text, start, end) is None


def colon_introduction(text: str, span: QuoteSpan, cast: Cast, marked: Marked) -> tuple[int, int] | None:
    """A quote opening a paragraph after one that ends with a colon ("… released the following
    statement:") is spoken by the subject of that introducing sentence."""
    if not span.opens_paragraph:
        return _labelled_line(text, span, cast, marked)
    colon = text.rfind(":", max(0, span.start - 400), span.start)
    if colon < 0 or text[colon + 1 : span.start - 1].strip():
        return None
    return first_actor(text, sentence_start(text, colon, 300), colon, cast, marked)


#: A sentence that is a name and a colon right before a quotation: a headline's or a live post's
#: label for who said it ("Zelenskyy: “No deal that rewards aggression”", "Bush: “The mission is …”").
_LABEL = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*$")


def _labelled_line(text: str, span: QuoteSpan, cast: Cast, marked: Marked) -> tuple[int, int] | None:
    mark = span.start - 1
    if not text[max(0, mark - 4) : mark].rstrip(" \t\u00a0").endswith(":"):
        return None  # most quotations have no colon right before them: no sentence to find
    line = sentence_start(text, mark, 300)
    label = _LABEL.search(text, line, mark)
    if label is None or label.start() <= line:
        return None
    named = [
        (m.start, m.end)
        for m, entity in cast.between(line, label.start())
        if (m.kind in ("person", "name", "organization") or entity.kind in ("person", "organization"))
        and not marked.covers(m.start)
    ]
    return named[0] if len(named) == 1 and named[0] == (line, label.start()) else None


def lead_in_actor(text: str, span: QuoteSpan, cast: Cast, marked: Marked) -> tuple[int, int] | None:
    """A quote that opens a sentence inside a paragraph ("…, Schiff said. “The other factor…”",
    "Sanders identified exhaustion with bigotry as one reason. “The younger people…”") is spoken
    by the actor of the sentence before it."""
    mark = span.start - 1
    begin = sentence_start(text, mark, 300)
    if span.opens_paragraph or begin == 0 or len(WORD.findall(text[begin:mark])) >= 2:
        return None
    previous = sentence_start(text, begin - 1, 300)
    if "\n" in text[previous:mark]:
        return None
    return first_actor(text, previous, begin, cast, marked)


def sentence_subject(text: str, span: QuoteSpan, cast: Cast, marked: Marked) -> tuple[int, int] | None:
    """For a quote inside a sentence with no speech cue next to it ("Graham called both “crazy”"),
    the actor of that sentence speaks."""
    mark = span.start - 1
    begin = sentence_start(text, mark, 300)
    if len(WORD.findall(text[begin:mark])) < 2:
        return None
    return first_actor(text, begin, mark, cast, marked)


def first_actor(text: str, start: int, end: int, cast: Cast, marked: Marked) -> tuple[int, int] | None:
    """The actor of ``text[start:end]``: the person, organisation or pronoun that a speech or
    naming verb follows (not "what he called"), else the first one after an opening setting ("In
    an interview on CBS, …"), where a described subject ("Small groups of protesters") counts
    too, else the first one; never one inside quotation marks."""
    candidates = [
        (m.start, m.end)
        for m, _ in cast.between(start, end)
        if m.kind in ("person", "name", "organization", "role")
        and not marked.covers(m.start)
        and not _SETTING.fullmatch(text, m.start, m.end)
        and not possessive(text, m.end)  # "The Times' music critic Paul Connolly": the critic
    ]
    # "Mr Blair's official spokesman said", "The England coach claimed": the spokesman, the coach
    candidates = [_with_role(text, *_possessed(text, c, end), end) for c in candidates]
    # "A doctor at the Saudi Hospital said", "Analysts at Goodbody said": the doctor, the analysts
    candidates = [_described_at(text, c, start) for c in candidates]
    # "BBC Two controller Roly Keating: …": the controller, not the channel
    candidates = [
        c for c in candidates if c[0] in cast.named_starts or not _qualifies_a_person(text, c[1], cast.people_starts)
    ]
    candidates += [
        (p.start(), p.end()) for p in _SUBJECT_PRONOUN.finditer(text, start, end) if not marked.covers(p.start())
    ]
    candidates += relative_pronouns(text, start, end, cast, marked)
    comma = text.find(",", start, end) if _SETTING.match(text, start, end) else -1
    setting_end = comma + 1 if comma >= 0 else start
    described = (
        _DESCRIBED_SPEAKER.match(text, setting_end, end)
        or _DESCRIBED_BY_NAME.match(text, setting_end, end)
        or _DESCRIBED_SUBJECT.match(text, setting_end, end)
    )
    if described and not any(a <= described.end() and described.start() < b for a, b in candidates):
        candidates.append((described.end() - len(described.group().lstrip()), described.end()))
    if not candidates:
        return None
    candidates.sort()
    speaking = [
        c
        for c in candidates
        if _ATTRIBUTING.match(text, c[1], min(end, c[1] + 160))
        and not text[max(start, c[0] - 5) : c[0]].endswith(("what ", "What "))  # "condemned what he called"
        and not OBJECT_BEFORE.search(text, max(start, c[0] - 12), c[0])  # "who has written about Robert Gates, …, said"
        and not _GOVERNED_NAME.search(text, max(start, c[0] - 40), c[0])  # "David Buik from broker Panmure Gordon said"
    ]
    if speaking:
        return speaking[0]
    after_setting = [c for c in candidates if c[0] >= setting_end]
    return after_setting[0] if after_setting else candidates[0]


def cue_mention(text: str, span: QuoteSpan, marked: Marked) -> tuple[int, int] | None:
    dash = _DASH_NAME.match(text, span.end + 1, min(len(text), span.end + 80))
    if dash:
        return dash.start("speaker"), _trim_mention(text, dash.start("speaker"), dash.end("speaker"))
    after = span.end + 1
    while after < len(text) and text[after] in ",!? \t" and after - span.end < 4:
        after += 1
    if marked.covers(after) or (text[span.end : span.end + 1] in "\"'" and text[span.end + 1 : span.end + 2].isalnum()):
        # '"… cut rates. "Dismal reports …"': the mark opens the next quotation, whose words say nothing of who spoke
        return _cue_before(text, span, marked)
    closes_sentence = (text[span.end - 1 : span.end] == "." or text[span.end + 1 : span.end + 2] == ".") and not (
        _LOWER_CUE_NEXT.match(text, span.end + 1)  # "'… arrested.' said the man": the sentence goes on
    )
    match = None if closes_sentence else _CUE_AFTER.match(text, after, min(len(text), after + 120))
    if match and text[match.end() : match.end() + 1] == ":":
        match = None  # "She added:" introduces the next quote
    if match is None and not closes_sentence:
        match = _CUE_LATER.match(text, after, min(len(text), after + 200))
    if match:
        group = next(g for g in ("speaker", "speaker2", "speaker3") if match.groupdict().get(g))
        end = match.end("appositive") if group == "speaker" and _has_appositive(match) else match.end(group)
        return match.start(group), _trim_mention(text, match.start(group), end)
    phrase = None if closes_sentence else _PHRASE_SAID.match(text, after, min(len(text), after + 200))
    if phrase and text[phrase.end() : phrase.end() + 1] == ":" and text[span.start : span.end].rstrip()[-1:] in ".?!":
        phrase = None  # '"…?" On immigration, teacher Diane Granger said: "…"' introduces the next quote
    if phrase and _NO_SPEAKER.search(phrase["speaker"].strip()):
        phrase = None  # "… the two-term president will say", "during the rest of her campaign said"
    if phrase and not any(
        is_sentence_end(m) for m in SENTENCE_END.finditer(text, phrase.start(), phrase.end("speaker"))
    ):
        return _phrase_speaker(
            text, phrase.start("speaker"), _trim_mention(text, phrase.start("speaker"), phrase.end("speaker"))
        )
    return _cue_before(text, span, marked)


def _cue_before(text: str, span: QuoteSpan, marked: Marked) -> tuple[int, int] | None:
    """ "X said: '…'", ending right before the quote."""
    line_start = sentence_start(text, span.start - 1, 200)
    before = text[line_start : span.start - 1]
    match = _CUE_BEFORE.search(before)
    while match:  # "Stephanie claimed, according to TMZ, that Bobby said '…'": the nearest cue's speaker
        inner = _CUE_BEFORE.search(before, match.end("verb"))
        if inner is None or _PREPOSITION_BEFORE.search(
            before, max(0, inner.start("speaker") - 12), inner.start("speaker")
        ):
            break  # "said in a statement read to the court": a preposition's object says nothing
        match = inner
    match = match or _ACCORDING_BEFORE.search(before)
    if (
        match
        and OBJECT_BEFORE.search(before, max(0, match.start("speaker") - 12), match.start("speaker"))
        and not _WITH_PARTICIPLE.search(before, max(0, match.start("speaker") - 6), match.end())
    ):
        return None  # "Thomas Ricks, who has written about Robert Gates, the Defense Secretary, said:"
    if (
        match
        and not _has_appositive(match)  # "The Secretary of State for the Family, Theresa May, said:"
        and _GOVERNED_NAME.search(before, max(0, match.start("speaker") - 40), match.start("speaker"))
    ):
        return None  # "David Buik from broker Panmure Gordon said:": the name before the preposition
    if match and "verb" in match.re.groupindex and _object_of_participle(before, match):
        return None  # "The former boss backed Van Gaal, who …, saying:": the subject says it
    if match and not marked.covers(line_start + match.start("speaker")):
        start = line_start + match.start("speaker")
        inner = _INNER_DETERMINER.search(match["speaker"])
        if inner and not _has_appositive(match):
            start += inner.start(1)  # "in a budget the chancellor said": the chancellor said it
        end = match.end("appositive") if _has_appositive(match) else match.end("speaker")
        return start, _trim_mention(text, start, line_start + end)
    return None


#: A second determiner inside a description before a speech verb opens the speaker's own phrase
#: ("a budget the chancellor"); after "of" it is part of it ("one of the organisers").
_INNER_DETERMINER = re.compile(r"(?<!\bof)\s+((?:the|a|an)\s+\S)")

#: A preposition and a word or two in lower case before a name: the name is governed ("from
#: broker Panmure Gordon"), not the speaker.
_GOVERNED_NAME = re.compile(rf"\b(?:of|from|at|for|with)(?:{_GAP}+[a-z][\w-]*){{1,2}}{_GAP}+$")
#: A verb's past form right before a name: the name is its object ("backed Van Gaal").
_VERB_BEFORE = re.compile(rf"\b[a-z]+ed{_GAP}+$")


def _object_of_participle(before: str, match: re.Match[str]) -> bool:
    """ "…, saying:" after a verb's object set off by commas speaks for the sentence's subject,
    not the object ("backed Van Gaal, who has taken United third, saying:")."""
    return (
        match["verb"].lower().endswith("ing")
        and match["appositive"] is not None
        and _VERB_BEFORE.search(before, max(0, match.start("speaker") - 20), match.start("speaker")) is not None
    )


def _phrase_speaker(text: str, start: int, end: int) -> tuple[int, int]:
    """Who, in a phrase before a speech verb, speaks: "the newspaper quoted the executive as
    saying" the executive; "editions in Ireland and the UK, it said" it; "The Electoral
    Commission on Thursday said" the commission, without the day."""
    quoted = _QUOTED_AS.search(text, start, end)
    if quoted:
        return quoted.start(1), quoted.end(1)
    pronoun = _LAST_PRONOUN.search(text, start, end)
    if pronoun:
        return pronoun.start(1), pronoun.end(1)
    passive = _QUOTED_PASSIVE.search(text, start, end)
    if passive and passive.start() > start:
        return start, passive.start()  # "Braynard is quoted as saying"
    relative = _TRAILING_RELATIVE.search(text, start, end)
    if relative and relative.start() > start:
        end = relative.start()  # "a resident who asked not to be named … told": the resident
    day = _LAST_DAY.search(text, start, end)
    return start, day.start() if day and day.start() > start else end


def _has_appositive(match: re.Match[str]) -> bool:
    """ "the Family, Theresa May, said": the appositive is part of who speaks."""
    return "appositive" in match.re.groupindex and match["appositive"] is not None


def _trim_mention(text: str, start: int, end: int) -> int:
    """ "Ann Lee." ends before its full stop; "Sen." and "J." keep theirs; no mention runs on
    into the next sentence ("Halser. The", or "Vadim Mitroshin The" where the stop was lost)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    opener = _NEXT_SENTENCE.search(text, start, end)
    if opener and opener.start() > start:
        end = opener.start()
    for stop in SENTENCE_END.finditer(text, start, end):
        if is_sentence_end(stop):
            end = stop.start() + len(stop["word"]) + 1
            break
    while end > start and text[end - 1] in ".,;:":
        last_word = text[start:end].split()[-1].rstrip(".")
        if text[end - 1] == "." and (len(last_word) <= 1 or last_word.lower() in TITLE_ABBREVIATIONS):
            break
        end -= 1
    return end


def relative_pronouns(text: str, start: int, end: int, cast: Cast, marked: Marked) -> list[tuple[int, int]]:
    """Each "who" of ``text[start:end]`` that follows a name of the cast: "the judges – who are
    thought to earn…" or "critics in the US, who" have no one a brief could name."""
    return [
        (r.start(1), r.end(1))
        for r in RELATIVE.finditer(text, start, end)
        if not marked.covers(r.start(1)) and antecedent_of(text, r.start(1), cast)
    ]


def antecedent_of(text: str, start: int, cast: Cast) -> Entity | None:
    """The person or body a relative "who" at ``start`` follows ("Mike Lee, who declared", "the
    Music Managers' Forum (MMF), who say")."""
    before = [e for m, e in cast.mentions if m.end <= start and not text[m.end : start].strip(" \t\u00a0,-–—―)")]
    return before[-1] if before and before[-1].kind in ("person", "organization") else None


def possessive(text: str, end: int) -> bool:
    """The name ending at ``end`` owns what follows: "Obama's", "The Times' critic"."""
    return text[end : end + 2] in ("'s", "’s") or (text[end - 1 : end] == "s" and text[end : end + 1] in ("'", "’"))
