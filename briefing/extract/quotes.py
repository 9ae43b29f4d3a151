"""Direct quotations and who said them.

Quotes are found by pairing quotation marks inside each paragraph (curly marks by direction,
straight ones in turn); a paragraph that leaves a quote open and a next one that opens with a
mark make one quote, the news convention for long quotes. A word or two in quotation marks is
a quote only when a cue attributes it ("dismissed the claim as “absurd”"); otherwise it is a
scare quote, and title-case words in marks are a title. The speaker comes from the cue next to the quote ("…," he said / X said: "…"), and
a pronoun or role is resolved to the person last named as a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.extract.mentions import TITLE_ABBREVIATIONS, Mention
from briefing.extract.who import Cast
from briefing.model import Entity, Quote
from briefing.nlp.segment import paragraphs

_OPEN = '“"'
_CLOSE = '”"'
_MARK = re.compile('[“”"]')
_NON_SPACE = re.compile(r"\S")
#: More quotes than this in one article is not news; the rest of the text is not searched.
MAX_QUOTES = 400
_MIN_WORDS = 3
_VERBS = (
    r"(?i:said|says|say|saying|added|adds|adding|told|tells|telling|continued|continues|explained|explaining|"
    r"insisted|insisting|argued|argues|arguing|warned|warning|stated|stating|wrote|writes|writing|asked|asks|"
    r"replied|noted|notes|noting|claimed|claims|claiming|declared|declares|announced|acknowledged|admitted|"
    r"recalled|suggested|urged|stressed|emphasised|emphasized|observed|remarked|tweeted|posted|responded|"
    r"warns|reads|read|notes|reveals|revealed|reported|reports|predicted|promised|vowed|joked|quipped|conceded|countered|concluded|complained|boasted|shouted|exclaimed|confessed|cautioned|pleaded|"
    r"demanded|insists|added|whispered|testified|mused|recounted|acknowledges|maintained|stressed|commented|comments|"
    r"sings|sang|yells|yelled|shouts)"
)
#: Verbs that attribute a word or two in quotation marks ("dismissed it as “absurd”").
_SHORT_QUOTE_CUES = re.compile(
    rf"(?<![\w-])(?:{_VERBS}|called|calls|calling|described|describes|dismissed|termed|labell?ed|branded|dubbed|"
    r"referred|refers|according to)\b"
)
_ADVERB = (
    r"(?:(?:will|would|has|had|have|did|does|may|might|could|also|later|then|recently|again|once|previously|"
    r"earlier|simply|\w+ly)[ \t\u00a0]+){0,2}"
)
_PRONOUN = r"(?:\b(?:he|she|they|I|we|He|She|They|We)\b)"
_NAME = r"(?:[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w’'.-]*){0,4})"
_DESCRIPTION = r"(?:\b(?:a|an|the|one|another|his|her|their)\s+(?!and\b|or\b|but\b)[\w’'-]+(?:\s+(?!and\b|or\b|but\b|that\b|who\b|which\b)[\w’'-]+){0,3}?)"
_SPEAKER = rf"(?P<speaker>{_PRONOUN}|{_NAME}|{_DESCRIPTION})"
#: ``"…," he said`` / ``"…," said Mr Smith`` / ``"…," according to X``.
_CUE_AFTER = re.compile(
    rf"[ \t\u00a0]*(?:{_SPEAKER}(?P<appositive>,[^,\"“”\n]{{1,80}},)?[ \t\u00a0]+{_ADVERB}{_VERBS}\b|{_VERBS}[ \t\u00a0]+(?:[a-z][\w-]*[ \t\u00a0]+){{0,3}}?(?P<speaker2>(?:{_NAME}[ \t\u00a0]+(?:[a-z][\w-]*[ \t\u00a0]+){{1,2}})?{_NAME}|{_DESCRIPTION})|according[ \t\u00a0]+to[ \t\u00a0]+(?P<speaker3>{_NAME}|{_DESCRIPTION}))"
)
#: ``X said: "…"`` / ``X told reporters, "…"`` ending right before the quote.
_CUE_BEFORE = re.compile(
    rf"(?P<speaker>{_PRONOUN}|{_NAME}|{_DESCRIPTION})(?P<appositive>,[^,\"“”\n]{{1,60}},)?[ \t\u00a0]+{_ADVERB}{_VERBS}(?:,?[ \t\u00a0]+[^\s\"“”.!?]+){{0,12}}?[ \t\u00a0]*[:,]?[ \t\u00a0]*$"
)
#: ``According to the newspaper, "…"``.
_ACCORDING_BEFORE = re.compile(
    rf"[Aa]ccording[ \t\u00a0]+to[ \t\u00a0]+(?P<speaker>{_NAME}|{_DESCRIPTION}),?[ \t\u00a0]*$"
)
#: ``"…" yet in the glass ceiling, she said``: the cue later in the same sentence.
_CUE_LATER = re.compile(rf"[^.!?\"“”\n]{{0,100}}?,[ \t\u00a0]*{_SPEAKER}[ \t\u00a0]+{_ADVERB}{_VERBS}\b")
#: ``"…" ― Jane Doe``: a dash and a name after a quote (readers' comments, epigraphs).
_DASH_NAME = re.compile(rf"[ \t\u00a0]*(?:[―—]|--)[ \t\u00a0]*(?P<speaker>{_NAME})")
#: ``"…," Tulsa police Chief Chuck Jordan said``: any short phrase before the verb, when the
#: stricter forms above find no name (lower-case titles, "(D-Wis.)", possessives).
_PHRASE_SAID = re.compile(
    r"[ \t\u00a0]*(?!(?:and|but|or|so|then|while|when|whereas|though|although|because|if|as|after|before|since|until|"
    r"which|who|that|compared|to|in|on|at|by|for|from|with|of|about|into|over)\b)"
    rf"(?P<speaker>(?:[^\s\"“”]+[ \t\u00a0]+){{1,16}}?){_ADVERB}{_VERBS}\b"
)
#: After an actor: it speaks or names something ("Clinton called them “deplorables”").
_ATTRIBUTING = re.compile(
    rf"(?:,[^,\"“”\n]{{1,120}},)?[ \t\u00a0]+{_ADVERB}(?:{_VERBS}|called|calls|described|describes|dismissed|"
    r"termed|labell?ed|branded|dubbed|referred|refers|accused|accuses|responded|rated|ruled)\b"
)
#: Sentences opening with a setting ("In an interview on CBS, Ryan said") name the speaker after it.
_SETTING = re.compile(
    r"(?:In|On|At|During|After|Before|Following|Since|From|With|Under|Despite|Meanwhile|Earlier|Later|Speaking)\b"
)
#: A clause that opens with a described subject: "The president told…", "Small groups of protesters…".
_DESCRIBED_SUBJECT = re.compile(
    r"[ \t\u00a0]*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ther|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]nly|"
    r"[Ss]mall|[Ll]arge|\d[\d,.]*)\b(?:[ \t\u00a0]+[a-z][\w’'-]*){1,2}?(?:[ \t\u00a0]+of[ \t\u00a0]+(?:[a-z]+ed[ \t\u00a0]+)?[\w’'-]+)?(?=[ \t\u00a0,])"
)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?P<word>[\w.]*)[.!?][\"”’]?\s")
#: After a name: it spoke ("Smith, a banker who advised the club, said").
_SPOKE = re.compile(rf"(?:,[^,\"“”\n]{{1,120}},)?[ \t\u00a0]+{_ADVERB}{_VERBS}\b")
_TITLE_SMALL_WORDS = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "with"})
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|I|He|She|They|It|We)\b")


@dataclass(frozen=True)
class _Span:
    start: int  # first quoted character
    end: int  # one past the last quoted character
    opens_paragraph: bool


def find_quotes(text: str, cast: Cast, start: int = 0) -> list[Quote]:
    """Direct quotes of ``text[start:]`` with their speaker, in order of appearance."""
    quotes: list[Quote] = []
    previous: Quote | None = None
    spans = list(_quote_spans(text, start))
    marked = _Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
    for span in spans:
        if len(quotes) >= MAX_QUOTES:
            break
        q_start, q_end = span.start, _trim_end(text, span.end)
        while q_start < q_end and text[q_start].isspace():
            q_start += 1
        quoted = text[q_start:q_end]
        if not _is_quote(text, quoted, q_start):
            continue
        cue = (
            _cue(text, span, marked)
            or _sentence_subject(text, span, cast, marked)
            or _colon_introduction(text, span, cast, marked)
        )
        quote = Quote(text=quoted, start=q_start, end=q_end)
        if cue:
            speaker = _resolve(text, cue[0], cue[1], cast)
            quote = _attributed(quote, speaker, cue)
        elif (
            previous
            and previous.speaker_start is not None
            and (span.opens_paragraph or "\n" not in text[previous.end : span.start])
        ):
            # A quote with no cue continues the previous speaker, attributed by the same mention.
            quote = _attributed(
                quote,
                (previous.speaker, previous.speaker_role),
                (previous.speaker_start, previous.speaker_end),
            )
        quotes.append(quote)
        previous = quote
    return quotes


@dataclass(frozen=True)
class _Marked:
    """Every stretch of text between quotation marks (quotes, titles, scare quotes): no speaker
    is ever inside one ("I" in a quote, a show's title)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def covers(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


def _attributed(quote: Quote, speaker: tuple[str, str | None] | None, mention: tuple[int | None, int | None]) -> Quote:
    return Quote(
        text=quote.text,
        start=quote.start,
        end=quote.end,
        speaker=speaker[0] if speaker else None,
        speaker_start=mention[0],
        speaker_end=mention[1],
        speaker_role=speaker[1] if speaker else None,
    )


def _ends(match: re.Match[str]) -> bool:
    """A full stop after "Gov", "U.S" or an initial does not end a sentence."""
    word = match["word"].lower()
    return match.group()[len(word)] != "." or (
        len(word.replace(".", "")) > 1 and word not in TITLE_ABBREVIATIONS and "." not in word
    )


def _sentence_start(text: str, position: int, reach: int) -> int:
    """Where the sentence holding ``position`` starts, looking back at most ``reach`` characters."""
    floor = max(position - reach, 0)
    floor = text.rfind("\n", floor, position) + 1 or floor
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, position) if _ends(m)]
    return ends[-1] if ends else floor


