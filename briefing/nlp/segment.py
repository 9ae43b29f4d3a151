"""Sentence segmentation with NLTK's Punkt, configured by the project so nothing is downloaded.

Punkt normally loads parameters trained on a corpus (``nltk.download("punkt_tab")``). Offline
we build them from two lists shipped in ``briefing/data``: news abbreviations and the words that
start a sentence after one. Paragraph breaks are always sentence breaks; Punkt runs inside each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from briefing.model import Sentence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\r\n[ \t]*\r\n")
_TRAILING_SPACE = re.compile(r"\s+$")
#: Paragraphs longer than this are split on single newlines too (hostile or odd layout).
_MAX_PARAGRAPH = 20_000


def _word_list(name: str) -> frozenset[str]:
    text = files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def news_tokenizer() -> PunktSentenceTokenizer:
    """The Punkt tokenizer with the project's news parameters (built once, on first use)."""
    params = PunktParameters()
    params.abbrev_types = set(_word_list("abbreviations.txt"))
    params.sent_starters = set(_word_list("sentence_starters.txt"))
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
            for s_start, s_end in tokenizer.span_tokenize(chunk):
                sentence = chunk[s_start:s_end]
                sentence = _TRAILING_SPACE.sub("", sentence)
                if not sentence:
                    continue
                sentences.append(
                    Sentence(
                        text=sentence,
                        start=chunk_start + s_start,
                        end=chunk_start + s_start + len(sentence),
                        index=len(sentences),
                        paragraph=number,
                    )
                )
    return sentences


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
