"""Sport stories (briefing/nlp/topic.py) and what they do to Where, on short texts written for
these tests: a match names towns as sides, so only "in", "at" or "near" places the event."""

from __future__ import annotations

import briefing
from briefing.nlp.topic import about_sport

from .conftest import named_places

MATCH = (
    "Chelsea drew 1-1 with Newcastle on Saturday to stay top of the Premiership. The striker scored "
    "his 12th goal of the season before the visitors equalised from a penalty in the second half. "
    "The manager said the point was fair and praised his goalkeeper. Newcastle climb to sixth in the "
    "league table, while Chelsea face Barcelona in the Champions League on Wednesday."
)
BUSINESS = (
    "Shares in the retailer fell 4% after it warned that profits would be lower than expected. The "
    "company said sales at its biggest store, in Newcastle, had slowed over the Christmas period, "
    "and analysts cut their forecasts for the year."
)


def test_a_match_report_is_sport_and_a_results_warning_is_not() -> None:
    assert about_sport(MATCH)
    assert not about_sport(BUSINESS)


def test_sides_of_a_match_are_no_places_but_a_venue_put_in_a_town_is() -> None:
    assert [p.name for p in briefing.analyze(MATCH, title="Chelsea held by Newcastle").where] == []
    at_home = MATCH + " The match was played at St James' Park in Newcastle in front of 52,000 fans."
    assert "Newcastle" in named_places(at_home, title="Chelsea held by Newcastle")


def test_a_business_story_keeps_the_towns_it_names() -> None:
    places = [p.name for p in briefing.analyze(BUSINESS, title="Retailer warns on profits").where]
    assert "Newcastle" in places