def _colon_introduction(text: str, span: _Span, cast: Cast, marked: _Marked) -> tuple[int, int] | None:
    """A quote opening a paragraph after one that ends with a colon ("… released the following
    statement:") is spoken by the subject of that introducing sentence."""
    if not span.opens_paragraph:
        return None
    colon = text.rfind(":", max(0, span.start - 400), span.start)
    if colon < 0 or text[colon + 1 : span.start - 1].strip():
        return None
    return _first_actor(text, _sentence_start(text, colon, 300), colon, cast, marked)


def _sentence_subject(text: str, span: _Span, cast: Cast, marked: _Marked) -> tuple[int, int] | None:
    """For a quote inside a sentence with no speech cue next to it ("Graham called both “crazy”"),
    the actor of that sentence speaks."""
    mark = span.start - 1
    sentence_start = _sentence_start(text, mark, 300)
    if len(_WORD.findall(text[sentence_start:mark])) < 2:
        return None
    return _first_actor(text, sentence_start, mark, cast, marked)


def _first_actor(text: str, start: int, end: int, cast: Cast, marked: _Marked) -> tuple[int, int] | None:
    """The actor of ``text[start:end]``: the person, organisation or pronoun that a speech verb
    follows, else the first one after an opening setting ("In an interview on CBS, …"), else the
    first one; never one inside quotation marks."""
    candidates = [
        (m.start, m.end)
        for m, _ in cast.mentions
        if start <= m.start < end
        and m.kind in ("person", "name", "organization", "role")
        and not marked.covers(m.start)
        and not _SETTING.fullmatch(text, m.start, m.end)
    ]
    candidates += [
        (p.start(), p.end()) for p in _SUBJECT_PRONOUN.finditer(text, start, end) if not marked.covers(p.start())
    ]
    comma = text.find(",", start, end) if _SETTING.match(text, start, end) else -1
    setting_end = comma + 1 if comma >= 0 else start
    described = _DESCRIBED_SUBJECT.match(text, setting_end, end)
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
    ]
    if speaking:
        return speaking[0]
    after_setting = [c for c in candidates if c[0] >= setting_end]
    return after_setting[0] if after_setting else candidates[0]


