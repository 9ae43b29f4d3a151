"""Direct quotes and their speakers against PolNeAR attributions.

A gold direct quote is an attribution whose content holds a quotation mark. A found quote
matches a gold one when they overlap by at least half of the shorter; precision is the share of
found quotes that match a gold quote, recall the share of gold quotes matched by a found one, and speaker accuracy is the share of matched quotes whose speaker mention
overlaps the gold Source span (the chooser's best candidate, however unsure). A brief shows a
speaker only when the chooser is sure enough (``Quote.said_by``): speaker precision is the same
share among the matched quotes that show one, the figure an editor reading the brief meets. Each JSONL line (one annotator's pass over one text) counts as
one document.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from briefing.extract.quotes import find_quotes
from briefing.extract.speaker_names import resolve_speaker
from briefing.extract.who import find_cast
from briefing.nlp.quote_marks import Marked

_MARKS = ('"', "“", "”")
Span = tuple[int, int]


@dataclass(frozen=True)
class GoldQuote:
    content: tuple[Span, ...]
    source: tuple[Span, ...]


@dataclass(frozen=True)
class QuoteScores:
    precision: float
    recall: float
    f1: float
    speaker: float
    found: int
    gold: int
    matched: int
    recalled: int
    person: float = 0.0  # the shown speaker is the one the annotated source mention means
    attributed: int = 0  # matched quotes that show a speaker
    speaker_precision: float = 0.0  # of those, the share whose speaker mention is right


def load(path: Path) -> Iterator[tuple[str, list[GoldQuote]]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            gold = [
                GoldQuote(
                    content=tuple((s["start"], s["end"]) for s in a.get("content", [])),
                    source=tuple((s["start"], s["end"]) for s in a.get("source", [])),
                )
                for a in record.get("attributions", [])
                if any(m in s["text"] for s in a.get("content", []) for m in _MARKS)
            ]
            yield record["text"], gold


def _overlap(a: Span, spans: Sequence[Span]) -> int:
    return sum(max(0, min(a[1], b[1]) - max(a[0], b[0])) for b in spans)


def _matches(found: Span, gold: GoldQuote) -> bool:
    shorter = min(found[1] - found[0], sum(e - s for s, e in gold.content))
    return shorter > 0 and _overlap(found, gold.content) * 2 >= shorter


def evaluate_quotes(path: Path) -> QuoteScores:
    found_total = gold_total = matched = recalled = speaker_right = person_right = attributed = shown_right = 0
    documents = list(load(path))
    for text, gold in tqdm(documents, file=sys.stderr, disable=not sys.stderr.isatty(), leave=False):
        cast = find_cast(text)
        quotes = find_quotes(text, cast)
        marked = Marked(tuple(q.start for q in quotes), tuple(q.end for q in quotes))
        found_total += len(quotes)
        gold_total += len(gold)
        covered: set[int] = set()
        for quote in quotes:
            hits = [i for i, g in enumerate(gold) if _matches((quote.start, quote.end), g)]
            if not hits:
                continue
            hit = max(hits, key=lambda i: _overlap((quote.start, quote.end), gold[i].content))
            covered.add(hit)
            matched += 1
            right = (
                quote.speaker is not None and _overlap((quote.speaker.start, quote.speaker.end), gold[hit].source) > 0
            )
            speaker_right += right
            if quote.said_by:
                attributed += 1
                shown_right += right
            if quote.said_by and gold[hit].source:
                start, end = gold[hit].source[0]
                meant = resolve_speaker(text, start, end, cast, marked)
                person_right += bool(meant and _same_person(meant[0], quote.said_by))
        recalled += len(covered)
    precision = matched / found_total if found_total else 0.0
    recall = recalled / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return QuoteScores(
        precision,
        recall,
        f1,
        speaker_right / matched if matched else 0.0,
        found_total,
        gold_total,
        matched,
        recalled,
        person_right / matched if matched else 0.0,
        attributed,
        shown_right / attributed if attributed else 0.0,
    )


def _same_person(a: str, b: str) -> bool:
    """ "Donald Trump" and "Trump" are one person; so are two spellings of one description."""
    a_words, b_words = a.lower().split(), b.lower().split()
    return bool(a_words and b_words) and (a_words[-1] == b_words[-1] or a.lower() == b.lower())


def format_quote_scores(parts: dict[str, QuoteScores]) -> str:
    """One column per file (PolNeAR train, on which the speaker scorer was trained, beside dev)."""
    names = list(parts)
    rows = [
        ("quote precision", lambda s: f"{s.precision:.3f}"),
        ("quote recall", lambda s: f"{s.recall:.3f}"),
        ("quote F1", lambda s: f"{s.f1:.3f}"),
        ("speaker mention overlaps gold source (best candidate)", lambda s: f"{s.speaker:.3f}"),
        ("speaker shown is whom the gold source means", lambda s: f"{s.person:.3f}"),
        ("matched quotes that show a speaker (sure enough)", lambda s: f"{s.attributed} of {s.matched}"),
        ("speaker right, of the quotes that show one", lambda s: f"{s.speaker_precision:.3f}"),
        ("found quotes matching a gold quote", lambda s: f"{s.matched} of {s.found}"),
        ("gold quotes found", lambda s: f"{s.recalled} of {s.gold}"),
    ]
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    lines += [f"| {label} | " + " | ".join(cell(parts[n]) for n in names) + " |" for label, cell in rows]
    return "\n".join(lines)
