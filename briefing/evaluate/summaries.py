"""ROUGE of every summary method on BBC News Summary folders and CNN/Daily Mail JSON Lines.

Methods are compared at the same length, as the literature asks: on BBC each summary is cut to
its reference's word count, on CNN/DM it is three sentences (the data's README), unless a fixed
``words`` or ``sentences`` is given. Every figure is printed per part: the BBC articles the
default scorer was trained on (odd numbers) apart from the held-out ones (even numbers), and
CNN/DM's train sample apart from its test articles, none of which trained anything.
"""

from __future__ import annotations

import json
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
from briefing.summarize import METHODS, expected_size, ranker, select
from briefing.summarize.brief import brief_summary

_GLUED = re.compile(r"([.!?][\"”']?)(?=[A-Z“\"])")
#: The brief's own summary (lead first, sentences that read on their own), scored like a method.
BRIEF = "brief"
EVAL_METHODS = (*METHODS, BRIEF)


@dataclass(frozen=True)
class Pair:
    name: str
    article: str
    reference: str
    part: str = "all"


@dataclass(frozen=True)
class Row:
    method: str
    part: str
    articles: int
    rouge1: float
    rouge2: float
    rougeL: float
    per_second: float


def bbc_split(name: str) -> str:
    """BBC articles with an odd number train the default scorer; even ones are held out."""
    digits = re.findall(r"\d+", Path(name).stem)
    return "train" if digits and int(digits[-1]) % 2 else "held-out"


def pairs(root: Path) -> Iterator[Pair]:
    """Articles with their references: a BBC folder (``articles/X.txt`` beside ``summaries/X.txt``),
    a CNN/DM JSON Lines file, or a folder of such files."""
    if root.is_file():
        yield from _jsonl_pairs(root)
        return
    articles = root / "articles"
    if not articles.is_dir():
        for path in sorted(root.glob("*.jsonl")):
            yield from _jsonl_pairs(path)
        return
    for path in sorted(articles.rglob("*.txt")):
        reference = root / "summaries" / path.relative_to(articles)
        if reference.is_file():
            name = str(path.relative_to(articles))
            yield Pair(
                name,
                decode(path.read_bytes(), str(path)),
                decode(reference.read_bytes(), str(reference)),
                f"bbc {bbc_split(name)}",
            )


def _jsonl_pairs(path: Path) -> Iterator[Pair]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield Pair(
                record.get("id", f"{path.name}:{number}"),
                record["article"],
                record["highlights"],
                f"cnndm {record.get('split', path.stem)}",
            )
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not an article with highlights ({error})") from None


def scorer() -> RougeScorer:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise SystemExit("briefing: ROUGE needs the eval extra: pip install 'briefing-digest[eval]'") from None
    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def reference_words(reference: str) -> int:
    """Words of a reference summary whose sentences may be glued ("…bn.For the year")."""
    return len(_GLUED.sub(r"\1 ", reference).split())


def summarize_pair(pair: Pair, method: str, *, sentences: int | None, words: int | None) -> str:
    """The summary ``method`` writes for ``pair`` at the comparison length."""
    article = article_from_text(pair.article)
    split = split_sentences(article.text, article.body_start)
    if sentences is None and words is None:
        if pair.part.startswith("cnndm"):
            sentences = 3
        else:
            words = reference_words(pair.reference)
    if method == BRIEF:
        chosen = brief_summary(split, article.title, count=sentences or 0, budget_words=words)
    else:
        size = expected_size(split, sentences, words)
        chosen = select(split, ranker(method)(split, article.title, size), count=sentences, budget_words=words)
    summary = " ".join(s.text for s in chosen)
    return " ".join(summary.split()[:words]) if words else summary


def evaluate_summaries(
    root: Path,
    methods: Sequence[str],
    *,
    sentences: int | None = None,
    words: int | None = None,
    limit: int | None = None,
) -> list[Row]:
    data = list(pairs(root))[:limit]
    parts = sorted({p.part for p in data})
    rouge = scorer()
    rows = []
    for method in methods:
        done: dict[str, list[tuple[str, str]]] = {part: [] for part in parts}
        elapsed = 0.0
        for pair in tqdm(data, desc=method, file=sys.stderr, disable=not sys.stderr.isatty(), leave=False):
            begin = time.perf_counter()
            summary = summarize_pair(pair, method, sentences=sentences, words=words)
            elapsed += time.perf_counter() - begin
            done[pair.part].append((summary, pair.reference))
        speed = len(data) / elapsed if elapsed else float("inf")
        rows.extend(_score(method, part, done[part], speed, rouge) for part in parts)
    return rows


def _score(method: str, part: str, candidates: list[tuple[str, str]], speed: float, rouge: RougeScorer) -> Row:
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for summary, reference in candidates:
        scores = rouge.score(reference, summary)
        for key in totals:
            totals[key] += scores[key].fmeasure
    count = max(1, len(candidates))
    return Row(
        method=method,
        part=part,
        articles=len(candidates),
        rouge1=100 * totals["rouge1"] / count,
        rouge2=100 * totals["rouge2"] / count,
        rougeL=100 * totals["rougeL"] / count,
        per_second=speed,
    )


def format_table(rows: Sequence[Row]) -> str:
    """One line per method, the parts side by side as ROUGE-1 / 2 / L."""
    parts = list(dict.fromkeys(row.part for row in rows))
    by_key = {(row.method, row.part): row for row in rows}
    counts = {row.part: row.articles for row in rows}
    header = " | ".join(f"{part} ({counts[part]}) R-1 / R-2 / R-L" for part in parts)
    lines = [f"| method | {header} | articles/s |", "|---|" + "---:|" * len(parts) + "---:|"]
    for method in dict.fromkeys(row.method for row in rows):
        cells = " | ".join(_cell(by_key.get((method, part))) for part in parts)
        speed = next(row.per_second for row in rows if row.method == method)
        lines.append(f"| {method} | {cells} | {speed:,.0f} |")
    return "\n".join(lines)


def _cell(row: Row | None) -> str:
    return f"{row.rouge1:.1f} / {row.rouge2:.1f} / {row.rougeL:.1f}" if row else ""
