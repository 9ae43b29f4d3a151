"""What a brief's summary refuses to show alone: halves of quotations, fragments, questions,
teasers, captions, tweets and orphan pronouns; and the lead first."""

from __future__ import annotations

import pytest

from briefing.nlp.segment import split_sentences
from briefing.read.text import article_from_text
from briefing.summarize import ranker
from briefing.summarize.brief import _opens_on_pronoun, brief_summary, quoted_inside, stands_alone
from briefing.summarize.default import HEADING_MAX_WORDS, is_heading

from .conftest import SEEDS


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("The council approved the new bridge on Tuesday after a long debate.", True),
        ('"We waited twenty years for this bridge," the mayor said.', True),
        ("“We waited twenty years,” the mayor said on Tuesday evening.", True),
        ('We waited twenty years for this," the mayor said.', False),  # the tail of a quotation
        ("“We waited twenty years for this bridge, the mayor said.", False),
        ('"But I want to be clear: we should never have been in this position."', False),  # whose words?
        ("“The bridge will change this town for good.”", False),
        ('The mayor called it "a bridge for the next century."', True),
        ("Will the bridge ease traffic in the town centre?", False),
        ("[Read more: the bridge that took twenty years]", False),
        ("and then the council voted to approve the bridge plan.", False),
        ("Work starts soon.", False),  # under four words
        ("Kimmel asked, smiling at the crowd.", False),  # dialogue
        ("Kimmel bought a new house in the hills.", True),
        ("Strictly business: The mayor opens the bridge in the May issue", False),
        ("Proud day for the town pic.twitter.com/abc123 — Mayor (@mayor) May 20, 2025", False),
    ],
)
def test_what_stands_alone(sentence: str, alone: bool) -> None:
    assert stands_alone(sentence) is alone


def test_sentences_inside_a_quotation_are_found_per_paragraph() -> None:
    text = (
        '"This conversation lasted two hours. It was candid. Overall, it was productive," he said. '
        "Talks resume next week.\n\n"
        "“The deal is close. We expect it by June,” the minister said. Markets rose.\n\n"
        '"Unclosed quotation at the end of a paragraph.\n\n'
        "A new paragraph starts outside any quotation."
    )
    sentences = split_sentences(text)
    texts = [s.text for s in sentences]
    inside = {texts[i] for i in quoted_inside(sentences)}
    assert inside == {
        "It was candid.",
        'Overall, it was productive," he said.',
        "We expect it by June,” the minister said.",
    }


def test_an_orphan_pronoun_is_left_out_unless_its_antecedent_is_shown() -> None:
    def summary(second: str, count: int) -> list[str]:
        text = (
            "Maria Lopez was elected mayor of the city on Sunday with a large majority.\n\n"
            f"{second}\n\n"
            "She promised cheaper buses and more parks within her first year in office.\n\n"
            "The count took until early Monday morning because of a power cut at the hall."
        )
        return [s.text for s in brief_summary(split_sentences(text), "Lopez elected mayor", count=count)]

    # the sentence before "She" is a fragment, never shown: "She" would follow the lead
    shown = summary("Turnout was high.", 2)
    assert shown == [
        "Maria Lopez was elected mayor of the city on Sunday with a large majority.",
        "The count took until early Monday morning because of a power cut at the hall.",
    ]
    with_antecedent = summary("Turnout reached a record for a local election in the region this year.", 3)
    assert with_antecedent[2].startswith("She promised")


def test_a_quotation_credited_to_a_pronoun_needs_the_sentence_that_names_the_speaker() -> None:
    text = (
        "Bus lanes on Kingsway will operate around the clock from March after the council voted 28-19.\n\n"
        "Transport chair Priya Desai, who proposed the change, sat through six hours of debate.\n\n"
        '"Buses carry 40,000 people a day on Kingsway, and they deserve to move," she said.\n\n'
        "The lanes will be enforced by cameras, with fines of £70 for drivers who stray into them."
    )
    shown = [s.text for s in brief_summary(split_sentences(text), "Bus lanes approved", count=2)]
    assert not any(t.endswith("she said.") for t in shown)  # "she" would follow the lead, not Ms Desai
    assert any("she said." in t for t in [s.text for s in brief_summary(split_sentences(text), None, count=4)])


