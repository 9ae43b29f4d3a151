"""Assembly of the day: group article briefs about one event into stories, rank, cut.

Grouping compares TF-IDF vectors of each article's title and lead. Candidate pairs come from an
inverted index over each article's strongest terms, so the cost grows with the number of
related pairs, not with the square of the number of articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from briefing.model import ArticleBrief, Brief, Quote, Source, Story
from briefing.nlp.words import content_stems

#: Cosine similarity with a story's centroid from which an article joins it; B-cubed F1 on the
#: Giveme5W1H events is 0.90-0.93 from 0.15 to 0.25 (``briefing eval grouping``).
SAME_STORY = 0.20
#: ...and to at least one of its articles: a story cannot drift through its centroid from one
#: event to the next ("Kilroy launches party", then "Kilroy attacked with slurry").
_NEAREST_MEMBER = 0.25
_TOP_TERMS = 12
_MAX_POSTING = 500
#: A day of a handful of articles says nothing about which words are common: its IDF counts at
#: least this many articles (the others sharing none of the words), or two articles on one
#: event would weigh every word they share at zero and never be one story.
_MIN_DAY = 20
_SUMMARY_SENTENCES = 4
_OPINION_PATH = re.compile(r"/(?:opinions?|commentisfree|comment|editorials?|columns?|columnists|op-?ed|blogs?)/")
_OPINION_LABEL = re.compile(r"(?:Opinion|Comment|Editorial|Column|Op-ed|Analysis)\s*[:|-]\s", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
T = TypeVar("T")


def build_stories(briefs: Sequence[ArticleBrief], *, threshold: float = SAME_STORY) -> list[Story]:
    """Stories of ``briefs``, best first."""
    groups = group_briefs(briefs, threshold=threshold)
    stories = [_story([briefs[i] for i in group]) for group in groups]
    return sorted(stories, key=lambda s: (-s.score, s.title))


def assemble(
    briefs: Sequence[ArticleBrief],
    *,
    day: date | None = None,
    max_stories: int | None = None,
    all_dates: bool = False,
) -> Brief:
    """The brief of ``day`` (default: the newest publication date among ``briefs``; with
    ``all_dates`` every article, whatever its date). Stories dated on the day come before undated
    ones, however large: an undated 2005 piece must not head the day's brief."""
    dates = [b.article.published for b in briefs if b.article.published]
    day = None if all_dates else day or (max(dates) if dates else None)
    inside = [b for b in briefs if day is None or b.article.published in (None, day)]
    stories = build_stories(inside)
    if day is not None:
        stories.sort(key=lambda s: not any(source.published == day for source in s.sources))
    cut = stories[:max_stories] if max_stories is not None else stories
    return Brief(
        date=day,
        stories=tuple(cut),
        articles=len(inside),
        outside_day=len(briefs) - len(inside),
        more_stories=len(stories) - len(cut),
    )


def group_briefs(briefs: Sequence[ArticleBrief], *, threshold: float = SAME_STORY) -> list[list[int]]:
    """Indices of ``briefs`` grouped by event, each group in input order.

    Each article joins the story whose centroid it is most similar to, if that similarity
    reaches ``threshold``; comparing with centroids, not single articles, keeps one loose link
    from chaining two events together, and the article must also be close to one member, which
    keeps the centroid from drifting over a topic. Candidate stories come from an inverted index.
    """
    vectors = _tfidf([_grouping_text(b) for b in briefs])
    centroids: list[dict[str, float]] = []
    norms: list[float] = []  # each centroid's norm, kept as it changes (not recomputed per comparison)
    members: list[list[int]] = []
    postings: dict[str, list[int]] = defaultdict(list)  # term -> stories whose members carry it
    for index, vector in enumerate(vectors):
        strongest = sorted(vector, key=lambda t: (-vector[t], t))[:_TOP_TERMS]
        candidates = {story for term in strongest for story in postings.get(term, ())[-_MAX_POSTING:]}
        best, best_score = None, threshold
        for story in sorted(candidates):
            score = _cosine(vector, centroids[story]) / (norms[story] or 1.0)
            if score >= best_score and (
                len(members[story]) == 1
                or any(_cosine(vector, vectors[m]) >= _NEAREST_MEMBER for m in reversed(members[story]))
            ):
                best, best_score = story, score
        if best is None:
            best = len(members)
            members.append([])
            centroids.append({})
            norms.append(0.0)
        members[best].append(index)
        centroid = centroids[best]
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight
        norms[best] = _norm(centroid)
        for term in strongest:
            posting = postings[term]
            if not posting or posting[-1] != best:
                posting.append(best)
    return members


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def _grouping_text(brief: ArticleBrief) -> str:
    """Title (twice: headlines name the event), lead and main names: what says which event it is."""
    title = brief.article.title or ""
    names = " ".join(e.name for e in brief.who[:4])
    return f"{title} {title} {' '.join(brief.lead)} {names}"


