"""The speaker code's small parts: where a mention ends and colon introductions."""

from __future__ import annotations

import pytest

from briefing.extract.speakers import _trim_mention

from .test_extract import quotes_of


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ann Lee.  ", "Ann Lee"),
        ("Ann Lee, ", "Ann Lee"),
        ("Ann Lee. The vote", "Ann Lee"),
        ("said Sen.", "said Sen."),
        ("Robert J.", "Robert J."),
        ("spokesman Tom Reed;:", "spokesman Tom Reed"),
        ("Gov. Ann Lee.", "Gov. Ann Lee"),
    ],
)
def test_a_mention_ends_before_its_stop_but_keeps_a_title_or_initial(text: str, mention: str) -> None:
    assert text[: _trim_mention(text, 0, len(text))] == mention


def test_a_colon_introduction_only_when_the_colon_closes_the_paragraph_before() -> None:
    introduced = (
        "Mayor Ann Lee released this statement on the flooding:\n\n"
        '"The city will rebuild every road and bridge that the water destroyed."'
    )
    (quote,) = quotes_of(introduced)
    assert quote.said_by == "Ann Lee"
    not_introduced = (
        "The agenda had one item: flooding. Mayor Ann Lee chaired the meeting.\n\n"
        '"The city will rebuild every road and bridge that the water destroyed."'
    )
    (quote,) = quotes_of(not_introduced)
    assert quote.speaker is None
