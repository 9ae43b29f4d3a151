from datetime import date

import pytest

from briefing.read.metadata import read_front_matter, stamp_date
from briefing.read.text import article_from_text


def test_seed_date_and_dateline_are_recovered_and_removed(seed_text: str) -> None:
    article = article_from_text(seed_text)
    assert article.published == date(2025, 5, 20)
    assert article.dateline is not None and article.dateline.label == "Moscow, Russia"
    assert article.body.startswith("Russian President Vladimir Putin on Tuesday")


@pytest.mark.parametrize(
    ("text", "place", "source", "body"),
    [
        ("WASHINGTON (AP) — The Senate voted.", "Washington", "AP", "The Senate voted."),
        ("LONDON, May 20 (Reuters) - Shares fell.", "London", "Reuters", "Shares fell."),
        ("New Delhi [India], May 20 (ANI): Rain fell.", "New Delhi", "ANI", "Rain fell."),
        ("BEIJING -- China said on Monday it would act.", "Beijing", None, "China said on Monday it would act."),
    ],
)
def test_wire_datelines(text: str, place: str, source: str | None, body: str) -> None:
    front = read_front_matter(text)
    assert front.dateline == place
    assert front.source == source
    assert text[front.body_start :] == body


def test_an_ordinary_first_sentence_is_not_a_dateline() -> None:
    text = "Putin said - after a pause - that talks would go on."
    assert read_front_matter(text).body_start == 0


def test_title_line_and_fields() -> None:
    text = "title: Storm hits coast\nsource: Coast News\nurl: https://example.org/a\ndate: 2025-05-21\n\nThe storm hit."
    front = read_front_matter(text)
    assert (front.title, front.source, front.url, front.published) == (
        "Storm hits coast",
        "Coast News",
        "https://example.org/a",
        date(2025, 5, 21),
    )
    assert text[front.body_start :] == "The storm hit."


def test_bbc_layout_title_line(bbc_politics: str) -> None:
    article = article_from_text(bbc_politics)
    assert article.title == "Labour plans maternity pay rise"
    assert article.body.startswith("Maternity pay for new mothers")


def test_markdown_heading_is_the_title() -> None:
    article = article_from_text("# Floods in the north\n\nRivers burst their banks on Monday.")
    assert article.title == "Floods in the north"
    assert article.body == "Rivers burst their banks on Monday."


def test_dateline_after_page_debris_is_found_and_removed() -> None:
    text = "Photo LONDON -- At least seven people were killed when a tram derailed."
    front = read_front_matter(text, has_title=True)
    assert front.dateline == "London"
    assert text[front.body_start :].startswith("At least seven people")
    byline = "FBI clears Clinton By Alana Wise WASHINGTON, Nov 6 (Reuters) - The FBI said on Sunday."
    front = read_front_matter(byline, has_title=True)
    assert (front.dateline, front.source) == ("Washington", "Reuters")


def test_a_headline_repeated_at_the_start_of_the_text_is_not_the_lead() -> None:
    title = "Seven killed as tram derails on sharp bend"
    article = article_from_text(f"{title} At least seven people were killed when a tram derailed.", title=title)
    assert article.body.startswith("At least seven people")
    kept = article_from_text("Seven killed as trams collide. Police said more.", title="Seven killed")
    assert kept.body.startswith("Seven killed as trams")  # a two-word title is too short to trust


@pytest.mark.parametrize(
    "front",
    [
        "By Daily Mail Reporter\n\nPUBLISHED: 10:02 EST, 12 March 2015 | UPDATED: 11:30 EST, 12 March 2015\n\n",
        "PUBLISHED: 10:02 EST, 12 March 2015 | UPDATED: 11:30 EST, 12 March 2015\n\n",
        "By . Daily Mail Reporter . PUBLISHED: . 10:02 EST, 12 March 2015 . | . UPDATED: . 11:30 EST, 12 March 2015 . ",
        "Published: March 12, 2015 5:02 PM\n\n",
    ],
)
def test_time_stamps_are_no_part_of_the_story_and_date_it(front: str) -> None:
    text = front + "Hundreds of kite fliers gathered in Beijing on Thursday for the spring festival."
    found = read_front_matter(text)
    assert text[found.body_start :].startswith("Hundreds of kite fliers")
    assert found.published == date(2015, 3, 12)


