import pytest

import briefing
from briefing.analyze import analyze_article
from briefing.nlp.segment import split_sentences
from briefing.read.text import article_from_text
from briefing.summarize import METHODS, expected_size, ranker, select, summarize_sentences

from .conftest import SEEDS


def bodies() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_verbatim_sentences_in_document_order(method: str, seed_text: str) -> None:
    chosen = briefing.summarize(seed_text, sentences=3, method=method)
    assert len(chosen) == 3
    positions = [seed_text.index(s) for s in chosen]
    assert positions == sorted(positions)
    assert not any(s.startswith(("date", "Moscow")) for s in chosen)


def test_word_budget_fills_greedily_and_never_passes_the_budget(bbc_politics: str) -> None:
    article = article_from_text(bbc_politics)
    split = split_sentences(article.text, article.body_start)
    ranking = ranker("default")(split, article.title, expected_size(split, None, 80))
    chosen = {s.index for s in select(split, ranking, count=None, budget_words=80)}
    length = {i: len(split[i].text.split()) for i in ranking}
    assert 60 < sum(length[i] for i in chosen) <= 80
    for rank, index in enumerate(ranking):
        if index not in chosen:  # passed over: it did not fit beside the better ones already taken
            assert sum(length[i] for i in ranking[:rank] if i in chosen) + length[index] > 80
    assert ranking[0] in chosen
    assert briefing.summarize(bbc_politics, words=80) == [split[i].text for i in sorted(chosen)]


def test_a_budget_smaller_than_every_sentence_gives_the_best_sentence_alone(bbc_politics: str) -> None:
    article = article_from_text(bbc_politics)
    split = split_sentences(article.text, article.body_start)
    ranking = ranker("default")(split, article.title)
    assert select(split, ranking, count=None, budget_words=2) == [split[ranking[0]]]


@pytest.mark.parametrize("text", bodies())
def test_default_summary_of_each_sample_is_verbatim_and_has_no_metadata(text: str) -> None:
    chosen = briefing.summarize(text, sentences=3)
    assert 1 <= len(chosen) <= 3
    for sentence in chosen:
        assert sentence in text
        assert not sentence.startswith("date ")


def test_title_is_never_a_summary_sentence(bbc_politics: str) -> None:
    assert "Labour plans maternity pay rise" not in briefing.summarize(bbc_politics, sentences=5)


def test_unknown_method_is_a_clear_error(seed_text: str) -> None:
    with pytest.raises(ValueError, match="unknown summary method"):
        briefing.summarize(seed_text, method="magic")


def test_the_brief_summary_leaves_out_teasers_for_other_stories() -> None:
    text = (
        "The Chicago Cubs won the World Series on Wednesday night, beating the Cleveland Indians 8-7 in ten "
        "innings. [Believe it: Chicago Cubs win classic Game 7 to win first World Series since 1908] "
        "Clinton emails - what's it all about? wrote one fan on Twitter. Fans filled the streets of Chicago "
        "until dawn, and the team "
        "will parade through the city on Friday. The club had not won the title since 1908."
    )
    summary = analyze_article(article_from_text(text, title="Cubs win World Series"), sentences=3).summary
    assert len(summary) == 3
    assert not any(s.startswith("[") or s.endswith("?") or s[0].islower() for s in summary)


def test_the_brief_summary_leaves_out_the_tail_of_a_cut_quotation() -> None:
    text = (
        'The Cubs won the World Series on Wednesday night in Cleveland. "Who saw that coming?" wrote one fan '
        "on Twitter. Fans filled the streets of Chicago until dawn. The team will parade on Friday."
    )
    summary = analyze_article(article_from_text(text, title="Cubs win"), sentences=4).summary
    assert "wrote one fan on Twitter." not in summary
    assert '"Who saw that coming?"' not in summary  # nor the quotation its tail names the speaker of
    assert len(summary) == 3


LONG_REPORT = (
    "Floods forced 2,000 people from their homes in the Severn valley on Monday, the Environment Agency said. "
    "The river burst its banks at Tewkesbury and Worcester after three days of heavy rain across the region. "
    "Army engineers were sent to build temporary barriers around the worst-hit streets of Worcester overnight. "
    + " ".join(
        f"Resident number {n} said the water had reached the windows of houses on the lower streets near the river."
        for n in range(12)
    )
)