def _is_quote(text: str, quoted: str, start: int) -> bool:
    """Quoted speech, not a title ("Good Morning America") nor a scare quote ("so-called “reform”")."""
    words = _WORD.findall(quoted)
    if not words:
        return False
    if (
        len(words) <= 6
        and quoted[-1:].isalnum()
        and words[0][0].isupper()
        and all(w[0].isupper() or w.isdigit() or w in _TITLE_SMALL_WORDS for w in words)
    ):
        return False  # a title or a name in quotation marks
    if len(words) >= _MIN_WORDS:
        return True
    sentence_start = _sentence_start(text, start, 200)
    after = start + len(quoted) + 1
    sentence_end = next(
        (m.start() for m in _SENTENCE_END.finditer(text, after, min(len(text), after + 120)) if _ends(m)),
        min(len(text), after + 120),
    )
    return bool(_SHORT_QUOTE_CUES.search(text, sentence_start, sentence_end))


def _quote_spans(text: str, start: int) -> Iterator[_Span]:
    pending: _Span | None = None  # a quote left open at the end of a paragraph
    for p_start, p_end in paragraphs(text, start):
        marks = [m.start() for m in _MARK.finditer(text, p_start, p_end)]
        found = _NON_SPACE.search(text, p_start, p_end)
        first = found.start() if found else p_start
        first_is_open = bool(marks) and marks[0] == first and text[first] in _OPEN
        if pending and not first_is_open:
            yield _Span(pending.start, _trim_end(text, pending.end), pending.opens_paragraph)
            pending = None
        opened: int | None = None
        depth = 0  # curly quotes nest: “He told me “no” twice”
        for i in marks:
            char = text[i]
            if opened is None:
                if char in _OPEN and (char != '"' or _can_open(text, i)):
                    opened, depth = i, 1
                    if pending and i == first:
                        continue
            elif char == "“" and text[opened] == "“":
                depth += 1
            elif (char == "”" and depth <= 1) or (char == '"' and text[opened] == '"'):
                if pending and opened == first:
                    yield _Span(pending.start, i, pending.opens_paragraph)
                    pending = None
                else:
                    yield _Span(opened + 1, i, opened == first)
                opened, depth = None, 0
            elif char == "”":
                depth -= 1
        if opened is not None:
            if pending and opened == first:
                pending = _Span(pending.start, p_end, pending.opens_paragraph)
            else:
                if pending:
                    yield _Span(pending.start, _trim_end(text, pending.end), pending.opens_paragraph)
                pending = _Span(opened + 1, p_end, opened == first)
        elif pending:
            yield _Span(pending.start, _trim_end(text, pending.end), pending.opens_paragraph)
            pending = None
    if pending:
        yield _Span(pending.start, _trim_end(text, pending.end), pending.opens_paragraph)


