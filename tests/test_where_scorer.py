"""The learned word on Where (briefing/extract/where_scorer.py), on short texts written for these
tests: places the rules read that are not where the story happens (a victim's home town, a
comparison, a firefighter's childhood) are read, then left out."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

import briefing
from briefing.doc import build_doc
from briefing.extract.where import places_of, where_candidates
from briefing.extract.where_features import PLACE_FEATURES
from briefing.extract.where_scorer import WEIGHTS
from briefing.model import Place
from briefing.read.text import article_from_text

from .conftest import named_places


@pytest.mark.parametrize(
    ("text", "title", "dropped", "first"),
    [
        (
            "Four people died when a London to Leeds express derailed at Hatfield, Hertfordshire, on Tuesday. "
            "Engineers said a section of rail had broken. The rail firm said it would review every line in "
            "Hertfordshire. Those who died were Steve Arthur, 46, from Pease Pottage, West Sussex, and Robert "
            "Alcorn, 37, of Auckland, New Zealand.",
            "Four die in Hatfield rail crash",
            {"Auckland", "New Zealand"},
            "Hatfield",
        ),
        (
            "The French government is to give its struggling wine industry 70m euros in aid. The package will "
            "help vintners in financial trouble across France. France fell behind the producers of Australia, "
            "Chile and the United States in exports for the first time in 2003, the agriculture ministry said.",
            "French wine gets 70m euro top-up",
            {"Australia", "Chile", "United States"},
            "France",
        ),
        (
            "Fire crews tackled a blaze at a warehouse in Swindon, Wiltshire, on Sunday night. About 60 "
            "firefighters were called to the industrial estate. Station manager Paul Cook said the fire was "
            "under control by midnight. A man from Bristol was treated for smoke inhalation.",
            None,
            {"Bristol"},
            "Swindon",
        ),
    ],
)
def test_the_scorer_leaves_out_places_the_story_does_not_happen_in(
    text: str, title: str | None, dropped: set[str], first: str
) -> None:
    assert dropped | {first} <= set(named_places(text, title))  # the rules read them all ...
    where = [p.name for p in briefing.analyze(text, title=title).where]
    assert where[0] == first  # ... the scorer keeps where it happened ...
    assert not dropped & set(where)  # ... and leaves out the rest


def test_a_story_naming_no_likely_place_says_so() -> None:
    text = (
        "Nearly two million people across Asia could fall into poverty after the tsunami, the Asian "
        "Development Bank said. Asia will need years to recover. Aid also reached Eastern Europe."
    )
    brief = briefing.analyze(text, title="Quake increases poverty risk")
    assert "Eastern Europe" in named_places(text, "Quake increases poverty risk")
    assert brief.where == ()
    assert "Where:** not stated" in briefing.render(briefing.build_brief([brief]), "md")


def test_the_weight_file_weighs_every_named_feature_and_a_threshold() -> None:
    record = json.loads((files("briefing") / "data" / WEIGHTS).read_text(encoding="utf-8"))
    assert set(PLACE_FEATURES) <= set(record["weights"])
    assert 0.5 < record["threshold"] < 1.0  # a wrong place costs more than a missing one
    assert any(name.startswith(("prev=", "next=")) for name in record["weights"])


def test_a_place_is_shown_only_above_the_threshold_and_a_dateline_always() -> None:
    text = (
        "Fire crews fought a blaze at a warehouse in Swindon on Sunday night. Engineers from Bristol helped "
        "to make the building safe, and crews in Oxford stood by."
    )
    candidates, _ = where_candidates(build_doc(article_from_text(text, title="Warehouse blaze")))
    assert [c.name for c in candidates] == ["Swindon", "Bristol", "Oxford"]
    scores = [0.9, 0.6, 0.7]
    assert [p.name for p in places_of(None, candidates, scores, 0.5)] == ["Swindon", "Bristol", "Oxford"]
    assert [p.name for p in places_of(None, candidates, scores, 0.667)] == ["Swindon", "Oxford"]
    dateline = Place(name="Gloucester", kind="city", country="United Kingdom")
    assert [p.name for p in places_of(dateline, candidates, [0.1, 0.1, 0.1], 0.667)] == ["Gloucester"]