def test_a_three_sentence_summary_of_a_long_report_is_its_lead() -> None:
    split = split_sentences(LONG_REPORT)
    chosen = summarize_sentences(split)  # the defaults: three sentences, the default method
    assert [s.index for s in chosen] == [0, 1, 2]


def test_distinct_leaves_out_a_sentence_that_repeats_one_already_taken() -> None:
    text = (
        "The council approved the new bridge over the river on Tuesday after a long debate. "
        "The council approved the new bridge over the river on Tuesday after a short debate. "
        "Work on the bridge will start in the spring and should take two years to finish."
    )
    split = split_sentences(text)
    assert len(summarize_sentences(split, count=2, method="lead")) == 2
    chosen = summarize_sentences(split, count=2, method="lead", distinct=0.5)
    assert [s.index for s in chosen] == [0, 2]


def test_a_short_default_summary_passes_over_a_restatement_of_its_lead() -> None:
    lead = (
        "The bishop of the Fargo diocese in North Dakota has exposed hundreds of church members in Fargo, "
        "Grand Forks and Jamestown to the hepatitis A virus in late September."
    )
    restated = (
        "Bishop John Folda of the Fargo diocese in North Dakota has exposed hundreds of church members in "
        "Fargo, Grand Forks and Jamestown to the hepatitis A virus."
    )
    fixtures = [
        "Republic of Ireland v Cyprus; France v Israel; Switzerland v Faroe Islands; Cyprus v France.",
        "Switzerland v Republic of Ireland; Israel v Cyprus; Faroe Islands v France; Israel v Switzerland.",
    ]
    rest = [
        "The state Health Department has issued an advisory for anyone who took communion at five churches.",
        "The risk of infection is low, but officials say it is important to alert people to the exposure.",
        "Symptoms of hepatitis A include fever, tiredness, loss of appetite, nausea and abdominal pain.",
        "The bishop is taking time off after being diagnosed with the virus, the diocese said on Monday.",
        "He had returned from a conference in Italy, where he is believed to have caught the infection.",
        "Vaccinations will be offered free of charge at clinics across the state until the end of the month.",
        "Parishioners who feel unwell have been told to contact their doctor rather than go to hospital.",
        "The diocese serves about 100,000 Catholics in 131 parishes across the eastern half of the state.",
        "Health officials said no other cases linked to the churches had been reported so far this year.",
        "Services will go ahead as planned this weekend, though communion will be given by other priests.",
    ]
    chosen = summarize_sentences(split_sentences(" ".join([lead, restated, *rest])), count=3)
    assert [s.index for s in chosen] == [0, 2, 3]
    chosen = summarize_sentences(split_sentences(" ".join([*fixtures, *rest])), count=3)
    assert [s.index for s in chosen] == [0, 1, 2]  # they share names, not phrases


def test_expected_size_reads_a_word_budget_as_sentences() -> None:
    split = split_sentences(LONG_REPORT)
    words = sum(len(s.text.split()) for s in split)
    assert expected_size(split, 3, None) == 3
    assert expected_size(split, None, words // 2) == round(len(split) / 2)
    assert expected_size(split, None, 1) == 1
    assert expected_size([], 3, 50) == 3


def test_the_brief_summary_of_a_long_report_is_its_lead() -> None:
    from briefing.summarize.brief import brief_summary

    split = split_sentences(LONG_REPORT)
    assert [s.index for s in brief_summary(split, "Floods force 2,000 from homes")] == [0, 1, 2]


def test_the_brief_never_opens_on_a_question_or_a_fragment() -> None:
    from briefing.summarize.brief import brief_summary

    question = "Will the river rise again tonight? " + LONG_REPORT
    chosen = brief_summary(split_sentences(question), "Floods")
    assert chosen[0].text.startswith("Floods forced") and not any(s.text.endswith("?") for s in chosen)
    fragment = "Water everywhere. " + LONG_REPORT
    assert brief_summary(split_sentences(fragment), "Floods")[0].text.startswith("Floods forced")


def test_the_library_call_passes_title_and_word_budget_to_the_ranker() -> None:
    article = (SEEDS / "bbc_entertainment_001.txt").read_text(encoding="utf-8")
    body = article.split("\n", 1)[1]
    titled = briefing.summarize(body, sentences=4, title="Gallery unveils interactive tree")
    assert titled != briefing.summarize(body, sentences=4)
    bounded = briefing.summarize(body, sentences=10, words=60)
    assert 2 <= len(bounded) < 10 and sum(len(s.split()) for s in bounded) <= 60
