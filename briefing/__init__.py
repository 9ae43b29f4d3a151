"""briefing: a day's news articles in, an editor-ready daily brief out.

The public API is the calls below (summarize, analyze, build_brief, render, as_data) and the
model types; everything else is internal.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from briefing.analyze import analyze_article
from briefing.assemble import assemble
from briefing.model import (
    Article,
    ArticleBrief,
    Brief,
    Entity,
    Facts,
    Place,
    Quote,
    Sentence,
    Source,
    Speaker,
    Story,
    When,
)
from briefing.nlp.segment import split_sentences
from briefing.read.metadata import parse_iso_date
from briefing.read.text import article_from_text
from briefing.summarize import summarize_sentences

__all__ = [
    "Article",
    "ArticleBrief",
    "Brief",
    "Entity",
    "Facts",
    "Place",
    "Quote",
    "Sentence",
    "Source",
    "Speaker",
    "Story",
    "When",
    "analyze",
    "as_data",
    "build_brief",
    "render",
    "summarize",
]


def summarize(
    text: str,
    *,
    sentences: int = 3,
    words: int | None = None,
    title: str | None = None,
    method: str = "default",
) -> list[str]:
    """The best sentences of ``text``, verbatim and in document order.

    ``words=W`` takes sentences by rank until they reach W words instead of ``sentences``.
    Metadata lines and a wire dateline at the top of ``text`` are never part of a summary.
    """
    article = article_from_text(text, title=title)
    split = split_sentences(article.text, article.body_start)
    chosen = summarize_sentences(split, title=article.title, count=sentences, budget_words=words, method=method)
    return [s.text for s in chosen]


def analyze(text: str, *, title: str | None = None, published: str | date | None = None) -> ArticleBrief:
    """Summary, who / what / when / where and quotes of one article; offsets index ``text``."""
    day = parse_iso_date(published) if isinstance(published, str) else published
    return analyze_article(article_from_text(text, title=title, published=day))


def build_brief(
    articles: Iterable[Article | ArticleBrief | str],
    *,
    date: date | str | None = None,
    stories: int | None = None,
) -> Brief:
    """The daily brief of ``articles`` (texts, Articles or already analysed ArticleBriefs)."""
    briefs = []
    for item in articles:
        if isinstance(item, str):
            item = article_from_text(item)
        briefs.append(item if isinstance(item, ArticleBrief) else analyze_article(item))
    day = parse_iso_date(date) if isinstance(date, str) else date
    return assemble(briefs, day=day, max_stories=stories)


def render(
    brief: Brief, fmt: str = "md", *, templates: str | None = None, sender: str | None = None, to: str | None = None
) -> str:
    """The brief as ``fmt``: "md", "txt", "html", "eml" or "json" (``briefing.writers.FORMATS``);
    ``templates`` is a folder whose files replace the packaged templates of the same name."""
    from pathlib import Path

    from briefing.writers import render as write  # Jinja2 and the HTML tools load on first use

    return write(brief, fmt, templates=Path(templates) if templates else None, sender=sender, to=to)


def as_data(record: Brief | ArticleBrief) -> dict[str, object]:
    """A brief, or one article's brief, as the plain dicts and lists its JSON holds."""
    from briefing.writers import as_data as shape

    return shape(record)
