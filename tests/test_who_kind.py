"""The learned kind of a name read as a person's (briefing/extract/who_kind.py), on short texts
written for these tests: a firm the rules took for a person, and people and firms the model must
leave as the rules found them (a title makes a person whatever the model says)."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

import briefing
from briefing.extract.who_kind import KIND_FEATURES, WEIGHTS, kind_row
from briefing.model import Entity
from briefing.nlp.mentions import find_mentions


def _kinds(text: str, title: str | None = None) -> dict[str, str]:
    return {e.name: e.kind for e in briefing.analyze(text, title=title).who}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            # a one-word firm, no first name, no "it": the rules read a person (they stop at "Telvaro said")
            "Telvaro International, of Arlington, Virginia, heads a group of firms rebuilding roads in the region. "
            'Telvaro said "the work that was planned could not be done". A spokesman said Telvaro are committed to '
            "the rebuilding effort. Telvaro's handling of the contract had been criticised, and Telvaro's "
            "withdrawal was agreed by both sides.",
            "Telvaro",
            "organization",
        ),
        (
            "Marsden Fabrications has closed its plant in Leeds with the loss of 300 jobs. Marsden Fabrications "
            "said it had lost its biggest customer. Marsden Fabrications are to keep a small office in the city.",
            "Marsden Fabrications",
            "organization",
        ),
        (
            "Novelist Teodoro Vashkevich has won the Prague literary prize. Vashkevich, 71, said he was "
            "surprised. Mr Vashkevich's novels have been translated into 30 languages, and he lives in Minsk.",
            "Teodoro Vashkevich",
            "person",
        ),
        (
            "The Duchess of Cornwall opened the new hospital wing in Truro on Monday. The Duchess of Cornwall "
            "met nurses and patients, and the hospital said the visit had lifted spirits.",
            "Duchess of Cornwall",
            "person",
        ),
    ],
)
def test_kind_of_a_name_read_as_a_persons(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


def test_the_weights_name_every_kind_feature() -> None:
    record = json.loads(files("briefing.data").joinpath(WEIGHTS).read_text(encoding="utf-8"))
    assert set(KIND_FEATURES) <= set(record["weights"])
    assert 0.0 < record["body_below"] <= record["person_above"] < 1.0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Any rise in rates would not hurt the Labour Party's chances, he said.", "Labour Party"),
        ("Southwark Council's leader said the cuts would close two libraries.", "Southwark Council"),
        ("The visit was the Science Museum's idea.", "Science Museum"),
    ],
)
def test_a_bodys_name_under_a_possessive_stays_whole_and_a_body(text: str, name: str) -> None:
    """The possessive once hid the word for a body: "Labour" read as a role made "Party" a person,
    and "Southwark Council" a person; a site kept its "'s"."""
    (mention,) = [m for m in find_mentions(text, 0) if name.split()[-1] in m.text]
    assert (mention.name, mention.role) == (name, None)
    assert mention.kind in ("organization", "site")


def test_a_bare_name_the_text_repeats_is_a_body_of_who() -> None:
    """ "Shell has signed …", "Shell's agreement": a company the text never introduces (no "said",
    no description) was no one at all, so Who for a Shell deal named only "Middle Eastern"."""
    text = (
        "Norvik has signed a $6bn deal with the Gulf state of Qatar to supply gas to Europe. The Anglo-Dutch "
        "group will own 30% of the project. Castella is expected to join the scheme on Monday, and the "
        "rival Castella has a deal with Oman too. Norvik's agreement runs for 25 years."
    )
    who = {e.name: e.kind for e in briefing.analyze(text, title="Qatar and Norvik in $6bn gas deal").who}
    assert who.get("Norvik") == "organization"
    assert who.get("Castella") == "organization"


def test_a_plural_acronym_is_a_group_not_a_person() -> None:
    """ "Labour MPs" read "Labour" as a role and "MPs" as a person's name."""
    text = (
        "Dozens of Labour MPs voted against the identity cards bill on Monday. The MPs said the cards would "
        "cost too much, and MPs from other parties joined them."
    )
    kinds = _kinds(text, title="ID cards revolt")
    assert kinds.get("MPs") == "group"


def test_a_surname_with_a_lower_case_particle_stays_with_its_first_name() -> None:
    """ "Erik ten Hag", "Jurgen den Hartog": a lower-case particle once ended the name, and "den
    Hartog" alone was taken for the full name with "Jurgen" as debris in front of it."""
    text = (
        'Manchester United manager Erik ten Hag said: "We did not defend well enough." Ten Hag has lost '
        'four games in a row. "It was done by hand," said Jurgen den Hartog, one of the researchers. '
        "Mr den Hartog said the work took a year."
    )
    result = briefing.analyze(text, title="United lose again")
    names = {e.name: e.kind for e in result.who}
    assert names.get("Erik ten Hag") == "person"
    assert names.get("Jurgen den Hartog") == "person"
    assert [q.said_by for q in result.quotes] == ["Erik ten Hag", "Jurgen den Hartog"]


def test_a_score_beside_a_name_counts_for_a_side() -> None:
    text = "Liverpool beat Manchester City 2-0 at Anfield on Sunday. Ollie Watkins scored for the hosts."
    side = kind_row(Entity(name="Manchester City", kind="person"), {}, text)
    player = kind_row(Entity(name="Ollie Watkins", kind="person"), {}, text)
    assert "kind:score" in KIND_FEATURES
    assert side.get("kind:score") == 1.0
    assert "kind:score" not in player
