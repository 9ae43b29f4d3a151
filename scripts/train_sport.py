"""Train the sport detector of ``briefing/nlp/topic.py`` and write ``briefing/data/sport_weights.json``.

A story of a match names towns and countries as sides ("losses to Newcastle", "Chelsea hold
Arsenal"), so Where needs "in", "at" or "near" before one there (``extract/where.py``). The
detector is a logistic regression over the words of the text (present or not), learned from
the sections of BBC News Summary: the even-numbered files of every section train, the odd ones
test. Giveme5W1H's event labels give a second test from other outlets: its Formula 1 and Cubs
stories are sport, the rest are not; a third is the CNN/Daily Mail test half, whose addresses
name their section.

    pip install '.[train]'
    python scripts/train_sport.py ../shared/data
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
from logistic import fit, write_weights

from briefing.nlp.topic import words_of

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "briefing" / "data" / "sport_weights.json"
#: A word becomes a feature once this many training articles hold it.
MIN_DOCS = 10
PENALTIES = (1.0, 3.0, 10.0, 30.0)
#: Weights smaller than this are left out of the data file: they never move a decision.
SMALLEST = 0.05
SPORT_EVENTS = {"f1", "cubs win championship"}


#: Each article is also learned from its opening this many words long: a feed entry or a
#: headline with a line of text must not be called sport for want of words.
OPENINGS = (12, 40)


def bbc(data: Path) -> list[tuple[str, bool, bool, bool]]:
    """(text, is sport, in the training half, whole article) for every BBC article and for its
    openings."""
    found = []
    for path in sorted((data / "bbc-news-summary" / "articles").glob("*/*.txt")):
        number = int(re.sub(r"\D", "", path.stem) or 0)
        text = path.read_text(encoding="utf-8", errors="replace")
        sport, train = path.parent.name == "sport", number % 2 == 0
        found.append((text, sport, train, True))
        words = text.split()
        found.extend((" ".join(words[:n]), sport, train, False) for n in OPENINGS if len(words) > n)
    return found


def giveme(data: Path) -> list[tuple[str, bool]]:
    found = []
    for path in sorted((data / "giveme5w1h" / "train").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("category"):
            found.append(
                (f"{record.get('title') or ''}\n{record.get('text') or ''}", record["category"] in SPORT_EVENTS)
            )
    return found


#: The section of a CNN or Daily Mail article's address ("cnn.com/2015/04/08/us/…", "dailymail.co.uk/sport/…").
_SECTION = re.compile(r"(?:cnn\.com/\d+/\d+/\d+/|dailymail\.co\.uk/)([a-z]+)")


def cnndm(data: Path) -> list[tuple[str, bool]]:
    """CNN/Daily Mail test-half articles whose address names their section; "sport" is sport."""
    found = []
    path = data / "cnndm" / "test_half.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        record = json.loads(line)
        section = _SECTION.search(record.get("url") or "")
        if section:
            found.append((record["article"], section[1] == "sport"))
    return found


def matrix(texts: list[str], vocabulary: list[str]) -> np.ndarray:
    column = {word: i + 1 for i, word in enumerate(vocabulary)}
    x = np.zeros((len(texts), len(vocabulary) + 1))
    x[:, 0] = 1.0
    for row, text in enumerate(texts):
        for word in words_of(text):
            if word in column:
                x[row, column[word]] = 1.0
    return x


def accuracy(beta: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[float, int, int]:
    said = (x @ beta) >= 0
    return float((said == y).mean()), int((said & y).sum()), int((said & ~y).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (bbc-news-summary/, giveme5w1h/)")
    args = parser.parse_args()
    articles = bbc(args.data)
    train = [(t, s) for t, s, is_train, _ in articles if is_train]
    test = [(t, s) for t, s, is_train, _ in articles if not is_train]
    whole = [(t, s) for t, s, is_train, full in articles if not is_train and full]
    counts: Counter[str] = Counter(word for text, _ in train for word in words_of(text))
    vocabulary = sorted(word for word, n in counts.items() if n >= MIN_DOCS)
    x, y = matrix([t for t, _ in train], vocabulary), np.array([s for _, s in train])
    xt, yt = matrix([t for t, _ in test], vocabulary), np.array([s for _, s in test])
    other = giveme(args.data)
    xg, yg = matrix([t for t, _ in other], vocabulary), np.array([s for _, s in other])
    print(f"{len(train)} BBC texts train ({int(y.sum())} sport), {len(test)} test, {len(vocabulary)} words")
    best = None
    for l2 in PENALTIES:
        beta = fit(x, y.astype(float), np.ones(len(y)), l2)
        right, sport, wrong = accuracy(beta, xt, yt)
        print(
            f"l2 {l2:5.1f}: BBC odd half right {right:.3f} (sport found {sport}/{int(yt.sum())}, others called sport {wrong})"
        )
        if best is None or right > best[0]:
            best = (right, l2, beta)
    _, l2, beta = best
    right, sport, wrong = accuracy(beta, xg, yg)
    print(
        f"chosen l2 {l2}; Giveme5W1H (other outlets): right {right:.3f} (sport found {sport}/{int(yg.sum())}, others called sport {wrong})"
    )
    addressed = cnndm(args.data)
    if addressed:
        xc, yc = matrix([t for t, _ in addressed], vocabulary), np.array([s for _, s in addressed])
        right, sport, wrong = accuracy(beta, xc, yc)
        print(
            f"CNN/DM test half by the address's section: right {right:.3f} "
            f"(sport found {sport}/{int(yc.sum())}, others called sport {wrong} of {len(yc) - int(yc.sum())})"
        )
    xw, yw = matrix([t for t, _ in whole], vocabulary), np.array([s for _, s in whole])
    right, sport, wrong = accuracy(beta, xw, yw)
    print(
        f"BBC odd half, whole articles: right {right:.3f} (sport found {sport}/{int(yw.sum())}, others called sport {wrong})"
    )
    final = fit(np.vstack([x, xt]), np.concatenate([y, yt]).astype(float), np.ones(len(y) + len(yt)), l2)
    kept = [
        (name, value)
        for name, value in zip(["bias", *vocabulary], final, strict=True)
        if name == "bias" or abs(value) >= SMALLEST
    ]
    write_weights(
        OUTPUT,
        [name for name, _ in kept],
        np.array([value for _, value in kept]),
        model="logistic regression over the words present: is the story about sport?",
        trained_on=f"{len(articles)} BBC News Summary texts (articles and their openings), their sections",
        l2=l2,
    )
    print(f"wrote {OUTPUT} ({len(kept)} weights)")


if __name__ == "__main__":
    main()
