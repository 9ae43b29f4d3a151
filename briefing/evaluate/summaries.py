"""ROUGE of every summary method on a folder of ``articles/`` and reference ``summaries/``.

Methods are compared at the same length, as the literature asks: by default each summary is cut
to its reference's word count (sentences taken best first, the last one cut), or to a fixed
``words`` budget, or to a fixed number of ``sentences``.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

if TYPE_CHECKING:
    from rouge_score.rouge_scorer import RougeScorer

from briefing.nlp.segment import split_sentences
from briefing.read.decode import decode
from briefing.read.text import article_from_text
from briefing.summarize import ranker, select

_GLUED = re.compile(r"([.!?][\"”']?)(?=[A-Z“\"])")


@dataclass(frozen=True)
class Pair:
    name: str
    article: str
    reference: str


@dataclass(frozen=True)
class Row:
    method: str
    articles: int
    rouge1: float
    rouge2: float
    rougeL: float
    per_second: float


def pairs(root: Path) -> Iterator[Pair]:
    """``articles/X.txt`` with ``summaries/X.txt`` at the same relative path, sorted."""
    articles = root / "articles"
    for path in sorted(articles.rglob("*.txt")):
        reference = root / "summaries" / path.relative_to(articles)
        if reference.is_file():
            yield Pair(
                str(path.relative_to(articles)),
                decode(path.read_bytes(), str(path)),
                decode(reference.read_bytes(), str(reference)),
            )


def scorer() -> RougeScorer:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise SystemExit("briefing: ROUGE needs the eval extra: pip install 'briefing[eval]'") from None
    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def reference_words(reference: str) -> int:
    """Words of a reference summary whose sentences may be glued ("…bn.For the year")."""
    return len(_GLUED.sub(r"\1 ", reference).split())


def evaluate_summaries(
    root: Path,
    methods: Sequence[str],
    *,
    sentences: int | None = None,
    words: int | None = None,
    limit: int | None = None,
) -> list[Row]:
    data = list(pairs(root))[:limit]
    rouge = scorer()
    rows = []
    for method in methods:
        rank = ranker(method)
        candidates: list[tuple[str, str]] = []
        elapsed = 0.0
        for pair in tqdm(data, desc=method, file=sys.stderr, disable=not sys.stderr.isatty(), leave=False):
            begin = time.perf_counter()
            article = article_from_text(pair.article)
            split = split_sentences(article.text, article.body_start)
            budget = None if sentences else (words or reference_words(pair.reference))
            chosen = select(split, rank(split, article.title), count=sentences, budget_words=budget)
            summary = " ".join(s.text for s in chosen)
            if budget:
                summary = " ".join(summary.split()[:budget])
            elapsed += time.perf_counter() - begin
            candidates.append((summary, pair.reference))
        rows.append(_score(method, candidates, elapsed, rouge))
    return rows


def _score(method: str, candidates: list[tuple[str, str]], elapsed: float, rouge: RougeScorer) -> Row:
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for summary, reference in candidates:
        scores = rouge.score(reference, summary)
        for key in totals:
            totals[key] += scores[key].fmeasure
    count = max(1, len(candidates))
    return Row(
        method=method,
        articles=len(candidates),
        rouge1=100 * totals["rouge1"] / count,
        rouge2=100 * totals["rouge2"] / count,
        rougeL=100 * totals["rougeL"] / count,
        per_second=len(candidates) / elapsed if elapsed else float("inf"),
    )


def format_table(rows: Sequence[Row]) -> str:
    lines = [
        "| method | articles | ROUGE-1 | ROUGE-2 | ROUGE-L | articles/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row.method} | {row.articles} | {row.rouge1:.1f} | {row.rouge2:.1f} | {row.rougeL:.1f} | {row.per_second:,.0f} |"
        )
    return "\n".join(lines)
