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
    first_characters = {p[1] if p.startswith("\\") else p[0] for p in patterns}
    if not all(c.isalpha() or (not c.isalnum() and not c.isspace()) for c in first_characters):
        raise ValueError("every furniture pattern must start with a letter or an escaped mark")
    first = re.escape("".join(sorted(first_characters)))
    # The lookahead lets the engine reject most positions on one character.
    return re.compile(f"(?=[{first}])(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


def strip_furniture(text: str) -> str:
    """``text`` without the page furniture it carries."""
    return _furniture().sub("", text)
