"""JSON Lines: one article per line with ``text`` and optional ``title``, ``published``, ``source``, ``url``."""

from __future__ import annotations

import json
from collections.abc import Iterator

from briefing.errors import InputError
from briefing.model import Article
from briefing.read.metadata import parse_iso_date
from briefing.read.text import article_from_text


def articles_from_jsonl(text: str, *, origin: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_origin = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(line_origin, f"broken JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield InputError(line_origin, 'no "text" field with article text')
            continue
        yield article_from_text(
            record["text"],
            origin=line_origin,
            title=_string(record.get("title")),
            published=parse_iso_date(_string(record.get("published")) or ""),
            source=_string(record.get("source")),
            url=_string(record.get("url")),
        )


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
