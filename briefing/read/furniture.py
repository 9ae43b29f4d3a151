"""Page furniture in scraped plain text: share buttons, newsletter boxes, ad slots, photo labels.

Text copied from news pages keeps words that are not the article ("Click to share on WhatsApp
(Opens in new window)"); left in, they become the lead, the "who" and summary sentences. HTML is
cleaned by trafilatura; for plain text the patterns in ``briefing/data/furniture.txt`` (anywhere)
and ``briefing/data/furniture_lines.txt`` (whole lines) are removed before anything else reads
the text.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.data import read_text


@cache
def _furniture() -> re.Pattern[str]:
    lines = read_text("furniture.txt").splitlines()
    patterns = [line for line in lines if line.strip() and not line.startswith("#")]
    digits = any(p.startswith("\\d") for p in patterns)
    letters = {p[0] for p in patterns if not p.startswith("\\")}
    marks = {p[1] for p in patterns if p.startswith("\\") and not p.startswith("\\d")}
    if not all(c.isalpha() for c in letters) or any(c.isalnum() or c.isspace() for c in marks):
        raise ValueError("every furniture pattern must start with a letter, a digit (\\d) or an escaped mark")
    first_characters = letters | marks
    first = re.escape("".join(sorted(first_characters))) + ("0-9" if digits else "")
    # The lookahead lets the engine reject most positions on one character.
    return re.compile(f"(?=[{first}])(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


@cache
def _furniture_lines() -> re.Pattern[str]:
    lines = read_text("furniture_lines.txt").splitlines()
    patterns = [line for line in lines if line.strip() and not line.startswith("#")]
    # a blank line fails at once, before the alternatives are tried (a megabyte of them took a second)
    return re.compile(
        "^(?=[ \t]*\\S)[ \t]*(?:" + "|".join(f"(?:{p})" for p in patterns) + ")[ \t]*(?:\n|$)", re.MULTILINE
    )


#: A line that ends the article on a page: what follows is readers' comments or other stories.
_ARTICLE_END = re.compile(
    r"^[ \t]*(?:Comments?(?:[ \t]*\(\d+\))?|\d+[ \t]+[Cc]omments?|Leave a (?:comment|reply)|Join the conversation"
    r"|Most (?:read|viewed|popular)|Related (?:articles|stories|coverage|content)|More on this story"
    r"|You (?:may|might) also like|Recommended(?: for you)?)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
#: So much text comes before an end marker that counts: a page's top bar is no article's end.
_BODY_BEFORE_END = 200


#: A page's menu pasted above the story: four or more lines of one to three words in a row, with
#: no digit or sentence mark ("Menu", "Sign in", "World", "Africa", …), then a blank line. A
#: headline, a byline and a date line are no such run.
_MENU = re.compile(r"\A\s*(?:[ \t]*[A-Za-z&'’-]++(?:[ \t]+[A-Za-z&'’-]++){0,2}[ \t]*\n){4,}(?=[ \t]*\n)")


def strip_furniture(text: str) -> str:
    """``text`` without the page furniture it carries: a menu above the story, everything after
    a line that ends the article ("Comments (3)", "Most read"), patterns anywhere, and lines that
    are furniture only when they stand alone ("Share", "Facebook Twitter Pinterest")."""
    end = _ARTICLE_END.search(text, _BODY_BEFORE_END)
    if end is not None:
        text = text[: end.start()]
    text = _furniture().sub("", _furniture_lines().sub("", text))
    menu = _MENU.match(text)
    bylined = menu is not None and any(line.lstrip().startswith("By ") for line in menu.group().splitlines())
    return text[menu.end() :] if menu and not bylined else text
