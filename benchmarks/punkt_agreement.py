"""Check that the project's fast Punkt gives NLTK's Punkt's answer on real news, and time both.

    python benchmarks/punkt_agreement.py [DATA_FOLDER]      # default ../shared/data

Every paragraph of the BBC articles and PolNeAR texts is split by `FixedPunkt` (what the
project runs) and by NLTK's `PunktSentenceTokenizer` with the same parameters; the script
prints how many paragraphs disagree (expected: 0) and the time of each.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from briefing.data import word_list
from briefing.nlp.punkt import FixedPunkt, reference_punkt

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
    lists = frozenset(word_list("abbreviations.txt")), frozenset(word_list("sentence_starters.txt"))
    timings = {}
    answers = {}
    for name, tokenizer in (("NLTK Punkt", reference_punkt(*lists)), ("FixedPunkt", FixedPunkt(*lists))):
        begin = time.perf_counter()
        answers[name] = [list(tokenizer.span_tokenize(p)) for p in every]
        timings[name] = time.perf_counter() - begin
    disagree = 0
    for paragraph, theirs, ours in zip(every, answers["NLTK Punkt"], answers["FixedPunkt"], strict=True):
        if theirs != ours:
            disagree += 1
            print(f"disagree: {paragraph[:200]!r}")
    print(f"{len(every)} paragraphs, {disagree} split differently")
    print(", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items()))
    return 1 if disagree else 0


if __name__ == "__main__":
    raise SystemExit(main())
