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


def test_plain_paragraph_fast_path_agrees_with_punkt() -> None:
    from briefing.nlp.segment import news_tokenizer, paragraphs, plain_spans

    from .conftest import FIXTURES, SEEDS

    answered = 0
    for path in [*SEEDS.glob("*.txt"), *FIXTURES.glob("*.txt")]:
        text = path.read_text(encoding="utf-8")
        for start, end in paragraphs(text):
            paragraph = text[start:end]
            spans = plain_spans(paragraph)
            if spans is None:
                continue
            answered += 1
            punkt = list(news_tokenizer().span_tokenize(paragraph))
            assert [paragraph[a:b].rstrip() for a, b in spans] == [paragraph[a:b].rstrip() for a, b in punkt]
    assert answered >= 20


def test_abbreviations_initials_numbers_and_ellipses_go_to_punkt() -> None:
    from briefing.nlp.segment import plain_spans

    assert plain_spans("He met Mr. Smith there. They left.") is None
    assert plain_spans("J. K. Rowling spoke. She left.") is None
    assert plain_spans("It cost 2004. Then more.") is None
    assert plain_spans("Wait... then it went. Done.") is None
    assert plain_spans('It ended. "We won," he said.') is None  # a quote opening after a stop
    assert plain_spans("The vote passed. Members cheered loudly.") == [(0, 16), (17, 40)]
