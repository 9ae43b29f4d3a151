"""The learned last word on Who (briefing/extract/who_scorer.py), on short texts written for
these tests: what it drops, what it keeps whatever its score, and the order it leaves."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

import briefing
from briefing.doc import build_doc
from briefing.extract.who import who_candidates
from briefing.extract.who_features import FEATURES
from briefing.extract.who_scorer import WEIGHTS, sure_first
from briefing.model import Entity
from briefing.read.text import article_from_text


def _candidates_and_who(text: str, title: str | None = None) -> tuple[set[str], list[str]]:
    doc = build_doc(article_from_text(text, title=title))
    return {e.name for e in who_candidates(doc)}, [e.name for e in briefing.analyze(text, title=title).who]


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        pytest.param(
            "Wholesale prices in the US rose 0.3% in January, the Labor Department said. Analysts said the "
            "figures would worry the Federal Reserve. Joe Quinlan, chief market strategist at Bank of America, "
            "said rates would rise. The Dow Jones industrial average fell 0.4%.",
            {"Analysts", "Dow Jones"},
            {"Labor Department", "Federal Reserve", "Joe Quinlan", "Bank of America"},
            marks=pytest.mark.xfail(
                strict=True,
                reason="known cost of threshold 0.3, which the folds choose again (and the cross-outlet runs "
                "choose at every retraining since the fifteenth session): 'Dow Jones' scores between 0.3 and 0.4",
            ),
        ),
        (
            "Wholesale prices in the US rose 0.3% in January, the Labor Department said. Analysts said the "
            "figures would worry the Federal Reserve. Joe Quinlan, chief market strategist at Bank of America, "
            "said rates would rise.",
            {"Analysts"},
            {"Labor Department", "Federal Reserve", "Joe Quinlan", "Bank of America"},
        ),
        (
            "Veteran actor Victor Spinetti, who starred in all three Beatles films, has died. He appeared in "
            "Expresso Bongo, Cat Among the Pigeons and Jesus Christ Superstar in the West End. His agent Barry "
            "Burnett said he had cancer.",
            {"Expresso Bongo", "Cat Among"},
            {"Victor Spinetti", "Barry Burnett"},
        ),
        (
            "Police are hunting two thieves who stole an iPad from a canoe rental shop in Sanford, Florida. "
            "The Seminole County Sheriff's Office said the pair fled in a Ford Fiesta. Sheriff Don Eslinger "
            "said they would be found.",
            {"Ford Fiesta"},
            {"Seminole County Sheriff's Office", "Don Eslinger"},
        ),
    ],
)
def test_the_scorer_drops_what_the_rules_let_through(text: str, dropped: set[str], kept: set[str]) -> None:
    candidates, who = _candidates_and_who(text)
    assert dropped <= candidates  # the rules proposed them ...
    assert not dropped & set(who)  # ... and the scorer found them to be no one
    assert kept <= set(who)


def test_credits_and_a_datelines_agency_are_no_one_and_nowhere() -> None:
    text = (
        "Kathmandu, Nepal (CNN)Rescuers pulled a man from the wreckage of a hotel on Tuesday, said Rishi "
        "Khanal, a rescuer. CNN's Elizabeth Joseph and Jethro Mullen contributed to this report. Reporting by "
        "Ana Mano in Hong Kong; Editing by Sandra Maler."
    )
    candidates, who = _candidates_and_who(text)
    assert not {"CNN", "Elizabeth Joseph", "Jethro Mullen", "Ana Mano", "Sandra Maler"} & candidates
    assert who == ["Rescuers", "Rishi Khanal"]  # the lead's group, then the man who spoke
    assert briefing.analyze(text).article.source == "CNN"  # the dateline's agency is the source
    # where the story was written from is not where it happened
    assert [(p.name, p.country) for p in briefing.analyze(text).where] == [("Kathmandu", "Nepal")]


def test_whom_the_text_shows_to_be_someone_is_kept() -> None:
    # a body named once, which the scorer alone doubts, stays when an appositive says what it is,
    # when it opens the lead, or when a quote is credited to it
    text = (
        'Rains flooded the valley on Friday. "It is extremely critical," Estael Sias, a meteorologist at '
        'MetSul, said. Vale Sul, a Brazilian company, closed. "We will rebuild," Mondelez International said.'
    )
    who = {e.name: e.kind for e in briefing.analyze(text, title="Floods").who}
    assert who.get("Vale Sul") == "organization"
    assert who.get("Estael Sias") == "person"
    assert "Mondelez International" in who


def test_the_first_entry_stays_first_and_doubtful_ones_go_last() -> None:
    a, b, c, d = (Entity(name, "person") for name in ("Anna Bell", "Bo Chen", "Cy Dunn", "Di Egan"))
    assert sure_first([(a, 0.5), (b, 0.6), (c, 0.95), (d, 0.9)], confident=0.8) == [a, c, d, b]
    assert sure_first([], confident=0.8) == []


def test_the_weight_file_weighs_every_named_feature_and_keeps_less_than_it_trusts() -> None:
    record = json.loads((files("briefing") / "data" / WEIGHTS).read_text(encoding="utf-8"))
    assert set(FEATURES) <= set(record["weights"])
    assert 0.0 < record["threshold"] < record["confident"] < 1.0
    assert any(name.startswith(("head=", "prev=", "next=")) for name in record["weights"])


def test_a_bare_name_the_headline_opens_with_and_the_body_repeats_is_the_actor() -> None:
    text = (
        'Apple on Tuesday unveiled the iPhone 17 Air, its thinnest phone yet. "This is the biggest leap '
        'forward in years," chief executive Tim Cook said. Analysts said Apple could win back buyers in China. '
        "Shares of Apple fell 1.5%."
    )
    found = briefing.analyze(text, title="Apple unveils iPhone 17 Air").who
    who = [e.name for e in found]
    assert (found[0].name, found[0].kind) == ("Apple", "organization")  # no first name, never a person
    assert "Tim Cook" in who
    assert not {"Shares of Apple", "Analysts"} & set(who)
    # named once in the body, a headline's first word is not enough ("Oil prices rise …")
    once = "Oil prices rose on Tuesday as OPEC cut output, the cartel's secretary general Haitham al-Ghais said."
    assert "Oil" not in {e.name for e in briefing.analyze(once, title="Oil climbs as OPEC cuts").who}


def test_the_outlet_that_filed_the_story_is_its_source_not_its_who() -> None:
    text = (
        "Kathmandu, Nepal (CNN)A boy was pulled alive from the rubble on Tuesday, said Rishi Khanal, a "
        "rescuer. CNN has not independently confirmed the boy's age."
    )
    assert "CNN" not in {e.name for e in briefing.analyze(text).who}
    # unless the story is about the outlet
    about = "New York (CNN)CNN named a new chief executive on Tuesday, the network said."
    assert "CNN" in {e.name for e in briefing.analyze(about).who}
