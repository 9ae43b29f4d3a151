"""Direct quotations and who said them.

Quotes are found by pairing quotation marks inside each paragraph (curly marks by direction,
straight ones in turn); a paragraph that leaves a quote open and a next one that opens with a
mark make one quote, the news convention for long quotes. Scare quotes (one or two words) are
not quotes. The speaker comes from the cue next to the quote ("…," he said / X said: "…"), and
a pronoun or role is resolved to the person last named as a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.extract.who import Cast
from briefing.model import Entity, Quote
from briefing.nlp.segment import paragraphs

_OPEN = '“"'
_CLOSE = '”"'
_MIN_WORDS = 3
_VERBS = (
    r"(?:said|says|say|added|adds|told|tells|continued|explained|insisted|argued|warned|stated|"
    r"wrote|writes|asked|asks|replied|noted|claimed|claims|declared|announced|acknowledged|"
    r"admitted|recalled|suggested|urged|stressed|emphasised|emphasized|observed|remarked|tweeted|posted)"
)
_PRONOUN = r"(?:he|she|they|I|we|He|She|They|We)"
_NAME = r"(?:[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w’'.-]*){0,4})"
_DESCRIPTION = r"(?:(?:a|an|the|one|another|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
_SPEAKER = rf"(?P<speaker>{_PRONOUN}|{_NAME}|{_DESCRIPTION})"
#: ``"…," he said`` / ``"…," said Mr Smith`` / ``"…," according to X``.
_CUE_AFTER = re.compile(
    rf"[ \t]*(?:{_SPEAKER}[ \t]+(?:also[ \t]+|later[ \t]+)?{_VERBS}\b|{_VERBS}[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}?(?P<speaker2>{_NAME}|{_DESCRIPTION})|according[ \t]+to[ \t]+(?P<speaker3>{_NAME}|{_DESCRIPTION}))"
)
#: ``X said: "…"`` / ``X told reporters, "…"`` ending right before the quote.
_CUE_BEFORE = re.compile(
    rf"(?P<speaker>{_PRONOUN}|{_NAME}|{_DESCRIPTION})(?:,[^,\"“”\n]{{1,60}},)?[ \t]+(?:also[ \t]+)?{_VERBS}(?:[ \t]+[\w’'-]+){{0,4}}?[ \t]*[:,]?[ \t]*(?:that[ \t]+)?$"
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Span:
    start: int  # first quoted character
    end: int  # one past the last quoted character
    opens_paragraph: bool


def find_quotes(text: str, cast: Cast, start: int = 0) -> list[Quote]:
    """Direct quotes of ``text[start:]`` with their speaker, in order of appearance."""
    quotes: list[Quote] = []
    last_speaker: tuple[str, str | None] | None = None
    last_end = start
    for span in _quote_spans(text, start):
        q_start, q_end = span.start, _trim_end(text, span.end)
        while q_start < q_end and text[q_start].isspace():
            q_start += 1
        quoted = text[q_start:q_end]
        if len(_WORD.findall(quoted)) < _MIN_WORDS:
            continue
        cue = _cue(text, span)
        speaker: tuple[str, str | None] | None = None
        speaker_start = speaker_end = None
        if cue:
            speaker_start, speaker_end = cue
            speaker = _resolve(text, speaker_start, speaker_end, cast)
        elif last_speaker and (span.opens_paragraph or "\n" not in text[last_end : span.start]):
            speaker = last_speaker  # a quote with no cue continues the previous speaker
        last_end = span.end
        if speaker:
            last_speaker = speaker
        quotes.append(
            Quote(
                text=quoted,
                start=q_start,
                end=q_end,
                speaker=speaker[0] if speaker else None,
                speaker_start=speaker_start,
                speaker_end=speaker_end,
                speaker_role=speaker[1] if speaker else None,
            )
        )
    return quotes


def _quote_spans(text: str, start: int) -> Iterator[_Span]:
    pending: _Span | None = None  # a quote left open at the end of a paragraph
    for p_start, p_end in paragraphs(text, start):
        marks = [i for i in range(p_start, p_end) if text[i] in _OPEN or text[i] in _CLOSE]
        first_is_open = bool(marks) and marks[0] == p_start and text[p_start] in _OPEN
        if pending and not first_is_open:
            yield _Span(pending.start, _trim_end(text, pending.end), pending.opens_paragraph)
            pending = None
        opened: int | None = None
        for i in marks:
            char = text[i]
            if opened is None:
                if char in _OPEN and (char != '"' or _can_open(text, i)):
                    opened = i
                    if pending and i == p_start:
                        continue
            elif char in _CLOSE and (char != "“"):
                if pending and opened == p_start:
                    yield _Span(pending.start, i, pending.opens_paragraph)
                    pending = None
                else:
                    yield _Span(opened + 1, i, _starts_paragraph(text, p_start, opened))
                opened = None
        if opened is not None:
            if pending and opened == p_start:
                pending = _Span(pending.start, p_end, pending.opens_paragraph)
            else:
                if pending:
                    yield _Span(pending.start, _trim_end(text, pending.end), pending.opens_paragraph)
                pending = _Span(opened + 1, p_end, _starts_paragraph(text, p_start, opened))
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


def _starts_paragraph(text: str, p_start: int, mark: int) -> bool:
    return not text[p_start:mark].strip()


def _trim_end(text: str, end: int) -> int:
    """Drop trailing space and the comma that news puts before a closing quotation mark."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


