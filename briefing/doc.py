"""One article as the analysis sees it, built once: sentences, mentions, the cast of people and
organisations, the headline's subject and where the lead ends. Every answer is ``find_x(doc)``
(``briefing/extract/``), so no answer re-reads the text for what another already found."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.extract.who import Cast, find_cast
from briefing.model import Article, Entity, Sentence
from briefing.nlp.headline import HeadlineSubject, headline_subject
from briefing.nlp.language import looks_english
from briefing.nlp.mentions import Mention, find_mentions
from briefing.nlp.quote_marks import QuoteSpan, quote_spans
from briefing.nlp.segment import split_sentences
from briefing.nlp.transcript import label_spans

#: Longer bodies are analysed on their first part only, so one huge input cannot stall a batch.
MAX_BODY_CHARS = 100_000


@dataclass(frozen=True)
class Doc:
    article: Article
    text: str  # the article's text, cut at MAX_BODY_CHARS after the body starts
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    headline_mentions: tuple[Mention, ...]
    cast: Cast
    lead_end: int  # where the lead (the first two sentences) ends
    subject: HeadlineSubject | None  # the actor the headline opens with
    english: bool
    quotations: tuple[QuoteSpan, ...] = ()  # every span in quotation marks: quotes, and titles for Who

    @property
    def lead(self) -> str:
        return self.sentences[0].text if self.sentences else ""

    @property
    def named(self) -> list[Entity]:
        """People and organisations of the cast, in order."""
        return [e for e in self.cast.entities if e.kind in ("person", "organization")]

    @property
    def people(self) -> set[str]:
        return {e.name for e in self.cast.entities if e.kind == "person"}


def build_doc(article: Article) -> Doc:
    text = article.text[: article.body_start + MAX_BODY_CHARS]
    sentences = tuple(split_sentences(text, article.body_start))
    english = looks_english(article.body)
    if not english:  # no English-only analysis: who, where and quotes would be wrong
        empty = Cast((), ())
        return Doc(article, text, sentences, (), (), empty, article.body_start, None, False)
    lead_end = sentences[min(1, len(sentences) - 1)].end if sentences else article.body_start
    labelled = {i for a, b in label_spans(text, article.body_start) for i in range(a, b)}  # "MURPHY:": no one
    mentions = tuple(m for m in find_mentions(text, article.body_start) if m.start not in labelled)
    headline = tuple(find_mentions(article.title)) if article.title else ()
    cast = find_cast(text, article.body_start, lead_end, mentions, headline)
    named = [e for e in cast.entities if e.kind in ("person", "organization")]
    subject = headline_subject(named, article.title) if article.title else None
    quotations = tuple(quote_spans(text, article.body_start))
    return Doc(article, text, sentences, mentions, headline, cast, lead_end, subject, True, quotations)
