"""Worst cases for every pattern: 1 MB inputs built to make regexes and loops work hardest.

    python benchmarks/worst_case.py

Prints the time to read and analyze each; exits 1 if any takes 2 s or more (issue: no input of
up to 1 MB may make an extractor run longer). A script, not a timed unit test: the unit tests
run the same inputs for correctness (tests/test_hostile.py).
"""

from __future__ import annotations

import time

from briefing import analyze
from briefing.read import read_bytes

LIMIT_SECONDS = 2.0
SIZE = 1_000_000

CASES = {
    "capitalised words": "Foo Bar ",
    "one long line of words": "word ",
    "straight quotes only": '"',
    "curly quotes": "\u201ca b c\u201d ",
    "quote with cue": '"Yes we can," he said. ',
    "abbreviation-like periods": "a. ",
    "datelines": "WASHINGTON (AP) \u2014 ",
    "dates": "12 May 2020 ",
    "apostrophes": "O'Brien's ",
    "newlines": "\n",
    "short paragraphs": "A b.\n\n",
    "dashes": "- ",
    "open brackets": "Moscow [",
    "title case and connectors": "Mr Smith Of The Bank Of England And ",
    "unbalanced curly quotes": "\u201cword ",
    "weekday phrases": "at about 6.10am on Tuesday morning ",
    "photo captions without an end": "Image caption " + "a" * 150 + " ",
    "share buttons": "Click to share on WhatsApp (Opens in new window",
    "names between pronoun quotes": 'Ann Lee met Tom Hale of the Hebei Province. "Yes we can do it," she said. ',
    "photo gallery controls": "1 of 22 Full Screen Autoplay Close Skip Ad x Getty Images 6 ",
    "an opening straight quote and a word": '"a ',
    "said chains": "said Ann Lee, said Tom Hale, ",
    "nested curly quotes": "\u201ca \u201cb \u201cc ",
    "caption labels": "the magazine Short and sweet: Julia ",
    "lines without stops": "A subhead without a stop\n",
    "single marks that open nothing": "rock 'n roll ",
    "single-mark quotes with a cue": "'Yes we can,' she said. ",
    "transcript turns": "MURPHY: There is no legal authority for what they are doing.\n\nBLITZER: Senator Chris Murphy.\n\n",
    # a byline or a picture credit of one long word: name patterns that could split it every way
    "bylines of one long word": "By " + "ABCDEFGHIJ" * 30 + " x\n",
    "credits of one long word": "Photo: " + "ABCDEFGHIJ" * 30 + " x\n",
    "roundup datelines": "WASHINGTON (AP) \u2014 The Senate voted on Tuesday.\n\n",
    "interview turns": "Q: Why now?\n\nStiell: Because the science says so, and the money is there to act now.\n\n",
}
#: Analysis reads an article's first 100,000 characters, so growth is measured below that.
GROWTH_SIZES = (12_500, 25_000, 50_000, 100_000)
#: Doubling the input may at most multiply the time by this (linear is 2; noise needs room).
GROWTH_LIMIT = 2.8


def main() -> int:
    slowest = 0.0
    for name, unit in CASES.items():
        text = (unit * (SIZE // len(unit) + 1))[:SIZE] + " end."
        begin = time.perf_counter()
        list(read_bytes(text.encode(), name, kind=None))
        read = time.perf_counter() - begin
        begin = time.perf_counter()
        result = analyze(text)
        analysed = time.perf_counter() - begin
        slowest = max(slowest, read, analysed)
        print(f"{name:28} read {read:5.2f} s  analyze {analysed:5.2f} s  quotes {len(result.quotes)}", flush=True)
    print(f"slowest: {slowest:.2f} s (limit {LIMIT_SECONDS} s)")
    worst_growth = growth()
    return 0 if slowest < LIMIT_SECONDS and worst_growth < GROWTH_LIMIT else 1


def growth() -> float:
    """Each case at doubling sizes: the time ratio of the last doubling (best of three runs)."""
    worst = 0.0
    for name, unit in CASES.items():
        times = []
        for size in GROWTH_SIZES:
            text = (unit * (size // len(unit) + 1))[:size] + " end."
            runs = []
            for _ in range(3):
                begin = time.perf_counter()
                analyze(text)
                runs.append(time.perf_counter() - begin)
            times.append(min(runs))
        ratio = times[-1] / max(times[-2], 1e-3)
        worst = max(worst, ratio if times[-1] > 0.05 else 0.0)  # below 50 ms the ratio is noise
        print(f"{name:36} " + "  ".join(f"{t:6.3f}" for t in times) + f"   x{ratio:4.2f} per doubling", flush=True)
    print(f"worst growth per doubling (over 50 ms): x{worst:.2f} (limit x{GROWTH_LIMIT})")
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
