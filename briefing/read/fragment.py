"""Short HTML fragments (feed entries, Markdown rendered to HTML) as plain text with their
paragraph breaks: what the text reader expects, without markup, images or link targets."""

from __future__ import annotations

import re

import lxml.html
from lxml.etree import ParserError

_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote|tr|pre)\s*>|<br\s*/?>", re.IGNORECASE)


def fragment_text(html: str) -> str:
    """The text of ``html``, a blank line after every block; "" when it cannot be parsed."""
    try:
        return lxml.html.fragment_fromstring(_BLOCK_END.sub("\n\n", html), create_parent="div").text_content()
    except (ParserError, ValueError):
        return ""
