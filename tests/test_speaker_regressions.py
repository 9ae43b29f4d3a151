"""Errors the brief made on real outlets' copy, each as a short text written for this test."""

from __future__ import annotations

import pytest

import briefing
from briefing.extract.speakers import is_described_speaker
from briefing.render import render


@pytest.mark.parametrize(
    "mention",
    ["The spectacle", "A world-weary", "WHAT THEY'RE", "he is quoted as", "After", "The choice", "the streets"],
)
def test_phrases_that_are_no_one_never_speak(mention: str) -> None:
    assert not is_described_speaker(mention)


@pytest.mark.parametrize(
    "mention",
    ["a spokesman for the council", "officials", "the FBI", "Reuters", "The Hill", "the ad’s narrator", "Nervo"],
)
def test_described_roles_bodies_and_names_speak(mention: str) -> None:
    assert is_described_speaker(mention)


def test_a_quote_credited_to_a_phrase_shows_no_speaker() -> None:
    text = (
        "title: Parade draws crowds\n\n"
        "Thousands lined the streets of the city for the parade on Sunday. "
        'The spectacle drew "more people than any parade in a decade," it was reported, and the '
        "organisers were delighted with the turnout and the weather."
    )
    (quote,) = briefing.analyze(text).quotes
    assert quote.speaker is None
    assert "— The spectacle" not in render(briefing.build_brief([text]), "md")


def test_two_words_in_quotation_marks_are_no_key_quote() -> None:
    text = (
        "title: FBI warns on election security\n\n"
        'The FBI said on Tuesday that it had "grave concerns" about the security of voting machines in '
        "three states. Officials will meet state election chiefs next week to discuss the findings."
    )
    brief = briefing.build_brief([text])
    assert any(q.text == "grave concerns" for q in brief.stories[0].quotes)  # found, kept in JSON
    assert "grave concerns”" not in render(brief, "md")
