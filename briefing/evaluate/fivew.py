"""Who / what / when / where against the Giveme5W1H gold standard.

Scoring follows Hamborg et al. (2019) on the top answer: 1 when its token F1 with a gold phrase
is at least 0.5, 0.5 when it overlaps one, else 0; ``when`` also scores 1 when the resolved date
equals the coders' parsed date. An article whose coders agreed there is no answer is skipped
for that W.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from briefing.analyze import analyze_article
from briefing.evaluate.tokens import token_f1
from briefing.model import ArticleBrief
from briefing.read.metadata import parse_iso_date
from briefing.read.text import article_from_text

QUESTIONS = ("who", "what", "when", "where")


@dataclass(frozen=True)
class Gold:
    name: str
    title: str
    text: str
    published: str | None
    answers: dict[str, list[dict]]
    category: str | None


def load(root: Path) -> Iterator[Gold]:
    """Every ``*.json`` article below ``root`` in the news-please / Giveme5W1H layout."""
    for path in sorted(root.rglob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        five = record.get("fiveWoneH") or {}
        yield Gold(
            name=path.name,
            title=record.get("title") or "",
            text=record.get("text") or "",
            published=record.get("date_publish"),
            answers={q: (five.get(q) or {}).get("annotated") or [] for q in QUESTIONS},
            category=record.get("category"),
        )


def answers(brief: ArticleBrief) -> dict[str, tuple[str, str | None]]:
    """The top answer to each W as (phrase, ISO date or None)."""
    when = brief.when
    return {
        "who": (brief.who[0].name if brief.who else "", None),
        "what": (brief.what, None),
        "when": (when.text or "", when.date.isoformat() if when.date else None),
        "where": (brief.where[0].name if brief.where else "", None),
    }


def score(answer: tuple[str, str | None], gold: list[dict], question: str) -> float | None:
    phrases = [g for g in gold if (g.get("text") or "").strip()]
    if not phrases:
        return None
    text, day = answer
    if question == "when" and day and any(g.get("parsed", "")[:10] == day for g in phrases):
        return 1.0
    best = max((token_f1(text, g["text"]) for g in phrases), default=0.0)
    return 1.0 if best >= 0.5 else 0.5 if best > 0 else 0.0


def evaluate_extraction(root: Path) -> dict[str, tuple[float, int]]:
    """Mean score and article count per W, and ``overall`` (the mean of the four means)."""
    totals = {q: [0.0, 0] for q in QUESTIONS}
    for gold in tqdm(list(load(root)), file=sys.stderr, disable=not sys.stderr.isatty(), leave=False):
        article = article_from_text(gold.text, title=gold.title, published=parse_iso_date(gold.published or ""))
        found = answers(analyze_article(article))
        for question in QUESTIONS:
            value = score(found[question], gold.answers[question], question)
            if value is not None:
                totals[question][0] += value
                totals[question][1] += 1
    result = {q: (total / count if count else 0.0, count) for q, (total, count) in totals.items()}
    result["overall"] = (sum(result[q][0] for q in QUESTIONS) / len(QUESTIONS), len(list(load(root))))
    return result


def format_scores(columns: dict[str, dict[str, tuple[float, int]]]) -> str:
    """One score and article-count column pair per evaluated folder: the folder the rules were
    written from beside the ones they were not."""
    names = list(columns)
    header = "| W | " + " | ".join(f"{n} | articles" for n in names) + " |"
    lines = [header, "|---|" + "---:|---:|" * len(names)]
    for q in columns[names[0]]:
        cells = " | ".join(f"{columns[n][q][0]:.3f} | {columns[n][q][1]}" for n in names)
        lines.append(f"| {q} | {cells} |")
    return "\n".join(lines)
