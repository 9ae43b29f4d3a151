"""sumy's rankers behind the project's ranker signature, with an offline tokenizer.

sumy's own ``Tokenizer("english")`` loads NLTK's punkt data, which is not installed offline, so
the document is built from the project's sentences and an adapter object that has the three
members sumy calls: ``language``, ``to_sentences`` and ``to_words``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from briefing.model import Sentence
from briefing.nlp.segment import split_sentences
from briefing.nlp.words import stop_words, words

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "edmundson")


class OfflineTokenizer:
    """What sumy needs of a tokenizer, backed by the project's Punkt parameters."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [s.text for s in split_sentences(paragraph)]

    def to_words(self, sentence: str) -> list[str]:
        return [w for w in words(sentence) if w.isalpha()]


@cache
def _summarizer_class(method: str) -> type:
    from sumy.summarizers import edmundson, kl, lex_rank, lsa, luhn, reduction, sum_basic, text_rank

    return {
        "lexrank": lex_rank.LexRankSummarizer,
        "textrank": text_rank.TextRankSummarizer,
        "lsa": lsa.LsaSummarizer,
        "luhn": luhn.LuhnSummarizer,
        "kl": kl.KLSummarizer,
        "sumbasic": sum_basic.SumBasicSummarizer,
        "reduction": reduction.ReductionSummarizer,
        "edmundson": edmundson.EdmundsonSummarizer,
    }[method]


def rank_with_sumy(
    method: str, sentences: Sequence[Sentence], title: str | None = None, size: int | None = None
) -> list[int]:
    """Indices best first as sumy's ``method`` ranks them (``size`` is not used: sumy ranks once)."""
    if method not in SUMY_METHODS:
        raise ValueError(f"unknown sumy method {method!r}")
    if not sentences:
        return []
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer

    tokenizer = OfflineTokenizer()
    by_paragraph: dict[int, list[SumySentence]] = {}
    order: dict[int, int] = {}
    for sentence in sentences:
        sumy_sentence = SumySentence(sentence.text, tokenizer)
        order[id(sumy_sentence)] = sentence.index
        by_paragraph.setdefault(sentence.paragraph, []).append(sumy_sentence)
    document = ObjectDocumentModel([Paragraph(p) for p in by_paragraph.values()])
    summarizer = _summarizer_class(method)(Stemmer("english"))
    _configure(summarizer, method, title, tokenizer)
    ranking: list[int] = []

    def take_all(infos: list[Any]) -> list[Any]:
        ranking.extend(order[id(info.sentence)] for info in infos)
        return infos

    chosen = summarizer(document, take_all)
    if not ranking:  # a summarizer that ignores a callable count: keep its choice, then the rest
        ranking = [order[id(s)] for s in chosen]
    seen = set(ranking)
    return ranking + [s.index for s in sentences if s.index not in seen]


def _configure(summarizer: Any, method: str, title: str | None, tokenizer: OfflineTokenizer) -> None:
    summarizer.stop_words = stop_words()
    if method == "edmundson":
        title_words = [w.lower() for w in tokenizer.to_words(title or "")] or ["news"]
        summarizer.bonus_words = title_words
        summarizer.stigma_words = ["however", "although", "but"]
        summarizer.null_words = list(stop_words())
