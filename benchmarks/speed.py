"""Speed of the default summarizer beside sumy's LexRank (a script that prints figures, not a test).

    python benchmarks/speed.py [BBC_FOLDER]

Articles/s over the BBC News Summary articles (default ../shared/data/bbc-news-summary, or the
bundled seeds/ when absent), split and ranked on one core; then one long document of 2,000 and
one of 20,000 sentences made by repeating those articles, with time and peak Python memory.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

from briefing.nlp.segment import split_sentences
from briefing.read.decode import decode
from briefing.read.text import article_from_text
from briefing.summarize import ranker, select

ROOT = Path(__file__).resolve().parent.parent


def load(folder: Path) -> list[str]:
    paths = sorted((folder / "articles").rglob("*.txt")) if (folder / "articles").is_dir() else []
    if not paths:
        paths = sorted((ROOT / "seeds").glob("*.txt"))
    return [decode(p.read_bytes(), str(p)) for p in paths]


def throughput(texts: list[str], method: str, limit: int | None = None) -> float:
    rank = ranker(method)
    chosen = texts[:limit]
    begin = time.perf_counter()
    for text in chosen:
        article = article_from_text(text)
        split = split_sentences(article.text, article.body_start)
        select(split, rank(split, article.title, 3), count=3)
    return len(chosen) / (time.perf_counter() - begin)


def long_document(texts: list[str], sentences: int, method: str) -> tuple[float, float]:
    bodies, count = [], 0
    while count < sentences:
        for text in texts:
            article = article_from_text(text)
            bodies.append(article.body)
            count += len(split_sentences(article.body))
            if count >= sentences:
                break
    document = "\n\n".join(bodies)
    begin = time.perf_counter()
    split = split_sentences(document)
    select(split, ranker(method)(split, None, 5), count=5)
    elapsed = time.perf_counter() - begin
    tracemalloc.start()  # a second, traced run: tracing slows pure-Python code too much to time it
    split = split_sentences(document)
    select(split, ranker(method)(split, None, 5), count=5)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return elapsed, peak


def main() -> None:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(arguments[0]) if arguments else ROOT.parent / "shared" / "data" / "bbc-news-summary"
    texts = load(folder)
    cold = throughput(texts, "default")  # first pass fills the stem memo
    default = throughput(texts, "default")
    lexrank = throughput(texts, "lexrank", limit=500)
    print(f"articles: {len(texts)}")
    print(f"default  {cold:8.0f} articles/s (first pass, cold caches)")
    print(f"default  {default:8.0f} articles/s (second pass)")
    print(f"lexrank  {lexrank:8.0f} articles/s (first 500)   default/lexrank = {default / lexrank:.1f}x")
    for size in (2_000, 20_000):
        seconds, peak = long_document(texts, size, "default")
        print(f"default  {size:>6} sentences: {seconds:6.2f} s, peak {peak:7.1f} MiB")
    seconds, _ = long_document(texts, 2_000, "lexrank") if "--with-lexrank-long" in sys.argv else (0.0, 0.0)
    if seconds:
        print(f"lexrank    2000 sentences: {seconds:6.2f} s")


if __name__ == "__main__":
    main()
