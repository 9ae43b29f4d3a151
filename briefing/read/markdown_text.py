"""Markdown articles: rendered by Python-Markdown, then read as text, so that emphasis, link
targets, images and quote markers ("> ") never reach a summary."""

from __future__ import annotations

import re

import markdown

from briefing.model import Article
from briefing.read.fragment import fragment_text
from briefing.read.text import article_from_text

#: A YAML front matter block ("---", "title: …", "---") is metadata, read as such by the text
#: reader; Markdown would turn it into a rule and a paragraph.
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?:[^\n]{0,500}\n){0,60}?---[ \t]*(?:\n|\Z)")
#: ... and so are the text reader's field lines at the top ("date 2025-05-20", "source: AP"),
#: which Markdown would run together into one paragraph.
_FIELD_LINES = re.compile(r"\A(?:[ \t]*(?:date|published|title|source|url|author)\b[ \t]*:?[^\n]*\n)+", re.IGNORECASE)


def article_from_markdown(text: str, *, origin: str) -> Article:
    front = _FRONT_MATTER.match(text) or _FIELD_LINES.match(text)
    head, body = (front.group(), text[front.end() :]) if front else ("", text)
    plain = fragment_text(markdown.markdown(body)).strip()
    return article_from_text(f"{head.rstrip()}\n\n{plain}\n" if head else plain, origin=origin)
