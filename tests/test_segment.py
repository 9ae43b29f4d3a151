from briefing.nlp.segment import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_titles_and_initials_do_not_end_sentences() -> None:
    text = "Mr. Smith met Gen. Lee and Sen. Warren in Washington, D.C. on Friday. J. K. Rowling was not there."
    assert texts(text) == [
        "Mr. Smith met Gen. Lee and Sen. Warren in Washington, D.C. on Friday.",
        "J. K. Rowling was not there.",
    ]


def test_abbreviation_ending_a_sentence_before_a_sentence_starter() -> None:
    assert texts("He moved to the U.S. The company followed him in Jan. 2020.") == [
        "He moved to the U.S.",
        "The company followed him in Jan. 2020.",
    ]


def test_quote_ending_a_sentence_and_decimals() -> None:
    text = '"Prices rose 3.5 per cent," he said. "We expected it." Shares closed at 10 a.m. on Monday.'
    assert texts(text) == [
        '"Prices rose 3.5 per cent," he said.',
        '"We expected it."',
        "Shares closed at 10 a.m. on Monday.",
    ]


def test_paragraph_breaks_always_split_and_offsets_point_into_the_text() -> None:
    text = "A headline without a full stop\n\nThe first sentence. The second one.\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["A headline without a full stop", "The first sentence.", "The second one."]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_split_starts_where_asked() -> None:
    text = "date 2025-05-20 Moscow [Russia], May 20 : Talks ended. Both sides left."
    start = text.index("Talks")
    assert [s.text for s in split_sentences(text, start)] == ["Talks ended.", "Both sides left."]


def test_the_fast_punkt_agrees_with_nltk_on_the_seeds_and_fixtures() -> None:
    from briefing.data import word_list
    from briefing.nlp.punkt import reference_punkt
    from briefing.nlp.segment import news_tokenizer, paragraphs

    from .conftest import FIXTURES, SEEDS

    reference = reference_punkt(
        frozenset(word_list("abbreviations.txt")), frozenset(word_list("sentence_starters.txt"))
    )
    checked = 0
    for path in [*SEEDS.glob("*.txt"), *FIXTURES.glob("*.txt")]:
        text = path.read_text(encoding="utf-8")
        for start, end in paragraphs(text):
            paragraph = text[start:end]
            checked += 1
            assert list(news_tokenizer().span_tokenize(paragraph)) == list(reference.span_tokenize(paragraph))
    assert checked >= 40


def test_abbreviations_initials_numbers_and_ellipses() -> None:
    def texts(paragraph: str) -> list[str]:
        return [s.text for s in split_sentences(paragraph)]

    assert texts("He met Mr. Smith there. They left.") == ["He met Mr. Smith there.", "They left."]
    assert texts("J. K. Rowling spoke. She left.") == ["J. K. Rowling spoke.", "She left."]
    assert texts("Sales rose 5.5% in 2004. Then they fell.") == ["Sales rose 5.5% in 2004.", "Then they fell."]
    assert texts("It rose in 2004. and fell.") == ["It rose in 2004. and fell."]
    assert texts('It ended. "We won," he said.') == ["It ended.", '"We won," he said.']
    assert texts("(It ended.) Then more.") == ["(It ended.)", "Then more."]


def test_a_lost_full_stop_before_a_sentence_opener_splits() -> None:
    from briefing.nlp.segment import split_sentences

    text = (
        "Max Verstappen clipped the curb on the hill in Brazil That caused him to lose control. "
        "He told The Guardian that It Must Be Love was his song. Plan A is fine."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Max Verstappen clipped the curb on the hill in Brazil",
        "That caused him to lose control.",
        "He told The Guardian that It Must Be Love was his song.",
        "Plan A is fine.",
    ]


def test_a_list_of_short_capitalised_lines_is_one_sentence_a_line() -> None:
    points = "Key points\nPolls have closed in most eastern states\nTurnout is reported to be high"
    assert [s.text for s in split_sentences(points)] == [
        "Key points",
        "Polls have closed in most eastern states",
        "Turnout is reported to be high",
    ]
    wrapped = "The council met on Monday and voted to close\nThe Old Bridge after a long debate."
    assert len(split_sentences(wrapped)) == 1  # two lines of one sentence


def test_a_detached_full_stop_before_a_lower_case_word_ends_no_sentence() -> None:
    text = (
        "Two lawyers representing a woman who . claims to have been abused have filed a counter-defamation . "
        "lawsuit against him. iPhone sales rose."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Two lawyers representing a woman who . claims to have been abused have filed a counter-defamation . "
        "lawsuit against him.",
        "iPhone sales rose.",
    ]


def test_the_platform_x_ends_a_sentence_but_an_initial_does_not() -> None:
    text = '"This is a great honour," Rutte wrote on X. Allies will appoint him. Malcolm X. Smith met J. X. Doe.'
    assert [s.text for s in split_sentences(text)] == [
        '"This is a great honour," Rutte wrote on X.',
        "Allies will appoint him.",
        "Malcolm X. Smith met J. X. Doe.",
    ]


def test_a_name_s_two_initials_end_no_sentence_but_a_body_s_letters_and_openers_still_do() -> None:
    text = (
        "Blues legend B.B. King died on Thursday. George H.W. Bush called J.J. Abrams. "
        "He lives in Washington, D.C. The city is big. I worked at the B.B.C. Then I left."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Blues legend B.B. King died on Thursday.",
        "George H.W. Bush called J.J. Abrams.",
        "He lives in Washington, D.C.",
        "The city is big.",
        "I worked at the B.B.C.",
        "Then I left.",
    ]
