"""Analysis of one article: segment, rank, extract -> ArticleBrief."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from multiprocessing import get_context

from briefing.errors import InputError
from briefing.extract.headline import headline_subject
from briefing.extract.mentions import find_mentions
from briefing.extract.quotes import find_quotes
from briefing.extract.title import headline_from_lead
from briefing.extract.what import find_what
from briefing.extract.when import find_when
from briefing.extract.where import find_where
from briefing.extract.who import find_cast, lead_first
from briefing.model import Article, ArticleBrief, When
from briefing.nlp.language import looks_english
from briefing.nlp.segment import split_sentences
from briefing.summarize.brief import brief_summary

#: Longer bodies are analysed on their first part only, so one huge input cannot stall a batch.
MAX_BODY_CHARS = 100_000
LEAD_SENTENCES = 3


def analyze_article(
    article: Article, *, sentences: int = 3, words: int | None = None, method: str = "default"
) -> ArticleBrief:
    text = article.text[: article.body_start + MAX_BODY_CHARS]
    split = split_sentences(text, article.body_start)
    if not looks_english(article.body):
        return _other_language(article, split, sentences, words, method)
    lead_end = split[min(1, len(split) - 1)].end if split else article.body_start
    mentions = list(find_mentions(text, article.body_start))
    headline = list(find_mentions(article.title)) if article.title else []
    cast = find_cast(text, article.body_start, lead_end, mentions, headline)
    summary = brief_summary(split, article.title, count=sentences, budget_words=words, method=method)
    people = {e.name for e in cast.entities if e.kind == "person"}
    lead = split[0].text if split else ""
    named = [e for e in cast.entities if e.kind in ("person", "organization")]
    subject = headline_subject(named, article.title) if article.title else None
    who = tuple(lead_first(named, lead, article.title, subject))[:8]
    written = "" if article.title or not split else headline_from_lead(split[0].text)
    return ArticleBrief(
        article=article,
        summary=tuple(s.text for s in summary),
        who=who,
        what=written or find_what(split, article.title, subject.phrase if subject else None),
        when=find_when(split, article.published),
        where=tuple(find_where(article.dateline, mentions, people, text, lead_end, article.title, headline)[:5]),
        quotes=tuple(find_quotes(text, cast, article.body_start)),
        lead=tuple(s.text for s in split[:LEAD_SENTENCES]),
        headline=written,
    )


def _other_language(article: Article, split: list, sentences: int, words: int | None, method: str) -> ArticleBrief:
    """An article in another language: its own sentences, but no English-only analysis (who,
    where, quotes), which would read "Die Sache" as a person."""
    summary = brief_summary(split, article.title, count=sentences, budget_words=words, method=method)
    return ArticleBrief(
        article=article,
        summary=tuple(s.text for s in summary),
        who=(),
        what=article.title or (split[0].text if split else ""),
        when=When(article.published, None) if article.published else When(),
        where=(),
        quotes=(),
        lead=tuple(s.text for s in split[:LEAD_SENTENCES]),
        headline="" if article.title or not split else headline_from_lead(split[0].text),
        english=False,
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
