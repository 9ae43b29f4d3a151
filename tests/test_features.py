"""What the learned scorer sees of a sentence: each feature on sentences built to show it."""

from __future__ import annotations

import json
import math
from importlib.resources import files

import pytest

from briefing.nlp.segment import split_sentences
from briefing.scorer import quadratic
from briefing.summarize.default import sentence_scores, weights
from briefing.summarize.features import FEATURES, QUADRATIC_FEATURES, _term, sentence_features

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


def test_centrality_is_the_term_overlap_with_the_other_sentences() -> None:
    """The linear-time sum equals the plain definition: for each other sentence, the products of
    the term counts they share, over the root of the sentence's own term count, scaled to the top."""
    text = (
        "Floods closed the river road and the river bridge on Monday.\n\n"
        "The river bridge reopened after engineers checked the bridge.\n\n"
        "Schools stayed open across the county.\n\n"
        "Floods also closed three schools near the river."
    )
    sentences = split_sentences(text)
    bags = [[w.lower() for w in s.text.rstrip(".").split() if _term(w)] for s in sentences]
    raw = []
    for i, bag in enumerate(bags):
        shared = sum(bag.count(t) * other.count(t) for j, other in enumerate(bags) if j != i for t in set(bag))
        raw.append(shared / math.sqrt(len(bag)))
    expected = [r / max(raw) for r in raw]
    got = [row[FEATURES.index("centrality")] for row in sentence_features(sentences)]
    assert got == pytest.approx(expected)
    assert got.index(1.0) == 0 and 0 < got[2] < got[1]


def test_paragraphs_lengths_and_terms_at_their_boundaries() -> None:
    seven = "One two three four five six seven."
    eight = "One two three four five six seven eight."
    forty = " ".join(["word"] * 40) + "."
    text = f"{seven} {eight}\n\n{forty} Don't count 2025 or the."
    rows = [dict(zip(FEATURES, row, strict=True)) for row in sentence_features(split_sentences(text))]
    assert [r["paragraph_start"] for r in rows] == [1.0, 0.0, 1.0, 0.0]
    assert [r["short"] for r in rows[:3]] == [1.0, 0.0, 0.0]
    assert rows[2]["long"] == 0.0
    assert rows[3]["centrality"] == 0.0  # a stop word, a contraction and a number are no terms
    assert _term("2025") == "" and _term("the") == "" and _term("River") == "river" and _term("O'Neill") == "o'neill"


def test_lead_overlap_counts_the_share_of_the_sentence_the_lead_has_said() -> None:
    text = "Storm closes the harbour and ferries.\n\nThe harbour stays closed to ferries and yachts."
    rows = [dict(zip(FEATURES, row, strict=True)) for row in sentence_features(split_sentences(text), None)]
    # terms of the second: harbour, stays, closed, ferries, yachts -> harbour and ferries are in the lead
    assert rows[1]["lead_overlap"] == pytest.approx(2 / 5)
    assert rows[0]["title_overlap"] == 0.0  # no title


def test_the_quadratic_terms_follow_their_names_and_the_weight_file_knows_them_all() -> None:
    row = [1.0, *[float(k) for k in range(2, len(FEATURES) + 1)]]
    named = dict(zip(QUADRATIC_FEATURES, quadratic(row), strict=True))
    assert named["centrality"] == 2.0 and named["centrality^2"] == 4.0
    assert named["first*position"] == 3.0 * 6.0 and named["question*digits"] == 18.0 * 21.0
    assert "bias^2" not in named and "bias*first" not in named
    stored = json.loads((files("briefing") / "data" / "summary_weights.json").read_text(encoding="utf-8"))["weights"]
    assert list(stored) == list(QUADRATIC_FEATURES)


def test_the_sparse_score_is_the_full_quadratic_form_of_the_weight_file() -> None:
    sentences = split_sentences(TEXT)
    beta = weights()
    full = [
        sum(b * x for b, x in zip(beta, quadratic(row), strict=True)) for row in sentence_features(sentences, "Bridge")
    ]
    assert sentence_scores(sentences, "Bridge") == pytest.approx(full, abs=1e-9)
    assert len(set(full)) == len(full)  # six different sentences, six different scores
