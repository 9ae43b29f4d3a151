"""Analysis of one article: segment, rank, extract -> ArticleBrief."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from multiprocessing import get_context

from briefing.doc import build_doc
from briefing.errors import InputError
from briefing.extract.quotes import find_quotes
from briefing.extract.title import headline_from_lead
from briefing.extract.what import find_what
from briefing.extract.when import find_when
from briefing.extract.where import find_where
from briefing.extract.who import find_who, speaking
from briefing.model import Article, ArticleBrief
from briefing.summarize.brief import brief_summary

LEAD_SENTENCES = 3


def analyze_article(
    article: Article, *, sentences: int = 3, words: int | None = None, method: str = "default"
) -> ArticleBrief:
    """Everything a brief says of one article; the Doc is built once and every answer reads it."""
    doc = build_doc(article)
    split = list(doc.sentences)
    summary = brief_summary(split, article.title, count=sentences, budget_words=words, method=method)
    written = "" if article.title or not split else headline_from_lead(split[0].text)
    quotes = tuple(find_quotes(doc.text, doc.cast, article.body_start, doc.quotations)) if doc.english else ()
    return ArticleBrief(
        article=article,
        summary=tuple(s.text for s in summary),
        who=find_who(doc, speaking((q.said_by for q in quotes if q.said_by), doc)),
        what=written or (find_what(doc) if doc.english else article.title or doc.lead),
        when=find_when(doc),
        where=tuple(find_where(doc)),
        quotes=quotes,
        lead=tuple(s.text for s in split[:LEAD_SENTENCES]),
        headline=written,
        english=doc.english,
    )


def analyze_all(
    items: Iterable[Article | InputError], *, sentences: int = 3, jobs: int = 1
) -> Iterator[ArticleBrief | InputError]:
    """Analyse a stream of read results in order; ``jobs`` > 1 spreads articles over processes.

    Read errors pass through in place, and an article whose analysis fails becomes an
    InputError too, so one bad article never stops the batch.
    """
    work = partial(_analyze_or_error, sentences=sentences)
    if jobs <= 1:
        yield from map(work, items)
        return
    # spawn, not fork: a forked child can inherit locks held by the parent's threads (tqdm's monitor).
    with get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(work, items, chunksize=16)


def _analyze_or_error(item: Article | InputError, *, sentences: int) -> ArticleBrief | InputError:
    if isinstance(item, InputError):
        return item
    try:
        return analyze_article(item, sentences=sentences)
    except (RecursionError, MemoryError, ValueError, IndexError, KeyError, TypeError) as error:
        return InputError(item.origin, f"analysis failed ({type(error).__name__})")