def _tfidf(texts: Sequence[str]) -> list[dict[str, float]]:
    counts = [Counter(content_stems(text)) for text in texts]
    document_frequency = Counter(term for c in counts for term in c)
    total = max(len(texts), _MIN_DAY)
    vectors = []
    for count in counts:
        vector = {
            t: (1 + math.log(n)) * math.log((1 + total) / (1 + document_frequency[t])) + 1e-3 for t, n in count.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({t: v / norm for t, v in vector.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _story(briefs: list[ArticleBrief]) -> Story:
    lead = max(briefs, key=lambda b: (not is_opinion(b), len(b.quotes) > 0, len(b.article.body), b.article.origin))
    others = [b for b in briefs if b is not lead]
    ordered = [lead, *others]
    return Story(
        title=lead.title,
        summary=tuple(_merged_summary(lead, others)),
        who=tuple(_merged(lambda e: e.name, (e for b in ordered for e in b.who)))[:6],
        what=lead.what,
        when=lead.when,
        where=tuple(_merged(lambda p: p.name, (p for b in ordered for p in b.where)))[:4],
        quotes=_merged_quotes(replace(q, article=b.article.url or b.article.origin) for b in ordered for q in b.quotes),
        sources=tuple(
            Source(b.article.title, b.article.source, b.article.url, b.article.published, b.article.fingerprint)
            for b in sorted(briefs, key=lambda b: (b is not lead, b.article.origin))
        ),
        score=_score(briefs),
    )


def is_opinion(brief: ArticleBrief) -> bool:
    """An opinion piece, by its address or its label ("/opinions/", "Opinion: …"): a story is led
    by a news report of the event, not by a column about it."""
    url = (brief.article.url or "").lower()
    title = brief.article.title or ""
    return bool(_OPINION_PATH.search(url) or _OPINION_LABEL.match(title))


def _merged_summary(lead: ArticleBrief, others: list[ArticleBrief]) -> list[str]:
    """The lead article's summary, then new sentences from the other sources: a sentence most of
    whose content words the summary has already said, in one sentence or across several ("has
    posted record losses" … "a life-threatening profitability and financial situation"), says
    nothing new."""
    chosen = list(lead.summary)
    said = set().union(*(content_stems(s) for s in chosen))
    for brief in others:
        for sentence in brief.summary:
            if len(chosen) >= _SUMMARY_SENTENCES:
                return chosen
            stems = frozenset(content_stems(sentence))
            if stems and len(stems & said) / len(stems) < 0.5:
                chosen.append(sentence)
                said |= stems
    return chosen


def _merged_quotes(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """Each quote once: two reports of one event often quote the same words, one of them at more
    length ("This is the biggest leap …" / "the biggest leap …"); the longer is kept, in the
    place of the first."""
    kept: list[tuple[str, Quote]] = []
    for quote in quotes:
        words = f" {' '.join(_WORDS.findall(quote.text.lower()))} "
        inside = next((i for i, (other, _) in enumerate(kept) if words in other or other in words), None)
        if inside is None:
            kept.append((words, quote))
        elif len(words) > len(kept[inside][0]):
            kept[inside] = (words, quote)
    return tuple(quote for _, quote in kept)


def _merged(key: Callable[[T], str], items: Iterable[T]) -> list[T]:
    """Items in order, the first of each key kept: one entry per person, place or quote."""
    merged: dict[str, T] = {}
    for item in items:
        merged.setdefault(key(item), item)
    return list(merged.values())


def _score(briefs: list[ArticleBrief]) -> float:
    """Sources carrying the story count most, then how much was written about it."""
    words = sum(len(b.article.body.split()) for b in briefs)
    return 2.0 * len(briefs) + math.log1p(words) + 0.5 * min(3, sum(len(b.quotes) for b in briefs))
