"""B-cubed F1 of story grouping on small days: random samples of the Giveme5W1H articles, with
the day's IDF computed from the articles alone and from at least ``_MIN_DAY`` articles.

    python scripts/small_days.py [../shared/data/giveme5w1h/train]
"""

from __future__ import annotations

import importlib
import random
import statistics
import sys
from pathlib import Path

from briefing.analyze import analyze_article
from briefing.evaluate.fivew import load
from briefing.evaluate.grouping import b_cubed, event_labels
from briefing.read.metadata import parse_iso_date
from briefing.read.text import article_from_text

SIZES = (2, 3, 5, 8, 12, 19)
SAMPLES = 150


def main() -> None:
    root = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/data/giveme5w1h/train"
    )
    if not root.is_dir():
        print(f"skipped: {root} is absent")
        return
    assemble = importlib.import_module("briefing.assemble")  # the module, not the function of that name
    golds = list(load(root))
    briefs = [
        analyze_article(article_from_text(g.text, title=g.title, published=parse_iso_date(g.published or "")))
        for g in golds
    ]
    labels = event_labels([g.category for g in golds])
    shipped = assemble._MIN_DAY
    print(f"| articles a day | F1, IDF of the day alone | F1, IDF of at least {shipped} |\n|---:|---:|---:|")
    for size in SIZES:
        scores = []
        for minimum in (1, shipped):
            assemble._MIN_DAY = minimum
            draw = random.Random(size)
            f1s = []
            for _ in range(SAMPLES):
                chosen = draw.sample(range(len(briefs)), size)
                story_of = [0] * size
                for number, group in enumerate(assemble.group_briefs([briefs[i] for i in chosen])):
                    for index in group:
                        story_of[index] = number
                f1s.append(b_cubed(story_of, [labels[i] for i in chosen])[2])
            scores.append(statistics.mean(f1s))
        assemble._MIN_DAY = shipped
        print(f"| {size} | {scores[0]:.3f} | {scores[1]:.3f} |")


if __name__ == "__main__":
    main()