def _cue(text: str, span: _Span) -> tuple[int, int] | None:
    after = span.end + 1
    while after < len(text) and text[after] in ",!? \t" and after - span.end < 4:
        after += 1
    ends_sentence = text[span.end - 1 : span.end] == "." or text[span.end + 1 : span.end + 2] == "."
    match = None if ends_sentence else _CUE_AFTER.match(text, after, min(len(text), after + 120))
    if match and text[match.end() : match.end() + 1] == ":":
        match = None  # "She added:" introduces the next quote
    if match:
        group = next(g for g in ("speaker", "speaker2", "speaker3") if match[g])
        return match.start(group), match.end(group)
    line_start = max(text.rfind("\n", 0, span.start - 1) + 1, span.start - 200)
    before = text[line_start : span.start - 1]
    sentence_start = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    match = _CUE_BEFORE.search(before, sentence_start + 1 if sentence_start >= 0 else 0)
    if match:
        return line_start + match.start("speaker"), line_start + match.end("speaker")
    return None


def _resolve(text: str, start: int, end: int, cast: Cast) -> tuple[str, str | None] | None:
    """The named person a speaker mention refers to (and their role), or the mention itself."""
    mention = text[start:end]
    for found, entity in cast.mentions:
        if found.start <= start < found.end or start <= found.start < end:
            return entity.name, entity.role
    if re.fullmatch(_PRONOUN, mention):
        person = _last_speaker_before(text, start, cast.mentions)
        return (person.name, person.role) if person else None
    words = mention.split()
    for entity in cast.entities:
        if entity.kind == "person" and words and entity.name.split()[-1] == words[-1]:
            return entity.name, entity.role
    return mention, None


def _last_speaker_before(text: str, position: int, mentions: Sequence[tuple[object, Entity]]) -> Entity | None:
    """The last person named before ``position``, preferring one who was the subject of a speech verb."""
    fallback: Entity | None = None
    best: Entity | None = None
    for found, entity in mentions:
        if found.start >= position:  # type: ignore[attr-defined]
            break
        if entity.kind != "person":
            continue
        fallback = entity
        tail = text[found.end : found.end + 40]  # type: ignore[attr-defined]
        if re.match(rf"[ \t]+(?:also[ \t]+|later[ \t]+|then[ \t]+|has[ \t]+|had[ \t]+)?{_VERBS}\b", tail):
            best = entity
    return best or fallback
