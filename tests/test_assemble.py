"""How one event's articles become one story: what is merged, what is kept once, what leads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import briefing
from briefing.assemble import assemble, is_opinion
from briefing.model import ArticleBrief, Quote, Speaker, When

DAY = date(2025, 5, 20)
QUOTE = "We will keep the line open as long as it takes to get everyone home safely"


def brief(title: str, summary: tuple[str, ...], *, url: str = "", body: str = "Text of the article.") -> ArticleBrief:
    return ArticleBrief(
        article=briefing.Article(text=body, title=title, published=DAY, source="Wire", url=url or None),
        summary=summary,
        who=(),
        what=title,
        when=When(DAY, "on Tuesday"),
        where=(briefing.Place("Dover", "city", "United Kingdom"), briefing.Place("Calais", "city", "France")),
        quotes=(Quote(QUOTE, 0, len(QUOTE), speaker=Speaker(0, 4, name="Ann Reed", role="the port's director")),),
        lead=summary,
    )


FERRY_A = brief(
    "Storm halts Dover ferries",
    (
        "A storm halted every ferry between Dover and Calais on Tuesday, stranding 3,000 lorries.",
        "Port officials said crossings would resume when the wind drops below gale force.",
    ),
    url="https://example.org/news/ferries",
    body="A storm halted every ferry between Dover and Calais on Tuesday. " * 20,
)
FERRY_B = brief(
    "Storm halts Dover ferries, lorries queue",
    (
        "Every ferry between Dover and Calais was halted by a storm on Tuesday, stranding 3,000 lorries.",
        "Drivers queued for twelve miles on the motorway into Kent overnight.",
    ),
    url="https://example.org/news/ferries-queue",
)


OTHER = brief(
    "Council approves new cycle lanes",
    ("The city council approved three new cycle lanes after a long debate on Tuesday evening.",),
    url="https://example.org/news/cycle-lanes",
)


def test_one_event_from_two_outlets_is_one_story_with_each_fact_once() -> None:
    result = assemble([FERRY_A, FERRY_B, OTHER], day=DAY)
    assert result.articles == 3 and result.outside_day == 0
    story = next(s for s in result.stories if len(s.sources) == 2)
    assert len(result.stories) == 2
    assert story.summary == (
        FERRY_A.summary[0],
        FERRY_A.summary[1],
        "Drivers queued for twelve miles on the motorway into Kent overnight.",
    )  # the second outlet's restatement of the lead is left out, its new fact kept
    assert [p.name for p in story.where] == ["Dover", "Calais"]
    assert [q.text for q in story.quotes] == [QUOTE]
    assert story.quotes[0].article == "https://example.org/news/ferries"
    assert [s.url for s in story.sources] == [
        "https://example.org/news/ferries",
        "https://example.org/news/ferries-queue",
    ]
    assert story.sources[0].title == "Storm halts Dover ferries"
    assert story.sources[0].fingerprint == FERRY_A.article.fingerprint


def test_a_labelled_column_does_not_lead_even_when_longer() -> None:
    column = replace(
        FERRY_B,
        article=replace(FERRY_B.article, title="Opinion: Storm halts Dover ferries again", body_start=0),
    )
    longer_column = replace(column, article=replace(column.article, text="Words of the column. " * 200))
    assert is_opinion(longer_column) and not is_opinion(FERRY_A)
    stories = assemble([longer_column, FERRY_A, OTHER], day=DAY).stories
    assert len(stories) == 2
    assert next(s for s in stories if len(s.sources) == 2).title == "Storm halts Dover ferries"


def test_opinion_sections_are_found_by_their_address_in_any_case() -> None:
    shouted = replace(FERRY_A, article=replace(FERRY_A.article, url="https://example.org/OPINION/2025/ferries"))
    assert is_opinion(shouted)
    assert not is_opinion(replace(FERRY_A, article=replace(FERRY_A.article, url=None, title=None)))


def test_articles_of_other_days_are_counted_not_briefed() -> None:
    old = replace(FERRY_B, article=replace(FERRY_B.article, published=date(2025, 5, 1)))
    result = assemble([FERRY_A, old, OTHER], day=DAY)
    assert (result.articles, result.outside_day, len(result.stories)) == (2, 1, 2)


def test_a_day_of_two_articles_on_one_event_is_one_story() -> None:
    """With only two articles every shared word is in "all" of them; it must still count."""
    assert len(assemble([FERRY_A, FERRY_B], day=DAY).stories) == 1
    assert len(assemble([FERRY_A, OTHER], day=DAY).stories) == 2


def test_the_same_words_quoted_at_two_lengths_are_one_quote_the_longer() -> None:
    short = QUOTE.split(" as long as")[0]  # "We will keep the line open"
    longer = QUOTE + " and fed"
    cut = replace(FERRY_A, quotes=(Quote(short, 0, len(short)),))
    full = replace(FERRY_B, quotes=(Quote(longer, 0, len(longer)), Quote("Nobody will be left behind", 0, 26)))
    story = next(s for s in assemble([cut, full], day=DAY).stories)
    assert [q.text for q in story.quotes] == [longer, "Nobody will be left behind"]
    assert story.quotes[0].article == "https://example.org/news/ferries-queue"
    other_words = replace(FERRY_B, quotes=(Quote("We will keep the lines", 0, 22),))  # not the same words
    story = next(s for s in assemble([cut, other_words], day=DAY).stories)
    assert [q.text for q in story.quotes] == [short, "We will keep the lines"]


def test_a_sentence_whose_words_the_story_said_across_two_sentences_is_left_out() -> None:
    first = brief(
        "Storm halts Dover ferries",
        (
            "A storm halted every ferry between Dover and Calais on Tuesday, stranding 3,000 lorries.",
            "Port staff said the storm had shut the harbour until the evening.",
        ),
        url="https://example.org/news/ferries",
        body="A storm halted every ferry between Dover and Calais on Tuesday. " * 20,
    )
    second = brief(
        "Dover ferries halted",
        (
            "Officials said lorries were stranded after the storm closed the harbour to every ship.",
            "Drivers queued for twelve miles on the motorway into Kent overnight.",
        ),
        url="https://example.org/news/ferries-2",
    )
    story = next(s for s in assemble([first, second], day=DAY).stories if len(s.sources) == 2)
    assert story.summary == (*first.summary, "Drivers queued for twelve miles on the motorway into Kent overnight.")