def _can_open(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space or punctuation and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:,") and not after.isspace()


def _trim_end(text: str, end: int) -> int:
    """Drop trailing space and the comma that news puts before a closing quotation mark."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


def _cue(text: str, span: _Span, marked: _Marked) -> tuple[int, int] | None:
    dash = _DASH_NAME.match(text, span.end + 1, min(len(text), span.end + 80))
    if dash:
        return dash.start("speaker"), _trim_mention(text, dash.start("speaker"), dash.end("speaker"))
    after = span.end + 1
    while after < len(text) and text[after] in ",!? \t" and after - span.end < 4:
        after += 1
    ends_sentence = text[span.end - 1 : span.end] == "." or text[span.end + 1 : span.end + 2] == "."
    match = None if ends_sentence else _CUE_AFTER.match(text, after, min(len(text), after + 120))
    if match and text[match.end() : match.end() + 1] == ":":
        match = None  # "She added:" introduces the next quote
    if match is None and not ends_sentence:
        match = _CUE_LATER.match(text, after, min(len(text), after + 200))
    if match:
        group = next(g for g in ("speaker", "speaker2", "speaker3") if match[g])
        end = match.end("appositive") if group == "speaker" and _has_appositive(match) else match.end(group)
        return match.start(group), _trim_mention(text, match.start(group), end)
    phrase = None if ends_sentence else _PHRASE_SAID.match(text, after, min(len(text), after + 200))
    if phrase and not any(_ends(m) for m in _SENTENCE_END.finditer(text, phrase.start(), phrase.end("speaker"))):
        return phrase.start("speaker"), _trim_mention(text, phrase.start("speaker"), phrase.end("speaker"))
    line_start = _sentence_start(text, span.start - 1, 200)
    before = text[line_start : span.start - 1]
    match = _CUE_BEFORE.search(before) or _ACCORDING_BEFORE.search(before)
    if match and not marked.covers(line_start + match.start("speaker")):
        start = line_start + match.start("speaker")
        end = match.end("appositive") if _has_appositive(match) else match.end("speaker")
        return start, _trim_mention(text, start, line_start + end)
    return None


def _has_appositive(match: re.Match[str]) -> bool:
    """ "the Family, Theresa May, said": the appositive is part of who speaks."""
    return "appositive" in match.re.groupindex and match["appositive"] is not None


def _trim_mention(text: str, start: int, end: int) -> int:
    """ "Ann Lee." ends before its full stop; "Sen." and "J." keep theirs; no mention runs on
    into the next sentence ("Halser. The")."""
    while end > start and text[end - 1].isspace():
        end -= 1
    for stop in _SENTENCE_END.finditer(text, start, end):
        if _ends(stop):
            end = stop.start() + len(stop["word"]) + 1
            break
    while end > start and text[end - 1] in ".,;:":
        last_word = text[start:end].split()[-1].rstrip(".")
        if text[end - 1] == "." and (len(last_word) <= 1 or last_word.lower() in TITLE_ABBREVIATIONS):
            break
        end -= 1
    return end


def _resolve(text: str, start: int, end: int, cast: Cast) -> tuple[str, str | None] | None:
    """The named person a speaker mention refers to (and their role), or the mention itself."""
    mention = text[start:end]
    inside = [
        e
        for m, e in cast.mentions
        if (m.start <= start < m.end or start <= m.start < end) and text[m.end : m.end + 2] not in ("'s", "’s")
    ]  # "Obama's former strategist" is not Obama
    if inside:  # "HVB analyst Peter-Thilo Halser": the person, not the bank
        entity = next((e for e in inside if e.kind == "person"), inside[0])
        return entity.name, entity.role
    if mention.lower() == "it":
        organization = _last_before(start, cast.mentions, "organization")
        return (organization.name, None) if organization else None
    if re.fullmatch(_PRONOUN, mention):
        person = _last_speaker_before(text, start, cast.mentions)
        return (person.name, person.role) if person else None
    words = mention.split()
    for entity in cast.entities:
        if entity.kind == "person" and words and entity.name.split()[-1] == words[-1]:
            return entity.name, entity.role
    return mention, None


def _last_before(position: int, mentions: Sequence[tuple[Mention, Entity]], kind: str) -> Entity | None:
    earlier = [entity for found, entity in mentions if found.start < position and entity.kind == kind]
    return earlier[-1] if earlier else None


def _last_speaker_before(text: str, position: int, mentions: Sequence[tuple[Mention, Entity]]) -> Entity | None:
    """The last person named before ``position``, preferring one who was the subject of a speech verb."""
    fallback: Entity | None = None
    best: Entity | None = None
    for found, entity in mentions:
        if found.start >= position:
            break
        if entity.kind != "person":
            continue
        fallback = entity
        tail = text[found.end : found.end + 160]
        if _SPOKE.match(tail):
            best = entity
    return best or fallback
