"""Page furniture in scraped plain text: share buttons, newsletter boxes, ad slots, photo labels.

Text copied from news pages keeps words that are not the article ("Click to share on WhatsApp
(Opens in new window)"); left in, they become the lead, the "who" and summary sentences. HTML is
cleaned by trafilatura; for plain text the patterns in ``briefing/data/furniture.txt`` are
removed before anything else reads the text.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.data import read_text


@cache
def _furniture() -> re.Pattern[str]:
    lines = read_text("furniture.txt").splitlines()
    patterns = [line for line in lines if line.strip() and not line.startswith("#")]
    if not all(p[0].isalpha() for p in patterns):
        raise ValueError("every furniture pattern must start with a letter")
    first = "".join(sorted({p[0] for p in patterns}))
    # The lookahead lets the engine reject most positions on one character.
    return re.compile(f"(?=[{first}])(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


def strip_furniture(text: str) -> str:
    """``text`` without the page furniture it carries."""
    return _furniture().sub("", text)