def test_markdown_front_matter_heading_and_bold_byline() -> None:
    text = (
        '---\ntitle: "City council backs four-day week trial"\ndate: 2026-12-01\nlayout: post\n'
        "source: Valley Courier\nurl: https://courier.example.org/four-day-week\n---\n\n"
        "# City council backs four-day week trial\n\n**By Jo Bloggs, local democracy reporter**\n\n"
        "The city council voted 31-12 on Tuesday to let 200 of its staff work a four-day week."
    )
    found = read_front_matter(text)
    assert (found.title, found.published, found.source, found.url) == (
        "City council backs four-day week trial",
        date(2026, 12, 1),
        "Valley Courier",
        "https://courier.example.org/four-day-week",
    )
    assert text[found.body_start :].startswith("The city council voted")


def test_a_section_label_above_a_pasted_headline_is_not_the_title() -> None:
    from briefing.read.metadata import read_front_matter

    text = "World\nUkraine Strikes Russian Oil Refinery as Talks Stall\nUkrainian drones struck a refinery, officials said."
    assert read_front_matter(text).title == "Ukraine Strikes Russian Oil Refinery as Talks Stall"
    short = "Brexit explained\nThe UK left the European Union on 31 January 2020, after a long debate."
    assert read_front_matter(short).title == "Brexit explained"  # a two-word headline before a sentence stays


def test_date_lines_near_the_top_date_the_article_and_leave_the_body() -> None:
    from datetime import date

    from briefing.read.metadata import date_lines

    text = "Nov. 30, 2026\nUpdated 6:42 a.m. ET\nDrones struck a refinery on Sunday.\nIt burned until 5.30 pm."
    body, found = date_lines(text)
    assert found == date(2026, 11, 30)
    assert body == "Drones struck a refinery on Sunday.\nIt burned until 5.30 pm."


@pytest.mark.parametrize(
    "text",
    [
        "Washington CNN — President Joe Biden will travel to Ohio on Thursday.",
        "Biden heads to Ohio\nWashington\nCNN\n — \nPresident Joe Biden will travel to Ohio on Thursday.",
        "Washington\nCNN\n—\nPresident Joe Biden will travel to Ohio on Thursday.",
    ],
)
def test_cnns_dateline_without_brackets_inline_or_stacked(text: str) -> None:
    from briefing.read.text import article_from_text

    article = article_from_text(text)
    assert article.text[article.body_start :].startswith("President Joe Biden")
    assert article.source == "CNN"
    assert article.dateline is not None and article.dateline.name == "Washington"
    assert article.title in (None, "Biden heads to Ohio")


def test_a_title_case_headline_that_an_archive_ended_with_a_stop_is_the_title() -> None:
    from briefing.read.text import article_from_text

    text = (
        "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.\n\n"
        "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma.\n\n"
        "ABSTRACT.\n\nFULL TEXT.\n\nShe called it intolerable."
    )
    article = article_from_text(text)
    assert article.title == "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting."
    assert "ABSTRACT" not in article.text and "FULL TEXT" not in article.text
    sentence = article_from_text("The council met on Monday.\n\nIt voted to close the library after a debate.")
    assert sentence.title is None  # a first sentence in sentence case is the lead


def test_a_slashed_stamp_date_is_read_day_first_unless_its_day_comes_second() -> None:
    assert stamp_date("Published: 04/12/2026 - 09:12") == date(2026, 12, 4)
    assert stamp_date("Updated 12/31/2026") == date(2026, 12, 31)
    assert stamp_date("31/12/2026") == date(2026, 12, 31)
