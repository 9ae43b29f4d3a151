"""What the learned scorer sees of a sentence: each feature on sentences built to show it."""

from __future__ import annotations

import math

import pytest

from briefing.nlp.segment import split_sentences
from briefing.summarize.features import FEATURES, sentence_features

TEXT = (
    "The council approved the new river bridge on Tuesday after a long debate.\n\n"
    "Strictly business: The mayor opens the bridge in the May issue of the town magazine\n\n"
    '"We waited twenty years for this bridge," the mayor said at the opening.\n\n'
    "Will the bridge ease traffic in the town centre?\n\n"
    "It cost 12 million pounds and took two years to build across the river.\n\n"
    "Short one."
)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, float]]:
    sentences = split_sentences(TEXT)
    assert len(sentences) == 6
    return [dict(zip(FEATURES, row, strict=True)) for row in sentences_features(sentences)]


def sentences_features(sentences: list) -> list[list[float]]:
    return sentence_features(sentences, "Council approves river bridge")


def test_position_features(rows: list[dict[str, float]]) -> None:
    assert [r["first"] for r in rows] == [1, 0, 0, 0, 0, 0]
    assert [r["second"] for r in rows] == [0, 1, 0, 0, 0, 0]
    assert [r["third"] for r in rows] == [0, 0, 1, 0, 0, 0]
    assert [r["position"] for r in rows] == pytest.approx([1 / math.sqrt(i + 1) for i in range(6)])
    assert [r["relative_position"] for r in rows] == pytest.approx([i / 6 for i in range(6)])
    assert all(r["bias"] == 1.0 and r["paragraph_start"] == 1.0 for r in rows)


def test_length_features(rows: list[dict[str, float]]) -> None:
    assert rows[5]["short"] == 1.0 and rows[0]["short"] == 0.0
    assert rows[0]["log_length"] == pytest.approx(math.log1p(13) / 4)
    assert not any(r["long"] for r in rows)


def test_overlap_features(rows: list[dict[str, float]]) -> None:
    # title terms: council, approves, river, bridge -> the lead has council, river, bridge
    assert rows[0]["title_overlap"] == pytest.approx(3 / 4)
    assert rows[0]["lead_overlap"] == 0.0  # the lead is not compared with itself
    assert 0 < rows[4]["lead_overlap"] < 1
    assert max(r["centrality"] for r in rows) == 1.0 and rows[5]["centrality"] == 0.0  # "Short one." shares nothing


def test_marks(rows: list[dict[str, float]]) -> None:
    assert rows[1]["caption"] == 1.0 and rows[1]["unfinished"] == 1.0
    assert rows[0]["caption"] == 0.0 and rows[0]["unfinished"] == 0.0
    assert rows[2]["opens_quote"] == 1.0 and 0.5 < rows[2]["quoted"] < 1.0
    assert rows[0]["quoted"] == 0.0 and rows[0]["opens_quote"] == 0.0
    assert rows[3]["question"] == 1.0 and rows[0]["question"] == 0.0
    assert rows[4]["opens_pronoun"] == 1.0 and rows[0]["opens_pronoun"] == 0.0
    assert rows[4]["digits"] == 1.0 and rows[0]["digits"] == 0.0
    assert rows[0]["capitals"] == pytest.approx(1 / 13)  # "Tuesday"


def test_a_long_sentence_is_marked_long() -> None:
    long = " ".join(["word"] * 45) + "."
    (row,) = sentence_features(split_sentences(long))
    assert dict(zip(FEATURES, row, strict=True))["long"] == 1.0
