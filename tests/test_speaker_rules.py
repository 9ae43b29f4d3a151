"""Each rule of the speaker code on a text that needs it: the setting before the actor, "what
he called", a quote that closes its sentence, possessives, described speakers, and whom a
pronoun means when several people are named."""

from __future__ import annotations

import pytest

from briefing.extract.speaker_names import is_described_speaker
from briefing.extract.speakers import _trim_mention, relative_pronouns
from briefing.extract.who import find_cast
from briefing.nlp.quote_marks import Marked

from .test_extract import quotes_of, speakers_of


def test_the_actor_follows_the_setting_that_opens_the_sentence() -> None:
    text = (
        "Earlier, the council met. In a meeting with Tom Jones on Monday, Ann Smith, the mayor, was blunt "
        "about the “reckless and costly bridge plan” and left early."
    )
    assert speakers_of(text)["reckless and costly bridge plan"] == "Ann Smith"


def test_a_sentence_without_a_setting_keeps_its_first_actor() -> None:
    text = "Ann Smith, who chairs the board with Tom Reed, was blunt about the “reckless and costly bridge plan” today."
    assert speakers_of(text)["reckless and costly bridge plan"] == "Ann Smith"


def test_what_he_called_is_not_who_speaks() -> None:
    text = (
        "Tom Reed said the plan was bad. Ann Lee condemned what he called “a reckless and costly plan "
        "for the city” on Monday."
    )
    assert speakers_of(text)["a reckless and costly plan for the city"] == "Ann Lee"


def test_a_two_word_subject_before_the_quote_speaks() -> None:
    text = "Ann Lee “rejected the plan outright and walked out” on Monday."
    assert speakers_of(text)["rejected the plan outright and walked out"] == "Ann Lee"


@pytest.mark.parametrize("close", ['this year." ', 'this year". '])
def test_a_quote_that_closes_its_sentence_takes_no_speaker_from_the_next(close: str) -> None:
    text = f'Ann Lee spoke first at the meeting. "We will win the cup {close}Tom Reed said the team needed a coach.'
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Ann Lee"  # the lead-in's actor, not Tom Reed


def test_a_quote_opening_a_sentence_mid_paragraph_is_the_lead_in_actors() -> None:
    text = (
        "The vote may be delayed while talks go on, Adam Schiff said. "
        "“The other factor is whether the public would see it as meddling in the election.”"
    )
    assert speakers_of(text)["The other factor is whether the public would see it as meddling in the election."] == (
        "Adam Schiff"
    )


def test_a_quote_opening_a_paragraph_takes_no_lead_in() -> None:
    text = (
        "The vote may be delayed while talks go on, Adam Schiff said.\n\n"
        "“The other factor is whether the public would see it as meddling in the election.”"
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is None


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_name_is_not_the_speaker(apostrophe: str) -> None:
    text = (
        "Barack Obama spoke on Monday. "
        f'"We will fight this ruling in every court," Obama{apostrophe}s former strategist said.'
    )
    assert speakers_of(text)["We will fight this ruling in every court"] == f"Obama{apostrophe}s former strategist"


def test_the_person_in_a_mention_speaks_not_the_firm() -> None:
    text = '"Rates will rise again in the spring," said Deutsche Bank analyst Peter Halser.'
    assert speakers_of(text)["Rates will rise again in the spring"] == "Peter Halser"


def test_a_described_speaker_is_shown_as_written() -> None:
    text = '"We will reopen the bridge next month," a spokesman for the council said.'
    assert speakers_of(text)["We will reopen the bridge next month"] == "a spokesman for the council"


def test_a_name_inside_the_quotation_is_not_whom_he_means() -> None:
    text = (
        'Tom Reed, the mayor, spoke on Monday. "We talked to John Smith about the new bridge over the river," he said.'
    )
    assert speakers_of(text)["We talked to John Smith about the new bridge over the river"] == "Tom Reed"


def test_after_a_quotation_he_means_the_last_who_spoke_not_the_last_named() -> None:
    text = (
        "Tom Reed said the bridge would close. He blamed John Smith for the delays. "
        '"The repairs will take at least a year," he said. "We have no choice but to wait for it," he added.'
    )
    assert speakers_of(text) == {
        "The repairs will take at least a year": "Tom Reed",
        "We have no choice but to wait for it": "Tom Reed",
    }


def test_the_object_of_a_preposition_is_not_whom_he_means() -> None:
    text = (
        "Tom Reed chairs the council. It voted with John Smith on Monday. "
        '"The repairs will take at least a year," he said.'
    )
    assert speakers_of(text)["The repairs will take at least a year"] == "Tom Reed"


def test_it_means_the_last_organisation_named_before_the_quote() -> None:
    text = (
        "Acme Corp sued Globex Inc on Monday over a patent for batteries. Initech Ltd joined the suit.\n\n"
        '"We will defend our patents in every court," it said in a statement. Hooli Corp declined to comment.'
    )
    assert speakers_of(text)["We will defend our patents in every court"] == "Initech Ltd"


def test_the_colon_that_introduces_the_quote_is_the_last_before_it() -> None:
    text = (
        "Agenda: flooding. Mayor Ann Lee released this statement:\n\n"
        '"The city will rebuild every road and bridge that the water destroyed."'
    )
    assert speakers_of(text)["The city will rebuild every road and bridge that the water destroyed."] == "Ann Lee"


@pytest.mark.parametrize(("text", "mention"), [("said Ann Li.", "said Ann Li"), ("said Sen.,", "said Sen.")])
def test_a_two_letter_name_loses_its_stop_and_a_title_keeps_it(text: str, mention: str) -> None:
    assert text[: _trim_mention(text, 0, len(text))] == mention


def test_a_proper_name_of_stop_words_is_no_one() -> None:
    assert not is_described_speaker("The Only")
    assert is_described_speaker("the ministry")
    assert is_described_speaker("the embassy")  # a body named only by its kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname alone, after a setting
        ("Tom Reed spoke on Monday. Later, Reed condemned the “reckless and costly bridge plan” loudly.", "Tom Reed"),
        # an organisation
        ("Globex Inc condemned the “reckless and costly bridge plan” on Monday.", "Globex Inc"),
        # a role that one person of the article holds
        (
            "Mayor Ann Lee opened the bridge. On Monday, the Mayor condemned the “reckless and costly bridge plan” loudly.",
            "Ann Lee",
        ),
        # a pronoun before the quote, not one after it
        ("Tom Reed and Ann Lee met. He condemned the “reckless and costly bridge plan” and she left.", "Tom Reed"),
    ],
)
def test_the_actor_of_the_quotes_sentence_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text)["reckless and costly bridge plan"] == speaker


