"""Sentence segmentation with NLTK's Punkt, configured by the project so nothing is downloaded.

Punkt normally loads parameters trained on a corpus (the downloadable "punkt_tab" data). Offline
we build them from two lists shipped in ``briefing/data``: news abbreviations and the words that
start a sentence after one (see ``briefing.nlp.punkt``). Paragraph breaks are always sentence
breaks; Punkt runs inside each.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from briefing.data import word_list
from briefing.model import Sentence
from briefing.nlp.speech import SPEECH_VERBS
from briefing.nlp.words import stop_words

if TYPE_CHECKING:
    from briefing.nlp.punkt import FixedPunkt

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\r\n[ \t]*\r\n")
_SPACE = re.compile(r"\s+")
#: A sentence opener after a word, with no full stop between ("in Brazil That caused").
_LOST_STOP = re.compile(r" (?P<opener>Th(?:e|at|is|ese|ose|ey|eir|ere)|He|Her|His|She|It|Its|We|But|However) +[a-z]")
#: What ends a line that ends a sentence (or runs on, as a comma does).
_LINE_END = frozenset(".!?:;,\"”’')]-–—")
#: A photo caption's label glued to the text before it ("… in the magazine Short and sweet: Julia
#: revealed …"): a capitalised word and up to four lower-case ones, then a colon and a capital.
_CAPTION_LABEL = re.compile(r"(?<=[a-z0-9)] )[A-Z][a-z'’-]*(?: [a-z'’-]+){0,4}: (?=[A-Z‘'\"“])")
#: The platform X at the end of a sentence ("Rutte wrote on X. Allies are expected …"), which
#: Punkt takes for an initial.
_ON_X = re.compile(r"\b(?:on|to|via|from) X(?P<stop>\.) +(?=[A-Z])")
#: A name's initials ending a Punkt "sentence" ("Blues legend B.B."), and the name after them.
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[A-Z]\.$")
_WORD_AFTER = re.compile(r"[A-Z][a-z][\w’'-]*")
_SPOKEN = re.compile(rf"\b{SPEECH_VERBS}\b")
#: Words after which a capitalised opener is a title or a name, not a new sentence.
_BEFORE_TITLE = frozenset(
    [
        "of",
        "and",
        "the",
        "a",
        "an",
        "to",
        "in",
        "for",
        "with",
        "by",
        "at",
        "on",
        "from",
        "said",
        "told",
        "called",
        "named",
    ]
)
#: Longer sentences are cut into verbatim pieces: a summary line must stay readable.
_MAX_WORDS = 90
#: Paragraphs longer than this are split on single newlines too (hostile or odd layout).
_MAX_PARAGRAPH = 20_000


@cache
def news_tokenizer() -> FixedPunkt:
    """The Punkt tokenizer with the project's news parameters (built once, on first use; NLTK is
    imported only then)."""
    from briefing.nlp.punkt import FixedPunkt

    return FixedPunkt(frozenset(word_list("abbreviations.txt")), frozenset(word_list("sentence_starters.txt")))


def paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank paragraph of ``text[start:]``."""
    position = start
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        if text[position : match.start()].strip():
            yield position, match.start()
        position = match.end()
    if text[position:].strip():
        yield position, len(text)


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split ``text[start:]`` into sentences whose offsets index ``text``."""
    tokenizer = news_tokenizer()
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text, start)):
        for chunk_start, chunk_end in _chunks(text, p_start, p_end):
            chunk = text[chunk_start:chunk_end]
            spans: Iterable[tuple[int, int]] = _rejoined(chunk, tokenizer.span_tokenize(chunk))
            stops = sorted(_lost_stops(chunk) + _line_stops(chunk)) if "\n" in chunk else _lost_stops(chunk)
            for s_start, s_end in _split_at(spans, stops) if stops else spans:
                for part_start, part_end in _bounded(chunk, s_start, s_end):
                    raw = chunk[part_start:part_end]
                    sentence = raw.strip()
                    if sentence:
                        start = chunk_start + part_start + len(raw) - len(raw.lstrip())
                        sentences.append(Sentence(sentence, start, start + len(sentence), len(sentences), number))
    return sentences


def _rejoined(chunk: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Join a "sentence" to the one before it where Punkt, without trained statistics, cut
    inside one:

    - after a detached full stop, before a lower-case word: "a woman who . claims to", where
      scraped copy (the Daily Mail's, in CNN/DM) turned a line break into " . ". A stop after a
      word ("established in May 2003. with") is left to Punkt: BBC's reference summaries split
      there, and joining cost its held-out ROUGE-2 0.01 for nothing gained elsewhere;
    - after a name's initials, before the name: "B.B. King", "George H.W. Bush", "J.J. Abrams"
      (Punkt knows single initials, and only the abbreviations it is given)."""
    previous: tuple[int, int] | None = None
    for start, end in spans:
        if previous is not None and (_detached_stop(chunk, previous, start) or _initials(chunk, previous, start)):
            previous = (previous[0], end)
            continue
        if previous is not None:
            yield previous
        previous = (start, end)
    if previous is not None:
        yield previous


def _detached_stop(chunk: str, previous: tuple[int, int], start: int) -> bool:
    return (
        chunk[start : start + 1].islower()
        and not chunk[start + 1 : start + 2].isupper()
        and chunk[max(previous[0], previous[1] - 4) : previous[1]].rstrip("\"”’') ").endswith((" .", "\t."))
    )


