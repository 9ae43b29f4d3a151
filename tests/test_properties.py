"""Properties of the public API on generated news-like and hostile text (bounded for CI)."""

import json
import re

from hypothesis import given
from hypothesis import strategies as st

import briefing
from briefing.data import word_list
from briefing.errors import InputError
from briefing.model import Article
from briefing.nlp.punkt import reference_punkt
from briefing.nlp.segment import news_tokenizer
from briefing.read import read_bytes
from briefing.writers import FORMATS, render

from .strategies import boundary_text, news_text


@given(news_text, st.integers(min_value=1, max_value=5))
def test_summaries_are_verbatim_sentences_of_the_input(text: str, count: int) -> None:
    chosen = briefing.summarize(text, sentences=count)
    assert len(chosen) <= count
    position = 0
    for sentence in chosen:
        found = text.find(sentence, position)
        assert found >= 0  # verbatim, in document order
        position = found + len(sentence)


@given(news_text)
def test_analysis_offsets_point_at_the_text_they_claim(text: str) -> None:
    result = briefing.analyze(text, published="2025-05-20")
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert 0 <= quote.speaker.start < quote.speaker.end <= len(text)
    json.dumps(briefing.as_data(result))


@given(st.lists(news_text, max_size=4), st.sampled_from(FORMATS))
def test_every_writer_renders_any_brief(texts: list[str], fmt: str) -> None:
    brief = briefing.build_brief(texts)
    output = render(brief, fmt)
    assert isinstance(output, str) and output
    if fmt == "txt":
        assert all(len(line) <= 72 or re.fullmatch(r"\s*<https?://\S+>[;,]?", line) for line in output.splitlines())
    if fmt == "html":
        assert "<script" not in output.lower()


@given(st.binary(max_size=2000), st.sampled_from([None, "text", "html", "feed", "jsonl"]))
def test_every_reader_yields_articles_or_one_line_errors(data: bytes, kind: str | None) -> None:
    for item in read_bytes(data, "<fuzz>", kind=kind):
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert "\n" not in str(item) and str(item).startswith("<fuzz>")


@given(st.one_of(boundary_text, news_text))
def test_the_fast_punkt_splits_exactly_like_nltks_punkt(text: str) -> None:
    lists = frozenset(word_list("abbreviations.txt")), frozenset(word_list("sentence_starters.txt"))
    assert list(news_tokenizer().span_tokenize(text)) == list(reference_punkt(*lists).span_tokenize(text))
