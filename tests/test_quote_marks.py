"""Where quotations are: spans across paragraphs, nesting, straight marks, and which quoted
words are speech rather than titles or scare quotes."""

from __future__ import annotations

import pytest

import briefing
from briefing.nlp.quote_marks import (
    SENTENCE_END,
    Marked,
    is_quote,
    is_sentence_end,
    quote_spans,
    sentence_start,
    trim_end,
)


def spans(text: str) -> list[tuple[str, bool]]:
    return [(text[s.start : s.end], s.opens_paragraph) for s in quote_spans(text, 0)]


def test_a_quotation_continued_in_the_next_paragraph_is_one_span() -> None:
    text = (
        "“We will rebuild the bridge this year.\n\n"
        "“It is the only road to the valley,” the mayor said.\n\n"
        "Work starts in May."
    )
    ((quoted, opens),) = spans(text)
    assert quoted.startswith("We will rebuild") and quoted.endswith("road to the valley,")
    assert opens


def test_an_unclosed_quotation_ends_at_its_paragraph_when_the_next_does_not_continue_it() -> None:
    text = "He said “we will see about that\n\nThe council met on Monday."
    assert spans(text) == [("we will see about that", False)]


def test_curly_marks_nest_and_straight_marks_open_only_before_a_word() -> None:
    assert spans("She said “he told me “no” twice” and left.") == [("he told me “no” twice", False)]
    assert spans('The 6" pipe burst, and "the street flooded," a resident said.') == [("the street flooded,", False)]
    assert spans('("Nobody warned us," she said.)') == [("Nobody warned us,", False)]


def test_trim_end_drops_the_comma_and_spaces_before_a_closing_mark() -> None:
    text = "no more delays , ”"
    assert text[: trim_end(text, len(text) - 1)] == "no more delays"
    assert trim_end("", 0) == 0


def test_a_sentence_starts_after_a_real_stop_not_after_an_abbreviation() -> None:
    text = "The vote was close. Gov. Ann Lee of the U.S. state said it would pass."
    assert text[sentence_start(text, text.index("said"), 200) :].startswith("Gov. Ann Lee")
    assert sentence_start(text, text.index("said"), 10) == text.index("said") - 10
    lines = "First line without a stop\nSecond line said it"
    assert lines[sentence_start(lines, lines.index("said"), 200) :].startswith("Second line")


@pytest.mark.parametrize(
    ("text", "quoted", "speech"),
    [
        ("He watched “Good Morning America” on Monday.", "Good Morning America", False),
        ("They called the plan “reckless” on Monday.", "reckless", True),  # bound by a naming verb
        ("The so-called “reform” passed on Monday.", "reform", False),
        ("“We will win this,” she said.", "We will win this,", True),
        ("The “Ministry of Truth 2” opened.", "Ministry of Truth 2", False),
        ("“Never again” was painted on the wall of the old hall.", "Never again", False),
        ("“Never again” was the slogan, organisers said.", "Never again", True),  # a cue in its sentence
    ],
)
def test_which_quoted_words_are_speech(text: str, quoted: str, speech: bool) -> None:
    assert is_quote(text, quoted, text.index(quoted)) is speech


def test_marked_covers_exactly_the_quoted_characters() -> None:
    marked = Marked((3, 10), (6, 12))
    assert [p for p in range(14) if marked.covers(p)] == [3, 4, 5, 10, 11]
    assert not Marked((), ()).covers(0)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("He met Dr. Lee. ", [False, True]),  # a title, then a word
        ("It was the U.S. plan. ", [False, True]),
        ("Plan B. Then more. ", [False, True]),  # a lone capital reads as an initial
        ("Ask J. Smith. ", [False, True]),  # an initial
        ("They won! Fans cheered. ", [True, True]),
    ],
)
def test_which_stops_end_a_sentence(text: str, ends: list[bool]) -> None:
    assert [is_sentence_end(m) for m in SENTENCE_END.finditer(text)] == ends


@pytest.mark.parametrize(
    ("quoted", "speech"),
    [
        ("One Two Three Four Five Six", False),  # six capitalised words: a title
        ("This Week With George Stephanopoulos.", False),  # a title, with the stop US style puts inside
        ("One Two Three Four Five Six Seven", True),  # seven: too long for a title, so speech
        ("Can't Hold Us", False),  # a title's contraction is one capitalised word
        ("Can't hold us", True),
        ("we shall see", True),  # three words need no cue
        ("we see", False),  # two words need one
    ],
)
def test_the_limits_of_titles_and_short_quotes(quoted: str, speech: bool) -> None:
    text = f"The board voted. A sign showed “{quoted}” above the door. Nobody spoke."
    assert is_quote(text, quoted, text.index(quoted)) is speech


def test_a_cue_counts_only_inside_the_quotes_sentence() -> None:
    inside = "Voters felt “betrayed” by the plan, the survey said. Turnout fell."
    assert is_quote(inside, "betrayed", inside.index("betrayed"))
    after = "Voters felt “betrayed” by the plan. The survey said turnout fell."
    assert not is_quote(after, "betrayed", after.index("betrayed"))
    before = "The survey said it. Voters felt “betrayed” by the plan."
    assert not is_quote(before, "betrayed", before.index("betrayed"))


