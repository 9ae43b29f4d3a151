"""A story's credits run into its text: who reported, wrote and edited it ("CNN's Joe Sutton
contributed to this report", "Reporting by Ana Mano; Editing by Sandra Maler"). On a page the
reader drops such lines (``furniture_lines.txt``); in flattened text they are sentences like
any other, and neither their people nor their places are the story's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.model import Sentence

#: What a credit says: a contributor, a wire's reporting and editing credits.
_CREDIT = re.compile(
    r"\b(?:contributed|contributing)(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\b|"
    r"\bcontributed reporting\b|\b(?:Additional reporting|Reporting|Writing|Editing|Edited) by\b|"
    # "— With assistance from Debby Wu", as Bloomberg signs off; "With files from The Canadian Press"
    r"^\W*With (?:assistance|files) from\b|"
    r"\b(?:reported|wrote) (?:this story|it) (?:from|in)\b|"
    # "Associated Press writer Mauricio Savarese contributed from Sao Paulo"
    r"\b(?:writers?|correspondents?|reporters?)(?: [A-Z][\w'’-]+){1,3}(?:,? and(?: [A-Z][\w'’-]+){1,3})? contributed\b|"
    # "… and CNN's Jethro Mullen wrote from Hong Kong": an outlet's writer
    r"\b[A-Z]{2,}['’]s(?: [A-Z][\w'’-]+){2,3} (?:reported|wrote|contributed) (?:from|in)\b|"
    # a caption and its photographer: "Photo: Anthony Albanese at Westmead. (ABC News: Jane Doe)",
    # "(AP Photo/Evan Vucci)"
    r"^\W*(?:Photo|Picture|Image|Photograph)s?:|"
    r"\([A-Z][\w .&]{1,30}:[ \t]*[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2}\)|"
    r"\((?:[A-Z][\w&]*[ \t])*Photo/[A-Z]"
)


def credit_spans(sentences: Iterable[Sentence]) -> list[tuple[int, int]]:
    """Where the sentences that credit the story's makers start and end."""
    return [(s.start, s.end) for s in sentences if _CREDIT.search(s.text)]


def in_credits(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
