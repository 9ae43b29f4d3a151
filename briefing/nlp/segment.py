"""Sentence segmentation with NLTK's Punkt, configured by the project so nothing is downloaded.

Punkt normally loads parameters trained on a corpus (the downloadable "punkt_tab" data). Offline
we build them from two lists shipped in ``briefing/data``: news abbreviations and the words that
start a sentence after one. Paragraph breaks are always sentence breaks; Punkt runs inside each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from briefing.data import word_list
from briefing.model import Sentence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\r\n[ \t]*\r\n")
_TRAILING_SPACE = re.compile(r"\s+$")
_SPACE = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S")
_CANDIDATE_END = re.compile(r"[.?!]")
_CLEAR_END = re.compile(
    r"(?<![\w.])(?P<word>[A-Za-z][a-z]+|[a-z]{2,}|\d+[a-z%]+)(?P<mark>[.?!])(?P<close>[\"”’')\]]*)(?=\s|$)"
)
_AMBIGUOUS = re.compile(r"[.?!][\"”’')\]]*\s+[\"”’'“‘)\]}«»]|\.\.|…")
#: Longer sentences are cut into verbatim pieces: a summary line must stay readable.
_MAX_WORDS = 90
#: Paragraphs longer than this are split on single newlines too (hostile or odd layout).
_MAX_PARAGRAPH = 20_000


@cache
def news_tokenizer() -> PunktSentenceTokenizer:
    """The Punkt tokenizer with the project's news parameters (built once, on first use)."""
    params = PunktParameters()
    params.abbrev_types = set(word_list("abbreviations.txt"))
    params.sent_starters = set(word_list("sentence_starters.txt"))
    return PunktSentenceTokenizer(params)


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
            for s_start, s_end in plain_spans(chunk) or tokenizer.span_tokenize(chunk):
                for part_start, part_end in _bounded(chunk, s_start, s_end):
                    sentence = _TRAILING_SPACE.sub("", chunk[part_start:part_end])
                    if sentence:
                        start = chunk_start + part_start
                        sentences.append(Sentence(sentence, start, start + len(sentence), len(sentences), number))
    return sentences


def plain_spans(paragraph: str) -> list[tuple[int, int]] | None:
    """Sentence spans of a paragraph whose every stop ends a plain word ("peace.", "said?"), or
    None when Punkt must decide (abbreviations, initials, numbers, ellipses, quote marks opening
    after a stop). For such paragraphs Punkt with these parameters always splits at each stop,
    so this gives its answer at a third of the cost; `benchmarks/plain_split.py` checks that the
    two agree on every such paragraph of the evaluation corpora."""
    if _AMBIGUOUS.search(paragraph):
        return None
    clear = {m.start("mark"): m for m in _CLEAR_END.finditer(paragraph)}
    abbreviations = news_tokenizer()._params.abbrev_types
    for stop in _CANDIDATE_END.finditer(paragraph):
        found = clear.get(stop.start())
        if found is None or found["word"].lower() in abbreviations:
            return None
    content_end = len(paragraph.rstrip())
    spans, start = [], 0
    for found in clear.values():
        end = found.end("close")
        if end >= content_end:
            break
        spans.append((start, end))
        following = _NON_SPACE.search(paragraph, end, content_end)
        start = following.start() if following else content_end
    spans.append((start, content_end))
    return spans


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
