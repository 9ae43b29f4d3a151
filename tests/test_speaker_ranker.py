"""The learned speaker choice: where it overrules the fixed order of rules, and where it abstains."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from briefing.extract.quotes import find_quotes, rule_attributions
from briefing.extract.speaker_ranker import FEATURES, WEIGHTS, candidates, feature_rows
from briefing.extract.speakers import rule_proposals
from briefing.extract.who import find_cast
from briefing.nlp.quote_marks import Marked, quote_spans
from briefing.scorer import learned_scorer, quadratic, quadratic_names

#: Each: a text whose first rule (the first actor of the sentence, or the cue) names the wrong
#: mention, and who spoke. Written for these tests after patterns of PolNeAR train.
OVERRULED = [
    (
        "Justice Ruth Bader Ginsburg spoke about the race last week. House Speaker Paul Ryan said Tuesday "
        "that Ginsburg’s comments “show a clear bias to me and to many others.”",
        "Ginsburg’s",
        "Paul Ryan",
    ),
]


def _rules_and_quotes(text: str) -> tuple[list[str | None], list[str | None]]:
    cast = find_cast(text)
    spans = list(quote_spans(text, 0))
    marked = Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
    rules = [
        text[a.cascade[0] : a.cascade[1]] if a.cascade else None for a in rule_attributions(text, spans, cast, marked)
    ]
    return rules, [q.said_by for q in find_quotes(text, cast)]


@pytest.mark.parametrize(("text", "rules_say", "speaker"), OVERRULED)
def test_the_scorer_overrules_a_rule_that_names_the_wrong_mention(text: str, rules_say: str, speaker: str) -> None:
    rules, said_by = _rules_and_quotes(text)
    assert rules == [rules_say]
    assert said_by == [speaker]


def test_a_quote_the_rules_give_no_speaker_is_shown_without_one() -> None:
    text = (
        "The council met on Tuesday to discuss the new bridge over the river.\n\n"
        "Mayor Anne Lee and her deputy Tom Hart spoke for an hour about the cost.\n\n"
        "“We have waited for this bridge for thirty years and we are still waiting for it.”"
    )
    rules, said_by = _rules_and_quotes(text)
    assert rules == [None] and said_by == [None]
    cast = find_cast(text)
    spans = list(quote_spans(text, 0))
    marked = Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
    assert candidates(
        text, spans[0], cast, marked, None, rule_proposals(text, spans[0], cast, marked)
    )  # there were people to guess from


def test_the_weight_file_knows_every_term_and_the_sparse_score_is_the_full_one() -> None:
    stored = json.loads((files("briefing") / "data" / WEIGHTS).read_text(encoding="utf-8"))["weights"]
    assert list(stored) == list(quadratic_names(FEATURES))
    text, _, _ = OVERRULED[0]
    cast = find_cast(text)
    spans = list(quote_spans(text, 0))
    marked = Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
    pool = candidates(text, spans[0], cast, marked, None, rule_proposals(text, spans[0], cast, marked))
    rows = feature_rows(text, spans[0], pool, None)
    scorer = learned_scorer(WEIGHTS, FEATURES)
    beta = list(stored.values())
    for row in rows:
        assert scorer.score(row) == pytest.approx(sum(b * x for b, x in zip(beta, quadratic(row), strict=True)))
