"""Lists of feeds, as feed readers keep them: one URL or path a line, or an OPML export."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from briefing.errors import InputError


def read_feed_list(path: Path) -> list[str]:
    """The feeds (URLs or paths) that ``path`` lists, in order; paths relative to the list's folder."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the feed list ({error})") from None
    if text.lstrip().startswith("<"):
        entries = _opml(text, path)
    else:
        entries = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [entry if "://" in entry or Path(entry).is_absolute() else str(path.parent / entry) for entry in entries]


def _opml(text: str, path: Path) -> list[str]:
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        raise InputError(str(path), "OPML with a DOCTYPE or entities is refused")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise InputError(str(path), f"not a readable OPML file ({error})") from None
    return [outline.get("xmlUrl", "").strip() for outline in root.iter("outline") if outline.get("xmlUrl", "").strip()]
