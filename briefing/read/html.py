"""Saved web pages: trafilatura finds the main text, title, date and author."""

from __future__ import annotations

import trafilatura

from briefing.errors import InputError
from briefing.model import Article
from briefing.read.metadata import parse_iso_date
from briefing.read.text import article_from_text

#: A page whose main text is shorter than this is a gallery, a video page or a teaser.
MIN_PAGE_WORDS = 25


def article_from_html(html: str, *, origin: str, url: str | None = None) -> Article:
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise InputError(origin, f"unreadable HTML ({type(error).__name__})") from None
    if document is None or not (document.text or "").strip():
        raise InputError(origin, "no article text found in the HTML page")
    text = document.text
    words = len(text.split())
    if words < MIN_PAGE_WORDS:
        counted = "1 word" if words == 1 else f"{words} words"
        raise InputError(origin, f"only {counted} of text on the page (a caption or a teaser, not a story)")
    # trafilatura puts each paragraph, heading and caption on a line of its own: blank lines make
    # them paragraphs, as in the text of a plain-text article (a standfirst stays a line apart)
    text = "\n\n".join(line for line in text.splitlines() if line.strip())
    title = (document.title or "").strip() or None
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return article_from_text(
        text,
        origin=origin,
        title=title,
        published=parse_iso_date(document.date or ""),
        source=document.sitename or None,
        url=document.url or url,
        authors=(document.author,) if document.author else (),
    )
