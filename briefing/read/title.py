"""Headlines as pages and feeds give them carry the site, section, date or byline around the
headline ("… - CNN.com", "… | DW | 19.01.2020", "TechCrunch | …", "… - Maggie Haberman and Shira
Toeplitz"); only the headline is the article's title."""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|co\.uk|org|net|de|fr|in|au|ca|io|news|tv)\b", re.IGNORECASE)
_DATE = re.compile(r"^\W*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\W*$|^\W*(?:updated|published)\b", re.IGNORECASE)
#: A wire desk's slug before the headline ("UPDATE 2-Oil falls …", "RPT-…", "EXCLUSIVE-…").
_WIRE_SLUG = re.compile(
    r"^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|INSIGHT|BREAKINGVIEWS|FACTBOX|EXPLAINER)"
    r"(?: \d+)?-)+(?=\S)"
)
_CONNECTORS = frozenset(["and", "&", "of", "the", "for", "on", "by", "de"])
_MAX_LABEL_WORDS = 6


def clean_title(title: str | None, source: str | None = None) -> str | None:
    """The headline without the labels around it; the whole title when no part is clearly one."""
    if not title:
        return title
    title = _WIRE_SLUG.sub("", " ".join(title.split()))
    parts = _SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    bars = [match.group().strip() == "|" for match in _SEPARATOR.finditer(title)]
    labels = [_is_label(part, source) for part in parts]
    start, end = 0, len(parts)
    while end - start > 1 and labels[end - 1]:
        end -= 1
    # a label before the headline is set off by a bar ("TechCrunch | …"); "Spider-Man - Far From Home" is one title
    while end - start > 1 and labels[start] and bars[start]:
        start += 1
    if all(labels):  # every part is in Title Case: the headline is the first one of three words or more
        start = next((i for i, part in enumerate(parts) if len(part.split()) >= 3), start)
        end = start + 1
    if (start, end) == (0, len(parts)):
        return title
    kept = title[_offset(title, parts, start) : _offset(title, parts, end - 1) + len(parts[end - 1])]
    return kept if kept[:1].isupper() or kept[:1].isdigit() or kept[:1] in "\"“‘'" else title


def _is_label(part: str, source: str | None) -> bool:
    """A site, section, date or byline: short and in Title Case, a domain, a date, "By …"."""
    words = part.split()
    if source and part.casefold() == source.casefold():
        return True
    if _DOMAIN.search(part) or _DATE.search(part) or part.startswith("By "):
        return True
    if not words or len(words) > _MAX_LABEL_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS for w in words)


def _offset(title: str, parts: list[str], index: int) -> int:
    position = 0
    for number, part in enumerate(parts):
        position = title.index(part, position)
        if number == index:
            return position
        position += len(part)
    return position
