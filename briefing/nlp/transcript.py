"""A broadcast transcript's speaker labels ("BLITZER: …", "MURPHY: …") and an interview's ("Q: …",
"Stiell: …"): they name whose turn it is, so they are neither people of the story of their own nor
places ("Blitzer" is a town)."""

from __future__ import annotations

import re

#: A name in capitals and a colon, found anywhere first (a scan the engine runs on capitals
#: alone: anchored at every line start, a megabyte of blank lines took two seconds), then kept
#: where it opens a line.
_LABEL = re.compile(r"(?<![\w'’.-])(?P<label>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}):[ \t]")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*$")
#: A transcript gives turns to two speakers at least, one of them twice: one "LONDON:" opening a
#: story is a dateline.
_TURNS = 3


#: An interview's questions ("Q: …") and its guest's answers under the guest's surname ("Stiell: …").
_QA_LABEL = re.compile(r"(?<![\w'’.-])(?P<label>Q|[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}):[ \t]")
#: Questions enough to read title-case labels as turns: alone, "Kyiv: …" lines are a live page's.
_QUESTIONS = 2


def label_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The spans of the speaker labels of ``text[start:]``, when it reads as a transcript or as an
    interview's questions and answers."""
    labels = _line_labels(_LABEL, text, start)
    names = [m["label"] for m in labels]
    if len(labels) < _TURNS or len(set(names)) == len(names):
        if text.find("Q:", start) < 0:  # no question, no interview: spare the scan of every capital
            return []
        labels = _line_labels(_QA_LABEL, text, start)
        names = [m["label"] for m in labels]
        answers = [name for name in names if name != "Q"]
        if names.count("Q") < _QUESTIONS or len(set(answers)) != 1 or len(answers) < _QUESTIONS:
            return []
    return [m.span("label") for m in labels]


def _line_labels(pattern: re.Pattern[str], text: str, start: int) -> list[re.Match[str]]:
    return [
        m for m in pattern.finditer(text, start) if _LINE_OPENING.search(text, max(start, m.start() - 20), m.start())
    ]


#: The first sentence or two of a turn make its quote: a turn may run for paragraphs.
_TURN_END = re.compile(r"\n|(?<=[.!?])[ \t]+(?=[A-Z\"“])")
_TURN_SENTENCES = 2
#: Fewer words make a greeting or a cue ("Thanks for having me, Wolf."), not a quote.
_TURN_WORDS = 8


def turns(text: str, start: int = 0) -> list[tuple[str, int, int]]:
    """Each turn of a transcript as its speaker's label in capitals and the span of its first
    sentences (at most two, to the end of the line), when the turn holds enough words to quote."""
    found: list[tuple[str, int, int]] = []
    for label_start, label_end in label_spans(text, start):
        begin = label_end + 1
        while begin < len(text) and text[begin] in " \t":
            begin += 1
        end = begin
        for _ in range(_TURN_SENTENCES):
            cut = _TURN_END.search(text, end + 1)
            end = cut.start() if cut else len(text)
            if cut is None or text[cut.start()] == "\n":
                break
        if len(text[begin:end].split()) >= _TURN_WORDS:
            found.append((text[label_start:label_end], begin, end))
    return found
