"""The evaluation commands on small fixtures (exact figures), and on the shared data when present."""

import json
from pathlib import Path

import pytest
from rouge_score import rouge_scorer

from briefing.cli import main
from briefing.evaluate.fivew import evaluate_extraction, load
from briefing.evaluate.grouping import b_cubed, evaluate_grouping, event_labels
from briefing.evaluate.headlines import titled_articles
from briefing.evaluate.quotes import evaluate_quotes
from briefing.evaluate.summaries import evaluate_summaries, reference_words
from briefing.evaluate.tokens import token_f1

from .conftest import FIXTURES, SHARED_DATA


def test_rouge_matches_rouge_score_directly() -> None:
    (row,) = evaluate_summaries(FIXTURES / "eval", ["lead"], sentences=2)
    article = (FIXTURES / "eval" / "articles" / "one.txt").read_text()
    reference = (FIXTURES / "eval" / "summaries" / "one.txt").read_text()
    lead_two = " ".join(article.split("\n\n")[1].split(". ")[:2]) + "."
    expected = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True).score(reference, lead_two)
    assert row.articles == 1
    assert row.rouge1 == pytest.approx(100 * expected["rouge1"].fmeasure)
    assert row.rouge2 == pytest.approx(100 * expected["rouge2"].fmeasure)
    assert row.rougeL == pytest.approx(100 * expected["rougeL"].fmeasure)


def test_reference_words_counts_glued_sentences() -> None:
    assert reference_words("Profits rose 5%.The firm said so.") == 7  # not 6: the glued pair is split


def test_token_f1_and_b_cubed() -> None:
    assert token_f1("Several people", "several people died") == pytest.approx(0.8)
    assert token_f1("Moscow", "Russia") == 0.0
    precision, recall, _f1 = b_cubed([0, 0, 1, 1], ["a", "a", "a", "b"])
    assert (precision, recall) == (pytest.approx(0.75), pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4))
    assert event_labels(["tram victims", "tram", None, "f1"]) == ["tram", "tram", "<unlabelled 2>", "f1"]


def test_extraction_scores_on_written_gold() -> None:
    scores = evaluate_extraction(FIXTURES / "fivew")
    assert scores["when"] == (1.0, 3)
    assert scores["where"][1] == 2  # the coders agreed one article has no place
    assert scores["who"][0] >= 2 / 3 and scores["overall"][1] == 3


def test_grouping_on_written_events() -> None:
    score = evaluate_grouping(FIXTURES / "fivew")
    assert score.stories == 2 and score.f1 == pytest.approx(1.0)


def test_grouping_counts_distractors_that_join_an_event() -> None:
    """A distractor on another event stays apart; a copy of a labelled article's text is a certain error."""
    golds = list(load(FIXTURES / "fivew"))
    unrelated = (
        "Council approves new cycle lanes",
        "The city council approved three new cycle lanes on Tuesday after a long debate. "
        "Cyclists welcomed the vote, while shop owners worried about parking. Work starts in spring.",
    )
    copied = (golds[0].title or "", golds[0].text)
    score = evaluate_grouping(FIXTURES / "fivew", extra=[unrelated, copied])
    assert score.articles == len(golds) + 2
    assert score.crossed == 1 and score.stories == 3
    assert score.precision < 1.0


def test_quote_scores_on_written_attributions() -> None:
    scores = evaluate_quotes(FIXTURES / "quotes.jsonl")
    assert (scores.found, scores.gold, scores.matched, scores.recalled) == (1, 1, 1, 1)
    assert scores.f1 == 1.0 and scores.speaker == 1.0


def test_eval_cli_prints_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "summaries", str(FIXTURES / "eval"), "--methods", "default,lead,lexrank"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| method |") and out.count("\n") == 5
    assert main(["eval", "quotes", str(Path("/nonexistent.jsonl"))]) == 2
    assert "/nonexistent.jsonl: no such file or folder" in capsys.readouterr().err
    assert main(["eval", "summaries", str(FIXTURES / "eval"), "--methods", "lead,nope"]) == 2
    assert "unknown method(s) nope" in capsys.readouterr().err
    assert main(["eval", "quotes", str(FIXTURES / "quotes.jsonl")]) == 0
    assert "| quote F1 | 1.000 |" in capsys.readouterr().out


def test_eval_extract_prints_a_held_out_folder_beside_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    held_out = tmp_path / "held-out"
    held_out.mkdir()
    only = sorted((FIXTURES / "fivew").rglob("*.json"))[0]
    (held_out / only.name).write_text(only.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["eval", "extract", str(FIXTURES / "fivew"), "--beside", str(held_out)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "| W | fixtures/fivew | articles | tmp/held-out | articles |".replace("tmp", tmp_path.name)
    overall = out[-1].split(" | ")
    assert overall[0] == "| overall" and overall[2] == "3" and overall[4] == "1 |"  # articles per column
    assert main(["eval", "extract", str(FIXTURES / "fivew"), "--beside", str(tmp_path / "none")]) == 2
    assert "none: no such folder" in capsys.readouterr().err


def test_every_evaluation_is_a_cli_choice() -> None:
    from briefing.cli import parser
    from briefing.evaluate.run import EVALUATIONS

    for name in EVALUATIONS:
        assert parser().parse_args(["eval", name, "data"]).task == name
    with pytest.raises(SystemExit):
        parser().parse_args(["eval", "nothing-of-the-kind", "data"])


BBC = SHARED_DATA / "bbc-news-summary"


@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/data/bbc-news-summary is absent")
def test_default_beats_lead_on_bbc_sample_on_both_halves() -> None:
    rows = evaluate_summaries(BBC, ["default", "lead"], limit=120)
    score = {(row.method, row.part): row.rouge2 for row in rows}
    assert {row.part for row in rows} == {"bbc train", "bbc held-out"}
    for part in ("bbc train", "bbc held-out"):
        assert score["default", part] > score["lead", part] + 10


CNNDM = SHARED_DATA / "cnndm"


@pytest.mark.skipif(not CNNDM.is_dir(), reason="../shared/data/cnndm is absent")
def test_on_lead_heavy_news_the_default_and_the_brief_keep_up_with_lead_3() -> None:
    rows = evaluate_summaries(CNNDM / "test_half.jsonl", ["default", "brief", "lead", "lexrank"])
    score = {row.method: row.rouge2 for row in rows}
    assert score["default"] > score["lead"] - 0.5
    assert score["brief"] > score["lead"] - 0.5
    assert score["default"] > score["lexrank"] + 3


def test_a_daily_mail_url_slug_is_the_hidden_headline_and_cnn_tags_are_not(tmp_path: Path) -> None:
    records = [
        {
            "url": "http://web.archive.org/web/2015id_/http://www.dailymail.co.uk/sport/rugbyunion/"
            "article-3054402/Tom-Wood-wants-Northampton-regain-winning-edge.html",
            "article": "Tom Wood wants Northampton to regain their winning edge before the Saracens game.",
        },
        {
            "url": "http://web.archive.org/web/2015id_/http://edition.cnn.com/2015/04/29/world/space-cargo/index.html",
            "article": "A Russian cargo ship is tumbling out of control in orbit, the space agency said.",
        },
    ]
    path = tmp_path / "sample.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert list(titled_articles(path)) == [("Tom Wood wants Northampton regain winning edge", records[0]["article"])]
