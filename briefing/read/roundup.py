"""A news roundup ("World news in brief") is several stories, each opening with its own wire
dateline ("BEIJING — …", "MOSCOW — …"): read as one article, it gave one headline, one place
and one Who list for four events. Each item becomes an article of its own, dated as the roundup.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.model import Article
from briefing.nlp.transcript import label_spans
from briefing.read.metadata import dateline_at
from briefing.read.text import article_from_text

#: So many paragraphs must open with a dateline of their own for a text to be a roundup: a story
#: filed from one place opens with one, and rarely quotes another.
MIN_ITEMS = 3
#: More items than a desk's roundup holds: a text of thousands of datelines is read as one, so
#: that one input cannot cost thousands of reads.
MAX_ITEMS = 100
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
#: Further than any dateline reaches ("BUENOS AIRES, Argentina, Dec 4 (Reuters) - ").
_DATELINE_REACH = 200


def roundup_items(article: Article) -> list[Article]:
    """The stories of a roundup ``article``, each from its dateline to the next; the article
    itself when fewer than ``MIN_ITEMS`` of its paragraphs, or more than ``MAX_ITEMS``, open with
    a dateline."""
    body = article.text  # the front matter took the first item's dateline out of the body
    if label_spans(body, 0):
        return [article]  # "MURPHY: …", "BLITZER: …": a transcript's turns, not datelines
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(body)]
    # each paragraph's opening alone: a dateline is short, and reading on costs a pass per paragraph
    openings = [start for start in starts if dateline_at(body[start : start + _DATELINE_REACH], 0)]
    if not MIN_ITEMS <= len(openings) <= MAX_ITEMS:
        return [article]
    items: list[Article] = []
    for number, (begin, end) in enumerate(zip(openings, [*openings[1:], len(body)], strict=True), start=1):
        # the item is read as a text of its own, so its dateline and headline come from it
        item = article_from_text(body[begin:end].strip() + "\n", origin=f"{article.origin} item {number}")
        items.append(
            replace(
                item,
                published=item.published or article.published,
                source=item.source or article.source,
                url=article.url,
                authors=article.authors,
            )
        )
    return items
