"""Token overlap shared by the extraction scores."""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def token_f1(predicted: str, gold: str) -> float:
    ours, theirs = Counter(tokens(predicted)), Counter(tokens(gold))
    common = sum((ours & theirs).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ours.values()), common / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)