def test_paragraph_starts_are_recorded_for_every_quotation() -> None:
    text = "“First words,” she said.\n\nThen “second words” came, he said. “Third words,” he added."
    assert spans(text) == [("First words,", True), ("second words", False), ("Third words,", False)]


def test_speech_in_single_marks_as_british_tabloids_print_it() -> None:
    text = (
        "Her husband Mark, 36, said: 'Sarah was the heart of our family. The players' wages don't matter.'\n\n"
        "'It was awful,' said Gemma Lowe. The paper ran its 'Queen of Everything' feature and her 'regal look'. "
        "It's rock 'n' roll.\n\n"
        "Detective Inspector Paul Rhodes said: 'We are appealing for anyone with footage\n\n"
        "'to come forward.'"
    )
    assert [quoted for quoted, _ in spans(text)] == [
        "Sarah was the heart of our family. The players' wages don't matter.",
        "It was awful,",
        "Queen of Everything",
        "regal look",
        "We are appealing for anyone with footage",
        "to come forward.",
    ]
    result = briefing.analyze(text, title="Crash")
    assert ("It was awful", "Gemma Lowe") in {(q.text, q.said_by) for q in result.quotes}


def test_single_marks_are_headline_style_where_speech_is_in_double_marks() -> None:
    text = (
        "Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’\n\n"
        '"We will win this state," Trump said on Monday at a rally in Virginia.\n\n'
        "''I hate the term 'Manhattan poor,' '' she said, in the typewriter marks of an old archive."
    )
    assert [quoted for quoted, _ in spans(text)] == ["We will win this state,"]


def test_a_straight_mark_closes_a_curly_one_in_mixed_pasted_text() -> None:
    text = (
        'He pressed Clinton. “If she does the right thing, I am confident," Sanders said. '
        '“We won,” he said. “He told me "no" twice,” she said.'
    )
    assert [quoted for quoted, _ in spans(text)] == [
        "If she does the right thing, I am confident,",
        "We won,",
        'He told me "no" twice,',
    ]
    (first, *_) = briefing.analyze(text, title="Primary").quotes
    assert first.said_by == "Sanders"


def test_a_quote_run_over_flattened_paragraphs_is_one_quotation_a_paragraph() -> None:
    # text that lost its line breaks: each paragraph of the quote opens with a mark, only the last closes
    text = (
        "Deputy First Minister John Swinney said: 'Gordon Brown is re-fighting the referendum. The contrast "
        "could not be clearer. 'The question Labour have failed to answer is simple. 'A strong team of SNP MPs "
        "can give Labour a backbone.' From left, Anas Sarwar MP and Gordon Brown."
    )
    quoted = [text[s.start : s.end] for s in quote_spans(text, 0)]
    assert quoted == [
        "Gordon Brown is re-fighting the referendum. The contrast could not be clearer.",
        "The question Labour have failed to answer is simple.",
        "A strong team of SNP MPs can give Labour a backbone.",
    ]
    assert {q.said_by for q in briefing.analyze(text).quotes} == {"John Swinney"}
    # a mark after a sentence's end opens nothing new when no quotation came before it
    assert [text[s.start : s.end] for s in quote_spans("He left. 'Tis the season, he said.", 0)] == []


def test_straight_double_marks_run_over_flattened_paragraphs_are_one_quotation_a_paragraph() -> None:
    # BBC copy: a mark after a sentence's end and before a word opens the next paragraph of the quote
    text = (
        'Lord Hanningfield, leader of Essex County Council, said: "We are going to the High Court. '
        '"We want a judge to say there was no thought before the government came out with its Green Paper. '
        '"Then there could be a proper debate." He added: "Politicians should not decide where runways go."'
    )
    assert [text[s.start : s.end] for s in quote_spans(text, 0)] == [
        "We are going to the High Court.",
        "We want a judge to say there was no thought before the government came out with its Green Paper.",
        "Then there could be a proper debate.",
        "Politicians should not decide where runways go.",
    ]
    said = {q.text: q.said_by for q in briefing.analyze(text).quotes}
    assert said["We want a judge to say there was no thought before the government came out with its Green Paper."]
    assert said["Politicians should not decide where runways go."] == "Hanningfield"
    # a mark after a sentence inside a quotation that opened mid-sentence closes it, as before
    quoted = 'The report called it "a mess. "Fix it" was its advice, the minister said.'
    assert next(quoted[s.start : s.end] for s in quote_spans(quoted, 0)) == "a mess. "


def test_a_quotation_naming_a_slogan_or_a_campaign_is_no_quote() -> None:
    text = (
        'McDonald\'s arches and "I\'m loving it" catchphrase will be used. Lycos ran a "Make love not spam" campaign.'
    )
    assert not is_quote(text, "I'm loving it", text.index("I'm"))
    assert not is_quote(text, "Make love not spam", text.index("Make love"))
    spoken = '"The early states matter most to us," campaign manager Robby Mook said.'
    assert is_quote(spoken, "The early states matter most to us,", 1)
