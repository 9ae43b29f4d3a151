"""Print what a brief shows for a random sample of BBC News Summary articles that no label file
holds, for counting by hand: the first four Who entries, the places and the key quotes.

The samples the README's hand counts were read from are drawn with ``random.Random(seed)`` over
the sorted unlabelled files, so the same seed gives the same articles.

    python scripts/hand_sample.py ../shared/data --seed 218 --count 30
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from briefing.analyze import analyze_article
from briefing.read import read_bytes
from briefing.writers import best_quotes

HERE = Path(__file__).resolve().parent
LABEL_FILES = ("where_labels.tsv", "where_heldout_labels.tsv", "who_labels.tsv", "who_heldout_labels.tsv")


def unlabelled(articles: Path) -> list[Path]:
    """The BBC article files no label file names, sorted."""
    labelled = {
        line.split("\t")[0] for name in LABEL_FILES for line in (HERE / name).read_text(encoding="utf-8").splitlines()
    }
    return sorted(p for p in articles.glob("*/*.txt") if f"bbc/{p.relative_to(articles)}" not in labelled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (holding bbc-news-summary/)")
    parser.add_argument("--seed", type=int, default=218)
    parser.add_argument("--count", type=int, default=30)
    args = parser.parse_args()
    articles = args.data / "bbc-news-summary" / "articles"
    files = unlabelled(articles)
    if not files:
        raise SystemExit(f"hand_sample: no BBC articles under {articles}")
    for path in random.Random(args.seed).sample(files, min(args.count, len(files))):
        origin = str(path.relative_to(articles))
        (article,) = read_bytes(path.read_bytes(), origin, kind="text")  # as `briefing build` reads it
        brief = analyze_article(article)
        print(f"===== {origin} | {brief.article.title}")
        print("  WHO4:", "; ".join(f"{e.name}[{e.kind[0]}]" for e in brief.who[:4]))
        print("  WHERE:", "; ".join(f"{p.name}, {p.country}" for p in brief.where))
        for quote in best_quotes(brief.quotes):
            print("  KQ:", quote.said_by, "<<", quote.text[:100])


if __name__ == "__main__":
    main()