def test_the_lead_statement_comes_first_and_nothing_is_invented() -> None:
    text = (
        "A storm halted every ferry between Dover and Calais on Tuesday, stranding 3,000 lorries.\n\n"
        "Drivers queued for twelve miles on the motorway into Kent overnight.\n\n"
        "Port officials said crossings would resume when the wind drops below gale force."
    )
    sentences = split_sentences(text)
    chosen = brief_summary(sentences, None, count=2)
    assert chosen[0].index == 0 and len(chosen) == 2
    assert all(text[s.start : s.end] == s.text for s in chosen)
    assert brief_summary([], "Nothing", count=3) == []


def seed_sentences(name: str) -> tuple[list, str | None]:
    article = article_from_text((SEEDS / name).read_text(encoding="utf-8"))
    return split_sentences(article.text, article.body_start), article.title


def test_the_title_steers_a_longer_summary() -> None:
    """The headline names what matters: with it, the sentence about the gallery's tree displaces
    the one about the spruce's antenna."""
    sentences, title = seed_sentences("bbc_entertainment_001.txt")
    assert title == "Gallery unveils interactive tree"
    with_title = [s.index for s in brief_summary(sentences, title, count=4)]
    without = [s.index for s in brief_summary(sentences, None, count=4)]
    assert with_title != without and with_title[0] == without[0] == 0


def test_the_lead_comes_first_whatever_the_ranker_prefers() -> None:
    sentences, title = seed_sentences("bbc_entertainment_001.txt")
    assert ranker("lexrank")(sentences, title, 1)[0] != 0
    assert [s.index for s in brief_summary(sentences, title, count=1, method="lexrank")] == [0]


def test_a_word_budget_bounds_the_summary() -> None:
    sentences, title = seed_sentences("bbc_entertainment_001.txt")
    chosen = brief_summary(sentences, title, count=10, budget_words=60)
    assert 2 <= len(chosen) < 10 and sum(len(s.text.split()) for s in chosen) <= 60


@pytest.mark.parametrize(
    ("sentence", "orphan"),
    [
        ('"They will come back," the mayor said.', True),
        ("“It was a shock,” she said.", True),
        ("Heavy rain closed the road.", False),
        ("Hesitant voters stayed home.", False),
        ("He's been accused of many a fashion faux pas on holiday.", True),
        ("It’s Wellington in New Zealand.", True),
        ("Heather's party won.", False),
    ],
)
def test_a_pronoun_opening_is_found_behind_quotation_marks(sentence: str, orphan: bool) -> None:
    assert _opens_on_pronoun(sentence) is orphan


def test_a_heading_is_a_short_line_without_a_stop() -> None:
    assert is_heading("Rate drop boosts hopes of Bank of England cut next month  ")
    assert is_heading("Wed 22 May 2024 07.00 BST")
    assert not is_heading("Economists had expected a fall to 2.1%.  ")
    twelve = " ".join(["word"] * HEADING_MAX_WORDS)
    assert not is_heading(twelve) and is_heading(" ".join(["word"] * (HEADING_MAX_WORDS - 1)))


def test_a_long_bracketed_teaser_never_stands_alone() -> None:
    teaser = "[Believe it: the Chicago Cubs have won the World Series for the first time since 1908]"
    assert len(teaser.split()) >= 12 and not stands_alone(teaser)
    assert stands_alone(teaser[1:-1] + ".")


def test_a_lead_that_opens_on_a_pronoun_gives_way_to_the_sentence_that_names() -> None:
    text = (
        "He's been accused of making many a fashion faux pas while on holiday.\n\n"
        "But the Prime Minister seems to be deaf to his critics this summer.\n\n"
        "Yesterday David Cameron was seen in the same pair of beige loafers he wore last year.\n\n"
        "The shoes cost about forty pounds from a high street shop, aides said."
    )
    shown = [s.text for s in brief_summary(split_sentences(text), None, count=2)]
    assert not shown[0].startswith("He's")
