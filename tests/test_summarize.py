import pytest

import briefing
from briefing.nlp.segment import split_sentences
from briefing.nlp.words import words
from briefing.read.text import article_from_text
from briefing.summarize import METHODS, ranker, select

from .conftest import SEEDS


def bodies() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_verbatim_sentences_in_document_order(method: str, seed_text: str) -> None:
    chosen = briefing.summarize(seed_text, sentences=3, method=method)
    assert len(chosen) == 3
    positions = [seed_text.index(s) for s in chosen]
    assert positions == sorted(positions)
    assert not any(s.startswith(("date", "Moscow")) for s in chosen)


def test_word_budget_takes_sentences_until_the_budget_is_reached(bbc_politics: str) -> None:
    article = article_from_text(bbc_politics)
    split = split_sentences(article.text, article.body_start)
    ranking = ranker("default")(split, article.title)
    chosen = select(split, ranking, count=None, budget_words=80)
    taken = ranking[: len(chosen)]  # best first: the chosen ones are a prefix of the ranking
    assert sorted(taken) == [s.index for s in chosen]
    counts = [len(words(split[i].text)) for i in taken]
    assert sum(counts[:-1]) < 80 <= sum(counts)  # the last one taken reached the budget
    assert briefing.summarize(bbc_politics, words=80) == [s.text for s in chosen]


@pytest.mark.parametrize("text", bodies())
def test_default_summary_of_each_sample_is_verbatim_and_has_no_metadata(text: str) -> None:
    chosen = briefing.summarize(text, sentences=3)
    assert 1 <= len(chosen) <= 3
    for sentence in chosen:
        assert sentence in text
        assert not sentence.startswith("date ")


def test_title_is_never_a_summary_sentence(bbc_politics: str) -> None:
    assert "Labour plans maternity pay rise" not in briefing.summarize(bbc_politics, sentences=5)


def test_unknown_method_is_a_clear_error(seed_text: str) -> None:
    with pytest.raises(ValueError, match="unknown summary method"):
        briefing.summarize(seed_text, method="magic")
