"""Headlines for untitled articles, scored against the real headline that was hidden.

Each article is read without its title; the headline written from its lead is compared with the
real one by ROUGE-1 F1, beside the baseline of the lead's first 14 words. Reads a BBC folder
(line 1 is the title), a Giveme5W1H folder (JSON with ``title`` and ``text``), or CNN/DM JSON
Lines, where the Daily Mail's headline is the slug of its URL
(``…/article-3054402/Tom-Wood-wants-Northampton-regain-winning-edge.html``; the slug drops a few
small words, which costs both methods alike). CNN's slugs are topic tags, not headlines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from briefing.evaluate.summaries import scorer
from briefing.extract.title import MAX_WORDS, headline_from_lead
from briefing.nlp.segment import split_sentences
from briefing.read.decode import decode
from briefing.read.text import article_from_text

_DAILY_MAIL_SLUG = re.compile(r"dailymail\.co\.uk/.*/article-\d+/([^/]+?)\.html")


def titled_articles(root: Path) -> Iterator[tuple[str, str]]:
    """(real headline, body) pairs."""
    for path in [root] if root.suffix == ".jsonl" else sorted(root.rglob("*.jsonl")):
        yield from _daily_mail(path)
    for path in sorted(root.rglob("*.json")) if root.is_dir() else []:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("title") and record.get("text"):
            yield record["title"], record["text"]
    for path in sorted((root / "articles").rglob("*.txt")) if (root / "articles").is_dir() else []:
        article = article_from_text(decode(path.read_bytes(), str(path)))
        if article.title:
            yield article.title, article.body


def _daily_mail(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        slug = _DAILY_MAIL_SLUG.search(record.get("url") or "")
        if slug and record.get("article"):
            yield slug[1].replace("-", " "), record["article"]


def evaluate_headlines(root: Path) -> dict[str, float]:
    rouge = scorer()
    totals = {"headline": 0.0, "lead words": 0.0}
    count = 0
    for real, body in titled_articles(root):
        article = article_from_text(body, title="")
        sentences = split_sentences(article.text, article.body_start)
        if not sentences:
            continue
        lead = sentences[0].text
        totals["headline"] += rouge.score(real, headline_from_lead(lead))["rouge1"].fmeasure
        totals["lead words"] += rouge.score(real, " ".join(lead.split()[:MAX_WORDS]))["rouge1"].fmeasure
        count += 1
    return {name: 100 * value / max(1, count) for name, value in totals.items()} | {"articles": count}
