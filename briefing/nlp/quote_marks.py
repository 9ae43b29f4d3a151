"""Where the quotations of a text are: pairing quotation marks, across paragraphs too.

Curly marks pair by direction, straight ones in turn; a paragraph that leaves a quote open and a
next one that opens with a mark make one quote, the news convention for long quotes. A word or
two in quotation marks is a quote only when a cue attributes it ("dismissed the claim as
“absurd”"); otherwise it is a scare quote, and title-case words in marks are a title.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from briefing.nlp.mentions import TITLE_ABBREVIATIONS
from briefing.nlp.segment import paragraphs
from briefing.nlp.speech import SPEECH_VERBS
from briefing.nlp.words import TITLE_SMALL_WORDS

_OPEN = '“"'
_CLOSE = '”"'
_MARK = re.compile('[“”"]')
_NON_SPACE = re.compile(r"\S")
_MIN_WORDS = 3


#: Verbs that name what someone said ("dismissed it as “absurd”", "called them “deplorables”").
NAMING_VERBS = r"(?:called|calls|calling|described|describes|dismissed|termed|labell?ed|branded|dubbed|referred|refers)"
#: Verbs that attribute a word or two in quotation marks.
_SHORT_QUOTE_CUES = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS}|{NAMING_VERBS}|according to)\b")

WORD = re.compile(r"\w+")
#: A word with its apostrophes, as a title writes it ("Can't Hold Us", "Don't Look Back").
_WHOLE_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: A stop, after a word or after a quotation's closing mark (British style: '… "gridlock and noise". Its').
SENTENCE_END = re.compile(r"(?P<word>[\w.]*)(?P<closed>[\"”’])?[.!?][\"”’]?\s")


def title_cased(words: Sequence[str], small: frozenset[str] = TITLE_SMALL_WORDS) -> bool:
    """Every word capitalised, a number or one of ``small``: how titles and names are written."""
    return all(w[0].isupper() or w.isdigit() or w.lower() in small for w in words)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first quoted character
    end: int  # one past the last quoted character
    opens_paragraph: bool


@dataclass(frozen=True)
class Marked:
    """Every stretch of text between quotation marks (quotes, titles, scare quotes): no speaker
    is ever inside one ("I" in a quote, a show's title)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Marked:
        """``spans`` (start, end) in any order, where quotations may nest: each end kept is the
        furthest end of the spans up to it."""
        ordered = sorted(spans)
        return cls(tuple(s for s, _ in ordered), tuple(accumulate((e for _, e in ordered), max)))

    def covers(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


def is_sentence_end(match: re.Match[str]) -> bool:
    """A full stop after "Gov", "U.S" or an initial does not end a sentence; after a number it
    does ("… losing 6-3 6-1. Defending champion …")."""
    word = match["word"].lower()
    return (
        match["closed"] is not None
        or match.group()[len(word)] != "."
        or word.isdigit()
        or (len(word.replace(".", "")) > 1 and word not in TITLE_ABBREVIATIONS and "." not in word)
    )


def sentence_end(text: str, position: int, reach: int) -> int:
    """Where the sentence holding ``position`` ends (after its last word, before the stop),
    looking ahead at most ``reach`` characters."""
    limit = min(len(text), position + reach)
    return next((m.end("word") for m in SENTENCE_END.finditer(text, position, limit) if is_sentence_end(m)), limit)


def sentence_start(text: str, position: int, reach: int) -> int:
    """Where the sentence holding ``position`` starts, looking back at most ``reach`` characters."""
    floor = max(position - reach, 0)
    floor = text.rfind("\n", floor, position) + 1 or floor
    ends = [m.end() for m in SENTENCE_END.finditer(text, floor, position) if is_sentence_end(m)]
    return ends[-1] if ends else floor


#: A short quotation followed by a colon and a capitalised word heads a photo caption.
_CAPTION_TITLE_WORDS = 8
_CAPTION_AFTER = re.compile(r"[ \t]*:[ \t]+[A-Z]")


#: What names a work right before its title in quotation marks.
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|headed)[ \t\u00a0]*[,:]?[ \t\u00a0]*$")


#: A work's noun right before the opening mark names the work ("for the study "Whose Secretary are
#: You, minister"", "the film "Sideways""); after a colon ("in his book: "…"") the work is quoted.
_WORK_BEFORE = re.compile(
    r"\b(?:study|report|survey|book|novel|memoir|film|movie|documentary|song|single|album|show|series|"
    r"programme|program|play|musical|poem|essay|exhibition|paper|article|column|campaign|slogan|motto)"
    r"[ \t\u00a0]*$"
)
#: Titles run short; a longer quotation after such a noun is quoted from the work.
_TITLE_WORDS = 12


#: A noun right after the closing mark that makes the quotation the name of a thing (nouns that
#: are no verb too: "an 'attack mongrel' shows Labour is …").
_NAMED_THING = re.compile(
    r"[ \t\u00a0]+(?:slogans?|catchphrases?|mottos?|taglines?|hashtags?|campaigns?|banners?|placards?|posters?|"
    r"songs?|albums?|programmes?|documentar(?:y|ies))\b"
)


def is_quote(text: str, quoted: str, start: int) -> bool:
    """Quoted speech, not a title ("Good Morning America") nor a scare quote ("so-called “reform”")."""
    words = WORD.findall(quoted)
    if not words:
        return False
    if len(words) <= _CAPTION_TITLE_WORDS and _CAPTION_AFTER.match(text, start + len(quoted) + 1):
        return False  # "'At one with the sea': Oversized windows …": a caption's title
    if _TITLED.search(text, max(0, start - 30), max(0, start - 1)):
        return False  # "a video titled “Until It Came To Them”": a work's title, however long
    if (
        len(words) <= _TITLE_WORDS
        and words[0][0].isupper()  # "the report “wasn't good”", "the program “is gaining …”" are quoted
        and _WORK_BEFORE.search(text, max(0, start - 20), max(0, start - 1))
    ):
        return False  # "for the study “Whose Secretary are You, minister”": the work's title
    if quoted[-1:].isalnum() and _NAMED_THING.match(text, start + len(quoted) + 1):
        return False  # "McDonald's “I'm loving it” catchphrase", "a “Make love not spam” campaign"
    if (
        len(words) <= 6
        and quoted.rstrip(".,")[-1:].isalnum()  # "… on ABC's "This Week With George Stephanopoulos.""
        and words[0][0].isupper()
        and title_cased(_WHOLE_WORD.findall(quoted))
    ):
        return False  # a title or a name in quotation marks
    if len(words) >= _MIN_WORDS:
        return True
    begin = sentence_start(text, start, 200)
    after = start + len(quoted) + 1
    end = sentence_end(text, after, 120)
    starts, ends = _cues(text)
    first = bisect_left(starts, begin)  # cues are whole words, so their matches never overlap
    return first < len(starts) and ends[first] <= end


@lru_cache(maxsize=4)
def _cues(text: str) -> tuple[list[int], list[int]]:
    """Where speech and naming verbs are in ``text``: found in one pass, so that deciding every
    short quote costs a bisection, not a new search (1 MB of '"a ' took seconds)."""
    matches = list(_SHORT_QUOTE_CUES.finditer(text))
    return [m.start() for m in matches], [m.end() for m in matches]


def quote_spans(text: str, start: int) -> Iterator[QuoteSpan]:
    pending: QuoteSpan | None = None  # a quote left open at the end of a paragraph
    single = _prints_speech_in_single_marks(text, start)
    for p_start, p_end in paragraphs(text, start):
        marks = [m.start() for m in _MARK.finditer(text, p_start, p_end)]
        if single and marks and not pending:
            spans = list(_single_quote_spans(text, p_start, p_end))
            if all(any(s.start <= m < s.end for s in spans) for m in marks):
                # 'We get a lot of: "Wow!" and "Really?"': the double marks quote inside the single ones
                yield from spans
                continue
        if single and not marks:
            if pending:
                yield QuoteSpan(pending.start, trim_end(text, pending.end), pending.opens_paragraph)
                pending = None
            yield from _single_quote_spans(text, p_start, p_end)
            continue
        found = _NON_SPACE.search(text, p_start, p_end)
        first = found.start() if found else p_start
        first_is_open = bool(marks) and marks[0] == first and text[first] in _OPEN
        if pending and not first_is_open:
            yield QuoteSpan(pending.start, trim_end(text, pending.end), pending.opens_paragraph)
            pending = None
        opened: int | None = None
        continued = -1  # where the last quotation run into its next paragraph opened that one
        depth = 0  # curly quotes nest: “He told me “no” twice”
        curly = _CurlyMarks(tuple(m for m in marks if text[m] == "“"), tuple(m for m in marks if text[m] == "”"))
        for i in marks:
            char = text[i]
            if opened is None:
                if char in _OPEN and (char != '"' or _can_open(text, i)):
                    opened, depth = i, 1
                    if pending and i == first:
                        continue
            elif char == "“" and text[opened] == "“":
                depth += 1
            elif char == '"' and text[opened] == '"' and _reopens(text, i, opened, (first, continued)):
                # '… said: "One thing. "Another."': the double-mark form of a flattened paragraph
                yield QuoteSpan(opened + 1, trim_end(text, i), opened == first)
                opened = continued = i
            elif (
                (char == "”" and depth <= 1)
                or (char == '"' and text[opened] == '"')
                or (char == '"' and depth <= 1 and _closes_curly(text, i, p_end, curly))  # pasted: mixed marks
            ):
                if pending and opened == first:
                    yield QuoteSpan(pending.start, i, pending.opens_paragraph)
                    pending = None
                else:
                    yield QuoteSpan(opened + 1, i, opened == first)
                opened, depth = None, 0
            elif char == "”":
                depth -= 1
        if opened is not None:
            if pending and opened == first:
                pending = QuoteSpan(pending.start, p_end, pending.opens_paragraph)
            else:
                if pending:
                    yield QuoteSpan(pending.start, trim_end(text, pending.end), pending.opens_paragraph)
                pending = QuoteSpan(opened + 1, p_end, opened == first)
        elif pending:
            yield QuoteSpan(pending.start, trim_end(text, pending.end), pending.opens_paragraph)
            pending = None
    if pending:
        yield QuoteSpan(pending.start, trim_end(text, pending.end), pending.opens_paragraph)


#: A single quotation mark that opens: after a space, a bracket, a dash or a colon (or at the
#: start), before a letter. An apostrophe sits between letters or after one ("don't", "players'");
#: two straight marks ('') are an old typewriter double mark, not two single ones.
_SINGLE_OPEN = re.compile(r"(?<![^\s(\[—–:-])(?:'(?!')|‘)(?=[^\W\d_])")
#: ... and one that closes: after the quote's own stop or comma ("… our family.'"), or after a
#: word and before punctuation ("as 'absurd'."); "the players' wages" is a possessive.
_LOOSE_CLOSE = re.compile(r"(?<=[^\W_])(?:'(?!')|’)(?![^\W_])")
_SINGLE_CLOSE = re.compile(
    r"(?<=[.,!?…])(?:'(?!')|’)(?![^\W_])|(?<=[^\W_])(?:'(?!')|’)(?=[.,;:!?)\]])|(?<=[.,!?…][\"”])(?:'(?!')|’)(?![^\W_])"
)


#: A sentence's end right before the next opening mark: where a paragraph ended.
_FLATTENED_PARAGRAPH = re.compile(r"[.!?…][ \t\u00a0]+$")


def _prints_speech_in_single_marks(text: str, start: int) -> bool:
    """British tabloids print speech in single marks; most outlets in double ones and single
    marks only in headlines ("Trump: ‘I’m the Worst Thing …’") or for a quote within a quote. A
    text is read for single-mark quotations only when they open more often than double marks do."""
    if "'" not in text and "‘" not in text:
        return False
    doubles = len(_MARK.findall(text, start)) + text.count("''", start)
    return len(_SINGLE_OPEN.findall(text, start)) > doubles / 2


def _single_quote_spans(text: str, start: int, end: int) -> Iterator[QuoteSpan]:
    """Quotations in single marks, as British tabloids and many wires print speech ('We are
    devastated,' she said), in a paragraph with no double marks. A quotation that opens the
    paragraph or follows a colon and is still open at the paragraph's end runs to it: the
    convention of a quote that goes on in the next paragraph."""
    found = _NON_SPACE.search(text, start, end)
    first = found.start() if found else start
    # every mark is found once and looked up by bisection: no rescans of a hostile paragraph
    opens = [(m.start(), m.end()) for m in _SINGLE_OPEN.finditer(text, start, end)]
    closes = [(m.start(), m.end()) for m in _SINGLE_CLOSE.finditer(text, start, end)]
    loose = [(m.start(), m.end()) for m in _LOOSE_CLOSE.finditer(text, start, end)]
    position = start
    continued = -1  # where the last quotation run into the next paragraph's ended
    while (k := bisect_left(opens, (position, 0))) < len(opens):
        opening, opened = opens[k]
        closing = _next(closes, opened)
        following = opens[k + 1][0] if k + 1 < len(opens) else end
        if following < (closing[0] if closing else end):
            if _FLATTENED_PARAGRAPH.search(text, opened, following) and (
                opening in (first, continued) or text[max(start, opening - 2) : opening].strip() == ":"
            ):
                # "… said: 'One thing. 'Another.'": text that lost its line breaks runs a quote's
                # paragraphs together, each opening with a mark and none but the last closing
                yield QuoteSpan(opened, trim_end(text, following), opening == first)
                position = continued = following
                continue
            # single marks do not nest: the quotation closed before the next one opens, at a
            # mark after a word ("her 'Queen of Everything' feature and her 'regal …'")
            closing = _next(loose, opened)
            if closing is None or closing[0] >= following:
                position = opened
                continue
        if closing is not None:
            yield QuoteSpan(opened, closing[0], opening == first)
            position = closing[1]
            continue
        if opening == first or text[max(start, opening - 2) : opening].strip() == ":":
            yield QuoteSpan(opened, trim_end(text, end), opening == first)
            return
        position = opened  # "rock 'n' roll": a mark that opens nothing


def _next(marks: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The first of ``marks`` (sorted ``(start, end)`` pairs) at or after ``position``."""
    k = bisect_left(marks, (position, 0))
    return marks[k] if k < len(marks) else None


@dataclass(frozen=True)
class _CurlyMarks:
    """A paragraph's opening and closing curly marks, in order: looked up by bisection, so that
    no mark rescans the rest of the paragraph."""

    opens: tuple[int, ...]
    closes: tuple[int, ...]

    def next_open(self, position: int) -> int:
        k = bisect_left(self.opens, position)
        return self.opens[k] if k < len(self.opens) else -1

    def next_close(self, position: int) -> int:
        k = bisect_left(self.closes, position)
        return self.closes[k] if k < len(self.closes) else -1


def _closes_curly(text: str, i: int, end: int, curly: _CurlyMarks) -> bool:
    """A straight mark closes a curly quotation when pasted text mixed them (“If she does the right
    thing …," Sanders said): it stands where a quote ends, and no curly closing mark follows before
    the next opening one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace() or not (after.isspace() or after in ".,;:!?)—–-"):
        return False
    following = curly.next_close(i)
    reopened = curly.next_open(i)
    return following < 0 or 0 <= reopened < following


def _reopens(text: str, i: int, opened: int, run_on: tuple[int, int]) -> bool:
    """A straight mark after a sentence's end and a space, before a word, opens the next
    paragraph of a quotation whose line breaks were lost, as a closing mark never stands; only
    where the quotation opened its paragraph (``run_on``: or a run-on one) or followed a colon,
    as a quote that runs on does."""
    return (
        text[i - 1].isspace()
        and i + 1 < len(text)
        and text[i + 1].isalpha()
        and _FLATTENED_PARAGRAPH.search(text, opened, i) is not None
        and (opened in run_on or text[max(0, opened - 2) : opened].strip() == ":")
    )


def _can_open(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space or punctuation and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:,") and not after.isspace()


def trim_end(text: str, end: int) -> int:
    """Drop trailing space and the comma that news puts before a closing quotation mark."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end
