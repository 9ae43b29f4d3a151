"""Check that the plain-paragraph fast path of the sentence splitter agrees with Punkt.

    python benchmarks/plain_split.py [DATA_FOLDER]      # default ../shared/data

Every paragraph of the BBC articles and PolNeAR texts for which `plain_spans` answers is also
split by Punkt; the script prints how many paragraphs took the fast path, how many disagreed
(expected: 0) and the time of each splitter.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from briefing.nlp.segment import news_tokenizer, plain_spans

ROOT = Path(__file__).resolve().parent.parent
_BREAK = re.compile(r"\n\s*\n")


def paragraphs(data: Path) -> list[str]:
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted((data / "bbc-news-summary").rglob("*.txt"))]
    for name in ("attributions_train.jsonl", "attributions_dev.jsonl"):
        path = data / "polnear" / name
        if path.is_file():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return [p.strip() for text in texts for p in _BREAK.split(text) if p.strip()]


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    every = paragraphs(data)
    tokenizer = news_tokenizer()
    begin = time.perf_counter()
    fast = [plain_spans(p) for p in every]
    fast_seconds = time.perf_counter() - begin
    begin = time.perf_counter()
    punkt = [list(tokenizer.span_tokenize(p)) for p in every]
    punkt_seconds = time.perf_counter() - begin
    plain = disagree = 0
    for paragraph, ours, theirs in zip(every, fast, punkt, strict=True):
        if ours is None:
            continue
        plain += 1
        if [paragraph[a:b].rstrip() for a, b in ours] != [paragraph[a:b].rstrip() for a, b in theirs]:
            disagree += 1
            print(f"disagree: {paragraph[:200]!r}")
    print(f"{len(every)} paragraphs, {plain} on the fast path, {disagree} disagree with Punkt")
    print(f"fast path (all paragraphs, answering or not) {fast_seconds:.2f} s, Punkt {punkt_seconds:.2f} s")
    return 1 if disagree else 0


if __name__ == "__main__":
    raise SystemExit(main())