def _initials(chunk: str, previous: tuple[int, int], start: int) -> bool:
    """ "B.B." before "King": two initials that are no known abbreviation ("U.S." is one, and
    Punkt has already weighed it), then a capitalised word that is neither a sentence opener nor
    a common word ("Then"). Three letters are more often a body ("the N.F.L.") than a name."""
    if chunk[previous[1] - 1 : previous[1]] != "." or not chunk[previous[1] - 2 : previous[1] - 1].isupper():
        return False  # most sentences: decided without a search
    initials = _INITIALS.search(chunk, max(previous[0], previous[1] - 5), previous[1])
    following = _WORD_AFTER.match(chunk, start)
    return bool(
        initials
        and following
        and initials.group().lower().rstrip(".") not in word_list("abbreviations.txt")
        and following.group().lower() not in word_list("sentence_starters.txt")
        and following.group().lower() not in stop_words()
    )


def _lost_stops(chunk: str) -> list[tuple[int, int]]:
    """Where a full stop was lost between two sentences, as when a photo caption is glued to the
    text ("… the home straight in Brazil That caused Verstappen to lose control"): a word that
    only opens sentences, capitalised mid-sentence and followed by a lower-case word. Returns the
    gaps to cut at; one scan of the chunk, since most chunks have none."""
    gaps = []
    for stop in _LOST_STOP.finditer(chunk):
        before = chunk[max(0, stop.start() - 12) : stop.start()].rsplit(None, 1)[-1:]
        if before and before[0][-1:].isalnum() and before[0].lower() not in _BEFORE_TITLE:
            gaps.append((stop.start(), stop.start("opener")))
    if " X." in chunk:
        gaps.extend((stop.end("stop"), stop.end()) for stop in _ON_X.finditer(chunk))
    if ": " in chunk:
        for label in _CAPTION_LABEL.finditer(chunk):
            before = chunk[max(0, label.start() - 20) : label.start()].split()[-1:]
            if (
                before
                and (before[0].islower() or before[0].isdigit())
                and before[0] not in _BEFORE_TITLE  # "the release of Fall of an Empire: The Story"
                and not _SPOKEN.search(label.group())
            ):
                gaps.append((label.start() - 1, label.start()))
    return sorted(gaps)


#: No line of a list of points is longer than this; hard-wrapped prose fills its lines.
_LIST_LINE = 60
#: No one wraps prose wider than this; longer lines are paragraphs.
_WRAP_WIDTH = 120


def _line_stops(chunk: str) -> list[tuple[int, int]]:
    """Line breaks that end a sentence without punctuation: a subhead or a caption line glued to
    the next paragraph ("… Trump Tower triplex\nThe attorney general's office …"). Only where most
    lines of the chunk end like sentences, where every line is short and opens with a capital (a
    list of key points), or where the lines are of every length (text pasted from a page), so
    hard-wrapped text (lines broken mid-sentence) is left to Punkt."""
    lines = chunk.split("\n")
    finished = sum(1 for line in lines[:-1] if line.rstrip()[-1:] in _LINE_END)
    listed = (
        len(lines) >= 3
        and max(map(len, lines)) <= _LIST_LINE
        and all(line.lstrip()[:1].isupper() for line in lines)
        # a wrapped line breaks anywhere, often after "in", "by" or "the"; a point ends on its word
        and not any(not line.split() or line.split()[-1].lower() in stop_words() for line in lines[:-1])
    )
    mostly_finished = finished and 2 * finished >= len(lines) - 1
    if len(lines) < 2 or not (listed or mostly_finished or (len(lines) >= 3 and not _wrapped(lines))):
        return []
    gaps = []
    position = 0
    for line, following in itertools.pairwise(lines):
        end = position + len(line)
        stripped = line.rstrip()
        if stripped and stripped[-1] not in _LINE_END and following.lstrip()[:1].isupper():
            gaps.append((position + len(stripped), end + 1 + len(following) - len(following.lstrip())))
        position = end + 1
    return gaps


def _wrapped(lines: list[str]) -> bool:
    """Hard-wrapped prose fills its lines to about one width; text pasted from a page, one
    paragraph, heading or caption a line, does not ("Share" / "Facebook Twitter" / a long
    paragraph)."""
    widths = [len(line) for line in lines[:-1]]
    widest = max(widths)
    return widest <= _WRAP_WIDTH and sum(width >= 0.7 * widest for width in widths) >= 0.7 * len(widths)


def _split_at(spans: Iterable[tuple[int, int]], gaps: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        for gap_start, gap_end in gaps:
            if start < gap_start and gap_end < end:
                yield start, gap_start
                start = gap_end
        yield start, end


def _bounded(chunk: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a "sentence" of more than ``_MAX_WORDS`` words (text with no punctuation) into verbatim
    pieces, at a comma or semicolon where one is near, else between words."""
    while True:
        if (
            chunk.count(" ", start, end) + chunk.count("\t", start, end) < _MAX_WORDS
            and chunk.find("\n", start, end) < 0
        ):
            yield start, end  # the usual case, decided without listing the spaces
            return
        spaces = [m.start() for m in _SPACE.finditer(chunk, start, end)]
        if len(spaces) < _MAX_WORDS:
            yield start, end
            return
        limit = spaces[_MAX_WORDS - 1]
        floor = spaces[_MAX_WORDS // 2]
        cut = max(chunk.rfind(", ", floor, limit), chunk.rfind("; ", floor, limit))
        cut = cut + 1 if cut > 0 else limit
        yield start, cut
        start = cut + 1


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Very long paragraphs are cut at line breaks so Punkt's cost stays bounded."""
    if end - start <= _MAX_PARAGRAPH:
        yield start, end
        return
    position = start
    while position < end:
        cut = text.rfind("\n", position, min(end, position + _MAX_PARAGRAPH))
        if cut <= position:
            cut = min(end, position + _MAX_PARAGRAPH)
        if text[position:cut].strip():
            yield position, cut
        position = cut + 1 if cut < end and text[cut] == "\n" else cut