def test_a_colon_after_the_quote_introduces_nothing() -> None:
    text = (
        "Mayor Ann Lee chaired the meeting.\n\n"
        '"The city will rebuild every road and bridge that the water destroyed." '
        "Tom Reed gave his answer: no."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is None


@pytest.mark.parametrize(
    "middle",
    [
        # "the Verstappen family" is named after the team boss: no one who could speak
        "Tom Reed, the team boss, was delighted. He thanked the Verstappen family.",
        # ... or before him: the search goes on past it
        "The team thanked the Verstappen family. Tom Reed, the team boss, was delighted.",
    ],
)
def test_a_name_after_the_is_not_whom_he_means(middle: str) -> None:
    text = f'Max Verstappen won the race in Monaco. {middle} "We could not have done it without them at all," he said.'
    assert speakers_of(text)["We could not have done it without them at all"] == "Tom Reed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('One voter wrote, "We all know how she feels about the police and the city."', "One voter"),
        (
            'A Chinese official responded by saying Japan should be careful "not to stir up trouble" there.',
            "A Chinese official",
        ),
    ],
)
def test_a_described_speaker_may_open_the_sentence(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.said_by == speaker


def test_a_relative_who_that_speaks_is_the_speaker_and_means_its_antecedent() -> None:
    text = (
        "The pact was signed in Lima. Contrast that with Tom Reed, who has called the pact “a disaster for "
        "every worker in the country,” and Ann Lee, who backs it."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == "who"
    assert quote.speaker.name == "Tom Reed"


def test_who_before_a_name_is_no_speaker() -> None:
    text = "Much of the anger was aimed at Tom Reed, who Ann Lee called “a horrible and despicable human being.”"
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Ann Lee"


def test_said_and_a_name_later_in_the_sentence_is_the_speaker() -> None:
    text = (
        "The agency found no “ties of any consequence” between the two men beyond their mosque, said "
        "Tom Reed, the agency's director, on Monday."
    )
    assert speakers_of(text)["ties of any consequence"] == "Tom Reed"


def test_who_after_an_abbreviation_in_brackets_means_the_body() -> None:
    text = (
        "The union's stance is being endorsed by the Music Managers' Forum (MMF), who say British artists "
        "face “an uphill struggle” to succeed in the US."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name in ("MMF", "Music Managers' Forum")


def test_who_after_no_name_is_no_candidate() -> None:
    text = (
        "Drivers' groups accused the judges – who are thought to earn more than £200,000 a year – of being out "
        "of touch, and Tom Reed, who runs the group, agreed."
    )
    cast = find_cast(text)
    found = relative_pronouns(text, 0, len(text), cast, Marked((), ()))
    assert [text[a:b] for a, b in found] == ["who"]
    assert found[0][0] > text.index("Tom Reed")


def test_a_description_after_its_speech_verb_runs_to_the_end_of_its_clause() -> None:
    text = (
        "The campaign is in trouble. “They are very worried about the polls,” said a source close to the "
        "campaign on Monday. “Free downloads have hurt new bands,” said one musician quoted by the report."
    )
    assert speakers_of(text)["They are very worried about the polls"] == "a source close to the campaign"
    assert speakers_of(text)["Free downloads have hurt new bands"] == "one musician quoted by the report"


def test_a_description_of_someone_for_a_name_is_not_that_name() -> None:
    text = "“We offer better value than the rivals,” a spokesman for Dell Computers said on Monday."
    assert speakers_of(text)["We offer better value than the rivals"] == "a spokesman for Dell Computers"
